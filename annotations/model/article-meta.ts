/**
 * An article's details beyond its title, as the sidecar keeps them and the
 * views show them: the outlet, author, publication date, and for a web page
 * its address and the day it was saved. Each is a string, absent when unset.
 */

export const ARTICLE_META_FIELDS = ['source', 'author', 'published', 'url', 'accessed'] as const;
export type ArticleMetaField = (typeof ARTICLE_META_FIELDS)[number];
export type ArticleMetaFields = Partial<Record<ArticleMetaField, string>>;

/** The details set in a sidecar's `article` object (non-empty strings only; every other field left out). */
export function articleMetaOf(article: Readonly<Record<string, unknown>>): ArticleMetaFields {
  const meta: ArticleMetaFields = {};
  for (const field of ARTICLE_META_FIELDS) {
    const value = article[field];
    if (typeof value === 'string' && value !== '') meta[field] = value;
  }
  return meta;
}

/** Whether a detail is a web address a link or an IRI can use (`url` as entered may be anything). */
export function isWebAddress(value: string | undefined): value is string {
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  return value !== undefined && value.length <= 2000 && /^https?:\/\/[^\s\u0000-\u001f\u007f<>"{}|\\^`]+$/iu.test(value);
}
