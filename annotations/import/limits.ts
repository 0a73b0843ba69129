/**
 * The limits of an import, in one place (the README's "Importing articles"
 * lists them). A source over its limit is refused unread: the viewer renders
 * the whole text, and a huge PDF or Word file would stall the app while it is
 * converted. The binary formats get more room than text because their bytes
 * are mostly layout, fonts and pictures that are dropped. Markdown gets
 * less: its parser (micromark) is slow on large input, and 2 MiB (some
 * 300,000 words, far more than any article) already takes seconds.
 */
import type { ImportFormat } from './types';

const MiB = 1024 * 1024;

/** The most bytes a source file of each format may have. */
export const MAX_SOURCE_BYTES: Readonly<Record<ImportFormat, number>> = {
  txt: 20 * MiB,
  md: 2 * MiB,
  html: 20 * MiB,
  // A web archive holds the page's pictures and styles too (base64); its HTML part still has the .html limit.
  mhtml: 50 * MiB,
  docx: 50 * MiB,
  pdf: 100 * MiB,
};

/** The largest source of any format (what the drop call lets through before the format is known). */
export const MAX_ANY_SOURCE_BYTES = Math.max(...Object.values(MAX_SOURCE_BYTES));

/** The most UTF-8 bytes an imported article may have: the same as any article the app opens (node/files.ts). */
export const MAX_ARTICLE_TEXT_BYTES = 20 * MiB;

/**
 * A .docx whose parts unpack to more is refused before anything is unpacked:
 * a zip of 50 MiB can hold gigabytes of XML (a "zip bomb").
 */
export const MAX_DOCX_UNPACKED_BYTES = 256 * MiB;

/** A PDF with more pages is refused: each page is parsed, and beyond this it is a book, not an article. */
export const MAX_PDF_PAGES = 2_000;

/** The largest Hypothesis export an import reads (some 20,000 annotations with long notes). */
export const MAX_ANNOTATIONS_FILE_BYTES = 20 * MiB;

/** The most files one import takes. */
export const MAX_FILES_PER_IMPORT = 1_000;

export interface ImportLimits {
  maxSourceBytes: Readonly<Record<ImportFormat, number>>;
  maxArticleBytes: number;
  maxPdfPages: number;
  maxDocxUnpackedBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxSourceBytes: MAX_SOURCE_BYTES,
  maxArticleBytes: MAX_ARTICLE_TEXT_BYTES,
  maxPdfPages: MAX_PDF_PAGES,
  maxDocxUnpackedBytes: MAX_DOCX_UNPACKED_BYTES,
};

/** "20 MiB", "512 KiB", "300 bytes": limits as the messages state them. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
