/**
 * "Copy quote with citation": a highlight as an analyst pastes it into a
 * report, the quote then where it comes from, on one line:
 *
 *   “The talks could end the war.” — Peace deal near, Euronews, by A. Writer, 2025-08-06, ¶ 4
 *
 * The paragraph is counted as the brief counts it (brief-input.ts): the
 * article's lines from 1, so a citation and the brief point at the same place.
 * The date is as the analyst entered it. An orphan (not found in the current
 * text) has no paragraph.
 */
import { lineAt, type Line } from '../text/lines';

export interface CitedArticle {
  title: string;
  /** The outlet. */
  source?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
}

/** The quote with its citation, on one line (line breaks inside the quote become spaces). */
export function formatQuoteCitation(quote: string, article: CitedArticle, paragraph: number | null): string {
  const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();
  const parts = [
    oneLine(article.title),
    ...[article.source, article.author === undefined ? undefined : `by ${article.author}`, article.published].flatMap((p) => (p === undefined || oneLine(p) === '' ? [] : [oneLine(p)])),
    ...(paragraph === null ? [] : [`¶ ${paragraph}`]),
  ];
  return `“${oneLine(quote)}” — ${parts.join(', ')}`;
}

/** The paragraph (line, from 1) where code-point offset `start` is, in an article's lines (text/lines.ts splitLines). */
export function paragraphAt(lines: readonly Line[], start: number): number {
  return lineAt(lines, start) + 1;
}
