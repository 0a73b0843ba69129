/**
 * What an import turns a source file into: the plain text of a new article
 * and the metadata the source carried (kept in the article's sidecar, where
 * the analyst's own edits of it go too).
 */
import type { ArticleSummary } from '../api/view-types';
import type { RefiImport } from '../refi-qda/report';

/** The formats an article can be imported from. */
export const IMPORT_FORMATS = ['txt', 'md', 'html', 'mhtml', 'docx', 'pdf'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Metadata found in the source; a field is absent when the source has none. */
export interface ImportedMeta {
  title?: string;
  author?: string;
  /** The outlet or site (HTML: og:site_name, else the canonical address). */
  source?: string;
  /** As the source gives it, as a date (YYYY-MM-DD) when it can be read as one. */
  published?: string;
  /** The page's own address (web pages: canonical link, og:url, where it was saved from). */
  url?: string;
  /** When the page was saved (YYYY-MM-DD), where the file says so. */
  accessed?: string;
}

/**
 * How a web page became an article: `article` is the text Readability (Firefox's
 * Reader View) found in it; `page` is every block of the page, furniture included.
 */
export const WEB_PAGE_EXTRACTIONS = ['article', 'page'] as const;
export type WebPageExtraction = (typeof WEB_PAGE_EXTRACTIONS)[number];

/** `auto`: the article where Readability finds one, else the whole page; `page`: always the whole page. */
export const WEB_PAGE_MODES = ['auto', 'page'] as const;
export type WebPageMode = (typeof WEB_PAGE_MODES)[number];

export interface ConvertedArticle {
  format: ImportFormat;
  /** Plain text, one paragraph per line, blank lines between blocks, ending with a newline. */
  text: string;
  meta: ImportedMeta;
  /** Web pages only: which text was taken. */
  extraction?: WebPageExtraction;
}

/** A Hypothesis annotation that could not be placed, and why. */
export interface UnmatchedAnnotation {
  id: string;
  uri: string;
  quote: string;
  reason: string;
}

/** What an annotations file (a Hypothesis export) brought. */
export interface AnnotationsImport {
  added: number;
  /** Imported before (the same Hypothesis annotation, or an annotation of the same id): not added again. */
  alreadyThere: number;
  /** Replies to annotations: not about the page, not imported. */
  replies: number;
  /** The articles that received annotations. */
  articles: string[];
  unmatched: UnmatchedAnnotation[];
}

/** What became of one file of an import: an article, annotations (a Hypothesis export, Web Annotations), or a refusal. */
export type ImportItemResult = ImportedArticle | ImportedAnnotations | { source: string; ok: false; reason: string };
export interface ImportedArticle {
  source: string;
  ok: true;
  file: string;
  title: string;
  format: ImportFormat;
  extraction?: WebPageExtraction;
}
export interface ImportedAnnotations {
  source: string;
  ok: true;
  annotations: AnnotationsImport;
}

export function isImportedArticle(item: ImportItemResult): item is ImportedArticle {
  return item.ok && 'file' in item;
}

/** Annotation files an import takes besides articles: Hypothesis exports and W3C Web Annotations (JSON or JSON-LD). */
export function isAnnotationsFile(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.json') || lower.endsWith('.jsonld');
}

/** An import's outcome, file by file in the order given, and the set's article list after it. */
export interface ImportResult {
  items: ImportItemResult[];
  articles: ArticleSummary[];
  /** The REFI-QDA projects and codebooks imported (a .qdpx or .qdc that was refused is an item with its reason). */
  refi?: RefiImport[];
}
