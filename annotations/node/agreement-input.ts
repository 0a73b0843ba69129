/**
 * Reads two copies of a set for the agreement report (agreement/report.ts):
 * the articles both hold under the same file name with identical text, each
 * side's annotations placed in that text as the app places them when it
 * opens the article. Everything else is listed as not compared, with why.
 * Read-only: SetStore's read methods only, nothing written in either copy.
 */
import { anchorAll } from '../anchoring/anchor';
import type { ComparedArticle, Coded, NotCompared } from '../agreement/report';
import { AnnotatorError, messageOf } from '../errors';
import { SET_FILE_NAME } from '../model/codebook';
import { tagsOf } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { exists } from './files';
import { SetStore } from './set-store';
import path from 'node:path';

export interface Copies {
  a: SetStore;
  b: SetStore;
  articles: ComparedArticle[];
  notCompared: NotCompared[];
}

/** Opens a folder that must be a set: it has articles or a codebook. */
export async function openCopy(folder: string): Promise<SetStore> {
  const store = await SetStore.open(folder, { readOnly: true });
  const articles = await store.listArticleFiles();
  if (articles.length === 0 && !(await exists(path.join(store.folder, SET_FILE_NAME)))) {
    throw new AnnotatorError('invalid-argument', `"${folder}" is not an annotation set: it holds no .txt articles and no ${SET_FILE_NAME}.`, folder);
  }
  return store;
}

/** One folder given as both copies. */
export class SameFolderError extends AnnotatorError {
  constructor(a: string, b: string) {
    super('invalid-argument', `"${a}" and "${b}" are the same folder: compare two different copies of the set.`, b);
  }
}

/** Opens both copies; refuses one folder given twice (agreement with oneself says nothing). */
export async function openCopies(folderA: string, folderB: string): Promise<{ a: SetStore; b: SetStore }> {
  const a = await openCopy(folderA);
  const b = await openCopy(folderB);
  if (a.folder === b.folder) {
    throw new SameFolderError(folderA, folderB);
  }
  return { a, b };
}

/** The annotations of `file` in one copy, placed in `text`; orphans (not found in the text) are left out. */
async function placed(store: SetStore, file: string, text: string): Promise<Coded[]> {
  const sidecar = await store.readSidecar(file);
  const annotations = sidecar?.annotations ?? [];
  const anchored = anchorAll(new CodePointIndex(text), annotations);
  return annotations.flatMap((annotation, i) => {
    const r = anchored[i];
    return r && r.start !== null ? [{ id: annotation.id, start: r.start, end: r.end, tags: tagsOf(annotation) }] : [];
  });
}

export async function readCopies(folderA: string, folderB: string): Promise<Copies> {
  const { a, b } = await openCopies(folderA, folderB);
  const filesA = await a.listArticleFiles();
  const filesB = new Set(await b.listArticleFiles());
  const articles: ComparedArticle[] = [];
  const notCompared: NotCompared[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) {
      notCompared.push({ file, why: 'only in the first copy' });
      continue;
    }
    try {
      const textA = (await a.readArticle(file)).text;
      const textB = (await b.readArticle(file)).text;
      if (textA !== textB) {
        notCompared.push({ file, why: 'the two copies hold different text under this name' });
        continue;
      }
      articles.push({ file, text: textA, a: await placed(a, file, textA), b: await placed(b, file, textB) });
    } catch (error) {
      notCompared.push({ file, why: `cannot be read: ${messageOf(error)}` });
    }
  }
  const inA = new Set(filesA);
  for (const file of [...filesB].filter((f) => !inA.has(f)).sort()) notCompared.push({ file, why: 'only in the second copy' });
  return { a, b, articles, notCompared };
}
