/**
 * Segment agreement as MAXQDA reports it: a coded segment counts as agreed
 * when the other coder coded a segment with the same tag that overlaps it by
 * at least the threshold (the overlap's share of the two segments' joint
 * extent, in code points). Segments are paired one to one, the largest
 * overlaps first, so a long segment cannot vouch for several short ones.
 */

export interface Span {
  start: number;
  end: number;
}

export interface SegmentCounts {
  /** Pairs of segments, one of each coder, that agree. */
  agreed: number;
  /** Segments of coder A with no agreeing segment of coder B. */
  onlyA: number;
  onlyB: number;
}

/** MAXQDA's default overlap threshold. */
export const DEFAULT_OVERLAP = 0.9;

/** Overlap of two spans as a share of their joint extent (0 when they do not meet). */
export function overlapShare(a: Span, b: Span): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (common <= 0) return 0;
  return common / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Pairs of agreeing segments (indices into `a` and `b`), largest overlap first. */
export function pairSegments(a: readonly Span[], b: readonly Span[], threshold: number): [number, number][] {
  const sortedB = b.map((span, j) => ({ span, j })).sort((x, y) => x.span.start - y.span.start);
  const candidates: { i: number; j: number; share: number }[] = [];
  a.forEach((span, i) => {
    for (const { span: other, j } of sortedB) {
      if (other.start >= span.end) break;
      const share = overlapShare(span, other);
      if (share > 0 && share >= threshold) candidates.push({ i, j, share });
    }
  });
  candidates.sort((x, y) => y.share - x.share || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export function segmentCounts(a: readonly Span[], b: readonly Span[], threshold: number): SegmentCounts {
  const agreed = pairSegments(a, b, threshold).length;
  return { agreed, onlyA: a.length - agreed, onlyB: b.length - agreed };
}

/** The share of all coded segments (both coders) the other coder also coded: null when there are none. */
export function segmentShare(counts: SegmentCounts): number | null {
  const total = 2 * counts.agreed + counts.onlyA + counts.onlyB;
  return total === 0 ? null : (2 * counts.agreed) / total;
}
