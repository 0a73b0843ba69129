/**
 * Three-way merge of a sidecar that changed on disk since it was read (another
 * instance of the app, a sync tool, a text editor) with the changes made here.
 *
 * `base` is the sidecar as last read or written here, `ours` what we are about
 * to save, `theirs` what is on disk now. Per annotation (by id) and per
 * article field (title, outlet…):
 * - changed on one side only: that side's version;
 * - added on either side: kept; deleted on one side and untouched on the other: deleted;
 * - changed on both sides to different values: a conflict. Ours is kept in the
 *   merged sidecar, and the caller keeps theirs beside it, so nothing is lost;
 * - changed on one side and deleted on the other: a conflict too, and the
 *   changed version is kept (a deletion is never allowed to eat an edit).
 *
 * Pure and deterministic: ours' order first, then annotations only theirs has,
 * in their order.
 */
import type { Annotation } from '../model/annotation';
import type { Sidecar } from './schema';
import { sameJson as same } from './same-json';

export interface MergeResult {
  merged: Sidecar;
  /** Ids of annotations, or `article.<field>` names, changed differently on both sides. */
  conflicts: string[];
}

export function mergeSidecars(base: Sidecar | null, ours: Sidecar, theirs: Sidecar): MergeResult {
  const conflicts: string[] = [];
  const annotations = mergeAnnotations(base?.annotations ?? [], ours.annotations, theirs.annotations, conflicts);
  const article = mergeFields(base?.article ?? {}, ours.article, theirs.article, conflicts) as Sidecar['article'];
  return { merged: { ...ours, article, annotations }, conflicts };
}

function mergeAnnotations(base: Annotation[], ours: Annotation[], theirs: Annotation[], conflicts: string[]): Annotation[] {
  const inBase = byId(base);
  const inOurs = byId(ours);
  const inTheirs = byId(theirs);
  const out: Annotation[] = [];
  const order = [...ours.map((a) => a.id), ...theirs.map((a) => a.id).filter((id) => !inOurs.has(id))];
  for (const id of order) {
    const pick = mergeOne(inBase.get(id), inOurs.get(id), inTheirs.get(id), () => conflicts.push(id));
    if (pick) out.push(pick);
  }
  return out;
}

/** The merged value of one item (undefined: deleted); `conflict` is called when both sides changed it differently. */
function mergeOne<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined, conflict: () => void): T | undefined {
  if (same(ours, theirs)) return ours;
  if (same(ours, base)) return theirs;
  if (same(theirs, base)) return ours;
  conflict();
  // Both changed it, or one changed what the other deleted: keep a version, ours first.
  return ours ?? theirs;
}

/** Stamped by whoever saves (the text the selectors describe): always ours, never a conflict. */
const STAMPS = new Set(['file', 'sha256']);

function mergeFields(base: Record<string, unknown>, ours: Record<string, unknown>, theirs: Record<string, unknown>, conflicts: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (STAMPS.has(key)) {
      if (ours[key] !== undefined) out[key] = ours[key];
      continue;
    }
    const value = mergeOne(base[key], ours[key], theirs[key], () => conflicts.push(`article.${key}`));
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function byId(annotations: Annotation[]): Map<string, Annotation> {
  return new Map(annotations.map((a) => [a.id, a]));
}
