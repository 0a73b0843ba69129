/**
 * What the codebook, history and trash services share with the main service
 * (service.ts): the open set, the per-file queue and the save path, so every
 * set-wide change goes through the same atomic, merging, retried saves as a
 * single annotation edit.
 */
import type { AppEvent } from '../api/contract';
import type { FileFailure, TagView } from '../api/view-types';
import { messageOf } from '../errors';
import type { SetFile, Tag } from '../model/codebook';
import type { Sidecar } from '../sidecar/schema';
import type { ArticleCache, LoadedArticle } from './article-cache';
import { SaveError } from './atomic-write';
import type { KeyedQueue } from './keyed-queue';
import type { PendingSaves } from './pending-saves';
import type { SetStore } from './set-store';

/** The parts of an open set these services use. */
export interface EditableSet {
  store: SetStore;
  articles: ArticleCache;
  codebook: Tag[];
}

export interface EditDeps {
  requireSet(): EditableSet;
  queue: KeyedQueue;
  pending: PendingSaves;
  /** Saves an article's sidecar, merged with changes on disk; throws when it fails. */
  saveNow(set: EditableSet, article: LoadedArticle): Promise<void>;
  /** Saves the codebook held in `set.codebook` (a failed save is kept and retried), over `setFile` as read if given. */
  saveCodebook(set: EditableSet, setFile?: SetFile): Promise<void>;
  tagViews(set: EditableSet): TagView[];
  clock(): Date;
  emit(event: AppEvent): void;
}

/** The queue key of the codebook: its read-modify-writes never interleave. */
export const CODEBOOK_KEY = '\0codebook';

/**
 * Set-wide actions (a rename, a merge, an undo) run one after another: each
 * computes its change from the codebook and sidecars as the previous one left
 * them. (Edits of single annotations keep their per-file queue.)
 */
export const SET_EDIT_KEY = '\0set-edit';

/**
 * Replaces an article's annotations with `next(current)` and saves, under the
 * article's queue. Read-only (unreadable) sidecars are never touched. A save
 * the disk refuses is kept and retried like any other (PendingSaves) and
 * reported; any other failure (the file turned unreadable on disk) puts the
 * article back as it was. Returns the sidecar before and after, or a failure.
 */
export function rewriteArticle(
  deps: EditDeps,
  set: EditableSet,
  file: string,
  next: (current: Sidecar) => Sidecar | null,
): Promise<{ before: Sidecar; after: Sidecar } | { failure: FileFailure } | null> {
  return deps.queue.run(file, async () => {
    let article: LoadedArticle;
    try {
      // Read again: another window or a sync tool may have changed the file since (unless changes here wait to be saved).
      article = await set.articles.load(file, { fresh: true });
    } catch (error) {
      return { failure: { file, reason: messageOf(error) } };
    }
    // Checked first: what an unreadable sidecar holds is unknown, so it is reported whatever the change.
    if (article.readOnlyReason) return { failure: { file, reason: article.readOnlyReason } };
    const before = article.sidecar;
    const changed = next(before);
    if (changed === null) return null;
    article.adopt(changed);
    try {
      const refused = await saveOrRetryLater(deps, set, article);
      if (refused) return { failure: { file, reason: `${refused.message}; the change is kept and saving is tried again` } };
    } catch (error) {
      article.adopt(before);
      article.unsaved = false;
      return { failure: { file, reason: messageOf(error) } };
    }
    return { before, after: article.sidecar };
  });
}

/**
 * Saves an article after a change. A save the disk refuses (a full disk, a
 * folder made read-only) keeps the change in memory, is reported and tried
 * again later (PendingSaves), and is returned so the caller can say so; any
 * other failure throws.
 */
export async function saveOrRetryLater(deps: EditDeps, set: EditableSet, article: LoadedArticle): Promise<SaveError | null> {
  try {
    await deps.saveNow(set, article);
    deps.pending.succeeded(article.file);
    return null;
  } catch (error) {
    if (!(error instanceof SaveError)) throw error;
    deps.pending.failed(article.file, error);
    return error;
  }
}

/** Makes `tags` the codebook and saves it, under the codebook's queue. */
export function replaceCodebook(deps: EditDeps, set: EditableSet, tags: Tag[]): Promise<void> {
  return deps.queue.run(CODEBOOK_KEY, async () => {
    set.codebook = tags;
    await deps.saveCodebook(set);
  });
}

/** Reports progress through `total` files every so often (and at the end), so a long rename shows it is moving. */
export function progressReporter(deps: EditDeps, total: number): (done: number) => void {
  let last = 0;
  return (done) => {
    const now = Date.now();
    if (done === total || now - last >= 100) {
      last = now;
      deps.emit({ type: 'setEditProgress', done, total });
    }
  };
}
