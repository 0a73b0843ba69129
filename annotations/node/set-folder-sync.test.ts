/**
 * The open set kept in step with its folder when other programs change it:
 * the real service on a real copy of the seed set, files changed on disk as
 * a file manager, `git pull` or a sync client would, and what the window is
 * told and then reads through the API.
 */
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../api/contract';
import { emptySidecar, parseSidecar, serializeSidecar, sidecarNameFor, type Sidecar } from '../sidecar/schema';
import { ArticleCache } from './article-cache';
import { foreignAnnotation, type Harness, passage, removeRoot, SEED, startService, tempRoot } from './faults/service-harness';
import { KeyedQueue } from './keyed-queue';
import { syncSetFolder, type FolderSync } from './set-folder-sync';
import { SetStore } from './set-store';

const TIMEOUT_MS = 10_000;
let root: string;
const running: Harness[] = [];
const syncs: FolderSync[] = [];

beforeEach(async () => {
  root = await tempRoot('annotator-folder-sync-');
});
afterEach(async () => {
  for (const h of running.splice(0)) h.service.dispose();
  for (const s of syncs.splice(0)) s.close();
  await removeRoot(root);
});

async function start(): Promise<Harness> {
  const h = await startService(root);
  running.push(h);
  await h.service.folderSettled();
  return h;
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const listed = async (h: Harness) => (await h.ok('getSession', {})).set?.articles.map((a) => a.file) ?? [];
const sidecarOnDisk = async (h: Harness, file: string): Promise<Sidecar> => {
  const name = sidecarNameFor(file);
  return parseSidecar(await readFile(path.join(h.setDir, name), 'utf8'), name);
};
const eventsOf = <T extends AppEvent['type']>(h: Harness, type: T) => h.events.filter((e): e is Extract<AppEvent, { type: T }> => e.type === type);

describe('articles added, removed and renamed by other programs', () => {
  it('a new article appears in the list, under its guessed title', async () => {
    const h = await start();
    await writeFile(path.join(h.setDir, 'zz-new.txt'), 'Ceasefire holds in the north\n\nOfficials said on Monday that the ceasefire held overnight.\n');
    await until(() => eventsOf(h, 'articlesChanged').length > 0, 'articlesChanged');
    const articles = (await h.ok('getSession', {})).set?.articles ?? [];
    expect(articles.find((a) => a.file === 'zz-new.txt')).toMatchObject({ title: 'Ceasefire holds in the north', annotationCount: 0 });
  });

  it('a removed article leaves the list; its annotations stay on disk', async () => {
    const h = await start();
    await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Kept'] });
    await unlink(path.join(h.setDir, SEED));
    await until(() => eventsOf(h, 'articlesChanged').length > 0, 'articlesChanged');
    expect(eventsOf(h, 'articlesChanged')).toEqual([{ type: 'articlesChanged', renamed: [] }]);
    expect(await listed(h)).not.toContain(SEED);
    expect((await sidecarOnDisk(h, SEED)).annotations).toHaveLength(1);
  });

  it('a renamed article keeps its annotations: its sidecar is renamed with it and points at the new name', async () => {
    const h = await start();
    const made = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Kept'] });
    await rename(path.join(h.setDir, SEED), path.join(h.setDir, 'renamed.txt'));
    await until(() => eventsOf(h, 'articlesChanged').some((e) => e.renamed.length > 0), 'the rename');
    expect(eventsOf(h, 'articlesChanged').find((e) => e.renamed.length > 0)?.renamed).toEqual([{ from: SEED, to: 'renamed.txt' }]);

    const files = await readdir(h.setDir);
    expect(files).not.toContain(sidecarNameFor(SEED));
    const moved = await sidecarOnDisk(h, 'renamed.txt');
    expect(moved.article.file).toBe('renamed.txt');
    expect(moved.annotations.map((a) => [a.id, a.target.source])).toEqual([[made.annotation.id, 'renamed.txt']]);

    expect(await listed(h)).toContain('renamed.txt');
    expect(await listed(h)).not.toContain(SEED);
    const opened = await h.ok('openArticle', { file: 'renamed.txt' });
    expect(opened.annotations.map((a) => [a.id, a.status, a.tags])).toEqual([[made.annotation.id, 'exact', ['Kept']]]);
  });

  it('an article renamed together with its sidecar (git mv, a sync client) is left as it is', async () => {
    const h = await start();
    const made = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Kept'] });
    const sidecarBytes = await readFile(path.join(h.setDir, sidecarNameFor(SEED)));
    await rename(path.join(h.setDir, sidecarNameFor(SEED)), path.join(h.setDir, sidecarNameFor('both.txt')));
    await rename(path.join(h.setDir, SEED), path.join(h.setDir, 'both.txt'));
    await until(async () => (await listed(h)).includes('both.txt'), 'the new name in the list');
    await h.service.folderSettled();
    expect((await readFile(path.join(h.setDir, sidecarNameFor('both.txt')))).equals(sidecarBytes)).toBe(true);
    const sidecars = (await readdir(h.setDir)).filter((f) => f.endsWith('.annotations.json'));
    expect(sidecars).toContain(sidecarNameFor('both.txt'));
    expect(sidecars).not.toContain(sidecarNameFor(SEED));
    expect(eventsOf(h, 'articlesChanged').every((e) => e.renamed.length === 0)).toBe(true);
    expect((await h.ok('openArticle', { file: 'both.txt' })).annotations.map((a) => a.id)).toEqual([made.annotation.id]);
  });

  it('an article renamed through a temporary name, the folder read between the two steps, keeps its annotations', async () => {
    const h = await start();
    const made = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Kept'] });
    // As a sync client or an editor does: first away under a name that is not an article's, then back under the new one.
    await rename(path.join(h.setDir, SEED), path.join(h.setDir, `${SEED}.partial`));
    await until(() => eventsOf(h, 'articlesChanged').length > 0, 'the article gone');
    expect(eventsOf(h, 'articlesChanged')).toEqual([{ type: 'articlesChanged', renamed: [] }]);
    expect(await listed(h)).not.toContain(SEED);
    await rename(path.join(h.setDir, `${SEED}.partial`), path.join(h.setDir, 'renamed.txt'));
    await until(() => eventsOf(h, 'articlesChanged').some((e) => e.renamed.length > 0), 'the rename');
    expect(eventsOf(h, 'articlesChanged').flatMap((e) => e.renamed)).toEqual([{ from: SEED, to: 'renamed.txt' }]);
    expect(await readdir(h.setDir)).not.toContain(sidecarNameFor(SEED));
    const opened = await h.ok('openArticle', { file: 'renamed.txt' });
    expect(opened.annotations.map((a) => [a.id, a.status, a.tags])).toEqual([[made.annotation.id, 'exact', ['Kept']]]);
  });

  it('a new article with other text is not taken for a renamed one', async () => {
    const h = await start();
    await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Kept'] });
    await unlink(path.join(h.setDir, SEED));
    await writeFile(path.join(h.setDir, 'other.txt'), 'Another text altogether.\n');
    await until(async () => (await listed(h)).includes('other.txt') && !(await listed(h)).includes(SEED), 'the list');
    await h.service.folderSettled();
    expect(eventsOf(h, 'articlesChanged').every((e) => e.renamed.length === 0)).toBe(true);
    expect((await readdir(h.setDir))).toContain(sidecarNameFor(SEED));
    expect((await readdir(h.setDir))).not.toContain(sidecarNameFor('other.txt'));
  });
});

describe('sidecars and articles changed by other programs', () => {
  it('a sidecar changed outside is read again, and the window told, as a change saved by another window', async () => {
    const h = await start();
    const mine = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Mine'] });
    await h.service.folderSettled();
    // The app's own save is not a change from outside.
    expect(eventsOf(h, 'articleChanged')).toEqual([]);

    const theirs = foreignAnnotation('urn:uuid:pulled', await passage(h.setDir, 2));
    const before = await sidecarOnDisk(h, SEED);
    await writeFile(path.join(h.setDir, sidecarNameFor(SEED)), serializeSidecar({ ...before, annotations: [...before.annotations, theirs] }));
    await until(() => eventsOf(h, 'articleChanged').some((e) => e.file === SEED), 'articleChanged');
    expect((await h.ok('openArticle', { file: SEED })).annotations.map((a) => a.id)).toEqual([mine.annotation.id, theirs.id]);
    expect((await h.ok('getSession', {})).set?.articles.find((a) => a.file === SEED)?.annotationCount).toBe(2);

    expect(eventsOf(h, 'merged')).toEqual([{ type: 'merged', file: SEED, sidecar: sidecarNameFor(SEED), conflicts: 0 }]);

    // A change made here after it keeps both, and needs no merge at its save.
    const next = await h.ok('createAnnotation', { ...(await passage(h.setDir, 3)), tags: ['Mine'] });
    expect((await sidecarOnDisk(h, SEED)).annotations.map((a) => a.id)).toEqual([mine.annotation.id, theirs.id, next.annotation.id]);
    expect(eventsOf(h, 'merged')).toHaveLength(1);
  });

  it('an article whose text an editor changed is read again by the window', async () => {
    const h = await start();
    const text = await readFile(path.join(h.setDir, SEED), 'utf8');
    await writeFile(path.join(h.setDir, SEED), `A correction added at the top.\n${text}`);
    await until(() => eventsOf(h, 'articleChanged').some((e) => e.file === SEED), 'articleChanged');
    expect(eventsOf(h, 'merged')).toEqual([]);
  });
});

describe('syncSetFolder on its own', () => {
  async function setUp(mode: 'events' | 'polling', open?: (folder: string, options: Parameters<typeof chokidarWatch>[1]) => FSWatcher) {
    const folder = path.join(root, 'set');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.txt'), 'First article.\n');
    const store = await SetStore.open(folder);
    const articles = new ArticleCache(store);
    await articles.load('a.txt');
    const events: AppEvent[] = [];
    const sync = syncSetFolder({ store, articles, queue: new KeyedQueue(), emit: (e) => events.push(e) }, ['a.txt'], { mode, pollIntervalMs: 100, ...(open ? { open } : {}) });
    syncs.push(sync);
    await sync.settled();
    return { folder, events, store, articles };
  }

  it('tells the window of a changed text that another reader (the match index, a brief) read fresh first', async () => {
    const { folder, events, articles } = await setUp('events');
    await writeFile(path.join(folder, 'a.txt'), 'First article, corrected.\n');
    // Before the watcher's quiet moment is over, as the match index does on its own event.
    await articles.load('a.txt', { fresh: true });
    expect(articles.cached('a.txt')?.text).toBe('First article, corrected.\n');
    await until(() => events.some((e) => e.type === 'articleChanged'), 'articleChanged');
    expect(events.filter((e) => e.type === 'articleChanged')).toEqual([{ type: 'articleChanged', file: 'a.txt' }]);
  });

  it('an article renamed just after the folder was read is told once, as a rename, not first as a text that changed', async () => {
    const { folder, events, store, articles } = await setUp('events');
    await store.writeSidecar('a.txt', emptySidecar('a.txt', articles.cached('a.txt')!.sha256));
    await new Promise((resolve) => setTimeout(resolve, 400));
    events.length = 0;
    const list = store.listArticleFiles.bind(store);
    let renameAfterListing = true;
    store.listArticleFiles = async () => {
      const files = await list();
      if (renameAfterListing) {
        renameAfterListing = false;
        await rename(path.join(folder, 'a.txt'), path.join(folder, 'renamed.txt'));
      }
      return files;
    };
    // Another program touches the sidecar; while the folder is read for that, the article is renamed.
    await writeFile(path.join(folder, sidecarNameFor('a.txt')), serializeSidecar(emptySidecar('a.txt', articles.cached('a.txt')!.sha256)) + '\n');
    await until(() => events.some((e) => e.type === 'articlesChanged' && e.renamed.length > 0), 'the rename');
    expect(renameAfterListing).toBe(false);
    expect(events.filter((e) => e.type === 'articlesChanged')).toEqual([{ type: 'articlesChanged', renamed: [{ from: 'a.txt', to: 'renamed.txt' }] }]);
    expect(events.filter((e) => e.type === 'articleChanged' && e.file === 'a.txt')).toEqual([]);
    expect(await readdir(folder)).toContain(sidecarNameFor('renamed.txt'));
  });

  it('tells the window once of one text, though its write comes as two bursts of events', async () => {
    const { folder, events } = await setUp('events');
    await writeFile(path.join(folder, 'a.txt'), 'First article, corrected.\n');
    await until(() => events.some((e) => e.type === 'articleChanged'), 'articleChanged');
    // The same bytes written again: an editor's second step, or a sync client touching the file.
    await writeFile(path.join(folder, 'a.txt'), 'First article, corrected.\n');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(events.filter((e) => e.type === 'articleChanged')).toHaveLength(1);
  });

  it('takes in new and removed articles when polling (a network share)', async () => {
    const { folder, events, store } = await setUp('polling');
    await writeFile(path.join(folder, 'b.txt'), 'Second article.\n');
    await until(() => events.some((e) => e.type === 'articlesChanged'), 'articlesChanged');
    expect(await store.listArticleFiles()).toEqual(['a.txt', 'b.txt']);
    await unlink(path.join(folder, 'a.txt'));
    await until(() => events.filter((e) => e.type === 'articlesChanged').length === 2, 'a second articlesChanged');
  });

  it('tells the window when watching fails, rather than going quiet', async () => {
    const opened: FSWatcher[] = [];
    const { events } = await setUp('events', (folder, options) => {
      const w = chokidarWatch(folder, options);
      opened.push(w);
      return w;
    });
    opened[0]?.emit('error', Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' }));
    expect(events).toContainEqual({ type: 'watchProblem', stopped: false, message: expect.stringContaining('ENOSPC: System limit for number of file watchers reached') });
    opened[1]?.emit('error', Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    expect(events).toContainEqual({ type: 'watchProblem', stopped: true, message: expect.stringContaining('no longer noticed (EIO: i/o error)') });
  });
});
