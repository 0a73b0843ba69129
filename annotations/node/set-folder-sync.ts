/**
 * Keeps the open set in step with its folder when other programs change it
 * (a file manager, `git pull`, a sync client, an editor), from what the
 * watcher (set-watcher.ts) says moved:
 *
 * - an article added or removed: the list is read again;
 * - an article renamed (it went and one with the same text came, without a
 *   sidecar, then or within a minute): its sidecar is given the new name, so
 *   its annotations go with it (SetStore.moveSidecar); the window follows it
 *   if it had it open;
 * - an article's text changed: the window reads it again and re-anchors;
 * - a sidecar changed by another program: read again, as a change another
 *   window saved would be. Changes made here and not saved yet are kept,
 *   and merged with it at their next save (SetStore.writeSidecar).
 *
 * The folder is read again after each quiet moment rather than trusting
 * each event: a rename may come as two events in either order, a pull as
 * hundreds, and the app's own saves come too (their hashes tell them apart).
 */
import type { AppEvent } from '../api/contract';
import { messageOf } from '../errors';
import { isSidecarName, SIDECAR_SUFFIX, sidecarNameFor } from '../sidecar/schema';
import type { ArticleCache } from './article-cache';
import { exists, readArticleFile } from './files';
import type { KeyedQueue } from './keyed-queue';
import type { SetStore } from './set-store';
import { watchSet, type FolderChange, type SetWatcher, type WatchOptions } from './set-watcher';

/** How long a removed article's sidecar waits for its text to come back under another name. */
const RENAME_WINDOW_MS = 60_000;
/** Removed articles remembered at most (a pull that removes thousands keeps the last of them). */
const GONE_KEPT = 256;

export interface FolderSyncDeps {
  store: SetStore;
  articles: ArticleCache;
  /** The service's queue per article: a sidecar is looked at between the app's own saves, never during one. */
  queue: KeyedQueue;
  emit: (event: AppEvent) => void;
  /**
   * Articles whose text may have changed on disk, read or not (the match
   * index holds every article's text, the cache only those opened).
   */
  textsTouched?: (files: readonly string[]) => void;
}

export interface FolderSync {
  /** Resolves when the watcher is ready and every change reported so far has been taken in. */
  settled(): Promise<void>;
  close(): void;
}

/** Watches the set's folder and applies what changed (see above). `listed`: the articles as the window was given them. */
export function syncSetFolder(deps: FolderSyncDeps, listed: readonly string[], options: WatchOptions = {}): FolderSync {
  let known = new Set(listed);
  /** Articles removed lately that left their sidecar, with their texts' hashes: a new article of the same text is their rename. */
  const gone = new Map<string, { hashes: string[]; at: number }>();
  /** Each article text's hash as this sync last read it. */
  const textsSeen = new Map<string, string>();
  let work: Promise<void> = Promise.resolve();
  let closed = false;

  const watcher: SetWatcher = watchSet(
    deps.store.folder,
    {
      changed: (change) => {
        work = work.then(() => (closed ? undefined : apply(change))).catch((error: unknown) => {
          deps.emit({ type: 'watchProblem', message: `Changes made outside the app could not be taken in: ${messageOf(error)}`, stopped: false });
        });
      },
      problem: ({ kind, message }) => deps.emit({ type: 'watchProblem', message, stopped: kind === 'stopped' }),
    },
    options,
  );

  async function apply(change: FolderChange): Promise<void> {
    const now = await deps.store.listArticleFiles();
    const current = new Set(now);
    const added = now.filter((file) => !known.has(file));
    const removed = [...known].filter((file) => !current.has(file));
    known = current;

    const renamed = await followRenames(added, removed);
    for (const file of removed) {
      deps.articles.forget(file);
      textsSeen.delete(file);
    }

    // What may have changed: the names reported, or every article when events may have been missed.
    const touched = new Set<string>();
    for (const name of change.everything ? now.flatMap((file) => [file, file + SIDECAR_SUFFIX]) : change.names) {
      const file = isSidecarName(name) ? name.slice(0, -SIDECAR_SUFFIX.length) : name;
      if (current.has(file) && !added.includes(file)) touched.add(file);
    }
    const texts = change.everything ? [...touched] : [...change.names].filter((name) => !isSidecarName(name) && touched.has(name));
    // Texts the watcher named (not every article, when events may have been missed): looked up per article.
    const reported = new Set(change.everything ? [] : texts);
    const changed: { file: string; sidecar: boolean }[] = [];
    for (const file of touched) {
      const what = await readAgainIfChanged(file, reported.has(file));
      if (what !== null) changed.push({ file, sidecar: what === 'sidecar' });
    }
    // After the reads above: the match index reads the texts fresh, which must not hide their change from them.
    if (added.length + texts.length > 0) deps.textsTouched?.([...added, ...texts]);

    if (added.length > 0 || removed.length > 0 || changed.length > 0) deps.emit({ type: 'articlesChanged', renamed });
    for (const { file, sidecar } of changed) {
      // Told as a save from another window is: the analyst sees why highlights came or went.
      if (sidecar) deps.emit({ type: 'merged', file, sidecar: sidecarNameFor(file), conflicts: 0 });
      deps.emit({ type: 'articleChanged', file });
    }
  }

  /**
   * Pairs each new article with a removed one of the same text whose sidecar
   * was left behind, and moves the sidecar. The removed ones of the last
   * moments count too: a sync client or an editor may rename through a
   * temporary name, and the folder may be read between the two steps.
   */
  async function followRenames(added: readonly string[], removed: readonly string[]): Promise<{ from: string; to: string }[]> {
    const now = Date.now();
    for (const [file, { at }] of gone) if (now - at > RENAME_WINDOW_MS || added.includes(file)) gone.delete(file);
    for (const from of removed.slice(-GONE_KEPT)) {
      const hashes = await textHashesOf(from);
      if (hashes.length > 0) gone.set(from, { hashes, at: now });
    }
    while (gone.size > GONE_KEPT) gone.delete(gone.keys().next().value as string);
    if (added.length === 0 || gone.size === 0) return [];
    const texts = new Map<string, string[]>();
    for (const [from, { hashes }] of gone) for (const sha of hashes) texts.set(sha, [...(texts.get(sha) ?? []), from]);
    const renamed: { from: string; to: string }[] = [];
    for (const to of added) {
      const sha = await readArticleFile(await deps.store.resolveInside(to), to).then((a) => a.sha256, () => null);
      const from = sha === null ? undefined : texts.get(sha)?.find((f) => !renamed.some((r) => r.from === f));
      if (from === undefined) continue;
      gone.delete(from);
      if (await deps.queue.run(from, () => deps.store.moveSidecar(from, to))) renamed.push({ from, to });
    }
    return renamed;
  }

  /** The hashes a removed article's text had, as the app last read it and as its sidecar describes it; none when it left no sidecar. */
  async function textHashesOf(file: string): Promise<string[]> {
    // No sidecar left behind: nothing to move (the analyst renamed both, or there were no annotations).
    if (!(await exists(await deps.store.resolveInside(sidecarNameFor(file))))) return [];
    const hashes = new Set<string>();
    const cached = deps.articles.cached(file);
    if (cached) hashes.add(cached.sha256);
    // A sidecar that cannot be read still goes with its article, recognised by the text the app read.
    const sidecar = await deps.store.readSidecar(file).catch(() => null);
    if (sidecar) hashes.add(sidecar.article.sha256);
    return [...hashes];
  }

  /**
   * Reads an article again when its text or its sidecar is not what the app
   * last read or wrote. Between the app's own saves of it; not while it holds
   * changes not saved yet (those are merged at their next save).
   *
   * A text the watcher reported as changed counts as changed even when the
   * cache already holds it: another call (the match index, a brief) may have
   * read it fresh first, and the window still shows the old one. Unless this
   * sync saw that very text last time (one write can come as two bursts of
   * events): the window was told then, and a second telling would make it
   * read the article twice, the first answer (with what moved) overtaken.
   */
  function readAgainIfChanged(file: string, textReported: boolean): Promise<'text' | 'sidecar' | null> {
    return deps.queue.run(file, async () => {
      const cached = deps.articles.cached(file);
      if (cached?.unsaved) return null;
      const where = await deps.store.resolveInside(file);
      const text = await readArticleFile(where, file).then((a) => a.sha256, () => null);
      // Gone since the folder was read (renamed or removed just now): the next reading of the folder tells it, as a rename if it is one.
      if (text === null && !(await exists(where))) return null;
      const seenBefore = textsSeen.get(file);
      if (text !== null) textsSeen.set(file, text);
      const textChanged = cached !== undefined && (text !== cached.sha256 || (textReported && text !== seenBefore));
      const sidecarChanged = await deps.store.sidecarChangedOnDisk(file);
      if (!textChanged && !sidecarChanged) return null;
      if (cached !== undefined) await deps.articles.load(file, { fresh: true }).catch(() => undefined);
      return sidecarChanged && cached !== undefined ? 'sidecar' : 'text';
    });
  }

  return {
    settled: async () => {
      await watcher.ready;
      let seen: Promise<void> | undefined;
      while (seen !== work) {
        seen = work;
        await work;
      }
    },
    close: () => {
      closed = true;
      watcher.close();
    },
  };
}
