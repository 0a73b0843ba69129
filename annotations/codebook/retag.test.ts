import { describe, expect, it } from 'vitest';
import { tagsOf } from '../model/annotation';
import { retagAll, retagAnnotation } from './retag';
import { annotated, NOW } from './test-support';

describe('retagAnnotation', () => {
  it('renames a tag in place, keeping the other bodies and the body’s unknown fields', () => {
    const a = annotated('a', ['Russia', 'Peace deal'], 'a note');
    a.body[0] = { ...a.body[0], 'x:source': 'kept' };
    const next = retagAnnotation(a, new Map([['Russia', 'Moscow']]), NOW)!;
    expect(tagsOf(next)).toEqual(['Moscow', 'Peace deal']);
    expect(next.body[0]).toMatchObject({ value: 'Moscow', 'x:source': 'kept' });
    expect(next.body.some((b) => b['purpose'] === 'commenting')).toBe(true);
    expect(next.modified).toBe(NOW);
  });

  it('keeps a merged label once when the annotation had both', () => {
    const next = retagAnnotation(annotated('a', ['A', 'B']), new Map([['A', 'B']]), NOW)!;
    expect(tagsOf(next)).toEqual(['B']);
    expect(next.body).toHaveLength(1);
  });

  it('turns an annotation whose last tag is deleted into a highlight, keeping its note', () => {
    const next = retagAnnotation(annotated('a', ['A'], 'why'), new Map([['A', null]]), NOW)!;
    expect(tagsOf(next)).toEqual([]);
    expect(next.motivation).toBe('highlighting');
    expect(next.body).toHaveLength(1);
  });

  it('leaves annotations that use none of the labels untouched', () => {
    const a = annotated('a', ['C']);
    expect(retagAnnotation(a, new Map([['A', 'B']]), NOW)).toBeNull();
    const { annotations, changed } = retagAll([a, annotated('b', ['A'])], new Map([['A', 'B']]), NOW);
    expect(changed).toBe(1);
    expect(annotations[0]).toBe(a);
  });
});
