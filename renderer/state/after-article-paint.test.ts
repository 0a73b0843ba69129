import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationView, ArticleView } from '../../annotations/api/view-types';
import { AfterArticlePaint } from './after-article-paint';
import { ArticleStore } from './article-store';

function article(file: string, annotations: AnnotationView[] = []): ArticleView {
  return { file, title: file, text: `The text of ${file}.`, annotations, tags: [] };
}

function highlight(id: string): AnnotationView {
  const created = '2025-01-01T00:00:00.000Z';
  return { id, start: 0, end: 3, exact: 'The', tags: [], note: '', status: 'exact', sameClaimAs: [], created, modified: created };
}

/** Node has no frames: the test paints them (`paint()`), as the browser would after its animation callbacks. */
let frames: FrameRequestCallback[] = [];
const paint = () => {
  const callbacks = frames;
  frames = [];
  for (const callback of callbacks) callback(performance.now());
};
/** Lets the tasks posted so far run (MessageChannel messages), and those they post. */
const tasks = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => vi.unstubAllGlobals());

/** The window's view of a store, and how many times it was told of a change. */
function watched(store: ArticleStore): { view: AfterArticlePaint; told: () => number; stop: () => void } {
  const view = new AfterArticlePaint(store);
  let told = 0;
  const stop = view.subscribe(() => told++);
  return { view, told: () => told, stop };
}

describe('AfterArticlePaint', () => {
  it('tells of the first article at once: the viewer shows it as the window renders it', () => {
    const store = new ArticleStore();
    const { view, told } = watched(store);
    store.load(article('a.txt'));
    expect(told()).toBe(1);
    expect(view.getState().article?.file).toBe('a.txt');
  });

  it('tells of an article opened in place of another once the frame after it is painted', async () => {
    const store = new ArticleStore();
    const { view, told } = watched(store);
    store.load(article('a.txt'));
    store.load(article('b.txt'));
    // The store has it (the viewer builds it from there); the window has the one before.
    expect(store.getState().article?.file).toBe('b.txt');
    expect(view.getState().article?.file).toBe('a.txt');
    await tasks();
    expect(told()).toBe(1);
    paint();
    // Not in the frame's callbacks: in a task after them.
    expect(told()).toBe(1);
    await tasks();
    expect(told()).toBe(2);
    expect(view.getState().article?.file).toBe('b.txt');
  });

  it('tells of a highlight added once the frame that shows it is painted', async () => {
    const store = new ArticleStore();
    const { view, told } = watched(store);
    store.load(article('a.txt'));
    store.add(highlight('h1'));
    expect(store.getState().annotations.map((a) => a.id)).toEqual(['h1']);
    expect(view.getState().annotations).toEqual([]);
    paint();
    expect(told()).toBe(1);
    await tasks();
    expect(told()).toBe(2);
    expect(view.getState().annotations.map((a) => a.id)).toEqual(['h1']);
  });

  it('tells of other changes at once, and of those made while a change waits together with it', async () => {
    const store = new ArticleStore();
    const { view, told } = watched(store);
    store.load(article('a.txt'));
    store.add(highlight('h1'));
    paint();
    await tasks();
    expect(told()).toBe(2);
    store.update({ ...highlight('h1'), note: 'checked' });
    expect(told()).toBe(3);
    expect(view.getState().annotations[0]?.note).toBe('checked');
    store.remove('h1');
    expect(told()).toBe(4);
    expect(view.getState().annotations).toEqual([]);
    store.load(article('b.txt'));
    store.add(highlight('h2'));
    expect(told()).toBe(4);
    paint();
    await tasks();
    expect(told()).toBe(5);
    expect(view.getState().article?.file).toBe('b.txt');
    expect(view.getState().annotations.map((a) => a.id)).toEqual(['h2']);
  });

  it('tells a window that gets no frames (hidden) after a moment', async () => {
    const store = new ArticleStore();
    const { view } = watched(store);
    store.load(article('a.txt'));
    store.load(article('b.txt'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(view.getState().article?.file).toBe('b.txt');
  });

  it('reads the store again when listened to anew, and stops waiting when no one listens', async () => {
    const store = new ArticleStore();
    const { view, stop } = watched(store);
    store.load(article('a.txt'));
    store.load(article('b.txt'));
    stop();
    store.load(article('c.txt'));
    let told = 0;
    view.subscribe(() => told++);
    expect(view.getState().article?.file).toBe('c.txt');
    paint();
    await tasks();
    expect(told).toBe(0);
  });
});
