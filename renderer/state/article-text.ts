/**
 * The indexes of the article text shown, each made once: its code points
 * (the workspace's, for tagging and the selection toolbar) and its lines (the
 * viewer's). The viewer builds a new article as soon as the store has it
 * (ArticleContentPlugin), and the React tree asks for the same text's
 * indexes a moment later; made apart, the code points of a long article
 * were indexed twice. One article is shown at a time, so the last one is all that
 * is kept.
 */
import { CodePointIndex } from '../../annotations/text/code-points';
import { splitLines, type Line } from '../../annotations/text/lines';

let last: { text: string; codePoints: CodePointIndex; lines: readonly Line[] } | null = null;

function indexesOf(text: string): NonNullable<typeof last> {
  if (last?.text !== text) {
    const codePoints = new CodePointIndex(text);
    last = { text, codePoints, lines: splitLines(text, codePoints) };
  }
  return last;
}

export function linesOf(text: string): readonly Line[] {
  return indexesOf(text).lines;
}

export function codePointsOf(text: string): CodePointIndex {
  return indexesOf(text).codePoints;
}
