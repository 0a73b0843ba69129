/**
 * Highlights shown before the core has them (open-article.ts) are edits in
 * flight. Undo and redo wait for them: Ctrl+Z pressed right after a tag key
 * must undo that highlight, not the action before it, which the core would
 * otherwise still hold as its last.
 */
const pending = new Set<Promise<unknown>>();

/** Keeps `edit` among the edits in flight until it settles; returns it. */
export function trackEdit<T>(edit: Promise<T>): Promise<T> {
  pending.add(edit);
  const done = () => void pending.delete(edit);
  edit.then(done, done);
  return edit;
}

/** Whether an edit is in flight: undo is possible once it is answered. */
export function editsInFlight(): boolean {
  return pending.size > 0;
}

/** Resolves once no edit is in flight (including edits begun while waiting). */
export async function editsSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
