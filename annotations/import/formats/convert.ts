/**
 * Converts a source file (its name and bytes) into an article: checks it
 * (detect.ts), hands it to its format's converter, then checks the result.
 * Pure: no disk, no network; the caller writes the article.
 */
import { checkSource, refuse } from '../detect';
import { DEFAULT_IMPORT_LIMITS, formatBytes, type ImportLimits } from '../limits';
import type { ConvertedArticle, ImportFormat } from '../types';
import { convertDocx } from './docx';
import { convertHtml } from './html';
import { convertMarkdown } from './markdown';
import { convertPdf } from './pdf';
import { convertText } from './text';

export async function convertArticle(name: string, bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<ConvertedArticle> {
  const format = checkSource(name, bytes, limits);
  const article = await convertFormat(format, name, bytes, limits);
  if (article.text.trim() === '') throw refuse(name, 'the file has no text to import.');
  const size = new TextEncoder().encode(article.text).length;
  if (size > limits.maxArticleBytes) {
    throw refuse(name, `its text is ${formatBytes(size)}, over the ${formatBytes(limits.maxArticleBytes)} an article may have.`);
  }
  return article;
}

function convertFormat(format: ImportFormat, name: string, bytes: Uint8Array, limits: ImportLimits): ConvertedArticle | Promise<ConvertedArticle> {
  switch (format) {
    case 'txt':
      return convertText(name, bytes);
    case 'md':
      return convertMarkdown(name, bytes);
    case 'html':
      return convertHtml(name, bytes);
    case 'docx':
      return convertDocx(name, bytes, limits.maxDocxUnpackedBytes);
    case 'pdf':
      return convertPdf(name, bytes, limits.maxPdfPages);
  }
}
