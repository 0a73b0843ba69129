/**
 * A passage cut where the details that differ from the claim are written,
 * so they can be marked in it ("120,000" in "some 120,000 people fled").
 * Pure: the same passage and details give the same parts.
 */

export interface Part {
  text: string;
  /** The detail this part is, as the claim writes it; absent for the text between. */
  here?: string;
}

/**
 * Each detail is marked once, at its first place in `text` that no earlier
 * detail took; a detail not found (the matcher read it across a line, or in
 * another form) is simply not marked: the list of differences still names it.
 */
export function differingParts(text: string, details: readonly { here: string; there: string }[]): Part[] {
  const spans: { start: number; end: number; here: string }[] = [];
  for (const { here, there } of details) {
    if (there.length === 0) continue;
    let from = 0;
    for (;;) {
      const start = text.indexOf(there, from);
      if (start < 0) break;
      const end = start + there.length;
      if (!spans.some((s) => start < s.end && s.start < end)) {
        spans.push({ start, end, here });
        break;
      }
      from = start + 1;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: Part[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start) });
    parts.push({ text: text.slice(span.start, span.end), here: span.here });
    at = span.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}
