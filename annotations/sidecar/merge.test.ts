import { describe, expect, it } from 'vitest';
import { createAnnotation, withNote, withTags, type Annotation } from '../model/annotation';
import { mergeSidecars } from './merge';
import { emptySidecar, type Sidecar } from './schema';

const NOW = '2025-01-01T00:00:00.000Z';
const LATER = '2025-01-02T00:00:00.000Z';

function annotation(id: string, tags: string[] = ['A']): Annotation {
  return createAnnotation({ id, now: NOW, source: 'a.txt', quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: id.length }, tags });
}

function sidecar(annotations: Annotation[], article: Partial<Sidecar['article']> = {}): Sidecar {
  const s = emptySidecar('a.txt', 'hash');
  return { ...s, article: { ...s.article, ...article }, annotations };
}

const a = annotation('a');
const b = annotation('b');
const c = annotation('c');

describe('mergeSidecars', () => {
  it('keeps what each side added, in our order then theirs', () => {
    const { merged, conflicts } = mergeSidecars(sidecar([a]), sidecar([a, b]), sidecar([a, c]));
    expect(merged.annotations.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(conflicts).toEqual([]);
  });

  it('takes a change made on one side, and a deletion made on one side', () => {
    const edited = withNote(a, 'edited there', LATER);
    const { merged, conflicts } = mergeSidecars(sidecar([a, b]), sidecar([a]), sidecar([edited, b]));
    expect(merged.annotations).toEqual([edited]);
    expect(conflicts).toEqual([]);
  });

  it('keeps ours on a conflicting edit and names it', () => {
    const mine = withTags(a, ['Mine'], LATER);
    const theirs = withTags(a, ['Theirs'], LATER);
    const { merged, conflicts } = mergeSidecars(sidecar([a]), sidecar([mine]), sidecar([theirs]));
    expect(merged.annotations).toEqual([mine]);
    expect(conflicts).toEqual(['a']);
  });

  it('never lets a deletion eat an edit made on the other side', () => {
    const edited = withNote(a, 'kept', LATER);
    expect(mergeSidecars(sidecar([a]), sidecar([]), sidecar([edited]))).toEqual({ merged: sidecar([edited]), conflicts: ['a'] });
    expect(mergeSidecars(sidecar([a]), sidecar([edited]), sidecar([]))).toEqual({ merged: sidecar([edited]), conflicts: ['a'] });
  });

  it('merges article fields one by one; the hash stamp is ours and never a conflict', () => {
    const base = sidecar([], { title: 'T' });
    const ours = sidecar([], { title: 'T', source: 'Reuters', sha256: 'ours' });
    const theirs = sidecar([], { title: 'New title', sha256: 'theirs' });
    const { merged, conflicts } = mergeSidecars(base, ours, theirs);
    expect(merged.article).toEqual({ file: 'a.txt', sha256: 'ours', title: 'New title', source: 'Reuters' });
    expect(conflicts).toEqual([]);
  });

  it('treats a sidecar that appeared on disk (no base) as theirs to merge, and ignores key order', () => {
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as Annotation;
    const { merged, conflicts } = mergeSidecars(null, sidecar([a, b]), sidecar([reordered, c]));
    expect(merged.annotations.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(conflicts).toEqual([]);
  });
});
