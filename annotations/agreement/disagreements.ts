/**
 * Where two coders differ in one article, as a list to walk: a segment only
 * one of them coded, the same segment with different tags, or the same tags
 * with boundaries far apart (their overlap below the segment threshold).
 * Each of A's segments is set against the B segment that overlaps it most;
 * B's segments that meet none of A's are "only B". Sorted by position.
 */
import type { Coded } from './report';
import { overlapShare } from './segments';

export type DisagreementKind = 'onlyA' | 'onlyB' | 'differentTags' | 'boundaries';

export interface Disagreement {
  kind: DisagreementKind;
  /** The span the list jumps to: both segments together. */
  start: number;
  end: number;
  a: Coded | null;
  b: Coded | null;
}

function sameTags(a: Coded, b: Coded): boolean {
  const x = [...new Set(a.tags)].sort();
  const y = [...new Set(b.tags)].sort();
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

export function disagreements(a: readonly Coded[], b: readonly Coded[], overlap: number): Disagreement[] {
  const out: Disagreement[] = [];
  const metB = new Set<Coded>();
  for (const mine of a) {
    let best: Coded | null = null;
    let bestShare = 0;
    for (const theirs of b) {
      const share = overlapShare(mine, theirs);
      if (share > bestShare) {
        best = theirs;
        bestShare = share;
      }
    }
    for (const theirs of b) if (overlapShare(mine, theirs) > 0) metB.add(theirs);
    if (best === null) {
      out.push({ kind: 'onlyA', start: mine.start, end: mine.end, a: mine, b: null });
      continue;
    }
    const kind: DisagreementKind | null = !sameTags(mine, best) ? 'differentTags' : bestShare < overlap ? 'boundaries' : null;
    if (kind) out.push({ kind, start: Math.min(mine.start, best.start), end: Math.max(mine.end, best.end), a: mine, b: best });
  }
  for (const theirs of b) if (!metB.has(theirs)) out.push({ kind: 'onlyB', start: theirs.start, end: theirs.end, a: null, b: theirs });
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
