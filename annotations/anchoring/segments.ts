/**
 * Cuts one line of text into flat segments by the highlights covering it, so
 * the viewer can render overlapping highlights as non-nested marks:
 * A over [0,10) and B over [5,15) give [0,5){A} [5,10){A,B} [10,15){B}.
 */

export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  /** Code-point offsets relative to the line start. */
  start: number;
  end: number;
  /** Highlights covering the segment, in the order given; empty for plain text. */
  ids: string[];
}

/**
 * `lineStart`/`lineEnd` are absolute code-point offsets; ranges may extend
 * beyond the line (a highlight across paragraphs) and are clipped to it.
 */
export function segmentLine(lineStart: number, lineEnd: number, ranges: readonly HighlightRange[]): Segment[] {
  const length = lineEnd - lineStart;
  const clipped = ranges
    .map((r) => ({ id: r.id, start: Math.max(r.start, lineStart) - lineStart, end: Math.min(r.end, lineEnd) - lineStart }))
    .filter((r) => r.end > r.start);
  if (length === 0) return [];
  if (clipped.length === 0) return [{ start: 0, end: length, ids: [] }];

  const cuts = new Set<number>([0, length]);
  for (const r of clipped) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const ids = clipped.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    const last = segments[segments.length - 1];
    // Merge neighbours with the same highlights, so plain text stays one node.
    if (last && sameIds(last.ids, ids)) last.end = end;
    else segments.push({ start, end, ids });
  }
  return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
