/**
 * The lines of the article text shown, computed once: the viewer builds a new
 * article as soon as the store has it (ArticleContentPlugin), and its React
 * tree asks for the same text's lines a moment later. One article is shown at
 * a time, so the last one is all that is kept.
 */
import { splitLines, type Line } from '../../annotations/text/lines';

let last: { text: string; lines: readonly Line[] } | null = null;

export function linesOf(text: string): readonly Line[] {
  if (last?.text !== text) last = { text, lines: splitLines(text) };
  return last.lines;
}
