/**
 * In the JSON-LD export, an annotation of a web page points at the page: its
 * target's `source` becomes the page's address (the article's `url`, where it
 * is a web address), and a `TimeState` says which copy the selectors were
 * made on: `cached` is the article's file (the text the app shows, relative
 * to the export like every `source` of ours), `sourceDate` the day it was
 * saved, where known (Web Annotation model, section 4.2.5: "a copy of the
 * Source resource's representation, appropriate for the Annotation"). Other
 * tools then see which page was annotated, and still know that the offsets
 * count in our text, not in the live page. Sidecars keep the file name.
 */
import { isWebAddress } from '../model/article-meta';

export interface WebSourceArticle {
  file: string;
  url?: string;
  accessed?: string;
}

export function withWebSource<T extends object>(annotation: T, article: WebSourceArticle | undefined): T {
  const target = (annotation as { target?: unknown }).target;
  if (article === undefined || !isWebAddress(article.url) || typeof target !== 'object' || target === null || Array.isArray(target)) return annotation;
  const day = article.accessed !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(article.accessed) ? article.accessed : undefined;
  const state = { type: 'TimeState', cached: article.file, ...(day ? { sourceDate: `${day}T00:00:00Z` } : {}) };
  return { ...annotation, target: { ...target, source: article.url, state } };
}
