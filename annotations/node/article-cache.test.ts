/**
 * The cache of articles read: loads of one file overlap (the match index
 * reads outside the article's queue, an import edits the article it just
 * wrote), and none may put an older reading over what another put since.
 * A real set folder; the store's first read of the text is held back to
 * make the overlap certain.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleCache } from './article-cache';
import { SetStore } from './set-store';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-cache-'));
  await writeFile(path.join(root, 'a.txt'), 'B ->> S: a line that reads as a headline\nThe article, as imported.\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The store, its next read of an article text held until `release`. */
async function heldStore(): Promise<{ store: SetStore; release: () => void }> {
  const store = await SetStore.open(root);
  const read = store.readArticle.bind(store);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let first = true;
  store.readArticle = async (file) => {
    if (first) {
      first = false;
      await gate;
    }
    return read(file);
  };
  return { store, release };
}

describe('ArticleCache.load', () => {
  it('gives two loads of one file the same reading', async () => {
    const { store, release } = await heldStore();
    const cache = new ArticleCache(store);
    const first = cache.load('a.txt');
    const second = cache.load('a.txt');
    release();
    expect(await second).toBe(await first);
    expect(cache.cached('a.txt')).toBe(await first);
  });

  it('a reading overtaken by another load and an edit gives way: the edit stays in the cache', async () => {
    const { store, release } = await heldStore();
    const cache = new ArticleCache(store);
    // The match index asks first (held); the import then reads and titles the article.
    const late = cache.load('a.txt', { fresh: true });
    const edited = await cache.load('a.txt', { fresh: true });
    edited.setMeta({ title: 'Hostile 047: marktext-mermaid' });
    release();
    expect(await late).toBe(edited);
    expect(cache.cached('a.txt')?.title).toBe('Hostile 047: marktext-mermaid');
  });
});
