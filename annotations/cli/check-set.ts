/**
 * What `research-annotator check` (check.ts) does: validates every sidecar of
 * a set folder and re-anchors its annotations against the current article
 * text, as the app does when it opens them.
 *
 * Read-only by design: it goes through SetStore's read methods only and never
 * saves, so positions that moved are reported, not rewritten.
 */
import { stat } from 'node:fs/promises';
import { anchorAll, type AnchorResult, type AnchorStatus } from '../anchoring/anchor';
import { AnnotatorError, messageOf } from '../errors';
import { quoteSelectorOf } from '../model/annotation';
import { SetStore } from '../node/set-store';
import { SIDECAR_SUFFIX } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';

export interface CheckedAnnotation {
  id: string;
  status: AnchorStatus;
  /** Code-point offsets in the current text; null for an orphan. */
  start: number | null;
  end: number | null;
  /** Only for 'fuzzy': similarity in [0, 1]. */
  score?: number;
  /** The stored quote (for the human report; not part of the JSON output). */
  quote: string;
}

export interface CheckedArticle {
  /** Article file name. */
  file: string;
  /** Sidecar file name. */
  sidecar: string;
  /** The article's bytes differ from the SHA-256 stored in the sidecar (edited since the last save). */
  changedSinceSave: boolean;
  annotations: CheckedAnnotation[];
}

export interface CheckError {
  /** File name (inside the set folder) the problem is about. */
  file: string;
  message: string;
}

export interface CheckReport {
  /** The set folder as opened (real path). */
  folder: string;
  /** Articles that have a valid sidecar, sorted by file name. Articles without a sidecar are not listed. */
  articles: CheckedArticle[];
  errors: CheckError[];
}

/** The set folder itself cannot be opened or listed. */
export class SetFolderError extends Error {
  constructor(
    readonly folder: string,
    message: string,
  ) {
    super(message);
    this.name = 'SetFolderError';
  }
}

/** Checks every sidecar of `folder`. Writes nothing. Throws SetFolderError when the folder cannot be read. */
export async function checkSet(folder: string): Promise<CheckReport> {
  let store: SetStore;
  let sidecars: string[];
  let articles: Set<string>;
  try {
    store = await SetStore.open(folder);
    sidecars = await store.listSidecarFiles();
    articles = new Set(await store.listArticleFiles());
  } catch (error) {
    throw new SetFolderError(folder, error instanceof AnnotatorError ? error.message : `Cannot read the folder "${folder}": ${messageOf(error)}`);
  }

  const report: CheckReport = { folder: store.folder, articles: [], errors: [] };
  for (const sidecar of sidecars) {
    const checked = await checkOne(store, sidecar, articles, report.errors);
    if (checked) report.articles.push(checked);
  }
  return report;
}

async function checkOne(
  store: SetStore,
  sidecarName: string,
  articles: ReadonlySet<string>,
  errors: CheckError[],
): Promise<CheckedArticle | null> {
  const file = sidecarName.slice(0, -SIDECAR_SUFFIX.length);
  let sidecar;
  try {
    sidecar = await store.readSidecar(file);
  } catch (error) {
    errors.push(errorFor(sidecarName, error));
    sidecar = undefined;
  }
  if (!articles.has(file)) {
    errors.push({ file: sidecarName, message: `article file ${file} not found${await whyNotAnArticle(store, file)}` });
    return null;
  }
  if (!sidecar) return null; // Invalid (reported above), or vanished since the folder was listed.

  let article;
  try {
    article = await store.readArticle(file);
  } catch (error) {
    errors.push(errorFor(file, error));
    return null;
  }

  const index = new CodePointIndex(article.text);
  // All at once, as the app anchors an article it opens: each one's shift guides the next (a repeated quote stays apart).
  const results = anchorAll(index, sidecar.annotations);
  return {
    file,
    sidecar: sidecarName,
    changedSinceSave: sidecar.article.sha256 !== article.sha256,
    annotations: sidecar.annotations.map((annotation, i) => {
      const result = results[i] as AnchorResult;
      return {
        id: annotation.id,
        status: result.status,
        start: result.start,
        end: result.end,
        ...(result.status === 'fuzzy' ? { score: result.score } : {}),
        quote: quoteSelectorOf(annotation)?.exact ?? '',
      };
    }),
  };
}

/** Distinguishes "no such file" from "there is a file, but the app would not open it as an article". */
async function whyNotAnArticle(store: SetStore, file: string): Promise<string> {
  try {
    await stat(await store.resolveInside(file));
  } catch {
    return '';
  }
  return file.toLowerCase().endsWith('.txt') ? ' (it is not a plain file inside the set folder)' : ' (only .txt files are articles)';
}

function errorFor(file: string, error: unknown): CheckError {
  if (error instanceof AnnotatorError) {
    const named = error.file ?? file;
    // Messages often start with "<file>: "; the file is reported separately.
    const message = error.message.startsWith(`${named}: `) ? error.message.slice(named.length + 2) : error.message;
    return { file: named, message };
  }
  return { file, message: messageOf(error) };
}
