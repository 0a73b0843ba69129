/**
 * The open article and its annotations, held outside React so the viewer can
 * apply one changed highlight without re-rendering the whole tree. Components
 * subscribe with `useArticleStore`.
 */
import { useSyncExternalStore } from 'react';
import type { AnnotationView, ArticleView, TagView } from '../../annotations/api/contract';

export type ArticleChange =
  | { kind: 'loaded' }
  | { kind: 'tags' }
  | { kind: 'added'; annotation: AnnotationView }
  | { kind: 'updated'; before: AnnotationView; annotation: AnnotationView }
  | { kind: 'removed'; annotation: AnnotationView };

export interface ArticleState {
  article: ArticleView | null;
  annotations: AnnotationView[];
  tags: TagView[];
}

type Listener = (change: ArticleChange) => void;

export class ArticleStore {
  private state: ArticleState = { article: null, annotations: [], tags: [] };
  private readonly listeners = new Set<Listener>();

  getState = (): ArticleState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  load(article: ArticleView): void {
    this.set({ article, annotations: sortByPosition(article.annotations), tags: article.tags }, { kind: 'loaded' });
  }

  clear(): void {
    this.set({ article: null, annotations: [], tags: this.state.tags }, { kind: 'loaded' });
  }

  setTags(tags: TagView[]): void {
    // The codebook comes back with every tagging: when nothing in it changed,
    // no one is told, or every highlight of the article is repainted (5,000 of them: 100 ms a tag).
    if (JSON.stringify(tags) === JSON.stringify(this.state.tags)) return;
    this.state = { ...this.state, tags };
    this.emit({ kind: 'tags' });
  }

  add(annotation: AnnotationView): void {
    // Inserted in place: sorting thousands again for one new highlight cost more than drawing it.
    const annotations = [...this.state.annotations];
    annotations.splice(insertionIndex(annotations, annotation), 0, annotation);
    this.set({ ...this.state, annotations }, { kind: 'added', annotation });
  }

  update(annotation: AnnotationView): void {
    const before = this.state.annotations.find((a) => a.id === annotation.id);
    if (!before) return;
    const annotations = this.state.annotations.map((a) => (a.id === annotation.id ? annotation : a));
    this.set({ ...this.state, annotations }, { kind: 'updated', before, annotation });
  }

  remove(id: string): void {
    const annotation = this.state.annotations.find((a) => a.id === id);
    if (!annotation) return;
    this.set({ ...this.state, annotations: this.state.annotations.filter((a) => a.id !== id) }, { kind: 'removed', annotation });
  }

  private set(state: ArticleState, change: ArticleChange): void {
    this.state = state;
    this.emit(change);
  }

  private emit(change: ArticleChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** Text order; orphans (no position) last, in the order they were made. */
const byPosition = (a: AnnotationView, b: AnnotationView) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.created.localeCompare(b.created);

function sortByPosition(annotations: AnnotationView[]): AnnotationView[] {
  return [...annotations].sort(byPosition);
}

/** Where `annotation` goes in a list sorted by position: after every one that sorts before or with it. */
function insertionIndex(sorted: readonly AnnotationView[], annotation: AnnotationView): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byPosition(sorted[middle]!, annotation) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function useArticleState(store: ArticleStore): ArticleState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
