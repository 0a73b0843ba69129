/**
 * Which quotes a brief covers, given its options: the one definition used by
 * every format (the brief model behind Markdown and the Brief view, and CSV).
 *
 * - `articles` / `excludeArticles`: by file name, set order kept.
 * - `stances`: only quotes with one of these stances, `none` standing for
 *   quotes without a stance; absent = every quote.
 * - `tags` / `excludeTags`: a quote keeps the tags that pass; a quote whose tags
 *   were all filtered out is dropped. With an explicit `tags` list, untagged
 *   highlights are out of scope too.
 * - Orphans are never dropped for being orphans: they pass the same filters.
 */
import type { BriefArticle, BriefInput, BriefOptions, BriefQuote, StanceFilter } from './types';

export interface SelectedQuote {
  article: BriefArticle;
  quote: BriefQuote;
  /** The quote's tags that pass the tag filter, in the quote's order, without duplicates. */
  tags: string[];
}

export function articlePredicate(options: BriefOptions = {}): (file: string) => boolean {
  return onlyAndExcept(options.articles, options.excludeArticles);
}

export function selectArticles(articles: readonly BriefArticle[], options: BriefOptions = {}): BriefArticle[] {
  const keep = articlePredicate(options);
  return articles.filter((a) => keep(a.file));
}

/** Whether the options leave anything out (the order of sections does not count). */
export function isFiltered(options: BriefOptions = {}): boolean {
  return (
    options.tags !== undefined ||
    (options.excludeTags?.length ?? 0) > 0 ||
    options.articles !== undefined ||
    (options.excludeArticles?.length ?? 0) > 0 ||
    options.stances !== undefined
  );
}

export function tagPredicate(options: BriefOptions = {}): (label: string) => boolean {
  return onlyAndExcept(options.tags, options.excludeTags);
}

/** Keeps the names `only` lists (every name when it is absent) but not those `except` lists. */
function onlyAndExcept(only: readonly string[] | undefined, except: readonly string[] | undefined): (name: string) => boolean {
  const kept = only ? new Set(only) : null;
  const dropped = new Set(except ?? []);
  return (name) => (kept === null || kept.has(name)) && !dropped.has(name);
}

/** The quotes the brief covers, in set order then article (sidecar) order. */
export function selectQuotes(articles: readonly BriefArticle[], options: BriefOptions = {}): SelectedQuote[] {
  const keepTag = tagPredicate(options);
  const stances = options.stances ? new Set<StanceFilter>(options.stances) : null;
  const selected: SelectedQuote[] = [];
  for (const article of selectArticles(articles, options)) {
    for (const quote of article.quotes) {
      if (stances && !stances.has(quote.stance ?? 'none')) continue;
      const tags = [...new Set(quote.tags)].filter(keepTag);
      if (tags.length === 0 && (quote.tags.length > 0 || options.tags)) continue;
      selected.push({ article, quote, tags });
    }
  }
  return selected;
}

/**
 * The stored annotations (as in their sidecars) that the options select, for
 * the formats that export annotations as stored (JSON-LD): the same selection
 * as the brief's, by annotation id, in set order.
 */
export function selectStored<A extends { id: string }>(
  input: Pick<BriefInput, 'articles' | 'options'>,
  storedOf: (file: string) => readonly A[],
): { file: string; url?: string; accessed?: string; annotations: A[] }[] {
  const selected = new Set(selectQuotes(input.articles, input.options).map(({ quote }) => quote.id));
  return selectArticles(input.articles, input.options).map((article) => ({
    file: article.file,
    ...(article.url ? { url: article.url } : {}),
    ...(article.accessed ? { accessed: article.accessed } : {}),
    annotations: storedOf(article.file).filter((annotation) => selected.has(annotation.id)),
  }));
}

