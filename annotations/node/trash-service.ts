/**
 * The set's trash: a deleted annotation is written to `annotation-trash.json`
 * (sidecar/trash.ts) before it leaves its sidecar, so a delete can never lose
 * it; it stays there, restorable, until the analyst empties the trash.
 */
import type { Handlers } from '../api/contract';
import type { SetEditResult, TrashItemView } from '../api/view-types';
import { AnnotatorError } from '../errors';
import { noteOf, quoteSelectorOf, tagsOf } from '../model/annotation';
import { diffSidecars, type SidecarChange } from '../history/sidecar-change';
import type { Sidecar } from '../sidecar/schema';
import { emptyTrash, type TrashFile, type TrashItem } from '../sidecar/trash';
import type { History, TrashEdits } from './history-service';
import { rewriteArticle, saveOrRetryLater, type EditableSet, type EditDeps } from './set-edits';

/** Queue key of the trash file: its read-modify-writes never interleave. */
const TRASH_KEY = '\0trash';

export interface Trash extends TrashEdits {
  /** Deletes an annotation: into the trash first, then out of its sidecar; one undo entry. */
  deleteAnnotation(set: EditableSet, file: string, id: string): Promise<void>;
  handlers: Pick<Handlers, 'listTrash' | 'restoreFromTrash' | 'emptyTrash'>;
}

export function createTrash(deps: EditDeps, history: () => History): Trash {
  /** Changes the trash file under its queue; reports the new count. */
  function change(set: EditableSet, edit: (items: TrashItem[]) => TrashItem[]): Promise<TrashFile> {
    return deps.queue.run(TRASH_KEY, async () => {
      const trash = (await set.store.readTrashFile()) ?? emptyTrash();
      const next = { ...trash, items: edit(trash.items) };
      if (next.items !== trash.items) {
        await set.store.writeTrashFile(next);
        deps.emit({ type: 'trashChanged', count: next.items.length });
      }
      return next;
    });
  }

  const put = async (set: EditableSet, items: TrashItem[]) => {
    const ids = new Set(items.map((i) => i.annotation.id));
    await change(set, (all) => [...all.filter((i) => !ids.has(i.annotation.id)), ...items]);
  };
  const take = async (set: EditableSet, ids: readonly string[]) => {
    const gone = new Set(ids);
    await change(set, (all) => (all.some((i) => gone.has(i.annotation.id)) ? all.filter((i) => !gone.has(i.annotation.id)) : all));
  };

  return {
    put,
    take,

    deleteAnnotation(set, file, id) {
      return deps.queue.run(file, async () => {
        const article = await set.articles.load(file);
        if (article.readOnlyReason) throw new AnnotatorError('read-only', article.readOnlyReason, article.sidecarName);
        const before = article.sidecar;
        const item: TrashItem = { file, deleted: deps.clock().toISOString(), annotation: article.get(id) };
        // A sidecar that cannot be written (a link leading outside) is refused before the trash is touched.
        await set.store.resolveInside(article.sidecarName);
        // Into the trash first: if anything stops half-way, the annotation is in both places, never in neither.
        await put(set, [item]);
        article.remove(id);
        try {
          // A full disk: the delete is kept and saved later, like any change.
          await saveOrRetryLater(deps, set, article);
        } catch (error) {
          article.adopt(before);
          article.unsaved = false;
          await take(set, [id]);
          throw error;
        }
        history().record(set, { label: 'Delete annotation', sidecars: [diffOf(file, { before, after: article.sidecar })], trash: { added: [item], removed: [] } });
      });
    },

    handlers: {
      async listTrash() {
        const set = deps.requireSet();
        const trash = (await set.store.readTrashFile()) ?? emptyTrash();
        const views: TrashItemView[] = [];
        for (const item of [...trash.items].reverse()) {
          const article = await set.articles.load(item.file).catch(() => null);
          views.push({
            id: item.annotation.id,
            file: item.file,
            title: article?.title ?? item.file,
            exact: quoteSelectorOf(item.annotation)?.exact ?? '',
            tags: tagsOf(item.annotation),
            note: noteOf(item.annotation),
            deleted: item.deleted,
          });
        }
        return views;
      },

      async restoreFromTrash({ ids }) {
        const set = deps.requireSet();
        const trash = (await set.store.readTrashFile()) ?? emptyTrash();
        const wanted = trash.items.filter((i) => ids.includes(i.annotation.id));
        const missing = ids.filter((id) => !wanted.some((i) => i.annotation.id === id));
        if (missing.length > 0) throw new AnnotatorError('not-found', `Not in the trash: ${missing.join(', ')}.`);
        const label = wanted.length === 1 ? 'Restore annotation' : `Restore ${wanted.length} annotations`;
        const result: SetEditResult = { label, tags: [], updated: [], failed: [], annotations: 0 };
        const restored: TrashItem[] = [];
        const sidecars: SidecarChange[] = [];
        for (const file of new Set(wanted.map((i) => i.file))) {
          const items = wanted.filter((i) => i.file === file);
          const outcome = await rewriteArticle(deps, set, file, (current) => {
            // One already back in its article (restored elsewhere, or never removed) is not added twice.
            const absent = items.filter((i) => !current.annotations.some((a) => a.id === i.annotation.id));
            return { ...current, annotations: [...current.annotations, ...absent.map((i) => i.annotation)] };
          });
          if (outcome === null) continue;
          if ('failure' in outcome) {
            result.failed.push(outcome.failure);
            continue;
          }
          restored.push(...items);
          result.updated.push(file);
          const diff = diffOf(file, outcome);
          result.annotations += diff.annotations.length;
          sidecars.push(diff);
        }
        await take(set, restored.map((i) => i.annotation.id));
        if (restored.length > 0) history().record(set, { label, sidecars, trash: { added: [], removed: restored } });
        result.tags = deps.tagViews(set);
        return result;
      },

      async emptyTrash() {
        const set = deps.requireSet();
        let removed = 0;
        await change(set, (all) => {
          removed = all.length;
          return all.length === 0 ? all : [];
        });
        return { removed };
      },
    },
  };
}

/** What an edit of one article changed (empty when nothing did). */
function diffOf(file: string, { before, after }: { before: Sidecar; after: Sidecar }): SidecarChange {
  return diffSidecars(file, before, after) ?? { file, annotations: [] };
}
