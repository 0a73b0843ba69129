/**
 * Converts a source file (its name and bytes) into an article: checks it
 * (detect.ts), hands it to its format's converter, then checks the result.
 * Pure: no disk, no network; the caller writes the article.
 */
import { checkSource, refuse } from '../detect';
import { DEFAULT_IMPORT_LIMITS, formatBytes, type ImportLimits } from '../limits';
import type { ConvertedArticle, ImportFormat, WebPageMode } from '../types';
import { convertText } from './text';

/** `webPages`: a web page's article where one is found (`auto`), or always the whole page. */
export async function convertArticle(
  name: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  webPages: WebPageMode = 'auto',
): Promise<ConvertedArticle> {
  const format = checkSource(name, bytes, limits);
  const article = await convertFormat(format, name, bytes, limits, webPages);
  if (article.text.trim() === '') throw refuse(name, 'the file has no text to import.');
  const size = new TextEncoder().encode(article.text).length;
  if (size > limits.maxArticleBytes) {
    throw refuse(name, `its text is ${formatBytes(size)}, over the ${formatBytes(limits.maxArticleBytes)} an article may have.`);
  }
  return article;
}

/**
 * Each format's reader is loaded when a file of that format is first
 * imported: their parsers (a DOM, Readability, Markdown, Word, PDF) are a
 * large part of the core's code, and neither the app nor the command line
 * needs them to start (scripts/startup-graph.test.ts).
 */
async function convertFormat(format: ImportFormat, name: string, bytes: Uint8Array, limits: ImportLimits, webPages: WebPageMode): Promise<ConvertedArticle> {
  switch (format) {
    case 'txt':
      return convertText(name, bytes);
    case 'md':
      return (await import('./markdown')).convertMarkdown(name, bytes);
    case 'html':
      return (await import('./web-page')).convertHtml(name, bytes, webPages);
    case 'mhtml':
      return (await import('./web-page')).convertMhtml(name, bytes, limits.maxSourceBytes.html, webPages);
    case 'docx':
      return (await import('./docx')).convertDocx(name, bytes, limits.maxDocxUnpackedBytes);
    case 'pdf':
      return (await import('./pdf')).convertPdf(name, bytes, limits.maxPdfPages);
  }
}
