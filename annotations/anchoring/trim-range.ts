/**
 * Trims whitespace (line breaks, spaces, non-breaking spaces) from both ends
 * of a selected range. A drag that starts at the beginning of a line often
 * begins at the end of the line before it; the highlight should not.
 */
import type { CodePointIndex } from '../text/code-points';

const SPACE = /^\s$/u;

export function trimRange(index: CodePointIndex, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(index.slice(s, s + 1))) s++;
  while (e > s && SPACE.test(index.slice(e - 1, e))) e--;
  return s < e ? { start: s, end: e } : null;
}
