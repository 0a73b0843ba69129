/**
 * Undo and redo of every annotation and codebook action, per open set, for
 * the session. Each entry keeps what its action changed (history/
 * sidecar-change.ts, the codebook before and after, the trash items it added
 * or took out), so undoing puts back exactly what was there, through the
 * ordinary save path.
 */
import type { Handlers } from '../api/contract';
import type { SetEditResult } from '../api/view-types';
import { applyChange, diffSidecars, type Direction, type SidecarChange } from '../history/sidecar-change';
import { emptyStack, recorded, redoStep, undoStep, type UndoStack } from '../history/undo-stack';
import type { Tag } from '../model/codebook';
import type { Sidecar } from '../sidecar/schema';
import type { TrashItem } from '../sidecar/trash';
import { progressReporter, replaceCodebook, rewriteArticle, SET_EDIT_KEY, type EditableSet, type EditDeps } from './set-edits';

export interface HistoryEntry {
  /** In words, for the buttons: "Merge “A” into “B”". */
  label: string;
  sidecars: SidecarChange[];
  codebook?: { before: Tag[]; after: Tag[] };
  /** Trash items the action put in (a delete) or took out (a restore). */
  trash?: { added: TrashItem[]; removed: TrashItem[] };
}

/** How the history reaches the trash (trash-service.ts) without depending on it. */
export interface TrashEdits {
  put(set: EditableSet, items: TrashItem[]): Promise<void>;
  take(set: EditableSet, ids: readonly string[]): Promise<void>;
}

export interface History {
  /** Records an action done on the open set. */
  record(set: EditableSet, entry: HistoryEntry): void;
  /** Records what an edit of one article did, if it changed anything: the entry recorded, or null. */
  recordSidecar(set: EditableSet, label: string, file: string, before: Sidecar, after: Sidecar): HistoryEntry | null;
  /**
   * Adds a codebook change to a recorded action (tagging with a new tag also
   * adds it to the codebook), unless that action has one already. Named by
   * the entry, not taken as the last one: edits answered together record
   * their entries before any of them reaches the codebook.
   */
  amendCodebook(set: EditableSet, entry: HistoryEntry, before: Tag[], after: Tag[]): void;
  handlers: Pick<Handlers, 'undo' | 'redo' | 'getHistory'>;
}

export function createHistory(deps: EditDeps, trash: () => TrashEdits): History {
  // Keyed by the open set object: another set, or the same reopened, starts afresh.
  const stacks = new WeakMap<EditableSet, UndoStack<HistoryEntry>>();
  const stackOf = (set: EditableSet) => stacks.get(set) ?? emptyStack<HistoryEntry>();

  function announce(stack: UndoStack<HistoryEntry>): void {
    const undo = stack.done.at(-1)?.label;
    const redo = stack.undone.at(-1)?.label;
    deps.emit({ type: 'historyChanged', ...(undo === undefined ? {} : { undo }), ...(redo === undefined ? {} : { redo }) });
  }

  function record(set: EditableSet, entry: HistoryEntry): void {
    const next = recorded(stackOf(set), entry);
    stacks.set(set, next);
    announce(next);
  }

  async function apply(set: EditableSet, entry: HistoryEntry, direction: Direction): Promise<SetEditResult> {
    const result: SetEditResult = { label: entry.label, tags: [], updated: [], failed: [], annotations: 0 };
    if (entry.codebook) {
      const tags = direction === 'undo' ? entry.codebook.before : entry.codebook.after;
      await replaceCodebook(deps, set, tags);
    }
    /** Annotations left as they were (their file failed, or they changed since): their trash items stay as they are too. */
    const skipped = new Set<string>();
    const report = progressReporter(deps, entry.sidecars.length);
    for (const [i, change] of entry.sidecars.entries()) {
      if (entry.sidecars.length > 1) report(i);
      let conflicts: string[] = [];
      const outcome = await rewriteArticle(deps, set, change.file, (current) => {
        const applied = applyChange(current, change, direction);
        conflicts = applied.conflicts;
        return applied.sidecar;
      });
      if (outcome && 'failure' in outcome) {
        result.failed.push(outcome.failure);
        for (const c of change.annotations) skipped.add(c.id);
      } else {
        for (const id of conflicts) skipped.add(id);
        result.updated.push(change.file);
        result.annotations += change.annotations.length - conflicts.filter((c) => c !== 'article').length;
        if (conflicts.length > 0) {
          result.failed.push({ file: change.file, reason: `${conflicts.length === 1 ? 'one annotation was' : `${conflicts.length} annotations were`} changed again since, and ${conflicts.length === 1 ? 'was' : 'were'} left as ${conflicts.length === 1 ? 'it is' : 'they are'}` });
        }
      }
    }
    if (entry.sidecars.length > 1) report(entry.sidecars.length);
    if (entry.trash) {
      const [allPut, allTake] = direction === 'undo' ? [entry.trash.removed, entry.trash.added] : [entry.trash.added, entry.trash.removed];
      const put = allPut.filter((i) => !skipped.has(i.annotation.id));
      const take = allTake.filter((i) => !skipped.has(i.annotation.id));
      if (take.length > 0) await trash().take(set, take.map((i) => i.annotation.id));
      if (put.length > 0) await trash().put(set, put);
    }
    result.tags = deps.tagViews(set);
    return result;
  }

  function step(direction: Direction): Promise<SetEditResult | null> {
    const set = deps.requireSet();
    return deps.queue.run(SET_EDIT_KEY, () => stepNow(set, direction));
  }

  async function stepNow(set: EditableSet, direction: Direction): Promise<SetEditResult | null> {
    const taken = (direction === 'undo' ? undoStep : redoStep)(stackOf(set));
    if (!taken) return null;
    // Moved first, so a second Ctrl+Z pressed while this one runs takes the next entry.
    stacks.set(set, taken.next);
    announce(taken.next);
    return apply(set, taken.entry, direction);
  }

  return {
    record,
    recordSidecar(set, label, file, before, after) {
      const change = diffSidecars(file, before, after);
      if (!change) return null;
      const entry: HistoryEntry = { label, sidecars: [change] };
      record(set, entry);
      return entry;
    },
    amendCodebook(set, entry, before, after) {
      if (entry.codebook) return;
      const stack = stackOf(set);
      const amend = (entries: readonly HistoryEntry[]) => entries.map((e) => (e === entry ? { ...e, codebook: { before, after } } : e));
      // Wherever it is by now: an undo may have moved it; past the limit it is gone.
      stacks.set(set, { done: amend(stack.done), undone: amend(stack.undone) });
    },
    handlers: {
      undo: () => step('undo'),
      redo: () => step('redo'),
      async getHistory() {
        const stack = stackOf(deps.requireSet());
        const undo = stack.done.at(-1)?.label;
        const redo = stack.undone.at(-1)?.label;
        return { ...(undo === undefined ? {} : { undo }), ...(redo === undefined ? {} : { redo }) };
      },
    },
  };
}
