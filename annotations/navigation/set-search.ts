/**
 * Search across a set: the query in article texts, quotes and notes,
 * case- and accent-insensitive (fold.ts). Pure: the service feeds it the
 * articles of the open set and keeps their folded texts between searches.
 *
 * Results are grouped by article, in set order; within an article, text
 * matches in reading order, then quotes and notes in annotation order. The
 * list is capped (per article and in all) but every match is counted, so the
 * UI can say "and 312 more".
 */
import { CodePointIndex } from '../text/code-points';
import { foldedMatches, foldQuery, foldText, originalRange, type FoldedText } from './fold';

export type SearchHitKind = 'text' | 'quote' | 'note';

export interface SearchSnippet {
  before: string;
  match: string;
  after: string;
}

export interface SearchHit {
  kind: SearchHitKind;
  /** Code-point offsets of the match in the field it was found in (the article text, the quote or the note). */
  start: number;
  end: number;
  /** The annotation whose quote or note matched. */
  annotationId?: string;
  snippet: SearchSnippet;
}

export interface SearchArticleResult {
  file: string;
  title: string;
  hits: SearchHit[];
  /** Matches in this article beyond those listed. */
  more: number;
}

export interface SearchResults {
  query: string;
  articles: SearchArticleResult[];
  /** Every match found, listed or not. */
  total: number;
  /** Matches not listed (caps). */
  more: number;
}

export interface SearchableAnnotation {
  id: string;
  exact: string;
  note: string;
}

export interface SearchableArticle {
  file: string;
  title: string;
  text: string;
  /** The folded text, when the caller keeps it between searches (folding is most of the cost). */
  folded?: FoldedText;
  annotations: readonly SearchableAnnotation[];
}

export interface SearchOptions {
  /** Most matches listed in all. */
  limit?: number;
  /** Most matches listed per article. */
  perArticle?: number;
  /** Code points of context on each side of a match in its snippet. */
  context?: number;
}

export const SEARCH_DEFAULTS = { limit: 200, perArticle: 25, context: 60 } as const;

export function searchArticles(articles: Iterable<SearchableArticle>, query: string, options: SearchOptions = {}): SearchResults {
  const limit = options.limit ?? SEARCH_DEFAULTS.limit;
  const perArticle = options.perArticle ?? SEARCH_DEFAULTS.perArticle;
  const context = options.context ?? SEARCH_DEFAULTS.context;
  const needle = foldQuery(query);
  const results: SearchResults = { query, articles: [], total: 0, more: 0 };
  if (needle === '') return results;
  let listed = 0;
  for (const article of articles) {
    const found: SearchHit[] = [];
    let count = 0;
    const take = (kind: SearchHitKind, source: string, folded: FoldedText, annotationId?: string) => {
      let index: CodePointIndex | null = null;
      for (const { from, to } of foldedMatches(folded, needle)) {
        count++;
        if (found.length >= perArticle || listed + found.length >= limit) continue;
        const { start, end } = originalRange(folded, from, to);
        index ??= new CodePointIndex(source);
        found.push({ kind, start, end, ...(annotationId === undefined ? {} : { annotationId }), snippet: snippetOf(index, start, end, context) });
      }
    };
    take('text', article.text, article.folded ?? foldText(article.text));
    for (const annotation of article.annotations) {
      take('quote', annotation.exact, foldText(annotation.exact), annotation.id);
      if (annotation.note !== '') take('note', annotation.note, foldText(annotation.note), annotation.id);
    }
    if (count === 0) continue;
    results.total += count;
    listed += found.length;
    if (found.length > 0) results.articles.push({ file: article.file, title: article.title, hits: found, more: count - found.length });
  }
  results.more = results.total - listed;
  return results;
}

/**
 * The match with up to `context` code points either side, cut at a word
 * boundary where one is near, line breaks shown as spaces.
 */
export function snippetOf(index: CodePointIndex, start: number, end: number, context: number): SearchSnippet {
  const from = Math.max(0, start - context);
  const to = Math.min(index.length, end + context);
  let before = index.slice(from, start);
  let after = index.slice(end, to);
  if (from > 0) before = '…' + trimToWord(before, 'start');
  if (to < index.length) after = trimToWord(after, 'end') + '…';
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  return { before: flat(before).trimStart(), match: flat(index.slice(start, end)), after: flat(after).trimEnd() };
}

function trimToWord(s: string, side: 'start' | 'end'): string {
  if (side === 'start') {
    const space = s.search(/\s/u);
    return space > 0 && space < s.length / 2 ? s.slice(space + 1) : s;
  }
  const space = s.search(/\s\S*$/u);
  return space > s.length / 2 ? s.slice(0, space) : s;
}
