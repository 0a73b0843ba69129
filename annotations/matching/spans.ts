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

/** A list's spans by start, with the largest end so far: sorted once per list, not once per span asked about. */
const ordered = new WeakMap<readonly TextSpan[], { byStart: TextSpan[]; endSoFar: number[] }>();

/**
 * Where the spans of `all` before and after `q` end and start (0 and
 * `length` when there are none; a span overlapping `q` bounds nothing), as a
 * filter over all of them would find: a passage of thousands of amounts
 * must not cost a walk over all of them for each.
 */
export function boundsOf(q: TextSpan, all: readonly TextSpan[], length: number): { previous: number; next: number } {
  let order = ordered.get(all);
  if (!order) {
    const byStart = [...all].sort((x, y) => x.start - y.start);
    let end = 0;
    order = { byStart, endSoFar: byStart.map((o) => (end = Math.max(end, o.end))) };
    ordered.set(all, order);
  }
  const { byStart, endSoFar } = order;
  // The first span starting at or after q's end.
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid] as TextSpan).start < q.end) lo = mid + 1;
    else hi = mid;
  }
  const next = lo < byStart.length ? (byStart[lo] as TextSpan).start : length;
  // The last span starting before q.
  lo = 0;
  hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid] as TextSpan).start < q.start) lo = mid + 1;
    else hi = mid;
  }
  const before = lo - 1;
  // Spans that overlap q do not bound it; where one does (rare), the ones before are read one by one.
  const previous =
    before < 0 ? 0 : (endSoFar[before] as number) <= q.start ? (endSoFar[before] as number) : byStart.slice(0, before + 1).filter((o) => o.end <= q.start).reduce((end, o) => Math.max(end, o.end), 0);
  return { previous, next };
}
