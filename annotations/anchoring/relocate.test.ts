import { describe, expect, it } from 'vitest';
import { createAnnotation, positionSelectorOf, quoteSelectorOf, type Annotation } from '../model/annotation';
import { reviewOf } from '../model/review';
import { CodePointIndex } from '../text/code-points';
import { describeRange } from './describe';
import { reattach, relocate } from './relocate';

const NOW = '2026-01-02T03:04:05.000Z';

function annotate(text: string, exact: string): Annotation {
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(exact));
  const { quote, position } = describeRange(index, start, start + Array.from(exact).length);
  const a = createAnnotation({ id: 'urn:uuid:1', now: NOW, source: 'a.txt', quote, position, tags: ['T'] });
  return { ...a, target: { ...a.target, selector: [...a.target.selector, { type: 'XPathSelector', value: '/p[1]' }] } };
}

describe('relocate', () => {
  it('moves position and context of a moved annotation, keeping its quote and other selectors', () => {
    const a = annotate('Alpha beta. The talks resume. Gamma.', 'The talks resume.');
    const next = new CodePointIndex('Inserted. Alpha beta. The talks resume. Gamma.');
    const moved = relocate(next, a, { status: 'moved', start: 22, end: 39 }, NOW);
    expect(positionSelectorOf(moved)).toMatchObject({ start: 22, end: 39 });
    expect(quoteSelectorOf(moved)).toMatchObject({ exact: 'The talks resume.', prefix: 'Inserted. Alpha beta. ' });
    expect(moved.target.selector).toContainEqual({ type: 'XPathSelector', value: '/p[1]' });
    expect(reviewOf(moved)).toBeUndefined();
  });

  it('takes the new text for a fuzzy match and marks it for review with the old quote', () => {
    const a = annotate('The minster said so.', 'The minster said so.');
    const next = new CodePointIndex('The minister said so.');
    const fuzzy = relocate(next, a, { status: 'fuzzy', start: 0, end: 21, score: 0.95 }, NOW);
    expect(quoteSelectorOf(fuzzy)?.exact).toBe('The minister said so.');
    expect(reviewOf(fuzzy)).toEqual({ reason: 'approximate-match', score: 0.95, previousExact: 'The minster said so.', since: NOW });
  });

  it('needs no review when only the spacing changed (NBSP, line endings)', () => {
    const a = annotate('Baku\u00a0and  Yerevan agreed.', 'Baku\u00a0and  Yerevan');
    const next = new CodePointIndex('Baku and Yerevan agreed.');
    const spaced = relocate(next, a, { status: 'fuzzy', start: 0, end: 16, score: 0.99 }, NOW);
    expect(quoteSelectorOf(spaced)?.exact).toBe('Baku and Yerevan');
    expect(reviewOf(spaced)).toBeUndefined();
  });

  it('leaves exact and orphaned annotations untouched', () => {
    const a = annotate('One two three.', 'two');
    const index = new CodePointIndex('One two three.');
    expect(relocate(index, a, { status: 'exact', start: 4, end: 7 }, NOW)).toBe(a);
    expect(relocate(index, a, { status: 'orphan', start: null, end: null }, NOW)).toBe(a);
  });

  it('reattach puts the annotation on the chosen text and clears the review', () => {
    const a = annotate('The minster said so.', 'minster');
    const index = new CodePointIndex('The minister said so. Then more.');
    const fuzzy = relocate(index, a, { status: 'fuzzy', start: 4, end: 12, score: 0.9 }, NOW);
    const confirmed = reattach(index, fuzzy, 22, 31, '2026-02-02T00:00:00.000Z');
    expect(quoteSelectorOf(confirmed)?.exact).toBe('Then more');
    expect(positionSelectorOf(confirmed)).toMatchObject({ start: 22, end: 31 });
    expect(reviewOf(confirmed)).toBeUndefined();
    expect(confirmed.modified).toBe('2026-02-02T00:00:00.000Z');
  });
});
