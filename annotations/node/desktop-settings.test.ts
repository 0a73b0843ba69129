/**
 * What the core keeps for the desktop: where the analyst was in each set, the
 * theme, the recent sets (and the hooks the shell mirrors them with), sets
 * opened from the desktop, and the About data. Real temporary folders, calls
 * through `dispatch` as IPC makes them.
 */
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, Theme } from '../api/contract';
import type { RecentSet } from '../api/view-types';
import { createService } from './service';
import { SettingsStore } from './settings';
import { failure, ipcCall, ipcCallRaw, ok } from './test-support';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_000 = '000_5070c6c1e48426b5.txt';

let root: string;
beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-desktop-')));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function start(options: { licensesFile?: string; initialSet?: string } = {}) {
  const events: AppEvent[] = [];
  const recent: { recentSets: readonly RecentSet[]; opened?: string }[] = [];
  const themes: Theme[] = [];
  const service = createService({
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'Seed set'),
    seedsDir: SEEDS_DIR,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
    emit: (event) => events.push(event),
    desktop: {
      recentSetsChanged: (recentSets, opened) => recent.push(opened === undefined ? { recentSets } : { recentSets, opened }),
      themeChanged: (theme) => themes.push(theme),
    },
    ...(options.initialSet ? { initialSet: options.initialSet } : {}),
    ...(options.licensesFile
      ? { about: { name: 'Research Annotator', version: '1.2.3', versions: { electron: '45.4.1', chrome: '142.0', node: '22.20.0' }, licensesFile: options.licensesFile } }
      : {}),
  });
  await service.start();
  return { service, handlers: service.handlers, events, recent, themes };
}

async function makeSet(name: string): Promise<string> {
  const folder = path.join(root, name);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'a.txt'), 'First article\n\nSome text.\n');
  return folder;
}

describe('where the analyst was in a set', () => {
  it('is kept per set and comes back with the set, after a restart too', async () => {
    const app = await start();
    ok(await ipcCall(app.handlers, 'saveViewState', { article: SEED_000, scroll: 0.42 }));
    expect(ok(await ipcCall(app.handlers, 'getSession', {})).set?.viewState).toEqual({ article: SEED_000, scroll: 0.42 });

    const again = await start();
    expect(ok(await ipcCall(again.handlers, 'getSession', {})).set?.viewState).toEqual({ article: SEED_000, scroll: 0.42 });
    // Another set has its own (none yet); reopening the seed set brings its own back.
    const other = await makeSet('Other');
    expect((await again.service.openFromDesktop(other))?.viewState).toBeUndefined();
    const seed = ok(await ipcCall(again.handlers, 'getSession', {})).recentSets.find((r) => r.folder !== other)!.folder;
    expect(ok(await ipcCall(again.handlers, 'openRecentSet', { folder: seed })).viewState).toEqual({ article: SEED_000, scroll: 0.42 });
  });

  it('keeps the line at the top of the view, and a settings file with an unreadable one keeps the rest', async () => {
    const app = await start();
    const place = { article: SEED_000, scroll: 0.42, top: { line: 3001, within: 0.25 } };
    ok(await ipcCall(app.handlers, 'saveViewState', place));
    expect(ok(await ipcCall((await start()).handlers, 'getSession', {})).set?.viewState).toEqual(place);
    // The same fraction at another line is a change, saved.
    ok(await ipcCall(app.handlers, 'saveViewState', { ...place, top: { line: 12, within: 0 } }));
    expect(ok(await ipcCall((await start()).handlers, 'getSession', {})).set?.viewState?.top).toEqual({ line: 12, within: 0 });

    const file = path.join(root, 'data', 'settings.json');
    const settings = JSON.parse(await readFile(file, 'utf8')) as { viewStates: Record<string, Record<string, unknown>> };
    for (const state of Object.values(settings.viewStates)) state['top'] = { line: -4, within: 'far' };
    await writeFile(file, JSON.stringify(settings));
    expect(ok(await ipcCall((await start()).handlers, 'getSession', {})).set?.viewState).toEqual({ article: SEED_000, scroll: 0.42 });
  });

  it('is validated like every call: a file of the set, fractions between 0 and 1, a whole line', async () => {
    const app = await start();
    expect(failure(await ipcCallRaw(app.handlers, 'saveViewState', { article: '../outside.txt', scroll: 0.5 })).message).toMatch(/Invalid arguments for saveViewState \(article\)/u);
    expect(failure(await ipcCallRaw(app.handlers, 'saveViewState', { article: SEED_000, scroll: 1.5 })).message).toMatch(/\(scroll\)/u);
    expect(failure(await ipcCallRaw(app.handlers, 'saveViewState', { article: SEED_000, scroll: 0.5, extra: 1 })).kind).toBe('invalid-argument');
    expect(failure(await ipcCallRaw(app.handlers, 'saveViewState', { article: SEED_000, scroll: 0.5, top: { line: 2.5, within: 0 } })).message).toMatch(/\(top\.line\)/u);
    expect(failure(await ipcCallRaw(app.handlers, 'saveViewState', { article: SEED_000, scroll: 0.5, top: { line: 2, within: 2 } })).message).toMatch(/\(top\.within\)/u);
    ok(await ipcCall(app.handlers, 'closeSet', {}));
    expect(failure(await ipcCall(app.handlers, 'saveViewState', { article: SEED_000, scroll: 0.5 })).kind).toBe('no-set-open');
  });
});

describe('quitting', () => {
  it('waits for settings still being written: the window’s last view state, sent as it closes, is on disk', async () => {
    const store = new SettingsStore(path.join(root, 'data'));
    const writes = [store.setTheme('dark'), store.saveViewState('/a set', { article: 'a.txt', scroll: 0.25 })];
    await store.idle();
    // A change asked for while waiting is waited for too.
    const late = store.saveViewState('/a set', { article: 'b.txt', scroll: 0.5 });
    await store.idle();
    await expect(Promise.all([...writes, late])).resolves.toHaveLength(3);
    const onDisk = await new SettingsStore(path.join(root, 'data')).read();
    expect(onDisk.theme).toBe('dark');
    expect(onDisk.viewStates?.['/a set']).toEqual({ article: 'b.txt', scroll: 0.5 });
  });
});

describe('the theme', () => {
  it('is kept in the settings and handed to the desktop, at start and on each change', async () => {
    const app = await start();
    expect(app.themes).toEqual(['system']);
    expect(ok(await ipcCall(app.handlers, 'getSession', {})).theme).toBeUndefined();
    expect(ok(await ipcCall(app.handlers, 'setTheme', { theme: 'dark' }))).toEqual({ theme: 'dark' });
    expect(app.themes).toEqual(['system', 'dark']);
    expect(failure(await ipcCallRaw(app.handlers, 'setTheme', { theme: 'sepia' })).kind).toBe('invalid-argument');

    const again = await start();
    expect(again.themes).toEqual(['dark']);
    expect(ok(await ipcCall(again.handlers, 'getSession', {})).theme).toBe('dark');
  });

  it('falls back on its own when the settings file holds a bad one: the recent sets survive', async () => {
    const app = await start();
    const before = ok(await ipcCall(app.handlers, 'getSession', {})).recentSets;
    const store = new SettingsStore(path.join(root, 'data'));
    await writeFile(path.join(root, 'data/settings.json'), JSON.stringify({ ...(await store.read()), theme: 'neon', viewStates: 'x' }));
    const again = await start();
    expect(again.themes).toEqual(['system']);
    // (Reopened at start, so only its time changed.)
    expect(ok(await ipcCall(again.handlers, 'getSession', {})).recentSets.map((r) => r.folder)).toEqual(before.map((r) => r.folder));
  });
});

describe('recent sets and sets opened from the desktop', () => {
  it('tells the desktop each set opened (for the system list) and the list, and clears it', async () => {
    const app = await start();
    const seed = path.join(root, 'Seed set');
    expect(app.recent.at(-1)).toEqual({ recentSets: [expect.objectContaining({ folder: seed })], opened: seed });
    const other = await makeSet('Interviews');
    const view = await app.service.openFromDesktop(other);
    expect(view?.name).toBe('Interviews');
    expect(app.events).toContainEqual({ type: 'sessionChanged' });
    expect(app.recent.at(-1)?.opened).toBe(other);
    expect(ok(await ipcCall(app.handlers, 'getSession', {})).set?.folder).toBe(other);

    const cleared = ok(await ipcCall(app.handlers, 'clearRecentSets', {}));
    expect(cleared.recentSets).toEqual([]);
    expect(cleared.set?.folder).toBe(other);
    expect(app.recent.at(-1)).toEqual({ recentSets: [] });
  });

  it('tells the window why a folder from the desktop cannot be opened, and keeps the open set', async () => {
    const app = await start();
    const gone = path.join(root, 'gone');
    expect(await app.service.openFromDesktop(gone)).toBeNull();
    expect(app.events.at(-1)).toEqual({ type: 'openFailed', folder: gone, reason: expect.stringContaining(gone) });
    expect(ok(await ipcCall(app.handlers, 'getSession', {})).set?.name).toMatch(/Armenia/u);
  });
});

describe('About', () => {
  const list = { format: 'research-annotator/licenses', version: 1, packages: [{ name: 'zod', version: '4.6.7', license: 'MIT', text: 'MIT License…' }] };

  it('gives the versions and the licence list made at build time', async () => {
    const file = path.join(root, 'licenses.json');
    await writeFile(file, JSON.stringify(list));
    const app = await start({ licensesFile: file });
    expect(ok(await ipcCall(app.handlers, 'getAbout', {}))).toEqual({
      name: 'Research Annotator',
      version: '1.2.3',
      versions: { electron: '45.4.1', chrome: '142.0', node: '22.20.0' },
      licenses: list.packages,
    });
  });

  it('names the file and the problem when the list is missing or malformed', async () => {
    const file = path.join(root, 'licenses.json');
    let app = await start({ licensesFile: file });
    expect(ok(await ipcCall(app.handlers, 'getAbout', {})).licensesProblem).toBe(`The licence list ${file} cannot be shown: the file is missing (it is made by \`npm run build\`).`);
    await writeFile(file, '{"format": ');
    app = await start({ licensesFile: file });
    expect(ok(await ipcCall(app.handlers, 'getAbout', {})).licensesProblem).toMatch(new RegExp(`^The licence list ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} is not valid JSON`, 'u'));
    await writeFile(file, JSON.stringify({ ...list, packages: [{ name: 'zod', version: '4', text: null }] }));
    app = await start({ licensesFile: file });
    expect(ok(await ipcCall(app.handlers, 'getAbout', {})).licensesProblem).toMatch(/is not in the expected format at packages\.0\.license/u);
  });
});
