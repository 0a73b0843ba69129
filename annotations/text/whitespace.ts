/**
 * A whitespace-insensitive view of a text. Web text reaches us with NBSPs,
 * runs of spaces, indentation and CRLF or LF line ends, and a copy of the same
 * article may differ from the original in nothing else. Collapsing every run
 * of whitespace to one plain space makes such copies equal, and the offset map
 * lets a match found in the collapsed text be mapped back to the original.
 */

/** The characters JavaScript's `\s` matches (NBSP, CR, LF, BOM and the Unicode spaces included), without a regex per character. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface CollapsedText {
  /** The text with every whitespace run replaced by one ' '. Nothing else changes, so surrogate pairs stay whole. */
  readonly text: string;
  /**
   * `origin[i]` is the UTF-16 offset in the original text where collapsed unit
   * `i` comes from (a run's start for a collapsed space); `origin[text.length]`
   * is the original length. Ascending, so the original of a collapsed range
   * [a, b) is exactly [origin[a], origin[b]): runs are never split or dropped.
   */
  readonly origin: Int32Array;
}

export function collapseWhitespace(text: string): CollapsedText {
  const origin = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const from = i;
    if (isWhitespace(text.charCodeAt(i))) {
      origin[n++] = i;
      while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
      parts.push(' ');
    } else {
      while (i < text.length && !isWhitespace(text.charCodeAt(i))) origin[n++] = i++;
      parts.push(text.slice(from, i));
    }
  }
  origin[n] = text.length;
  return { text: parts.join(''), origin: origin.subarray(0, n + 1) };
}

/** The collapsed string alone, for short strings such as a quote and its context. */
export function collapse(text: string): string {
  return collapseWhitespace(text).text;
}

/** The collapsed offset of an original UTF-16 offset: the unit covering it (the run's space, inside a run). */
export function toCollapsedOffset(view: CollapsedText, original: number): number {
  const { origin } = view;
  let low = 0;
  let high = origin.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((origin[mid] as number) <= original) low = mid;
    else high = mid - 1;
  }
  return low;
}
