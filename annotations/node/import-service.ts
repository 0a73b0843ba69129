/**
 * Imports source files into the open set, one after another: each is read
 * (size checked first), converted (import/formats, pure), written as a new
 * `.txt` article under a free name (never over an existing file), and its
 * metadata stored in its sidecar. A file that cannot be imported is reported
 * with the reason and the rest go on: one bad file does not lose a batch.
 */
import { readdir, stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AnnotatorError, messageOf } from '../errors';
import { uniqueArticleName, stemOfSourceName } from '../import/article-name';
import { formatOfName, refuse } from '../import/detect';
import { convertArticle } from '../import/formats/convert';
import { DEFAULT_IMPORT_LIMITS, formatBytes, type ImportLimits } from '../import/limits';
import { decodeText } from '../import/formats/text';
import { MAX_ANNOTATIONS_FILE_BYTES } from '../import/limits';
import { isAnnotationsFile, type AnnotationsImport, type ImportedMeta, type ImportItemResult, type WebPageMode } from '../import/types';
import { articleTitle } from '../model/article-title';
import { createNewFile } from './create-new-file';
import type { FsSteps } from './atomic-write';

/** A file to import: its name (shown, and read for its extension) and a way to get its bytes. */
export interface ImportSource {
  name: string;
  read(): Promise<Uint8Array>;
}

export interface ImportContext {
  folder: string;
  limits?: ImportLimits;
  /** Web pages: their article where one is found (default), or the whole page. */
  webPages?: WebPageMode;
  fs?: FsSteps;
  /** Stores the metadata of a new article (in its sidecar). */
  saveMeta(file: string, meta: ImportedMeta): Promise<void>;
  /** Imports an annotations file (a Hypothesis export) into the set's articles. */
  importAnnotations?(name: string, text: string): Promise<AnnotationsImport>;
  /** Called before each file (`current`) and once at the end. */
  report?(done: number, total: number, current: string | undefined): void;
}

export async function importSources(sources: readonly ImportSource[], context: ImportContext): Promise<ImportItemResult[]> {
  const limits = context.limits ?? DEFAULT_IMPORT_LIMITS;
  const results: ImportItemResult[] = [];
  // Articles first: annotations in the same import may be for the pages just imported.
  const ordered = [...sources.filter((s) => !isAnnotationsFile(s.name)), ...sources.filter((s) => isAnnotationsFile(s.name))];
  for (const [index, source] of ordered.entries()) {
    context.report?.(index, sources.length, source.name);
    try {
      if (isAnnotationsFile(source.name)) {
        results.push({ source: source.name, ok: true, annotations: await importAnnotationsFile(source, context) });
        continue;
      }
      const article = await convertArticle(source.name, await source.read(), limits, context.webPages);
      const wanted = article.meta.title ?? stemOfSourceName(source.name);
      const file = await writeArticle(context, wanted, article.text);
      if (Object.keys(article.meta).length > 0) await context.saveMeta(file, article.meta);
      const title = articleTitle(article.meta.title, article.text, file);
      results.push({ source: source.name, ok: true, file, title, format: article.format, ...(article.extraction ? { extraction: article.extraction } : {}) });
    } catch (error) {
      if (!(error instanceof AnnotatorError)) throw error;
      results.push({ source: source.name, ok: false, reason: error.message });
    }
  }
  context.report?.(sources.length, sources.length, undefined);
  return results;
}

async function importAnnotationsFile(source: ImportSource, context: ImportContext): Promise<AnnotationsImport> {
  if (!context.importAnnotations) throw refuse(source.name, 'annotations files cannot be imported here.');
  const bytes = await source.read();
  if (bytes.length > MAX_ANNOTATIONS_FILE_BYTES) {
    throw refuse(source.name, `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_ANNOTATIONS_FILE_BYTES)} limit for annotations files.`);
  }
  return context.importAnnotations(source.name, decodeText(source.name, bytes));
}

/** Writes the article under the first free name; tries the next if another program takes the name meanwhile. */
async function writeArticle(context: ImportContext, wanted: string, text: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const taken = new Set((await readdir(context.folder)).map((name) => name.toLowerCase()));
    const file = uniqueArticleName(wanted, taken);
    if (await createNewFile(context.folder, file, text, context.fs)) return file;
  }
  throw new AnnotatorError('io', `Cannot find a free name for "${wanted}" in the set folder: other files keep appearing there.`);
}

/**
 * A source the user chose in the file dialog, by path: its size is checked
 * against its format's limit before it is read, so a huge file is never loaded.
 */
export function sourceFromPath(filePath: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ImportSource {
  const name = path.basename(filePath);
  return {
    name,
    async read() {
      const max = isAnnotationsFile(name) ? MAX_ANNOTATIONS_FILE_BYTES : limits.maxSourceBytes[formatOfName(name)];
      try {
        const { size, isFile } = await stat(filePath).then((s) => ({ size: s.size, isFile: s.isFile() }));
        if (!isFile) throw refuse(name, 'this is a folder, not a file.');
        if (size > max) throw refuse(name, `the file is ${formatBytes(size)}, over the ${formatBytes(max)} limit for ${isAnnotationsFile(name) ? 'annotations files' : `.${formatOfName(name)} files`}.`);
        return await readFile(filePath);
      } catch (error) {
        if (error instanceof AnnotatorError) throw error;
        throw new AnnotatorError('io', `${name}: cannot be read (${messageOf(error)}).`, name);
      }
    },
  };
}

/** A source dropped on the window: its bytes came with it, as base64. */
export function sourceFromBase64(name: string, dataBase64: string): ImportSource {
  return { name, read: async () => Buffer.from(dataBase64, 'base64') };
}
