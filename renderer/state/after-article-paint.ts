/**
 * The article store as the rest of the window sees it: an article opened in
 * place of the one shown reaches it after the frame that shows the new text.
 *
 * The viewer builds a new article into its editor the moment the store has
 * it (ArticleContentPlugin). The store's other subscribers render through
 * useSyncExternalStore, whose updates React renders and commits at once,
 * passive effects included: the window's render for the new article (the
 * panel, the details, the list, the listeners and observers of what it
 * remounts), and the style and layout of all it changed, came before that
 * frame. Told after it, the window follows a frame later; the text, its
 * highlights and the viewer's own state about the text (ArticleViewer reads
 * the open article from the store itself) come first.
 *
 * A highlight added (a tag key pressed, an undo) is told after its frame in
 * the same way: the viewer draws it in the key's own task, and the window's
 * render for it (the panel's new card, scrolled into view, its summary) came
 * before that frame, and held the highlight back from the screen by as long.
 *
 * Every other change (a tag, an edit, a removal, a save state) is told at
 * once, unless a change is waiting: then with it.
 */
import type { ArticleChange, ArticleState, ArticleStore } from './article-store';

/** How long the window waits for that frame at most (a hidden window has none). */
const HIDDEN_WINDOW_MS = 250;

export class AfterArticlePaint {
  private state: ArticleState;
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;
  /** Cancels the wait for an article loaded and not told yet. */
  private waiting: (() => void) | null = null;

  constructor(private readonly store: ArticleStore) {
    this.state = store.getState();
  }

  getState = (): ArticleState => this.state;

  /** useSyncExternalStore's: the store is listened to while someone listens here. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unsubscribe) {
      this.unsubscribe = this.store.subscribe(this.changed);
      // Changes while no one listened.
      this.state = this.store.getState();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0 || !this.unsubscribe) return;
      this.unsubscribe();
      this.unsubscribe = null;
      this.waiting?.();
      this.waiting = null;
    };
  };

  private changed = (change: ArticleChange): void => {
    if (this.waiting) return;
    if (!this.viewerPaintsFirst(change)) return this.tell();
    this.waiting = afterPaintAndQueuedTasks(() => {
      this.waiting = null;
      this.tell();
    });
  };

  /** Whether the viewer shows `change` itself, in a frame the window's render for it would delay. */
  private viewerPaintsFirst(change: ArticleChange): boolean {
    if (change.kind === 'added') return true;
    const next = this.store.getState().article;
    // The first article, or none: nothing of the viewer's to show first.
    return change.kind === 'loaded' && this.state.article !== null && next !== null && next !== this.state.article;
  }

  private tell(): void {
    this.state = this.store.getState();
    for (const listener of this.listeners) listener();
  }
}

/**
 * Runs `run` after the next frame is painted (a task posted from the frame's
 * animation callbacks), and after the tasks already queued for that moment
 * (input among them), which the window's render would otherwise hold up.
 * Returns a cancel.
 */
function afterPaintAndQueuedTasks(run: () => void): () => void {
  const channel = new MessageChannel();
  let hops = 0;
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.close();
  };
  const done = () => {
    cancel();
    run();
  };
  channel.port1.onmessage = () => (++hops === 2 ? done() : channel.port2.postMessage(null));
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  const timer = setTimeout(done, HIDDEN_WINDOW_MS);
  return cancel;
}
