/**
 * The open article and its annotations, held outside React so the viewer can
 * apply one changed highlight without re-rendering the whole tree. Components
 * subscribe with `useArticleStore`.
 */
import { useSyncExternalStore } from 'react';
import type { AnnotationView, ArticleView, TagView } from '../../annotations/api/view-types';
import { partitionPoint } from '../../annotations/text/partition-point';
import { SharedStrings } from './shared-strings';

/**
 * A highlight not (yet) on disk. Painted before the core confirmed it: `saving`
 * until its save is durable, `failed` (with the reason) when the core refused
 * it; it stays on screen until the analyst retries or discards it. Confirmed
 * by the core but refused by the disk (full, locked): `unsaved`, kept in the
 * core's memory and saved again until the disk takes it.
 */
export type SaveState = { kind: 'saving' } | { kind: 'failed'; reason: string } | { kind: 'unsaved'; reason: string };

export type ArticleChange =
  | { kind: 'loaded' }
  | { kind: 'tags' }
  | { kind: 'saveState'; id: string }
  | { kind: 'added'; annotation: AnnotationView }
  | { kind: 'updated'; before: AnnotationView; annotation: AnnotationView }
  | { kind: 'removed'; annotation: AnnotationView };

export interface ArticleState {
  article: ArticleView | null;
  annotations: AnnotationView[];
  tags: TagView[];
  /** Highlights shown ahead of the core (see SaveState), by id; the rest are as saved. */
  unconfirmed: ReadonlyMap<string, SaveState>;
}

const CONFIRMED: ReadonlyMap<string, SaveState> = new Map();

type Listener = (change: ArticleChange) => void;

export class ArticleStore {
  private state: ArticleState = { article: null, annotations: [], tags: [], unconfirmed: CONFIRMED };
  private readonly listeners = new Set<Listener>();
  /** One per article: strings shared by its annotations (shared-strings.ts). */
  private strings = new SharedStrings();
  /**
   * The annotations by id, kept in step with each change: painting looks up
   * every mark's annotations, and a map built anew for each new state made
   * a new highlight among thousands slow and left as much garbage.
   */
  private readonly byId = new Map<string, AnnotationView>();

  /** The annotation with this id in the current state. */
  annotation = (id: string): AnnotationView | undefined => this.byId.get(id);

  getState = (): ArticleState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  load(article: ArticleView): void {
    // The same text read again (made writable, changed by another program):
    // highlights not confirmed yet stay, as the analyst has not decided on them.
    const before = this.state;
    const carried = before.article?.file === article.file && before.article.text === article.text ? before.annotations.filter((a) => before.unconfirmed.has(a.id)) : [];
    this.strings = new SharedStrings();
    this.byId.clear();
    const annotations = [...article.annotations, ...carried];
    for (const annotation of annotations) this.byId.set(annotation.id, this.strings.annotation(annotation));
    const unconfirmed = carried.length === 0 ? CONFIRMED : new Map(carried.map((a) => [a.id, before.unconfirmed.get(a.id)!]));
    this.set({ article, annotations: sortByPosition(annotations), tags: article.tags, unconfirmed }, { kind: 'loaded' });
  }

  clear(): void {
    this.byId.clear();
    this.set({ article: null, annotations: [], tags: this.state.tags, unconfirmed: CONFIRMED }, { kind: 'loaded' });
  }

  setTags(tags: TagView[]): void {
    // The codebook comes back with every tagging: when nothing in it changed,
    // no one is told, or every highlight of the article is repainted with each tag.
    if (JSON.stringify(tags) === JSON.stringify(this.state.tags)) return;
    this.state = { ...this.state, tags };
    this.emit({ kind: 'tags' });
  }

  add(annotation: AnnotationView): void {
    this.byId.set(annotation.id, this.strings.annotation(annotation));
    // Inserted in place: sorting thousands again for one new highlight cost more than drawing it.
    const annotations = [...this.state.annotations];
    annotations.splice(insertionIndex(annotations, annotation), 0, annotation);
    this.set({ ...this.state, annotations }, { kind: 'added', annotation });
  }

  update(annotation: AnnotationView): void {
    const at = this.state.annotations.findIndex((a) => a.id === annotation.id);
    const before = this.state.annotations[at];
    if (!before) return;
    this.byId.set(annotation.id, this.strings.annotation(annotation));
    const annotations = [...this.state.annotations];
    if (before.start === annotation.start) {
      annotations[at] = annotation;
    } else {
      // Moved (re-attached, an edge moved by a word): to its new place in text order, which j/k and the panel follow.
      annotations.splice(at, 1);
      annotations.splice(insertionIndex(annotations, annotation), 0, annotation);
    }
    this.set({ ...this.state, annotations }, { kind: 'updated', before, annotation });
  }

  /**
   * The highlight shown ahead of the core becomes the one it saved, under its
   * own id: one change, so the viewer redraws it once.
   */
  confirm(shownId: string, saved: AnnotationView): void {
    const at = this.state.annotations.findIndex((a) => a.id === shownId);
    const before = this.state.annotations[at];
    if (!before || this.byId.has(saved.id)) {
      // Already read back from the core meanwhile (the article was read again).
      this.remove(shownId);
      if (this.byId.has(saved.id)) this.update(saved);
      else this.add(saved);
      return;
    }
    this.byId.delete(shownId);
    this.byId.set(saved.id, this.strings.annotation(saved));
    const annotations = [...this.state.annotations];
    annotations.splice(at, 1);
    annotations.splice(insertionIndex(annotations, saved), 0, saved);
    this.set({ ...this.state, annotations, unconfirmed: without(this.state.unconfirmed, shownId) }, { kind: 'updated', before, annotation: saved });
  }

  remove(id: string): void {
    const annotation = this.state.annotations.find((a) => a.id === id);
    if (!annotation) return;
    this.byId.delete(id);
    this.set({ ...this.state, annotations: this.state.annotations.filter((a) => a.id !== id), unconfirmed: without(this.state.unconfirmed, id) }, { kind: 'removed', annotation });
  }

  /** The save state of a highlight shown ahead of the core (undefined: as saved). */
  saveStateOf = (id: string): SaveState | undefined => this.state.unconfirmed.get(id);

  /** Marks a highlight in the store as not on disk (see SaveState). */
  setSaveState(id: string, state: SaveState): void {
    if (!this.byId.has(id)) return;
    this.set({ ...this.state, unconfirmed: new Map(this.state.unconfirmed).set(id, state) }, { kind: 'saveState', id });
  }

  /** The highlight is on disk now. */
  clearSaveState(id: string): void {
    if (!this.state.unconfirmed.has(id)) return;
    this.set({ ...this.state, unconfirmed: without(this.state.unconfirmed, id) }, { kind: 'saveState', id });
  }

  private set(state: ArticleState, change: ArticleChange): void {
    this.state = state;
    this.emit(change);
  }

  private emit(change: ArticleChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

function without(states: ReadonlyMap<string, SaveState>, id: string): ReadonlyMap<string, SaveState> {
  if (!states.has(id)) return states;
  const next = new Map(states);
  next.delete(id);
  return next.size === 0 ? CONFIRMED : next;
}

/** Text order; orphans (no position) last, in the order they were made. */
const byPosition = (a: AnnotationView, b: AnnotationView) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.created.localeCompare(b.created);

function sortByPosition(annotations: AnnotationView[]): AnnotationView[] {
  return [...annotations].sort(byPosition);
}

/** Where `annotation` goes in a list sorted by position: after every one that sorts before or with it. */
function insertionIndex(sorted: readonly AnnotationView[], annotation: AnnotationView): number {
  return partitionPoint(sorted.length, (i) => byPosition(sorted[i]!, annotation) <= 0);
}

export function useArticleState(store: ArticleStore): ArticleState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
