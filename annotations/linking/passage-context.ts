/**
 * A little of an article's text either side of a passage, so a suggestion
 * reads in its place: up to CONTEXT code points, within the passage's
 * paragraph (line), cut at a word boundary.
 */
import type { CodePointIndex } from '../text/code-points';

export const CONTEXT = 80;

export function passageContext(text: CodePointIndex, start: number, end: number, length = CONTEXT): { before: string; after: string } {
  let before = text.slice(Math.max(0, start - length), start);
  before = before.slice(before.lastIndexOf('\n') + 1);
  if (start - length > 0 && before.length > 0) before = before.replace(/^\S*\s*/u, '');
  let after = text.slice(end, Math.min(text.length, end + length));
  const newline = after.indexOf('\n');
  if (newline >= 0) after = after.slice(0, newline);
  else if (end + length < text.length) after = after.replace(/\s*\S*$/u, '');
  return { before, after };
}
