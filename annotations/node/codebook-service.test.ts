/**
 * Codebook actions, undo/redo and the trash through the service, on a real
 * temporary set, called as IPC calls them; every outcome is read back from
 * the files on disk.
 */
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, CallArgs, CallName } from '../api/contract';
import { tagsOf } from '../model/annotation';
import { SET_FILE_NAME } from '../model/codebook';
import { parseSetFile, parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { parseTrashFile, TRASH_FILE_NAME } from '../sidecar/trash';
import { createService, type AnnotatorService } from './service';
import { failure, ipcCall, ok } from './test-support';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const TEXT = 'Security guarantees were discussed. Russia objected. The corridor opens in May.';
let root: string;
let folder: string;
let service: AnnotatorService;
let events: AppEvent[];

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-codebook-')));
  folder = path.join(root, 'set');
  await mkdir(folder);
  for (const f of ['a.txt', 'b.txt', 'c.txt']) await writeFile(path.join(folder, f), TEXT);
  events = [];
  service = createService({
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'seed'),
    seedsDir: SEEDS_DIR,
    initialSet: folder,
    emit: (e) => events.push(e),
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
    clock: () => new Date('2025-08-07T10:20:30.000Z'),
  });
  await service.start();
});

afterEach(async () => {
  service.dispose();
  await rm(root, { recursive: true, force: true });
});

const call = async <K extends CallName>(name: K, args: CallArgs<K>) => ok(await ipcCall(service.handlers, name, args));
const refused = async <K extends CallName>(name: K, args: CallArgs<K>) => failure(await ipcCall(service.handlers, name, args));

/** Tags `TEXT[start, end)` in `file`; returns the annotation id. */
async function tag(file: string, start: number, end: number, tags: string[]): Promise<string> {
  const { annotation } = await call('createAnnotation', { file, start, end, exact: TEXT.slice(start, end), tags });
  return annotation.id;
}

const sidecarText = (file: string) => readFile(path.join(folder, sidecarNameFor(file)), 'utf8');
const tagsOnDisk = async (file: string) => parseSidecar(await sidecarText(file), file).annotations.map(tagsOf);
const codebookOnDisk = async () => parseSetFile(await readFile(path.join(folder, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags;
const lastHistory = () => events.filter((e) => e.type === 'historyChanged').at(-1);

describe('rename and merge across the set', () => {
  it('renames a tag in every sidecar, articles never opened included, keeping its colour and hotkey', async () => {
    await tag('a.txt', 0, 8, ['Security']);
    await tag('b.txt', 0, 8, ['Security/Guarantees', 'Russia']);
    await call('updateTag', { label: 'Security', color: '#123456', hotkey: 7 });
    // A fresh service: nothing of b.txt is in memory.
    service.dispose();
    service = createService({ dataDir: path.join(root, 'data'), defaultSetDir: path.join(root, 'seed'), seedsDir: SEEDS_DIR, initialSet: folder, dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null } });
    await service.start();

    const result = await call('renameTag', { label: 'Security', to: 'Safety' });
    expect(result).toMatchObject({ label: 'Rename “Security” to “Safety”', updated: ['a.txt', 'b.txt'], failed: [], annotations: 2 });
    expect(await tagsOnDisk('a.txt')).toEqual([['Safety']]);
    expect(await tagsOnDisk('b.txt')).toEqual([['Safety/Guarantees', 'Russia']]);
    expect((await codebookOnDisk()).find((t) => t.label === 'Safety')).toMatchObject({ color: '#123456', hotkey: 7 });
    expect(result.tags.find((t) => t.label === 'Safety')?.hotkey).toBe(7);
    expect((await codebookOnDisk()).some((t) => t.label === 'Security')).toBe(false);
  });

  it('merges one tag into another without duplicates, and refuses a rename onto an existing tag', async () => {
    await tag('a.txt', 0, 8, ['Russia', 'Moscow']);
    await tag('b.txt', 0, 8, ['Moscow']);
    expect((await refused('renameTag', { label: 'Moscow', to: 'Russia' })).message).toMatch(/exists already.*merge/u);

    const result = await call('mergeTags', { from: 'Moscow', into: 'Russia' });
    expect(result).toMatchObject({ updated: ['a.txt', 'b.txt'], failed: [], annotations: 2 });
    expect(await tagsOnDisk('a.txt')).toEqual([['Russia']]);
    expect(await tagsOnDisk('b.txt')).toEqual([['Russia']]);
    expect((await codebookOnDisk()).map((t) => t.label)).toEqual(['Russia']);
    expect(events.filter((e) => e.type === 'setEditProgress').at(-1)).toEqual({ type: 'setEditProgress', done: 3, total: 3 });
    expect(await call('getCodebook', {})).toEqual([expect.objectContaining({ label: 'Russia', uses: 2, articles: 2 })]);
  });

  it.each([
    ['corrupt', '{"format": "research-annotator/sidecar", "version": 1, "annotations": [tr', /c\.txt\.annotations\.json.*not valid JSON/u],
    ['from a newer version', '{"format": "research-annotator/sidecar", "version": 2, "annotations": [{"body": [{"value": "Russia"}]}]}', /c\.txt\.annotations\.json.*newer version/u],
  ])('reports a %s sidecar, leaves it byte for byte, and changes the others', async (_kind, corrupt, reason) => {
    await tag('a.txt', 0, 8, ['Russia']);
    await writeFile(path.join(folder, sidecarNameFor('c.txt')), corrupt);
    const result = await call('renameTag', { label: 'Russia', to: 'Moscow' });
    expect(result.updated).toEqual(['a.txt']);
    expect(result.failed).toEqual([{ file: 'c.txt', reason: expect.stringMatching(reason) }]);
    expect(await sidecarText('c.txt')).toBe(corrupt);
    expect(await tagsOnDisk('a.txt')).toEqual([['Moscow']]);
  });

  it('deletes a tag from the codebook and every annotation, which stay as highlights', async () => {
    await tag('a.txt', 0, 8, ['Russia']);
    await tag('a.txt', 36, 42, ['Russia', 'Objection']);
    const result = await call('deleteTag', { label: 'Russia' });
    expect(result.annotations).toBe(2);
    expect(await tagsOnDisk('a.txt')).toEqual([[], ['Objection']]);
    expect((await codebookOnDisk()).map((t) => t.label)).toEqual(['Objection']);
  });

  it('normalizes hierarchical labels on tagging and refuses empty levels', async () => {
    await tag('a.txt', 0, 8, ['Security / Guarantees']);
    expect(await tagsOnDisk('a.txt')).toEqual([['Security/Guarantees']]);
    const error = await refused('createAnnotation', { file: 'a.txt', start: 0, end: 8, exact: TEXT.slice(0, 8), tags: ['Security//Guarantees'] });
    expect(error).toMatchObject({ kind: 'invalid-argument', message: expect.stringMatching(/each level/u) });
  });

  it('moves a hotkey from the tag that had it, and says which', async () => {
    await tag('a.txt', 0, 8, ['One', 'Two', 'Three']);
    const result = await call('updateTag', { label: 'Three', hotkey: 1 });
    expect(result.hotkeyTakenFrom).toBe('One');
    const keys = Object.fromEntries(result.tags.map((t) => [t.label, t.hotkey]));
    expect(keys).toEqual({ One: undefined, Two: 2, Three: 1 });
  });
});

describe('undo and redo', () => {
  it('undoes and redoes a merge exactly, sidecars and codebook byte for byte', async () => {
    await tag('a.txt', 0, 8, ['Russia', 'Moscow']);
    await tag('b.txt', 0, 8, ['Moscow']);
    const before = { a: await sidecarText('a.txt'), b: await sidecarText('b.txt'), codebook: await readFile(path.join(folder, SET_FILE_NAME), 'utf8') };
    await call('mergeTags', { from: 'Moscow', into: 'Russia' });
    const after = { a: await sidecarText('a.txt'), b: await sidecarText('b.txt'), codebook: await readFile(path.join(folder, SET_FILE_NAME), 'utf8') };
    expect(lastHistory()).toEqual({ type: 'historyChanged', undo: 'Merge “Moscow” into “Russia”' });

    const undone = await call('undo', {});
    expect(undone).toMatchObject({ label: 'Merge “Moscow” into “Russia”', updated: ['a.txt', 'b.txt'], failed: [] });
    expect({ a: await sidecarText('a.txt'), b: await sidecarText('b.txt'), codebook: await readFile(path.join(folder, SET_FILE_NAME), 'utf8') }).toEqual(before);
    expect(lastHistory()).toEqual({ type: 'historyChanged', undo: 'Create annotation', redo: 'Merge “Moscow” into “Russia”' });

    await call('redo', {});
    expect({ a: await sidecarText('a.txt'), b: await sidecarText('b.txt'), codebook: await readFile(path.join(folder, SET_FILE_NAME), 'utf8') }).toEqual(after);
  });

  it('undoes each annotation action kind back to the previous sidecar, and a new action clears redo', async () => {
    const states = [await sidecarText('a.txt').catch(() => null)];
    const id = await tag('a.txt', 0, 8, ['Russia']);
    states.push(await sidecarText('a.txt'));
    await call('updateAnnotation', { file: 'a.txt', id, note: 'why', stance: 'asserts' });
    states.push(await sidecarText('a.txt'));
    await call('updateArticleMeta', { file: 'a.txt', title: 'A title' });
    states.push(await sidecarText('a.txt'));
    await call('reattachAnnotation', { file: 'a.txt', id, start: 9, end: 19, exact: TEXT.slice(9, 19) });
    states.push(await sidecarText('a.txt'));
    await call('deleteAnnotation', { file: 'a.txt', id });
    states.push(await sidecarText('a.txt'));

    for (let i = states.length - 2; i >= 1; i--) {
      await call('undo', {});
      expect(await sidecarText('a.txt'), `after undoing step ${i + 1}`).toBe(states[i]);
    }
    await call('redo', {});
    expect(await sidecarText('a.txt')).toBe(states[2]);
    await call('updateAnnotation', { file: 'a.txt', id, note: 'another' });
    expect(await call('redo', {})).toBeNull();
    expect(await call('getHistory', {})).toEqual({ undo: 'Edit note' });
  });

  it('undoes tagging with a new tag, taking the tag out of the codebook too', async () => {
    await call('addTag', { label: 'Russia' });
    const codebook = await readFile(path.join(folder, SET_FILE_NAME), 'utf8');
    await tag('a.txt', 0, 8, ['Russia', 'Brand new']);
    expect((await codebookOnDisk()).map((t) => t.label)).toEqual(['Russia', 'Brand new']);
    const undone = await call('undo', {});
    expect(undone?.tags.map((t) => t.label)).toEqual(['Russia']);
    expect(await readFile(path.join(folder, SET_FILE_NAME), 'utf8')).toBe(codebook);
    await call('redo', {});
    expect((await codebookOnDisk()).map((t) => t.label)).toEqual(['Russia', 'Brand new']);
    expect(await tagsOnDisk('a.txt')).toEqual([['Russia', 'Brand new']]);
  });

  it('undoes recolouring, describing and adding a tag', async () => {
    await call('addTag', { label: 'Russia' });
    const codebook = await readFile(path.join(folder, SET_FILE_NAME), 'utf8');
    await call('updateTag', { label: 'Russia', color: '#abcdef' });
    await call('updateTag', { label: 'Russia', description: 'Moscow' });
    await call('undo', {});
    await call('undo', {});
    expect(await readFile(path.join(folder, SET_FILE_NAME), 'utf8')).toBe(codebook);
    await call('undo', {});
    expect((await codebookOnDisk()).map((t) => t.label)).toEqual([]);
    expect(await call('getHistory', {})).toEqual({ redo: 'Add tag “Russia”' });
  });
});

describe('the trash', () => {
  it('keeps a deleted annotation, restores it into its sidecar, and empties for good', async () => {
    const id = await tag('a.txt', 0, 8, ['Russia']);
    const withIt = await sidecarText('a.txt');
    await call('deleteAnnotation', { file: 'a.txt', id });
    expect(await tagsOnDisk('a.txt')).toEqual([]);
    const trash = parseTrashFile(await readFile(path.join(folder, TRASH_FILE_NAME), 'utf8'));
    expect(trash.items).toEqual([{ file: 'a.txt', deleted: '2025-08-07T10:20:30.000Z', annotation: expect.objectContaining({ id }) }]);
    expect(await call('listTrash', {})).toEqual([expect.objectContaining({ id, file: 'a.txt', exact: 'Security', tags: ['Russia'] })]);
    expect(events).toContainEqual({ type: 'trashChanged', count: 1 });

    const restored = await call('restoreFromTrash', { ids: [id] });
    expect(restored).toMatchObject({ updated: ['a.txt'], failed: [] });
    expect(await sidecarText('a.txt')).toBe(withIt);
    expect(await call('listTrash', {})).toEqual([]);

    // Undo of the restore puts it back in the trash; undo of the delete restores it again.
    await call('undo', {});
    expect(await call('listTrash', {})).toHaveLength(1);
    expect(await tagsOnDisk('a.txt')).toEqual([]);
    await call('undo', {});
    expect(await sidecarText('a.txt')).toBe(withIt);
    expect(await call('listTrash', {})).toEqual([]);

    await call('redo', {});
    expect(await call('emptyTrash', {})).toEqual({ removed: 1 });
    expect(parseTrashFile(await readFile(path.join(folder, TRASH_FILE_NAME), 'utf8')).items).toEqual([]);
    expect((await refused('restoreFromTrash', { ids: [id] })).message).toMatch(/Not in the trash/u);
  });

  it('refuses to delete into a trash file it cannot read, and deletes nothing', async () => {
    const id = await tag('a.txt', 0, 8, ['Russia']);
    await writeFile(path.join(folder, TRASH_FILE_NAME), 'not json');
    const error = await refused('deleteAnnotation', { file: 'a.txt', id });
    expect(error.message).toMatch(/annotation-trash\.json.*not valid JSON/u);
    expect(await tagsOnDisk('a.txt')).toEqual([['Russia']]);
    expect(await readFile(path.join(folder, TRASH_FILE_NAME), 'utf8')).toBe('not json');
  });
});
