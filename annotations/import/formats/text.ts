/**
 * Plain text sources, and the decoding every text format (Markdown, HTML)
 * starts with.
 */
import { stripBom } from '../../text/code-points';
import { refuse } from '../detect';
import type { ConvertedArticle } from '../types';

/**
 * The text of a text-format source: strict UTF-8 (a lenient decode would put
 * U+FFFD in the article for good), no NUL bytes, BOM removed.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw refuse(name, 'the file contains NUL bytes: it looks like a binary file, not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw refuse(name, 'the file is not valid UTF-8 text. Save it as UTF-8 and import it again.');
  }
  return stripBom(text);
}

/**
 * A .txt article is taken exactly as it is (but for a BOM): it is already an
 * article, and its non-breaking spaces, indentation and line endings are
 * part of the text annotations will point into. It has no metadata.
 */
export function convertText(name: string, bytes: Uint8Array): ConvertedArticle {
  return { format: 'txt', text: decodeText(name, bytes), meta: {} };
}
