/**
 * "Merge from another copy…": brings into the open set what another copy of
 * it (a colleague's folder, a git worktree) holds and this one lacks, article
 * by article (sidecar/copy-merge.ts), and the other copy's codebook as a
 * union (codebook/union.ts).
 *
 * The other folder is only read, through SetStore's read methods: nothing
 * there is written, locked or cleaned. Its files that cannot be read (invalid,
 * from a newer version, left with git conflict markers) are refused by name
 * and the rest is merged. Where both copies changed an annotation, this
 * copy's version stays and the other's sidecar is kept beside this one's,
 * named as conflicts are. The whole merge is one undo entry.
 */
import path from 'node:path';
import type { Handlers } from '../api/contract';
import type { CopyMergeResult, FileFailure } from '../api/view-types';
import { codebookUnion } from '../codebook/union';
import { AnnotatorError, messageOf } from '../errors';
import { diffSidecars, type SidecarChange } from '../history/sidecar-change';
import { SET_FILE_NAME } from '../model/codebook';
import { mergeFromCopy, type CopyMerge } from '../sidecar/copy-merge';
import { serializeSidecar, sidecarNameFor, type Sidecar } from '../sidecar/schema';
import { openCopy } from './agreement-input';
import type { History } from './history-service';
import type { Dialogs } from './ports';
import { progressReporter, replaceCodebook, rewriteArticle, SET_EDIT_KEY, type EditableSet, type EditDeps } from './set-edits';
import type { SetStore } from './set-store';

export function createCopyMerge(deps: EditDeps, history: History, dialogs: Dialogs): Pick<Handlers, 'mergeFromCopy'> {
  return {
    async mergeFromCopy() {
      const set = deps.requireSet();
      const folder = await dialogs.chooseFolder('Merge from another copy');
      if (folder === null) return null;
      return deps.queue.run(SET_EDIT_KEY, () => mergeNow(deps, history, set, folder));
    },
  };
}

/** The other copy's sidecar of `file`, or a refusal naming it. */
async function theirSidecar(other: SetStore, file: string): Promise<{ sidecar: Sidecar | null } | { refused: FileFailure }> {
  try {
    return { sidecar: await other.readSidecar(file) };
  } catch (error) {
    return { refused: { file: sidecarNameFor(file), reason: messageOf(error) } };
  }
}

export async function mergeNow(deps: EditDeps, history: History, set: EditableSet, folder: string): Promise<CopyMergeResult> {
  const other = await openCopy(folder);
  if (other.folder === set.store.folder) {
    throw new AnnotatorError('invalid-argument', `"${folder}" is the set that is open: choose another copy of it.`, folder);
  }
  // The folder's name: both copies usually carry the same set name.
  const label = `Merge from “${path.basename(other.folder)}”`;
  const result: CopyMergeResult = { label, from: other.folder, tags: [], updated: [], failed: [], annotations: 0, added: 0, taken: 0, deletedHere: 0, conflicts: [], tagsAdded: [], refused: [], skipped: [] };

  const codebookBefore = set.codebook;
  try {
    const theirs = await other.readSetFile();
    const union = codebookUnion(set.codebook, theirs?.tags ?? []);
    if (union.added.length > 0) await replaceCodebook(deps, set, union.tags);
    result.tagsAdded = union.added;
  } catch (error) {
    result.refused.push({ file: SET_FILE_NAME, reason: messageOf(error) });
  }

  const ours = new Set(await set.store.listArticleFiles());
  // What the analyst deleted here stays deleted (an unreadable trash hides nothing).
  const trash = await set.store.readTrashFile().catch(() => null);
  const deleted = new Set((trash?.items ?? []).map((item) => item.annotation.id));
  const files = await other.listArticleFiles();
  const sidecars: SidecarChange[] = [];
  const report = progressReporter(deps, files.length);
  for (const [i, file] of files.entries()) {
    report(i);
    if (!ours.has(file)) {
      result.skipped.push({ file, reason: 'not in this copy' });
      continue;
    }
    const read = await theirSidecar(other, file);
    if ('refused' in read) {
      result.refused.push(read.refused);
      continue;
    }
    const theirs = read.sidecar;
    if (theirs === null) continue;
    const [mine, there] = await Promise.all([set.store.readArticle(file).catch(() => null), other.readArticle(file).catch(() => null)]);
    if (mine === null || there === null || mine.text !== there.text) {
      result.skipped.push({ file, reason: 'the two copies hold different text under this name' });
      continue;
    }
    let merge: CopyMerge | null = null;
    const outcome = await rewriteArticle(deps, set, file, (current) => {
      merge = mergeFromCopy(current, theirs, deleted);
      return merge.added.length + merge.taken.length === 0 && !articleChanged(current, merge.merged) ? null : merge.merged;
    });
    if (outcome && 'failure' in outcome) {
      result.failed.push(outcome.failure);
      continue;
    }
    const done = merge as CopyMerge | null;
    if (done === null) continue;
    if (done.conflicts.length > 0) {
      const keptAside = await set.store.keepBesideSidecar(file, serializeSidecar(theirs), 'conflict');
      for (const id of done.conflicts) result.conflicts.push({ file, id, keptAside });
    }
    result.added += done.added.length;
    result.deletedHere += done.deletedHere.length;
    result.taken += done.taken.length;
    const diff = outcome ? diffSidecars(file, outcome.before, outcome.after) : null;
    if (diff) {
      sidecars.push(diff);
      result.updated.push(file);
      result.annotations += diff.annotations.length;
    }
  }
  report(files.length);
  if (sidecars.length > 0 || set.codebook !== codebookBefore) {
    history.record(set, { label, sidecars, ...(set.codebook !== codebookBefore ? { codebook: { before: codebookBefore, after: set.codebook } } : {}) });
  }
  result.tags = deps.tagViews(set);
  return result;
}

function articleChanged(before: Sidecar, after: Sidecar): boolean {
  return JSON.stringify(before.article) !== JSON.stringify(after.article);
}
