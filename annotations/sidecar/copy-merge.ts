/**
 * Merging an article's annotations from another copy of the set (a
 * colleague's folder, a git worktree) into this one. Unlike sidecar/merge.ts
 * there is no common base to compare with, so each annotation's own dates
 * stand in for it:
 * - an annotation only the other copy has is brought in (matched by id);
 * - one only this copy has stays;
 * - one both have, alike: nothing to do;
 * - one both have that differs: when this copy's version was never changed
 *   after it was created (`modified` = `created`) and the other's is newer,
 *   the change was made only there, and is taken; when the other's was never
 *   changed and this one's is newer, this one stays; otherwise both sides
 *   changed it: a conflict. This copy's version stays in the sidecar, and the
 *   caller keeps the other's beside it, as a save that meets a conflicting
 *   change on disk does (set-store.ts), so nothing is lost.
 * Annotations deleted here (in this set's trash) are not brought back.
 * Article details (title, outlet…) missing here are taken from there; details
 * set differently on both sides stay as they are here and count as a conflict.
 *
 * Pure and deterministic: this copy's order first, then what the other brings, in its order.
 */
import type { Annotation } from '../model/annotation';
import type { Sidecar } from './schema';
import { sameJson } from './same-json';

export interface CopyMerge {
  merged: Sidecar;
  /** Ids brought in from the other copy. */
  added: string[];
  /** Ids whose change made only in the other copy was taken. */
  taken: string[];
  /** Ids (or `article.<field>`) both sides changed: this copy's version was kept. */
  conflicts: string[];
  /** Ids the other copy has that were deleted here: left deleted. */
  deletedHere: string[];
}

function untouched(annotation: Annotation): boolean {
  return annotation.modified === annotation.created;
}

function later(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

export function mergeFromCopy(ours: Sidecar, theirs: Sidecar, deleted: ReadonlySet<string> = new Set()): CopyMerge {
  const result: CopyMerge = { merged: ours, added: [], taken: [], conflicts: [], deletedHere: [] };
  const inTheirs = new Map(theirs.annotations.map((a) => [a.id, a]));
  const inOurs = new Set(ours.annotations.map((a) => a.id));
  const annotations = ours.annotations.map((mine) => {
    const other = inTheirs.get(mine.id);
    if (other === undefined || sameJson(mine, other)) return mine;
    if (untouched(mine) && later(other.modified, mine.modified)) {
      result.taken.push(mine.id);
      return other;
    }
    if (!(untouched(other) && later(mine.modified, other.modified))) result.conflicts.push(mine.id);
    return mine;
  });
  for (const other of theirs.annotations) {
    if (inOurs.has(other.id)) continue;
    if (deleted.has(other.id)) {
      result.deletedHere.push(other.id);
      continue;
    }
    annotations.push(other);
    result.added.push(other.id);
  }
  const article: Record<string, unknown> = { ...ours.article };
  for (const [key, value] of Object.entries(theirs.article)) {
    if (key === 'file' || key === 'sha256') continue;
    if (article[key] === undefined) article[key] = value;
    else if (!sameJson(article[key], value)) result.conflicts.push(`article.${key}`);
  }
  result.merged = { ...ours, article: article as Sidecar['article'], annotations };
  return result;
}
