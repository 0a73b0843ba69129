/**
 * The codebook calls: set-wide rename, merge and delete, and edits of one tag.
 *
 * A rename or merge rewrites every sidecar that uses the tag, articles not
 * opened yet included, each through the ordinary save path (atomic per file,
 * merged with changes on disk). A sidecar that cannot be changed (unreadable,
 * from a newer version, a full disk) is left as it is and reported with the
 * reason; the others are changed. The whole action is one undo entry.
 */
import type { Handlers } from '../api/contract';
import type { CodebookTagView, SetEditResult } from '../api/view-types';
import { editTag } from '../codebook/edit';
import { mergeTags } from '../codebook/merge';
import { deleteTag } from '../codebook/remove';
import { renameTag, type Relabelled } from '../codebook/rename';
import { retagAll } from '../codebook/retag';
import { tagsOf } from '../model/annotation';
import type { Tag } from '../model/codebook';
import { diffSidecars, type SidecarChange } from '../history/sidecar-change';
import type { History } from './history-service';
import { progressReporter, replaceCodebook, rewriteArticle, SET_EDIT_KEY, type EditableSet, type EditDeps } from './set-edits';

type CodebookHandlers = Pick<Handlers, 'getCodebook' | 'renameTag' | 'mergeTags' | 'deleteTag' | 'updateTag'>;

export function createCodebookHandlers(deps: EditDeps, history: History): CodebookHandlers {
  /** Every label used in the set's sidecars, read (and cached) for all articles: a codebook edit concerns them all. */
  async function usedLabels(set: EditableSet): Promise<string[]> {
    for (const file of await set.store.listArticleFiles()) await set.articles.load(file, { fresh: true }).catch(() => null);
    return set.articles.usedTags();
  }

  /** Applies a codebook change everywhere: the codebook first, then each sidecar in turn. */
  function relabel(set: EditableSet, label: string, change: (codebook: readonly Tag[], used: string[]) => Relabelled): Promise<SetEditResult> {
    return deps.queue.run(SET_EDIT_KEY, () => relabelNow(set, label, change));
  }

  async function relabelNow(set: EditableSet, label: string, change: (codebook: readonly Tag[], used: string[]) => Relabelled): Promise<SetEditResult> {
    const used = await usedLabels(set);
    const before = set.codebook;
    const { tags, mapping } = change(before, used);
    await replaceCodebook(deps, set, tags);
    const now = deps.clock().toISOString();
    const result: SetEditResult = { label, tags: [], updated: [], failed: [], annotations: 0 };
    const sidecars: SidecarChange[] = [];
    const files = await set.store.listArticleFiles();
    const report = progressReporter(deps, files.length);
    for (const [i, file] of files.entries()) {
      report(i);
      const outcome = await rewriteArticle(deps, set, file, (current) => {
        if (!current.annotations.some((a) => tagsOf(a).some((t) => mapping.has(t)))) return null;
        const { annotations } = retagAll(current.annotations, mapping, now);
        return { ...current, annotations };
      });
      if (outcome === null) continue;
      if ('failure' in outcome) {
        result.failed.push(outcome.failure);
        continue;
      }
      const diff = diffSidecars(file, outcome.before, outcome.after);
      if (diff) {
        sidecars.push(diff);
        result.updated.push(file);
        result.annotations += diff.annotations.length;
      }
    }
    report(files.length);
    history.record(set, { label, sidecars, codebook: { before, after: tags } });
    result.tags = deps.tagViews(set);
    return result;
  }

  const handlers: CodebookHandlers = {
    async getCodebook() {
      const set = deps.requireSet();
      await usedLabels(set);
      const uses = new Map<string, { uses: number; articles: Set<string> }>();
      for (const file of await set.store.listArticleFiles()) {
        const article = await set.articles.load(file).catch(() => null);
        for (const annotation of article?.sidecar.annotations ?? []) {
          for (const tag of tagsOf(annotation)) {
            const entry = uses.get(tag) ?? { uses: 0, articles: new Set<string>() };
            entry.uses++;
            entry.articles.add(file);
            uses.set(tag, entry);
          }
        }
      }
      return deps.tagViews(set).map((tag): CodebookTagView => ({ ...tag, uses: uses.get(tag.label)?.uses ?? 0, articles: uses.get(tag.label)?.articles.size ?? 0 }));
    },

    renameTag({ label, to }) {
      const set = deps.requireSet();
      return relabel(set, `Rename “${label}” to “${to}”`, (codebook, used) => renameTag(codebook, used, label, to));
    },

    mergeTags({ from, into }) {
      const set = deps.requireSet();
      return relabel(set, `Merge “${from}” into “${into}”`, (codebook, used) => mergeTags(codebook, used, from, into));
    },

    deleteTag({ label }) {
      const set = deps.requireSet();
      return relabel(set, `Delete tag “${label}”`, (codebook, used) => deleteTag(codebook, used, label));
    },

    updateTag(args) {
      const set = deps.requireSet();
      return deps.queue.run(SET_EDIT_KEY, () => updateTagNow(set, args));
    },
  };

  async function updateTagNow(set: EditableSet, { label, ...patch }: Parameters<CodebookHandlers['updateTag']>[0]): Promise<SetEditResult> {
    const used = await usedLabels(set);
    const before = set.codebook;
    const { tags, displaced } = editTag(before, used, label, patch);
    await replaceCodebook(deps, set, tags);
    const what = patch.hotkey !== undefined ? (patch.hotkey === null ? 'Remove hotkey of' : `Give key ${patch.hotkey} to`) : patch.color !== undefined ? 'Recolour' : 'Describe';
    const action = `${what} “${label}”`;
    history.record(set, { label: action, sidecars: [], codebook: { before, after: tags } });
    const result: SetEditResult = { label: action, tags: deps.tagViews(set), updated: [], failed: [], annotations: 0 };
    return displaced === undefined ? result : { ...result, hotkeyTakenFrom: displaced };
  }

  return handlers;
}
