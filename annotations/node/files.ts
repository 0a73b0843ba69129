/**
 * File primitives with the guarantees the app promises: a save is atomic and
 * durable (a crash leaves the old file or the new one, never half of each),
 * and an article is only accepted when it is really UTF-8 text.
 */
import { createHash } from 'node:crypto';
import { lstat, open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { AnnotatorError, messageOf } from '../errors';
import { stripBom } from '../text/code-points';
import { codeOf as errorCode } from './atomic-write';

/** Larger files are refused: the viewer renders the whole text and would stall. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// Saves: atomic-write.ts (kept there with its injectable steps for the fault tests).
export { writeFileAtomic } from './atomic-write';
export { codeOf as errorCode } from './atomic-write';

/**
 * Whether anything has this path, without following a link: a link counts,
 * even one leading nowhere. Every caller asks "is this name taken?" before
 * creating a file or folder under it, and following a link would answer for
 * its target instead: a dangling link would look free, and what is written
 * next would go wherever it points (or fail half-way).
 */
export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads an article: refuses oversize, binary (NUL bytes) and non-UTF-8 files
 * with a message naming `displayName`. The text has its BOM removed and nothing
 * else changed; the hash is of the bytes on disk.
 */
export async function readArticleFile(filePath: string, displayName: string): Promise<{ text: string; sha256: string }> {
  const bytes = await readLimited(filePath, displayName);
  if (bytes.includes(0)) {
    throw new AnnotatorError('invalid-article', `${displayName} contains NUL bytes: it looks like a binary file, not text.`, displayName);
  }
  let decoded: string;
  try {
    // ignoreBOM keeps the BOM in the output, so stripBom is the one place that removes it.
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AnnotatorError('invalid-article', `${displayName} is not valid UTF-8 text. Save it as UTF-8 and reopen the set.`, displayName);
  }
  return { text: stripBom(decoded), sha256: sha256Hex(bytes) };
}

/** The file's bytes, checking the size first so a huge file is never loaded. */
async function readLimited(filePath: string, displayName: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(filePath, 'r');
    const { size } = await handle.stat();
    if (size > MAX_ARTICLE_BYTES) throw tooLarge(displayName);
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.length > MAX_ARTICLE_BYTES) throw tooLarge(displayName);
    return bytes;
  } catch (error) {
    if (error instanceof AnnotatorError) throw error;
    if (errorCode(error) === 'ENOENT') throw new AnnotatorError('not-found', `${displayName} does not exist.`, displayName);
    if (errorCode(error) === 'EISDIR') throw new AnnotatorError('invalid-article', `${displayName} is a folder, not a text file.`, displayName);
    throw new AnnotatorError('io', `Cannot read ${displayName}: ${messageOf(error)}`, displayName);
  } finally {
    await handle?.close();
  }
}

function tooLarge(displayName: string): AnnotatorError {
  return new AnnotatorError(
    'invalid-article',
    `${displayName} is larger than ${MAX_ARTICLE_BYTES / (1024 * 1024)} MiB; articles that large are not supported.`,
    displayName,
  );
}
