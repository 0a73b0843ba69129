/**
 * The brief's scope as the app edits it, one checkbox at a time: pure edits of
 * BriefOptions, and a plain-words summary of the result.
 *
 * Tags and articles are narrowed by exclusion (an unticked tag goes into
 * `excludeTags`), so that a tag or article added later is in the brief, and
 * untagged highlights stay in (an inclusion list, as the CLI's `--tags`, would
 * drop them). Stances are kept as a list only while some are unticked. Empty
 * lists are dropped, so that "everything" has one representation: `{}`.
 */
import { articlePredicate, isFiltered, tagPredicate } from './filter';
import { STANCE_FILTERS, type BriefOptions, type BriefOrder, type StanceFilter } from './types';

export function includesTag(options: BriefOptions, label: string): boolean {
  return tagPredicate(options)(label);
}

export function includesArticle(options: BriefOptions, file: string): boolean {
  return articlePredicate(options)(file);
}

export function includesStance(options: BriefOptions, stance: StanceFilter): boolean {
  return options.stances === undefined || options.stances.includes(stance);
}

/** Includes or excludes tags (one, or several at once for "all" and "none"). */
export function withTags(options: BriefOptions, labels: readonly string[], included: boolean): BriefOptions {
  const { excludeTags, ...rest } = options;
  const excluded = toggled(excludeTags, labels, !included);
  return excluded.length === 0 ? rest : { ...rest, excludeTags: excluded };
}

export function withArticles(options: BriefOptions, files: readonly string[], included: boolean): BriefOptions {
  const { excludeArticles, ...rest } = options;
  const excluded = toggled(excludeArticles, files, !included);
  return excluded.length === 0 ? rest : { ...rest, excludeArticles: excluded };
}

/** `list` with `values` added or removed, without duplicates. */
function toggled(list: readonly string[] | undefined, values: readonly string[], add: boolean): string[] {
  const set = new Set(list ?? []);
  for (const value of values) {
    if (add) set.add(value);
    else set.delete(value);
  }
  return [...set];
}

export function withStance(options: BriefOptions, stance: StanceFilter, included: boolean): BriefOptions {
  const current = new Set(options.stances ?? STANCE_FILTERS);
  if (included) current.add(stance);
  else current.delete(stance);
  // Kept in the canonical order, so equal scopes are equal objects.
  const stances = STANCE_FILTERS.filter((s) => current.has(s));
  const { stances: _old, ...rest } = options;
  return stances.length === STANCE_FILTERS.length ? rest : { ...rest, stances };
}

export function withOrder(options: BriefOptions, order: BriefOrder): BriefOptions {
  const { order: _old, ...rest } = options;
  return order === 'codebook' ? rest : { ...rest, order };
}

/** The options with each quote's link back into the app, or without (the default). Not a narrowing. */
export function withQuoteLinks(options: BriefOptions, on: boolean): BriefOptions {
  const { quoteLinks: _old, ...rest } = options;
  return on ? { ...rest, quoteLinks: true } : rest;
}

/** Whether the scope leaves anything out (the order does not count). */
export function isNarrowed(options: BriefOptions): boolean {
  return isFiltered(options);
}

export interface ScopeSummary {
  tags: string;
  articles: string;
  stances: string;
}

/** "4 of 6 tags", "all 5 articles", "2 of 5 stances": for the scope's headings and status line. */
export function summarizeScope(options: BriefOptions, choices: { tags: readonly string[]; articles: readonly string[] }): ScopeSummary {
  const count = (included: number, total: number, noun: string) =>
    included === 0 ? `no ${noun}` : included === total ? `all ${total} ${noun}` : `${included} of ${total} ${noun}`;
  const stances = STANCE_FILTERS.filter((s) => includesStance(options, s)).length;
  return {
    tags: count(choices.tags.filter((t) => includesTag(options, t)).length, choices.tags.length, 'tags'),
    articles: count(choices.articles.filter((a) => includesArticle(options, a)).length, choices.articles.length, 'articles'),
    stances: count(stances, STANCE_FILTERS.length, 'stances'),
  };
}
