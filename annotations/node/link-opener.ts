/**
 * Follows a link back into the app (links/annotation-link.ts): opens its set
 * and says where to go in it. A set that is gone is an error (nothing
 * opens); an article or annotation that is gone opens the set and says so,
 * so the analyst lands near what they were after rather than nowhere.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { LinkReveal } from '../api/view-types';
import { AnnotatorError } from '../errors';
import { LinkError, parseAnnotationLink } from '../links/annotation-link';
import type { ArticleCache } from './article-cache';
import type { SetStore } from './set-store';

export interface LinkSet {
  store: SetStore;
  articles: ArticleCache;
}

export interface LinkOpener {
  /** The open set, if any. */
  current(): LinkSet | null;
  /** Opens a folder as the set (as Open set… does). */
  openFolder(folder: string): Promise<unknown>;
}

/** Opens the link's set (unless it is open) and returns where to go in it, without `seq`. */
export async function followLink(url: string, opener: LinkOpener): Promise<Omit<LinkReveal, 'seq'>> {
  let link;
  try {
    link = parseAnnotationLink(url);
  } catch (error) {
    if (error instanceof LinkError) throw new AnnotatorError('invalid-argument', `the link cannot be opened: ${error.message}`);
    throw error;
  }
  // Resolved as the path of this system: a Windows path on Linux is not absolute, and is refused here.
  if (!path.isAbsolute(link.set)) throw new AnnotatorError('invalid-argument', `the link's set "${link.set}" is not an absolute path on this computer.`);
  const folder = path.resolve(link.set);
  const kind = await stat(folder).then(
    (s) => (s.isDirectory() ? 'folder' : 'file'),
    () => 'missing',
  );
  if (kind !== 'folder') throw new AnnotatorError('not-found', `the set ${folder} ${kind === 'missing' ? 'no longer exists (was it moved or renamed?)' : 'is a file, not a folder'}.`);
  const open = opener.current();
  if (open === null || path.resolve(open.store.folder) !== folder) await opener.openFolder(folder);
  const set = opener.current();
  if (set === null || link.article === undefined) return {};
  if (!(await set.store.listArticleFiles()).includes(link.article)) {
    return { problem: `The linked article "${link.article}" is no longer in this set (renamed, moved or deleted).` };
  }
  if (link.annotation === undefined) return { file: link.article };
  const article = await set.articles.load(link.article);
  if (!article.sidecar.annotations.some((a) => a.id === link.annotation)) {
    return { file: link.article, problem: `The linked annotation is no longer in "${article.title}": it was deleted, or its annotations file was replaced.` };
  }
  return { file: link.article, annotation: link.annotation };
}
