/**
 * What an action did to one sidecar, kept so that it can be undone and redone
 * exactly: each annotation it added, changed or removed (before and after,
 * with its place in the list) and the article's metadata. Only what changed is
 * kept, so a rename across a thousand articles costs the annotations it
 * touched, not the set.
 *
 * Undoing is refused per annotation when it was changed again since (another
 * window, a sync tool merged in): the analyst's later work is never undone
 * behind their back.
 */
import type { Annotation } from '../model/annotation';
import type { Sidecar } from '../sidecar/schema';

export interface AnnotationChange {
  id: string;
  before: Annotation | null;
  after: Annotation | null;
  /** Where it sat in the list before and after (for re-inserting it at its place). */
  beforeAt: number;
  afterAt: number;
}

export interface SidecarChange {
  file: string;
  annotations: AnnotationChange[];
  article?: { before: Sidecar['article']; after: Sidecar['article'] };
}

export type Direction = 'undo' | 'redo';

/** The change from `before` to `after`, or null when nothing changed. */
export function diffSidecars(file: string, before: Sidecar, after: Sidecar): SidecarChange | null {
  const beforeAt = new Map(before.annotations.map((a, i) => [a.id, i]));
  const afterAt = new Map(after.annotations.map((a, i) => [a.id, i]));
  const annotations: AnnotationChange[] = [];
  for (const id of new Set([...beforeAt.keys(), ...afterAt.keys()])) {
    const b = beforeAt.has(id) ? (before.annotations[beforeAt.get(id) as number] as Annotation) : null;
    const a = afterAt.has(id) ? (after.annotations[afterAt.get(id) as number] as Annotation) : null;
    // The same object is the same annotation (an edit replaces only what it changes): no need to compare its JSON.
    if (b !== a && !same(b, a)) annotations.push({ id, before: b, after: a, beforeAt: beforeAt.get(id) ?? -1, afterAt: afterAt.get(id) ?? -1 });
  }
  const metaChanged = !same(metaOf(before.article), metaOf(after.article));
  if (annotations.length === 0 && !metaChanged) return null;
  return metaChanged ? { file, annotations, article: { before: before.article, after: after.article } } : { file, annotations };
}

/**
 * `current` with the change undone (back to `before`) or redone. Annotations
 * that are no longer as the change left them are skipped and listed in
 * `conflicts` (by id; "article" for the metadata).
 */
export function applyChange(current: Sidecar, change: SidecarChange, direction: Direction): { sidecar: Sidecar; conflicts: string[] } {
  const expected = (c: AnnotationChange) => (direction === 'undo' ? c.after : c.before);
  const target = (c: AnnotationChange) => (direction === 'undo' ? c.before : c.after);
  const targetAt = (c: AnnotationChange) => (direction === 'undo' ? c.beforeAt : c.afterAt);
  const conflicts: string[] = [];
  let list = [...current.annotations];
  const inserts: AnnotationChange[] = [];
  for (const c of change.annotations) {
    const at = list.findIndex((a) => a.id === c.id);
    if (!same(at < 0 ? null : (list[at] as Annotation), expected(c))) {
      conflicts.push(c.id);
      continue;
    }
    const next = target(c);
    if (next === null) list = list.filter((a) => a.id !== c.id);
    else if (at >= 0) list[at] = next;
    else inserts.push(c);
  }
  // Re-inserted in the order of their old places, so a list comes back as it was.
  for (const c of inserts.sort((x, y) => targetAt(x) - targetAt(y))) list.splice(Math.min(targetAt(c), list.length), 0, target(c) as Annotation);
  let article = current.article;
  if (change.article) {
    const [from, to] = direction === 'undo' ? [change.article.after, change.article.before] : [change.article.before, change.article.after];
    if (same(metaOf(current.article), metaOf(from))) article = { ...to, file: current.article.file, sha256: current.article.sha256 };
    else conflicts.push('article');
  }
  return { sidecar: { ...current, article, annotations: list }, conflicts };
}

/** The article's fields the analyst edits; the file name and text hash are the app's. */
function metaOf(article: Sidecar['article']): Record<string, unknown> {
  const { file: _file, sha256: _sha256, ...meta } = article;
  return meta;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
