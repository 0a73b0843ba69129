/** Spans of a text (UTF-16 offsets, end exclusive) and how they overlap. */

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The items that overlap none of `spans`, in their order. One sweep over
 * both in text order: a passage of thousands of numbers and dates (a table
 * pasted as one line) costs no more per number than a sentence does.
 */
export function outside<T extends TextSpan>(items: readonly T[], spans: readonly TextSpan[]): T[] {
  if (spans.length === 0) return items.slice();
  const bySpan = [...spans].sort((x, y) => x.start - y.start);
  const kept = new Set<T>();
  let from = 0;
  for (const q of [...items].sort((x, y) => x.start - y.start)) {
    // A span ending before this item ends before every later one too.
    while (from < bySpan.length && (bySpan[from] as TextSpan).end <= q.start) from++;
    let overlaps = false;
    for (let i = from; i < bySpan.length && (bySpan[i] as TextSpan).start < q.end; i++) {
      if ((bySpan[i] as TextSpan).end > q.start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.add(q);
  }
  return items.filter((q) => kept.has(q));
}
