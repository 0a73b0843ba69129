import { describe, expect, it } from 'vitest';
import { emptySidecar, type Sidecar } from '../sidecar/schema';
import { annotated } from '../codebook/test-support';
import { withNote } from '../model/annotation';
import { applyChange, diffSidecars } from './sidecar-change';

const base = (annotations = [annotated('a', ['A']), annotated('b', ['B']), annotated('c', ['C'])]): Sidecar => ({
  ...emptySidecar('x.txt', 'f'.repeat(64)),
  annotations,
});

describe('sidecar changes', () => {
  it('undoes a delete by putting the annotation back at its place, and redoes it', () => {
    const before = base();
    const after = { ...before, annotations: before.annotations.filter((a) => a.id !== 'b') };
    const change = diffSidecars('x.txt', before, after)!;
    expect(change.annotations.map((c) => c.id)).toEqual(['b']);
    const undone = applyChange(after, change, 'undo');
    expect(undone).toEqual({ sidecar: before, conflicts: [] });
    expect(applyChange(undone.sidecar, change, 'redo')).toEqual({ sidecar: after, conflicts: [] });
  });

  it('undoes edits and metadata, leaving what else changed since', () => {
    const before = base();
    const after = { ...before, article: { ...before.article, title: 'T' }, annotations: before.annotations.map((a) => (a.id === 'a' ? withNote(a, 'n', 'now') : a)) };
    const change = diffSidecars('x.txt', before, after)!;
    // Meanwhile another annotation was added elsewhere.
    const later = { ...after, annotations: [...after.annotations, annotated('d', ['D'])] };
    const { sidecar, conflicts } = applyChange(later, change, 'undo');
    expect(conflicts).toEqual([]);
    expect(sidecar.article.title).toBeUndefined();
    expect(sidecar.annotations.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sidecar.annotations[0]).toEqual(before.annotations[0]);
  });

  it('refuses to undo an annotation changed again since, and says which', () => {
    const before = base();
    const after = { ...before, annotations: before.annotations.map((a) => (a.id === 'a' ? withNote(a, 'n', 'now') : a)) };
    const change = diffSidecars('x.txt', before, after)!;
    const edited = { ...after, annotations: after.annotations.map((a) => (a.id === 'a' ? withNote(a, 'other', 'later') : a)) };
    const { sidecar, conflicts } = applyChange(edited, change, 'undo');
    expect(conflicts).toEqual(['a']);
    expect(sidecar).toEqual(edited);
  });

  it('finds no change between equal sidecars', () => {
    expect(diffSidecars('x.txt', base(), base())).toBeNull();
  });
});
