/**
 * The folder watcher on real temporary folders: what it reports, in both
 * modes, and what it tells the user when watching fails. Failures of the
 * system's events (EMFILE, a share that drops) are injected into the real
 * chokidar watcher, as the system would raise them.
 */
import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWatchedName, watchSet, type FolderChange, type SetWatcher, type WatchMode, type WatchProblem } from './set-watcher';

let dir: string;
let watcher: SetWatcher | null = null;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'annotator-watch-'));
});
afterEach(async () => {
  watcher?.close();
  watcher = null;
  await rm(dir, { recursive: true, force: true });
});

/** Generous under load: the watcher reports after a quiet moment, a poll after its interval. */
const TIMEOUT_MS = 10_000;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Recorder {
  changes: FolderChange[];
  problems: WatchProblem[];
  /** Every name reported so far. */
  names(): Set<string>;
}

async function start(mode: WatchMode, open?: (folder: string, options: Parameters<typeof chokidarWatch>[1]) => FSWatcher): Promise<Recorder> {
  const recorder: Recorder = { changes: [], problems: [], names: () => new Set(recorder.changes.flatMap((c) => [...c.names])) };
  watcher = watchSet(dir, { changed: (c) => recorder.changes.push(c), problem: (p) => recorder.problems.push(p) }, { mode, pollIntervalMs: 100, ...(open ? { open } : {}) });
  await watcher.ready;
  return recorder;
}

describe('isWatchedName', () => {
  it.each([
    ['a.txt', true],
    ['Report.TXT', true],
    ['a.txt.annotations.json', true],
    ['.hidden.txt', false],
    ['.a.txt.annotations.json.123-1.ra-tmp', false],
    ['a.txt.annotations.json.lock', false],
    ['notes.md', false],
    ['research-annotator.set.json', false],
  ])('%s: %s', (name, watched) => {
    expect(isWatchedName(name)).toBe(watched);
  });
});

describe.each<WatchMode>(['events', 'polling'])('watchSet (%s)', (mode) => {
  it('reports articles and sidecars that appear, change and go, and nothing else', async () => {
    await writeFile(path.join(dir, 'old.txt'), 'one');
    await writeFile(path.join(dir, 'gone.txt'), 'bye');
    const r = await start(mode);
    await writeFile(path.join(dir, 'new.txt'), 'new');
    await writeFile(path.join(dir, 'old.txt'), 'two');
    await unlink(path.join(dir, 'gone.txt'));
    await writeFile(path.join(dir, 'old.txt.annotations.json'), '{}');
    await writeFile(path.join(dir, 'notes.md'), 'not an article');
    await writeFile(path.join(dir, '.hidden.txt'), 'hidden');
    await mkdir(path.join(dir, 'old.txt.annotations.json.lock'));
    await until(() => r.names().size >= 4, 'four names');
    expect(r.names()).toEqual(new Set(['new.txt', 'old.txt', 'gone.txt', 'old.txt.annotations.json']));
    expect(r.problems).toEqual([]);
    expect(watcher?.mode).toBe(mode);
  });

  it('reports a rename as both names', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'text');
    const r = await start(mode);
    await rename(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    await until(() => r.names().has('a.txt') && r.names().has('b.txt'), 'both names');
  });

  it('stops reporting once closed', async () => {
    const r = await start(mode);
    watcher?.close();
    await writeFile(path.join(dir, 'a.txt'), 'two');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(r.changes).toEqual([]);
  });

  it('says so when the folder itself goes', async () => {
    const r = await start(mode);
    await rm(dir, { recursive: true });
    await until(() => r.problems.length > 0, 'a problem');
    expect(r.problems).toEqual([{ kind: 'stopped', message: expect.stringContaining(`The set folder ${dir} is gone`) }]);
  });
});

describe('watchSet: a burst of events', () => {
  it('is reported in one change once the folder is quiet', async () => {
    const r = await start('events');
    for (let i = 0; i < 20; i++) await writeFile(path.join(dir, `${i}.txt`), String(i));
    await until(() => r.names().size === 20, 'twenty names');
    expect(r.changes.length).toBeLessThanOrEqual(3);
  });
});

describe('watchSet: when watching fails', () => {
  /** chokidar's own watchers, kept so that a test can make them fail as the system would. */
  function failingWatchers(): { open: (folder: string, options: Parameters<typeof chokidarWatch>[1]) => FSWatcher; opened: FSWatcher[] } {
    const opened: FSWatcher[] = [];
    return {
      opened,
      open: (folder, options) => {
        const w = chokidarWatch(folder, options);
        opened.push(w);
        return w;
      },
    };
  }
  const systemError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

  it('falls back to polling when the system’s events fail, tells the user, and still reports changes', async () => {
    const { open, opened } = failingWatchers();
    const r = await start('events', open);
    opened[0]?.emit('error', systemError('EMFILE', 'too many open files, watch'));
    expect(r.problems).toEqual([{ kind: 'polling', message: expect.stringMatching(/stopped reporting changes in .+ \(EMFILE: too many open files, watch\)\. Changes made outside the app are now looked for every 100 ms\./u) }]);
    expect(watcher?.mode).toBe('polling');
    await watcher?.ready;
    // Events may have been missed meanwhile: everything is to be looked at.
    await until(() => r.changes.some((c) => c.everything), 'a change of everything');
    await writeFile(path.join(dir, 'after.txt'), 'written after the failure');
    await until(() => r.names().has('after.txt'), 'after.txt');
  });

  it('says changes are no longer noticed when polling fails too', async () => {
    const { open, opened } = failingWatchers();
    const r = await start('polling', open);
    opened[0]?.emit('error', systemError('EIO', 'i/o error, the share dropped'));
    expect(r.problems).toEqual([{ kind: 'stopped', message: expect.stringContaining('are no longer noticed (EIO: i/o error, the share dropped). Reopen the set') }]);
    await writeFile(path.join(dir, 'later.txt'), 'not noticed');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(r.changes).toEqual([]);
  });
});
