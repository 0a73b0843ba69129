/**
 * What `research-annotator brief` (brief.ts) does: the comparative brief of a
 * set folder, as Markdown, CSV (one row per annotation) or W3C Web Annotation
 * JSON-LD (brief/formats.ts, as the app writes them). The Markdown brief has
 * what the app's has from the matcher, made by the app's code: the likely
 * matches nobody reviewed, apart, and copies of one story as one source.
 *
 * All or nothing: every sidecar (and the codebook) is validated first, and if
 * any is invalid, unreadable or has no article, nothing is written (a brief
 * silently missing a source would mislead). Reads the set only: the output goes
 * to stdout or to --out, written atomically.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { writeBrief } from '../brief/formats';
import type { BriefFormat, BriefInput, BriefMatching, BriefOptions } from '../brief/types';
import { AnnotatorError, messageOf } from '../errors';
import { effectiveTags, SET_FILE_NAME, type Tag } from '../model/codebook';
import { ArticleCache } from '../node/article-cache';
import { briefInputFor } from '../node/brief-input';
import { errorCode, writeFileAtomic } from '../node/files';
import { KeyedQueue } from '../node/keyed-queue';
import { createMatches } from '../node/match-service';
import type { EditableSet } from '../node/set-edits';
import { SetStore } from '../node/set-store';
import { inWholePercents } from '../node/whole-percents';
import { isSidecarName, SIDECAR_SUFFIX } from '../sidecar/schema';

export interface BriefRequest {
  folder: string;
  format: BriefFormat;
  /** Where to write (relative to the working directory); absent = stdout. */
  out?: string;
  /** What the brief covers and in which order, as in the app. */
  options: BriefOptions;
  /** The export time written into the brief. */
  now: Date;
  /**
   * Markdown: whether the matcher's likely matches nobody reviewed are listed
   * (*Possible corroboration, not reviewed*) and copies of one story found,
   * as in the app's brief. Default true.
   */
  suggestions?: boolean;
  /** Hears of each claim the matcher has scored: (claims scored, claims in all). */
  scored?: (done: number, total: number) => void;
}

export interface BriefProblem {
  /** File name inside the set folder (or the folder itself) the problem is about. */
  file: string;
  message: string;
}

/** What went wrong: `usage` problems are the command line's (exit 2), the others the set's (exit 1). */
export class BriefFailure extends Error {
  constructor(
    readonly usage: boolean,
    readonly problems: BriefProblem[],
  ) {
    super(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
    this.name = 'BriefFailure';
  }
}

/** The brief's text. Throws BriefFailure; writes nothing. */
export async function buildBrief(request: BriefRequest): Promise<string> {
  let store: SetStore;
  try {
    store = await SetStore.open(request.folder);
  } catch (error) {
    throw new BriefFailure(false, [{ file: request.folder, message: messageOf(error) }]);
  }
  const { codebook, articleFiles } = await validateSet(store);

  const { options } = request;
  const named = [...(options.articles ?? []), ...(options.excludeArticles ?? [])];
  const unknownArticles = [...new Set(named.filter((f) => !articleFiles.includes(f)))];
  if (unknownArticles.length > 0) {
    throw new BriefFailure(true, [{ file: request.folder, message: `no article ${unknownArticles.map((f) => `"${f}"`).join(', ')} in the set (--articles takes file names, e.g. a.txt)` }]);
  }

  try {
    const cache = new ArticleCache(store);
    const gathered = await briefInputFor(store, cache, { setName: store.name, exportedAt: request.now, tags: [], options });
    const input: BriefInput = { ...gathered, tags: effectiveTags(codebook, cache.usedTags()) };
    checkTags([...(options.tags ?? []), ...(options.excludeTags ?? [])], input.tags.map((t) => t.label), request.folder);
    // Only the Markdown brief says what the matcher found; after the articles were read afresh, as in the app.
    const matching = request.format === 'markdown' && request.suggestions !== false ? await matchingOf({ store, articles: cache, codebook }, request.scored) : undefined;
    return await writeBrief(request.format, matching ? { ...input, matching } : input, async (file) => (await store.readSidecar(file))?.annotations ?? []);
  } catch (error) {
    if (error instanceof BriefFailure) throw error;
    if (error instanceof AnnotatorError) throw new BriefFailure(false, [{ file: error.file ?? request.folder, message: withoutFilePrefix(error) }]);
    throw error;
  }
}

/** What the app's brief adds from the matcher, by the app's own code (match-service.ts), so the two briefs are one. */
function matchingOf(set: EditableSet, scored: ((done: number, total: number) => void) | undefined): Promise<BriefMatching> {
  return createMatches({ requireSet: () => set, queue: new KeyedQueue(), emit: () => {} }).briefExtras(set, scored && inWholePercents(scored));
}

/** A tag that is neither in the codebook nor used is a typo: an empty brief would hide it. */
function checkTags(tags: string[], known: string[], folder: string): void {
  const unknown = [...new Set(tags.filter((t) => !known.includes(t)))];
  if (unknown.length > 0) {
    throw new BriefFailure(true, [{ file: folder, message: `no tag ${unknown.map((t) => `"${t}"`).join(', ')} in the set (known: ${known.join(', ') || 'none'})` }]);
  }
}

/**
 * Reads the codebook and every sidecar through the validating readers, and
 * checks each sidecar has its article. Throws BriefFailure listing every problem.
 */
async function validateSet(store: SetStore): Promise<{ codebook: Tag[]; articleFiles: string[] }> {
  const problems: BriefProblem[] = [];
  let codebook: Tag[] = [];
  let articleFiles: string[] = [];
  let sidecars: string[] = [];
  try {
    articleFiles = await store.listArticleFiles();
    sidecars = await store.listSidecarFiles();
  } catch (error) {
    throw new BriefFailure(false, [{ file: store.folder, message: `Cannot read the folder: ${messageOf(error)}` }]);
  }
  try {
    codebook = (await store.readSetFile())?.tags ?? [];
  } catch (error) {
    problems.push(problemOf(SET_FILE_NAME, error));
  }
  for (const sidecar of sidecars) {
    const file = sidecar.slice(0, -SIDECAR_SUFFIX.length);
    try {
      await store.readSidecar(file);
    } catch (error) {
      problems.push(problemOf(sidecar, error));
    }
    if (!articleFiles.includes(file)) problems.push({ file: sidecar, message: `article file ${file} not found` });
  }
  if (problems.length > 0) throw new BriefFailure(false, problems);
  return { codebook, articleFiles };
}

/**
 * Where --out may not go: over a file of the set (an article, a sidecar, the
 * codebook), or as a new .txt in the set folder (it would become an article).
 */
export async function refuseOutInsideSet(folder: string, out: string): Promise<void> {
  let setFolder: string;
  let outFolder: string;
  try {
    setFolder = await realpath(folder);
    outFolder = await realpath(path.dirname(path.resolve(out)));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return; // Reported when reading the set or writing the file.
    throw error;
  }
  if (outFolder !== setFolder) return;
  const name = path.basename(out);
  const lower = name.toLowerCase();
  if (lower.endsWith('.txt') || isSidecarName(name) || name === SET_FILE_NAME) {
    throw new BriefFailure(true, [{ file: out, message: 'refusing to write the brief over a file of the set (an article, a sidecar or the codebook)' }]);
  }
}

export async function writeOut(out: string, content: string): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(out), content);
  } catch (error) {
    throw new BriefFailure(false, [{ file: out, message: `cannot write the brief: ${messageOf(error)}` }]);
  }
}

function problemOf(file: string, error: unknown): BriefProblem {
  if (error instanceof AnnotatorError) return { file: error.file ?? file, message: withoutFilePrefix(error) };
  return { file, message: messageOf(error) };
}

/** Messages often start with "<file>: "; the file is reported separately. */
function withoutFilePrefix(error: AnnotatorError): string {
  const named = error.file;
  return named && error.message.startsWith(`${named}: `) ? error.message.slice(named.length + 2) : error.message;
}
