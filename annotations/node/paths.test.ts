/**
 * No call of the API can read or write outside the open set folder.
 *
 * Every case runs on a real temporary folder laid out as
 *
 *   root/set/        the open set: inside.txt (one annotation), other.txt
 *   root/outside/    secret.txt, evil.json (a valid sidecar), a folder
 *   root/x.txt       what "../x.txt" and "a/../../x.txt" would reach
 *   root/data/       the app's settings (recent sets)
 *
 * and checks each hostile name twice: against SetStore (the guard every file
 * access goes through) and through the API as IPC calls it (`dispatch`, with
 * arguments cloned through JSON). A refusal must be an error value with a kind
 * and a message that says why, and it must leave every byte outside the set
 * folder (and, for a refused call, inside it too) as it was.
 *
 * Windows device names (CON, NUL, COM1.txt, LPT1, aux.txt, also with a
 * trailing dot or space). On Windows these name devices, not files: a sidecar
 * "saved" as NUL.annotations.json goes nowhere, one saved as
 * COM1.txt.annotations.json goes to a serial port. On POSIX they are ordinary
 * file names, so the least to require is that they are never written anywhere
 * but the set folder (checked, passes). The behaviour we decide is right is
 * stricter: refuse them everywhere, whatever the platform, because a set is a
 * folder meant to be copied between machines (README: "closed, copied, put
 * under version control and reopened"), and a name that is safe on the Linux
 * machine where it was annotated must not become a device on the Windows
 * machine it is copied to. The cost, an analyst on Linux cannot open an
 * article called "aux.txt" until it is renamed, is the price of a portable
 * set, and the refusal says so (model/file-name.ts).
 */
import { createHash } from 'node:crypto';
import { link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiResult, CallArgs, CallName, CallResults } from '../api/contract';
import type { ErrorKind } from '../errors';
import { createAnnotation } from '../model/annotation';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { createService, type AnnotatorService } from './service';
import { SetStore } from './set-store';
import { failure, ipcCall, ipcCallRaw, ok, refusal } from './test-support';

const NOW = new Date('2025-08-07T10:20:30.000Z');
// Every article of the set starts with "Secret", so one selection (code points 0-6) is valid in each.
const INSIDE_TEXT = 'Secret inside the set: an article\nThe talks resume in May.\n';
const OTHER_TEXT = 'Other article\nSecond text.\n';
const SECRET_TEXT = 'Secret outside the set\n';
const X_TEXT = 'X beside the set\n';
/** A quote that only exists outside the set: if it ever shows up in an answer, something was read outside. */
const OUTSIDE_QUOTE = 'EVIL-QUOTE-FROM-OUTSIDE';

// ---- Helpers (copied in spirit from service.test.ts) ----

let root: string;
let setFolder: string;
let outside: string;
let service: AnnotatorService | undefined;
let annotationId: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-paths-')));
  setFolder = path.join(root, 'set');
  outside = path.join(root, 'outside');
  await mkdir(setFolder);
  await mkdir(outside);
  await mkdir(path.join(outside, 'folder'));
  await writeFile(path.join(setFolder, 'inside.txt'), INSIDE_TEXT);
  await writeFile(path.join(setFolder, 'other.txt'), OTHER_TEXT);
  await writeFile(path.join(outside, 'secret.txt'), SECRET_TEXT);
  await writeFile(path.join(outside, 'folder', 'deep.txt'), SECRET_TEXT);
  await writeFile(path.join(outside, 'evil.json'), outsideSidecar());
  await writeFile(path.join(root, 'x.txt'), X_TEXT);
});

afterEach(async () => {
  service?.dispose();
  await service?.flush();
  service = undefined;
  await rm(root, { recursive: true, force: true });
});

/**
 * Starts the service on the set (as on a launch with the folder on the
 * command line), by default with one annotation in inside.txt.
 */
async function startService({ annotate = true } = {}): Promise<void> {
  service = createService({
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'data', 'Seed set'),
    seedsDir: path.join(root, 'no-seeds'),
    initialSet: setFolder,
    dialogs: {
      chooseFolder: async () => {
        throw new Error('unexpected folder dialog');
      },
      chooseSaveFile: async () => {
        throw new Error('unexpected save dialog');
      },
    },
    clock: () => new Date(NOW),
  });
  await service.start();
  expect(ok(await call('getSession', {})).set?.folder).toBe(setFolder); // the set is open: refusals are not "no set open"
  annotationId = 'urn:uuid:no-such-annotation';
  if (!annotate) return;
  const created = ok(await call('createAnnotation', { file: 'inside.txt', start: 0, end: 6, exact: 'Secret', tags: ['claim'] }));
  annotationId = created.annotation.id;
  await running().flush();
}

function running(): AnnotatorService {
  if (!service) throw new Error('startService() first');
  return service;
}

/** One call as IPC makes it (test-support.ts), to the running service. */
function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<ApiResult<CallResults[K]>> {
  return ipcCall(running().handlers, name, args);
}

function callRaw(name: CallName, args: unknown): Promise<ApiResult<unknown>> {
  return ipcCallRaw(running().handlers, name, args);
}

/** The result is a refusal of one of `kinds`, with a message that explains it and leaks nothing read outside. */
function expectRefused(result: ApiResult<unknown>, kinds: readonly ErrorKind[]): ApiError {
  const error = failure(result);
  expect(kinds).toContain(error.kind);
  expect(error.message.length).toBeGreaterThan(10);
  expect(error.message).not.toContain(SECRET_TEXT.trim());
  expect(error.message).not.toContain(OUTSIDE_QUOTE);
  return error;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Every entry under `dir` (not following links), with what identifies its
 * content: a file's hash, a link's target. Entries under `skip` are left out.
 */
async function snapshot(dir: string, skip: readonly string[] = []): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    for (const name of (await readdir(current)).sort()) {
      const full = path.join(current, name);
      if (skip.includes(full)) continue;
      const info = await lstat(full);
      const key = path.relative(dir, full);
      if (info.isSymbolicLink()) entries[key] = `link -> ${await readlink(full)}`;
      else if (info.isDirectory()) {
        entries[key] = 'folder';
        await walk(full);
      } else entries[key] = `file ${sha256(await readFile(full))}`;
    }
  };
  await walk(dir);
  return entries;
}

/** Everything outside the set folder: the outside folder, root/x.txt, the app's settings. */
const outsideSnapshot = () => snapshot(root, [setFolder]);
const setSnapshot = () => snapshot(setFolder);

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

/** A valid sidecar for "evil.txt" whose only annotation quotes OUTSIDE_QUOTE. */
function outsideSidecar(): string {
  const annotation = createAnnotation({
    id: 'urn:uuid:outside',
    now: NOW.toISOString(),
    source: 'inside.txt',
    quote: { type: 'TextQuoteSelector', exact: OUTSIDE_QUOTE, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: OUTSIDE_QUOTE.length },
    tags: ['outside'],
    note: OUTSIDE_QUOTE,
  });
  return serializeSidecar({ ...emptySidecar('inside.txt', sha256(Buffer.from(INSIDE_TEXT))), annotations: [annotation] });
}

/** A sidecar the store would accept for `file`. */
function sidecarFor(file: string) {
  return emptySidecar(file, sha256(Buffer.from(INSIDE_TEXT)));
}

/** Every call that takes an article's file name, with otherwise valid arguments. */
const FILE_CALLS: readonly [CallName, (file: string) => unknown][] = [
  ['openArticle', (file) => ({ file })],
  ['createAnnotation', (file) => ({ file, start: 0, end: 6, exact: 'Secret', tags: ['claim'], note: 'n' })],
  ['updateAnnotation', (file) => ({ file, id: annotationId, tags: ['changed'], note: 'changed', stance: 'asserts' })],
  ['deleteAnnotation', (file) => ({ file, id: annotationId })],
  ['reattachAnnotation', (file) => ({ file, id: annotationId, start: 0, end: 6, exact: 'Secret' })],
  ['updateArticleMeta', (file) => ({ file, title: 'Changed', source: 'Changed outlet' })],
  ['getBrief', (file) => ({ options: { articles: [file] } })],
];

/** The SetStore operations on a name, each of which must refuse a hostile one. */
const STORE_OPS: readonly [string, (store: SetStore, file: string) => Promise<unknown>][] = [
  ['resolveInside', (store, file) => store.resolveInside(file)],
  ['readArticle', (store, file) => store.readArticle(file)],
  ['readSidecar', (store, file) => store.readSidecar(file)],
  ['writeSidecar', (store, file) => store.writeSidecar(file, sidecarFor(file))],
];

/** Runs every file call on `file`, JSON-cloned, and returns the results by call name. */
async function everyFileCall(file: string): Promise<[CallName, ApiResult<unknown>][]> {
  const results: [CallName, ApiResult<unknown>][] = [];
  for (const [name, args] of FILE_CALLS) results.push([name, await callRaw(name, args(file))]);
  await running().flush();
  return results;
}

// ---- The cases ----

describe('No call of the API can read or write outside the open set folder', () => {
  describe('control: a plain article of the set', () => {
    it('is read and annotated through SetStore and the API, and only the set folder changes', async () => {
      await startService();
      const before = await outsideSnapshot();
      const store = await SetStore.open(setFolder);
      expect((await store.readArticle('other.txt')).text).toBe(OTHER_TEXT);
      const created = ok(await call('createAnnotation', { file: 'other.txt', start: 0, end: 5, exact: 'Other', tags: ['claim'] }));
      expect(created.annotation).toMatchObject({ exact: 'Other', start: 0, end: 5 });
      await running().flush();
      expect(await exists(path.join(setFolder, sidecarNameFor('other.txt')))).toBe(true);
      expect(await outsideSnapshot()).toEqual(before);
    });
  });

  // Names that are not a bare file name of the set. The API's argument schema
  // refuses them before any handler runs (invalid-argument); SetStore refuses
  // them again on its own (outside-set), so a future caller that skips the
  // schema (the CLI, a new call) is still held.
  const HOSTILE_NAMES: readonly [string, string][] = [
    ['the parent folder', '..'],
    ['the set folder itself', '.'],
    ['a file of the parent folder', '../x.txt'],
    ['a path climbing out through a folder', 'a/../../x.txt'],
    ['a POSIX absolute path', '/etc/passwd'],
    ['a Windows absolute path', 'C:\\Windows\\win.ini'],
    ['a Windows UNC path', '\\\\server\\share\\x.txt'],
    ['a name with a NUL byte', 'inside.txt\u0000.png'],
  ];

  describe.each(HOSTILE_NAMES)('%s: %j', (_label, name) => {
    for (const [op, run] of STORE_OPS) {
      it(`SetStore.${op} refuses it (outside-set)`, async () => {
        const store = await SetStore.open(setFolder);
        const outsideBefore = await outsideSnapshot();
        const setBefore = await setSnapshot();
        const passwd = await readFile('/etc/passwd').catch(() => null);
        const error = await refusal(run(store, name));
        expect(error.kind).toBe('outside-set');
        expect(error.message).toContain('is not a file of this set');
        expect(await outsideSnapshot()).toEqual(outsideBefore);
        expect(await setSnapshot()).toEqual(setBefore);
        expect(await readFile('/etc/passwd').catch(() => null)).toEqual(passwd);
        expect(await exists('/etc/passwd.annotations.json')).toBe(false);
      });
    }

    it('SetStore writes nothing outside the set, whatever it is asked to do with it', async () => {
      const store = await SetStore.open(setFolder);
      const before = await outsideSnapshot();
      for (const [, run] of STORE_OPS) await run(store, name).catch(() => null);
      expect(await outsideSnapshot()).toEqual(before);
      expect(await exists('/etc/passwd.annotations.json')).toBe(false);
    });

    it.each(FILE_CALLS.map(([call]) => call))('API %s refuses it (invalid-argument)', async (callName) => {
      await startService();
      const outsideBefore = await outsideSnapshot();
      const setBefore = await setSnapshot();
      const args = FILE_CALLS.find(([n]) => n === callName)?.[1](name);
      const error = expectRefused(await callRaw(callName, args), ['invalid-argument', 'outside-set']);
      expect(error.message).toMatch(/file name inside the set|not a file of this set/u);
      await running().flush();
      expect(await outsideSnapshot()).toEqual(outsideBefore);
      expect(await setSnapshot()).toEqual(setBefore);
      expect(await exists('/etc/passwd.annotations.json')).toBe(false);
    });
  });

  describe('an article that is a symlink to a file outside the set', () => {
    beforeEach(async () => {
      await symlink(path.join(outside, 'secret.txt'), path.join(setFolder, 'link.txt'));
    });

    it('SetStore.readArticle refuses it (outside-set), naming the link', async () => {
      const store = await SetStore.open(setFolder);
      const error = await refusal(store.readArticle('link.txt'));
      expect(error.kind).toBe('outside-set');
      expect(error.message).toContain('"link.txt" is not a file of this set: it leads outside the set folder');
      expect(error.message).not.toContain(SECRET_TEXT.trim());
    });

    it('SetStore does not list it as an article', async () => {
      const store = await SetStore.open(setFolder);
      expect(await store.listArticleFiles()).toEqual(['inside.txt', 'other.txt']);
    });

    // The store checks the article's own name too, not only the sidecar's it derives.
    it('SetStore.writeSidecar refuses to write its sidecar (outside-set)', async () => {
      const store = await SetStore.open(setFolder);
      const error = await refusal(store.writeSidecar('link.txt', sidecarFor('link.txt')));
      expect(error.kind).toBe('outside-set');
      expect(await exists(path.join(setFolder, sidecarNameFor('link.txt')))).toBe(false);
    });

    it('SetStore leaves the outside file byte-identical, whatever it is asked', async () => {
      const store = await SetStore.open(setFolder);
      const before = await outsideSnapshot();
      for (const [, run] of STORE_OPS) await run(store, 'link.txt').catch(() => null);
      expect(await outsideSnapshot()).toEqual(before);
      expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe(SECRET_TEXT);
    });

    it.each(FILE_CALLS.filter(([n]) => n !== 'getBrief').map(([n]) => n))('API %s refuses it (outside-set)', async (callName) => {
      await startService();
      const outsideBefore = await outsideSnapshot();
      const setBefore = await setSnapshot();
      const args = FILE_CALLS.find(([n]) => n === callName)?.[1]('link.txt');
      const error = expectRefused(await callRaw(callName, args), ['outside-set']);
      expect(error.message).toContain('leads outside the set folder');
      expect(error.file).toBe('link.txt');
      await running().flush();
      expect(await outsideSnapshot()).toEqual(outsideBefore);
      expect(await setSnapshot()).toEqual(setBefore);
    });

    it('the set view and the brief leave it out and never show its text', async () => {
      await startService();
      const session = ok(await call('getSession', {}));
      expect(session.set?.articles.map((a) => a.file)).toEqual(['inside.txt', 'other.txt']);
      const brief = ok(await call('getBrief', { options: { articles: ['link.txt'] } }));
      expect(JSON.stringify(brief)).not.toContain(SECRET_TEXT.trim());
      expect(JSON.stringify(ok(await call('listClaims', {})))).not.toContain(SECRET_TEXT.trim());
    });
  });

  describe('a sidecar that is a symlink to a file outside the set', () => {
    const sidecar = sidecarNameFor('inside.txt');
    const linkSidecar = async () => {
      await rm(path.join(setFolder, sidecar), { force: true });
      await symlink(path.join(outside, 'evil.json'), path.join(setFolder, sidecar));
    };

    it('SetStore.readSidecar refuses it (outside-set)', async () => {
      await linkSidecar();
      const store = await SetStore.open(setFolder);
      const error = await refusal(store.readSidecar('inside.txt'));
      expect(error.kind).toBe('outside-set');
      expect(error.message).toContain('leads outside the set folder');
    });

    it('SetStore.writeSidecar refuses it (outside-set), and the outside file keeps its bytes', async () => {
      await linkSidecar();
      const store = await SetStore.open(setFolder);
      const before = await outsideSnapshot();
      const error = await refusal(store.writeSidecar('inside.txt', sidecarFor('inside.txt')));
      expect(error.kind).toBe('outside-set');
      expect(await outsideSnapshot()).toEqual(before);
      expect(await readFile(path.join(outside, 'evil.json'), 'utf8')).toBe(outsideSidecar());
      expect(await readlink(path.join(setFolder, sidecar))).toBe(path.join(outside, 'evil.json'));
    });

    // The article itself is inside the set, so it opens; its annotations are
    // read-only, with the reason, and nothing of the outside file is shown.
    it('API openArticle shows the article without the outside annotations, read-only, saying why', async () => {
      await linkSidecar();
      await startService({ annotate: false });
      const view = ok(await call('openArticle', { file: 'inside.txt' }));
      expect(view.text).toBe(INSIDE_TEXT);
      expect(view.annotations).toEqual([]);
      expect(view.readOnlyReason).toContain('leads outside the set folder');
      expect(JSON.stringify(view)).not.toContain(OUTSIDE_QUOTE);
    });

    const SAVING_CALLS = FILE_CALLS.filter(([n]) => n !== 'openArticle' && n !== 'getBrief').map(([n]) => n);

    it.each(SAVING_CALLS)('API %s refuses to save it, when the link was there before the set was opened (read-only)', async (callName) => {
      await linkSidecar();
      await startService({ annotate: false });
      const outsideBefore = await outsideSnapshot();
      const setBefore = await setSnapshot();
      const args = FILE_CALLS.find(([n]) => n === callName)?.[1]('inside.txt');
      const error = expectRefused(await callRaw(callName, args), ['read-only']);
      expect(error.message).toContain('leads outside the set folder');
      await running().flush();
      expect(await outsideSnapshot()).toEqual(outsideBefore);
      expect(await setSnapshot()).toEqual(setBefore);
    });

    // The article is already loaded (and writable) when the link appears: the
    // store's check at write time is what holds.
    it.each(SAVING_CALLS)('API %s refuses to save it, when the link was swapped in while the set was open (outside-set)', async (callName) => {
      await startService();
      await linkSidecar();
      const outsideBefore = await outsideSnapshot();
      const setBefore = await setSnapshot();
      const args = FILE_CALLS.find(([n]) => n === callName)?.[1]('inside.txt');
      const error = expectRefused(await callRaw(callName, args), ['outside-set']);
      expect(error.message).toContain('leads outside the set folder');
      await running().flush();
      expect(await outsideSnapshot()).toEqual(outsideBefore);
      expect(await setSnapshot()).toEqual(setBefore);
    });

    it('listClaims and the brief never show the outside annotations', async () => {
      await linkSidecar();
      await startService({ annotate: false });
      expect(JSON.stringify(ok(await call('listClaims', {})))).not.toContain(OUTSIDE_QUOTE);
      // The brief may refuse a set with an unusable sidecar; either way it shows nothing from outside.
      expect(JSON.stringify(await call('getBrief', {}))).not.toContain(OUTSIDE_QUOTE);
    });
  });

  describe('symlinks to missing files (dangling)', () => {
    it('SetStore refuses an article linked to a missing outside file, and never creates it', async () => {
      await symlink(path.join(outside, 'gone.txt'), path.join(setFolder, 'gone.txt'));
      const store = await SetStore.open(setFolder);
      const error = await refusal(store.readArticle('gone.txt'));
      expect(error.kind).toBe('outside-set');
      expect(error.message).toContain('it is a link to a missing file');
      expect(await exists(path.join(outside, 'gone.txt'))).toBe(false);
    });

    it('SetStore refuses to write a sidecar linked to a missing outside file, and never creates it', async () => {
      await symlink(path.join(outside, 'new.json'), path.join(setFolder, sidecarNameFor('other.txt')));
      const store = await SetStore.open(setFolder);
      const error = await refusal(store.writeSidecar('other.txt', sidecarFor('other.txt')));
      expect(error.kind).toBe('outside-set');
      expect(error.message).toContain('it is a link to a missing file');
      expect(await exists(path.join(outside, 'new.json'))).toBe(false);
    });

    it.each(FILE_CALLS.filter(([n]) => n !== 'getBrief').map(([n]) => n))(
      'API %s refuses an article linked to a missing file, and creates nothing',
      async (callName) => {
        await symlink(path.join(outside, 'gone.txt'), path.join(setFolder, 'gone.txt'));
        await startService();
        const outsideBefore = await outsideSnapshot();
        const setBefore = await setSnapshot();
        const args = FILE_CALLS.find(([n]) => n === callName)?.[1]('gone.txt');
        expectRefused(await callRaw(callName, args), ['outside-set']);
        await running().flush();
        expect(await outsideSnapshot()).toEqual(outsideBefore);
        expect(await setSnapshot()).toEqual(setBefore);
        expect(await exists(path.join(outside, 'gone.txt'))).toBe(false);
      },
    );

    it.each(FILE_CALLS.filter(([n]) => !['openArticle', 'getBrief'].includes(n)).map(([n]) => n))(
      'API %s never saves through a sidecar linked to a missing outside file',
      async (callName) => {
        await symlink(path.join(outside, 'new.json'), path.join(setFolder, sidecarNameFor('other.txt')));
        await startService();
        const outsideBefore = await outsideSnapshot();
        const args = FILE_CALLS.find(([n]) => n === callName)?.[1]('other.txt');
        expectRefused(await callRaw(callName, args), ['read-only', 'outside-set']);
        await running().flush();
        expect(await outsideSnapshot()).toEqual(outsideBefore);
        expect(await exists(path.join(outside, 'new.json'))).toBe(false);
      },
    );
  });

  describe('a symlinked directory in the set', () => {
    beforeEach(async () => {
      await symlink(outside, path.join(setFolder, 'sub'));
      await symlink(outside, path.join(setFolder, 'dir.txt'));
      await symlink(setFolder, path.join(setFolder, 'self.txt'));
    });

    it.each(['sub', 'dir.txt', 'self.txt'])('SetStore refuses %s as a file (outside-set)', async (name) => {
      const store = await SetStore.open(setFolder);
      // One at a time: started together, the second could reject while the
      // first was awaited, with no handler yet (an unhandled rejection).
      for (const op of [() => store.resolveInside(name), () => store.readArticle(name)]) {
        expect((await refusal(op())).kind).toBe('outside-set');
      }
      expect(await store.listArticleFiles()).toEqual(['inside.txt', 'other.txt']);
    });

    it.each(['sub/secret.txt', 'dir.txt/secret.txt', 'self.txt/inside.txt'])('SetStore refuses the path %s through it', async (name) => {
      const store = await SetStore.open(setFolder);
      const before = await outsideSnapshot();
      for (const [, run] of STORE_OPS) expect((await refusal(run(store, name))).kind).toBe('outside-set');
      expect(await outsideSnapshot()).toEqual(before);
    });

    it.each(
      FILE_CALLS.filter(([n]) => n !== 'getBrief').flatMap(([n]) => [
        [n, 'dir.txt'],
        [n, 'dir.txt/secret.txt'],
      ]),
    )('API %s refuses %s', async (callName, name) => {
      await startService();
      const outsideBefore = await outsideSnapshot();
      const setBefore = await setSnapshot();
      const args = FILE_CALLS.find(([n]) => n === callName)?.[1](name);
      expectRefused(await callRaw(callName as CallName, args), ['outside-set', 'invalid-argument']);
      await running().flush();
      expect(await outsideSnapshot()).toEqual(outsideBefore);
      expect(await setSnapshot()).toEqual(setBefore);
    });
  });

  describe('a sidecar hard-linked to a file outside the set', () => {
    // A hard link cannot be told from a file of the set (same inode, real path
    // inside), so reading it is reading the set. Saving must still never
    // write into the outside file: an atomic save replaces the link.
    it('saving replaces the link; the outside file keeps its bytes', async () => {
      await startService();
      const sidecarPath = path.join(setFolder, sidecarNameFor('other.txt'));
      await writeFile(path.join(outside, 'hard.json'), serializeSidecar(emptySidecar('other.txt', sha256(Buffer.from(OTHER_TEXT)))));
      await link(path.join(outside, 'hard.json'), sidecarPath);
      const before = await outsideSnapshot();
      ok(await call('createAnnotation', { file: 'other.txt', start: 0, end: 5, exact: 'Other', tags: ['claim'] }));
      await running().flush();
      expect(await outsideSnapshot()).toEqual(before);
      expect((await stat(sidecarPath)).ino).not.toBe((await stat(path.join(outside, 'hard.json'))).ino);
    });
  });

  describe('a codebook (annotation-set.json) that is a symlink to a file outside the set', () => {
    it('addTag and createAnnotation with a new tag never write it', async () => {
      await startService();
      await rm(path.join(setFolder, 'annotation-set.json'), { force: true });
      await symlink(path.join(outside, 'evil.json'), path.join(setFolder, 'annotation-set.json'));
      const before = await outsideSnapshot();
      expectRefused(await call('addTag', { label: 'brand new' }), ['outside-set']);
      await call('createAnnotation', { file: 'other.txt', start: 0, end: 5, exact: 'Other', tags: ['another new'] });
      await running().flush();
      expect(await outsideSnapshot()).toEqual(before);
    });
  });

  // Windows device names: see the file's header for the behaviour decided.
  const DEVICE_NAMES = ['CON', 'NUL', 'COM1.txt', 'LPT1', 'aux.txt', 'con', 'CON.', 'NUL ', 'COM1.txt.', 'aux.txt ', 'LPT1 '];

  describe.each(DEVICE_NAMES)('the Windows device name %j', (name) => {
    beforeEach(async () => {
      // On POSIX this is an ordinary file: the worst case, a set that holds it.
      await writeFile(path.join(setFolder, name), 'Secret device article\nWords here.\n');
    });

    it('is never written outside the set folder, by SetStore or any API call', async () => {
      await startService();
      const before = await outsideSnapshot();
      const store = await SetStore.open(setFolder);
      for (const [, run] of STORE_OPS) await run(store, name).catch(() => null);
      await everyFileCall(name);
      expect(await outsideSnapshot()).toEqual(before);
    });

    it('is refused by SetStore and by every API call, naming the reason', async () => {
      await startService();
      const store = await SetStore.open(setFolder);
      expect((await refusal(store.resolveInside(name))).kind).toBe('outside-set');
      for (const [callName, result] of await everyFileCall(name)) {
        if (callName === 'getBrief') continue; // a filter, not a file access
        expectRefused(result, ['invalid-argument', 'outside-set']);
      }
    });
  });

  describe('openRecentSet with a folder that was never opened', () => {
    const NEVER_OPENED: readonly [string, () => string][] = [
      ['the outside folder', () => outside],
      ['the parent of the set', () => root],
      ['the parent of the set, spelled with ..', () => path.join(setFolder, '..')],
      ['a relative path', () => '../outside'],
      ['a missing folder', () => path.join(root, 'never-created')],
      ['the file system root', () => '/'],
      ['a Windows path', () => 'C:\\Windows'],
      ['a Windows UNC path', () => '\\\\server\\share'],
    ];

    it.each(NEVER_OPENED)('refuses %s (outside-set), and the open set stays open', async (_label, folder) => {
      await startService();
      const before = await outsideSnapshot();
      const setBefore = await setSnapshot();
      const error = expectRefused(await call('openRecentSet', { folder: folder() }), ['outside-set']);
      expect(error.message).toContain('is not in the list of recent sets');
      expect(await outsideSnapshot()).toEqual(before); // settings included: nothing remembered
      expect(await setSnapshot()).toEqual(setBefore);
      expect(await exists(path.join(root, 'never-created'))).toBe(false);
      expect(ok(await call('getSession', {})).set?.folder).toBe(setFolder);
    });
  });
});
