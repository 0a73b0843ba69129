/**
 * Lines (paragraphs) of an article with code-point offsets, for locating an
 * annotation ("paragraph 12") and rendering the text line by line.
 */
import { CodePointIndex } from './code-points';

export interface Line {
  index: number;
  /** The line without its terminator. */
  text: string;
  /** Code-point offsets in the whole article; end exclusive, terminator excluded. */
  start: number;
  end: number;
}

const TERMINATOR = /\r\n|\n|\r/gu;

/**
 * Splits on \r\n, \n or \r; terminators are not part of the line text but do
 * count in offsets, so offsets match the file as written. "a\n" gives two
 * lines ("a" and ""); "" gives one empty line. `index` is `text`'s, when
 * the caller has it already.
 */
export function splitLines(text: string, index: CodePointIndex = new CodePointIndex(text)): Line[] {
  const lines: Line[] = [];
  let lineStart = 0; // UTF-16
  const push = (endUnit: number): void => {
    lines.push({
      index: lines.length,
      text: text.slice(lineStart, endUnit),
      start: index.toCodePoint(lineStart),
      end: index.toCodePoint(endUnit),
    });
  };
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(text); match !== null; match = TERMINATOR.exec(text)) {
    push(match.index);
    lineStart = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}

/**
 * Index of the line containing code-point offset `cp` (binary search). An
 * offset on a terminator belongs to the line before it; offsets out of range
 * give the first or last line. -1 only for an empty array.
 */
export function lineAt(lines: readonly Line[], cp: number): number {
  // The last line whose start is <= cp.
  let low = 0;
  let high = lines.length - 1;
  if (high < 0) return -1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((lines[mid] as Line).start <= cp) low = mid;
    else high = mid - 1;
  }
  return low;
}
