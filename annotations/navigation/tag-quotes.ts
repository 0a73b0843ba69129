/**
 * The cross-article view of one tag: every quote under it (children
 * included) from every article, grouped by article in set order, each with
 * what the analyst recorded about it.
 */
import type { AnchorStatus } from '../anchoring/anchor';
import type { Stance } from '../model/claim';
import { hasTagUnder } from './tag-tree';

export interface TagQuote {
  id: string;
  exact: string;
  tags: string[];
  note: string;
  stance?: Stance;
  attribution?: string;
  status: AnchorStatus;
  /** Code-point offset in the current text; null for an orphan. */
  start: number | null;
}

export interface TagQuoteGroup {
  file: string;
  title: string;
  quotes: TagQuote[];
}

export interface TagQuotes {
  tag: string;
  groups: TagQuoteGroup[];
  total: number;
}

export function tagQuotes(articles: Iterable<{ file: string; title: string; annotations: readonly TagQuote[] }>, tag: string): TagQuotes {
  const groups: TagQuoteGroup[] = [];
  let total = 0;
  for (const article of articles) {
    const quotes = article.annotations.filter((a) => hasTagUnder(a.tags, [tag]));
    if (quotes.length === 0) continue;
    // In reading order; orphans (no place) last.
    quotes.sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER));
    groups.push({ file: article.file, title: article.title, quotes });
    total += quotes.length;
  }
  return { tag, groups, total };
}
