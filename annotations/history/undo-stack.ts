/**
 * Undo and redo as a value: the actions done (newest last) and those undone
 * (next to redo last). Pure: each step returns the new stacks and the entry
 * to apply; the caller applies it and keeps the result only if that worked.
 */
export interface UndoStack<E> {
  readonly done: readonly E[];
  readonly undone: readonly E[];
}

/** How many actions a set remembers: enough for a session, bounded in memory. */
export const UNDO_LIMIT = 200;

export function emptyStack<E>(): UndoStack<E> {
  return { done: [], undone: [] };
}

/** A new action: it can be undone, and what was undone can no longer be redone. */
export function recorded<E>(stack: UndoStack<E>, entry: E, limit = UNDO_LIMIT): UndoStack<E> {
  return { done: [...stack.done, entry].slice(-limit), undone: [] };
}

/** The entry to undo and the stacks once it is undone; null when there is nothing to undo. */
export function undoStep<E>(stack: UndoStack<E>): { entry: E; next: UndoStack<E> } | null {
  const entry = stack.done.at(-1);
  if (entry === undefined) return null;
  return { entry, next: { done: stack.done.slice(0, -1), undone: [...stack.undone, entry] } };
}

/** The entry to redo and the stacks once it is redone; null when there is nothing to redo. */
export function redoStep<E>(stack: UndoStack<E>): { entry: E; next: UndoStack<E> } | null {
  const entry = stack.undone.at(-1);
  if (entry === undefined) return null;
  return { entry, next: { done: [...stack.done, entry], undone: stack.undone.slice(0, -1) } };
}
