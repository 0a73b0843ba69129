import { describe, expect, it } from 'vitest';
import { annotated } from '../codebook/test-support';
import { codebookUnion } from '../codebook/union';
import { withNote, type Annotation } from '../model/annotation';
import { mergeFromCopy } from './copy-merge';
import { emptySidecar, type Sidecar } from './schema';

const sidecar = (annotations: Annotation[], article: Partial<Sidecar['article']> = {}): Sidecar => ({
  ...emptySidecar('a.txt', '0'.repeat(64)),
  article: { file: 'a.txt', sha256: '0'.repeat(64), ...article },
  annotations,
});
const edited = (a: Annotation, note: string, when: string) => withNote(a, note, when);

describe('mergeFromCopy (another copy, no common base)', () => {
  const untouched = annotated('u', ['T']);
  const mine = annotated('m', ['T']);

  it('adds what only the other copy has, keeps what only this one has, and leaves equal ones alone', () => {
    const theirs = annotated('t', ['T']);
    const result = mergeFromCopy(sidecar([untouched, mine]), sidecar([untouched, theirs]));
    expect(result.merged.annotations.map((a) => a.id)).toEqual(['u', 'm', 't']);
    expect(result).toMatchObject({ added: ['t'], taken: [], conflicts: [] });
  });

  it('takes a change made only there, and keeps a change made only here', () => {
    const there = edited(untouched, 'theirs', '2026-02-01T00:00:00Z');
    const here = edited(mine, 'ours', '2026-02-01T00:00:00Z');
    const result = mergeFromCopy(sidecar([untouched, here]), sidecar([there, mine]));
    expect(result.merged.annotations).toEqual([there, here]);
    expect(result).toMatchObject({ added: [], taken: ['u'], conflicts: [] });
  });

  it('a change made on both sides is a conflict: this copy keeps its version', () => {
    const here = edited(mine, 'ours', '2026-02-01T00:00:00Z');
    const there = edited(mine, 'theirs', '2026-02-02T00:00:00Z');
    const result = mergeFromCopy(sidecar([here]), sidecar([there]));
    expect(result.merged.annotations).toEqual([here]);
    expect(result.conflicts).toEqual(['m']);
  });

  it('does not bring back what was deleted here', () => {
    const theirs = annotated('t', ['T']);
    const result = mergeFromCopy(sidecar([]), sidecar([theirs]), new Set(['t']));
    expect(result.merged.annotations).toEqual([]);
    expect(result).toMatchObject({ added: [], deletedHere: ['t'] });
  });

  it('takes article details missing here; details set differently stay and count as a conflict', () => {
    const result = mergeFromCopy(sidecar([], { title: 'Ours' }), sidecar([], { title: 'Theirs', source: 'Outlet' }));
    expect(result.merged.article).toMatchObject({ title: 'Ours', source: 'Outlet' });
    expect(result.conflicts).toEqual(['article.title']);
  });
});

describe('codebookUnion', () => {
  it('adds the other copy’s new tags after ours, dropping a hotkey ours already uses', () => {
    const ours = [{ label: 'A', color: '#111111', hotkey: 1 }];
    const theirs = [
      { label: 'A', color: '#999999' },
      { label: 'B', color: '#222222', hotkey: 1 },
      { label: 'C', color: '#333333', hotkey: 2 },
    ];
    expect(codebookUnion(ours, theirs)).toEqual({
      tags: [ours[0], { label: 'B', color: '#222222' }, { label: 'C', color: '#333333', hotkey: 2 }],
      added: ['B', 'C'],
    });
  });
});
