/**
 * "Merge from another copy…" end to end on real folders: a colleague's copy
 * made by copying the set, both copies then annotated by their own app
 * instance. Checks the sidecars on disk, the other folder untouched (hashed
 * before and after), refusals by name, and one undo for the whole merge.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallArgs, CallName } from '../api/contract';
import { SET_FILE_NAME } from '../model/codebook';
import { parseSetFile, parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { passage, removeRoot, SEED, SEEDS_DIR, startService, tempRoot } from './faults/service-harness';
import { createService } from './service';
import { ipcCall, ok } from './test-support';

const OTHER_SEED = '002_629f6f8c301c9278.txt';
const THIRD_SEED = '003_8d5387ac8c00ce0b.txt';

let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-copy-merge-');
});
afterEach(async () => {
  await removeRoot(root);
});

async function hashes(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(folder)).sort()) out[f] = createHash('sha256').update(await readFile(path.join(folder, f))).digest('hex');
  return out;
}

async function sidecarOf(folder: string, file: string) {
  const name = sidecarNameFor(file);
  return parseSidecar(await readFile(path.join(folder, name), 'utf8'), name);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A service on `setDir` whose folder dialog answers `choices` in turn. */
async function serviceWithDialog(setDir: string, choices: string[]) {
  const service = createService({
    dataDir: path.join(root, 'data-merge'),
    defaultSetDir: setDir,
    seedsDir: SEEDS_DIR,
    initialSet: setDir,
    dialogs: { chooseFolder: async () => choices.shift() ?? null, chooseSaveFile: async () => null },
  });
  await service.start();
  return { service, ok: async <K extends CallName>(name: K, args: CallArgs<K>) => ok(await ipcCall(service.handlers, name, args)) };
}

describe('mergeFromCopy', () => {
  it('brings what the other copy adds, takes changes made only there, keeps both versions of a conflict, and undoes in one step', async () => {
    // Alice's set, with two annotations; Bob's copy made from it.
    const alice = await startService(root);
    const aliceDir = alice.setDir;
    const shared = (await alice.ok('createAnnotation', { ...(await passage(aliceDir, 1)), tags: ['Russia'] })).annotation;
    const both = (await alice.ok('createAnnotation', { ...(await passage(aliceDir, 3)), tags: ['Russia'] })).annotation;
    const gone = (await alice.ok('createAnnotation', { ...(await passage(aliceDir, 9)), tags: ['Russia'] })).annotation;
    alice.service.dispose();
    const bobDir = path.join(root, 'bob');
    await cp(aliceDir, bobDir, { recursive: true });

    // Bob: a new annotation with a new tag, a note on `shared`, another note on `both`.
    const bob = await startService(root, { initialSet: bobDir }, 'data-bob');
    await tick();
    const added = (await bob.ok('createAnnotation', { ...(await passage(bobDir, 6)), tags: ['Bob’s tag'] })).annotation;
    await bob.ok('updateAnnotation', { file: SEED, id: shared.id, note: 'Bob checked this' });
    await bob.ok('updateAnnotation', { file: SEED, id: both.id, note: 'Bob says no' });
    bob.service.dispose();
    // Two of Bob's sidecars cannot be read: one left by a git merge, one from a newer version.
    await writeFile(
      path.join(bobDir, sidecarNameFor(OTHER_SEED)),
      '{\n  "format": "research-annotator/sidecar",\n<<<<<<< HEAD\n  "version": 1,\n=======\n  "version": 1 ,\n>>>>>>> bob\n}\n',
    );
    const newer = JSON.stringify({ format: 'research-annotator/sidecar', version: 99, article: { file: THIRD_SEED, sha256: '0'.repeat(64) }, annotations: [] });
    await writeFile(path.join(bobDir, sidecarNameFor(THIRD_SEED)), newer);

    // Alice changes `both` too, then merges Bob's copy.
    const again = await serviceWithDialog(aliceDir, [bobDir]);
    await tick();
    await again.ok('deleteAnnotation', { file: SEED, id: gone.id });
    await again.ok('updateAnnotation', { file: SEED, id: both.id, note: 'Alice says yes' });
    const beforeMerge = await readFile(path.join(aliceDir, sidecarNameFor(SEED)), 'utf8');
    const codebookBefore = await readFile(path.join(aliceDir, SET_FILE_NAME), 'utf8');
    // Bob's app may be saving right now: its temporary file must stay.
    await writeFile(path.join(bobDir, `.${sidecarNameFor(SEED)}.4242-1.ra-tmp`), '{"half": ');
    const bobBefore = await hashes(bobDir);

    const result = await again.ok('mergeFromCopy', {});
    expect(result).not.toBeNull();
    expect(await hashes(bobDir)).toEqual(bobBefore);
    expect(result!.added).toBe(1);
    expect(result!.taken).toBe(1);
    expect(result!.deletedHere).toBe(1);
    expect(result!.tagsAdded).toEqual(['Bob’s tag']);
    expect(result!.conflicts.map((c) => [c.file, c.id])).toEqual([[SEED, both.id]]);
    expect(result!.refused.map((r) => r.file).sort()).toEqual([sidecarNameFor(OTHER_SEED), sidecarNameFor(THIRD_SEED)].sort());
    const markers = result!.refused.find((r) => r.file === sidecarNameFor(OTHER_SEED))!;
    expect(markers.reason).toContain('git merge conflict (line 3: "<<<<<<< HEAD")');
    expect(result!.refused.find((r) => r.file === sidecarNameFor(THIRD_SEED))!.reason).toMatch(/newer version/u);

    // On disk: Bob's annotation and note, Alice's side of the conflict, Bob's side kept beside it.
    const merged = await sidecarOf(aliceDir, SEED);
    const byId = new Map(merged.annotations.map((a) => [a.id, a]));
    expect(byId.has(added.id)).toBe(true);
    expect(byId.has(gone.id)).toBe(false);
    expect(JSON.stringify(byId.get(shared.id)?.body)).toContain('Bob checked this');
    expect(JSON.stringify(byId.get(both.id)?.body)).toContain('Alice says yes');
    const keptAside = result!.conflicts[0]!.keptAside;
    expect(keptAside).toMatch(/^000_5070c6c1e48426b5\.txt\.annotations\.conflict-\d{8}T\d{6}Z\.json$/u);
    const aside = parseSidecar(await readFile(path.join(aliceDir, keptAside), 'utf8'), keptAside);
    expect(JSON.stringify(aside.annotations.find((a) => a.id === both.id)?.body)).toContain('Bob says no');
    expect(parseSetFile(await readFile(path.join(aliceDir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags.map((t) => t.label)).toContain('Bob’s tag');

    // One undo takes the whole merge back.
    expect((await again.ok('getHistory', {})).undo).toBe('Merge from “bob”');
    await again.ok('undo', {});
    expect(await readFile(path.join(aliceDir, sidecarNameFor(SEED)), 'utf8')).toBe(beforeMerge);
    expect(parseSetFile(await readFile(path.join(aliceDir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags).toEqual(parseSetFile(codebookBefore, SET_FILE_NAME).tags);
    expect((await again.ok('getHistory', {})).undo).toBe('Edit note');
    again.service.dispose();
  });

  it('refuses the open set itself and a folder that is not a set, and does nothing when cancelled', async () => {
    const h = await startService(root);
    h.service.dispose();
    const empty = path.join(root, 'empty');
    await mkdir(empty);
    const s = await serviceWithDialog(h.setDir, [h.setDir, empty]);
    const self = await ipcCall(s.service.handlers, 'mergeFromCopy', {});
    expect(self.ok).toBe(false);
    expect(!self.ok && self.error.message).toContain('is the set that is open');
    const notSet = await ipcCall(s.service.handlers, 'mergeFromCopy', {});
    expect(!notSet.ok && notSet.error.message).toContain('is not an annotation set');
    expect(await s.ok('mergeFromCopy', {})).toBeNull();
    s.service.dispose();
  });
});
