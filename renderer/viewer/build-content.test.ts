import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../annotations/api/view-types';
import { changesHighlight } from './build-content';

const annotation: AnnotationView = {
  id: 'a',
  start: 10,
  end: 20,
  exact: 'ten chars!',
  tags: ['Peace deal', 'Russia'],
  note: '',
  status: 'exact',
  sameClaimAs: [],
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z',
};

describe('changesHighlight', () => {
  it('is false for what does not show in the text: claim fields, links, the note', () => {
    for (const edit of [
      { stance: 'asserts' as const },
      { attribution: 'Reuters' },
      { confidence: 'high' as const },
      { sameClaimAs: ['b'] },
      { note: 'Compare with the Zürich notes.' },
      { modified: '2025-02-01T00:00:00.000Z' },
    ]) {
      expect(changesHighlight(annotation, { ...annotation, ...edit }), JSON.stringify(edit)).toBe(false);
    }
  });

  it('is true when the place changes, or the tags (their colour and title are painted on the marks)', () => {
    expect(changesHighlight(annotation, { ...annotation, start: 9 })).toBe(true);
    expect(changesHighlight(annotation, { ...annotation, end: 21 })).toBe(true);
    expect(changesHighlight(annotation, { ...annotation, start: null, end: null, status: 'orphan' })).toBe(true);
    expect(changesHighlight(annotation, { ...annotation, tags: ['Peace deal'] })).toBe(true);
    expect(changesHighlight(annotation, { ...annotation, tags: ['Russia', 'Peace deal'] })).toBe(true);
    expect(changesHighlight(annotation, { ...annotation, tags: ['Peace deal', 'Russia'] })).toBe(false);
  });
});
