/**
 * What an import turns a source file into: the plain text of a new article
 * and the metadata the source carried (kept in the article's sidecar, where
 * the analyst's own edits of it go too).
 */
import type { ArticleSummary } from '../api/view-types';
import type { RefiImport } from '../refi-qda/report';

/** The formats an article can be imported from. */
export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Metadata found in the source; a field is absent when the source has none. */
export interface ImportedMeta {
  title?: string;
  author?: string;
  /** The outlet or site (HTML: og:site_name, else the canonical address). */
  source?: string;
  /** As the source gives it, as a date (YYYY-MM-DD) when it can be read as one. */
  published?: string;
}

export interface ConvertedArticle {
  format: ImportFormat;
  /** Plain text, one paragraph per line, blank lines between blocks, ending with a newline. */
  text: string;
  meta: ImportedMeta;
}

/** What became of one file of an import. */
export type ImportItemResult =
  | { source: string; ok: true; file: string; title: string; format: ImportFormat }
  | { source: string; ok: false; reason: string };

/** An import's outcome, file by file in the order given, and the set's article list after it. */
export interface ImportResult {
  items: ImportItemResult[];
  articles: ArticleSummary[];
  /** The REFI-QDA projects and codebooks imported (a .qdpx or .qdc that was refused is an item with its reason). */
  refi?: RefiImport[];
}
