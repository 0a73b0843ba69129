/**
 * Edits of one article that arrive while its sidecar is being saved share the
 * next save (annotation-service.ts, KeyedQueue.batch). Real service, real
 * temporary folders; the saves go through the fault tests' filesystem layer,
 * which counts them and can hold one at a step.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, CallResults } from '../api/contract';
import { SET_FILE_NAME } from '../model/codebook';
import { parseSidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import type { WriteStep } from './atomic-write';
import { faultyFs, type FaultyFs } from './faults/faulty-fs';
import { foreignAnnotation, type Harness, passage, removeRoot, SEED, startService, tempRoot } from './faults/service-harness';

const SIDECAR = sidecarNameFor(SEED);
const CALLS = 20;
let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-coalesce-');
});
afterEach(async () => {
  await removeRoot(root);
});

interface Holding {
  fs: FaultyFs;
  hold(): void;
  held: Promise<void>;
  release(): void;
}

/** A filesystem that, once `hold` is called, stops the next sidecar save before `step` until released. */
function holdingFs(step: WriteStep): Holding {
  let reached!: () => void;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  let holding = false;
  const fs = faultyFs(async (at) => {
    if (!holding || at !== step) return;
    holding = false;
    reached();
    await gate;
  });
  return { fs, hold: () => (holding = true), held, release };
}

const sidecarIds = (h: Harness) => parseSidecar(readFileSync(path.join(h.setDir, SIDECAR), 'utf8'), SIDECAR).annotations.map((a) => a.id);
/** Lets every call sent so far reach its article's queue (they do no I/O before it). */
const queued = () => new Promise((resolve) => setImmediate(resolve));

type Created = ApiResult<CallResults['createAnnotation']>;

/** Sends `count` createAnnotation calls at once; each answer comes with the sidecar's ids read the moment it came. */
async function sendCreates(h: Harness, from: number, count: number): Promise<Promise<{ result: Created; onDisk: string[] }>[]> {
  const places = await Promise.all(Array.from({ length: count }, (_, i) => passage(h.setDir, from + i)));
  return places.map((at) => h.call('createAnnotation', { ...at, tags: ['Rapid'] }).then((result) => ({ result, onDisk: sidecarIds(h) })));
}

/** One annotation whose save is held, `count - 1` more sent meanwhile, then the save let go; the answers in the order sent. */
async function heldBurst(h: Harness, holding: Holding, from: number, count: number): Promise<{ result: Created; onDisk: string[] }[]> {
  holding.hold();
  const [first] = await sendCreates(h, from, 1);
  await holding.held;
  const rest = await sendCreates(h, from + 1, count - 1);
  await queued();
  holding.release();
  return Promise.all([first!, ...rest]);
}

const idOf = (result: Created) => (result.ok ? result.value.annotation.id : `failed: ${JSON.stringify(result.error)}`);

describe('edits of one article while its sidecar is being saved', () => {
  it(`share the next save: ${CALLS} rapid annotations cost 2 writes, each answered only once it is on disk`, async () => {
    const holding = holdingFs('write');
    const { fs } = holding;
    const h = await startService(root, { fs });
    const answers = await heldBurst(h, holding, 1, CALLS);

    const ids = answers.map((a) => idOf(a.result));
    expect(answers.every((a) => a.result.ok)).toBe(true);
    // The first save carried the first annotation; the one after it, all the others.
    expect(fs.saves).toBe(2);
    expect(sidecarIds(h)).toEqual(ids);
    // Each answer came after a save that holds its annotation.
    for (const [i, a] of answers.entries()) expect(a.onDisk).toContain(ids[i]);

    // Each is its own undo step, the last undone first.
    await h.ok('undo', {});
    expect(sidecarIds(h)).toEqual(ids.slice(0, -1));
    await h.ok('redo', {});
    expect(sidecarIds(h)).toEqual(ids);
    h.service.dispose();
  });

  it('sent all at once with no save in flight: at most two writes', async () => {
    const fs = faultyFs();
    const h = await startService(root, { fs });
    const answers = await Promise.all(await sendCreates(h, 1, CALLS));
    expect(fs.saves).toBeLessThanOrEqual(2);
    expect(sidecarIds(h)).toEqual(answers.map((a) => idOf(a.result)));
    h.service.dispose();
  });

  it('a change that cannot be made fails its own call only; the others are saved', async () => {
    const { fs, hold, held, release } = holdingFs('write');
    const h = await startService(root, { fs });
    hold();
    const [first] = await sendCreates(h, 1, 1);
    await held;
    const at = await passage(h.setDir, 2);
    const good = h.call('createAnnotation', { ...at, tags: ['Rapid'] });
    const bad = h.call('createAnnotation', { ...at, exact: `${at.exact}x`, end: at.end + 1, tags: ['Rapid'] });
    const alsoGood = h.call('createAnnotation', { ...(await passage(h.setDir, 3)), tags: ['Rapid'] });
    await queued();
    release();
    const [a, b, c, d] = await Promise.all([first!.then((x) => x.result), good, bad, alsoGood]);
    expect(b!.ok && d!.ok).toBe(true);
    expect(c).toMatchObject({ ok: false, error: { kind: 'invalid-argument' } });
    expect(fs.saves).toBe(2);
    expect(sidecarIds(h)).toEqual([idOf(a!), idOf(b!), idOf(d!)]);
    h.service.dispose();
  });

  it('each with a new tag: each is its own undo step, and undoing one takes its own tag out of the codebook', async () => {
    const h = await startService(root, { fs: faultyFs() });
    const [first, second] = await Promise.all([
      h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['First new'] }),
      h.ok('createAnnotation', { ...(await passage(h.setDir, 2)), tags: ['Second new'] }),
    ]);
    const labels = async () => (JSON.parse(await readFile(path.join(h.setDir, SET_FILE_NAME), 'utf8')) as { tags: { label: string }[] }).tags.map((t) => t.label);
    expect(await labels()).toEqual(expect.arrayContaining(['First new', 'Second new']));

    // The second create was recorded last: undoing it takes its highlight and its tag, not the first's tag.
    await h.ok('undo', {});
    expect(sidecarIds(h)).toEqual([first.annotation.id]);
    expect(await labels()).toContain('First new');
    expect(await labels()).not.toContain('Second new');
    await h.ok('undo', {});
    expect(sidecarIds(h)).toEqual([]);
    expect(await labels()).not.toContain('First new');
    await h.ok('redo', {});
    await h.ok('redo', {});
    expect(sidecarIds(h)).toEqual([first.annotation.id, second.annotation.id]);
    expect(await labels()).toEqual(expect.arrayContaining(['First new', 'Second new']));
    h.service.dispose();
  });

  it('merged with changes made on disk before the shared save', async () => {
    const fs = faultyFs();
    const h = await startService(root, { fs });
    const mine = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Mine'] });
    const theirs = foreignAnnotation('urn:uuid:theirs', await passage(h.setDir, 30));
    const file = path.join(h.setDir, SIDECAR);
    const stored = parseSidecar(await readFile(file, 'utf8'), SIDECAR);
    await writeFile(file, serializeSidecar({ ...stored, annotations: [...stored.annotations, theirs] }));

    const answers = await Promise.all(await sendCreates(h, 2, CALLS));
    expect(sidecarIds(h).sort()).toEqual([mine.annotation.id, theirs.id, ...answers.map((a) => idOf(a.result))].sort());
    expect(h.events).toContainEqual({ type: 'merged', file: SEED, sidecar: SIDECAR, conflicts: 0 });
    h.service.dispose();
  });
});

describe('a shared save the disk refuses', () => {
  it('keeps every change, reports the failure, answers every call, and saves them all once the disk works', async () => {
    const holding = holdingFs('open');
    const { fs } = holding;
    const h = await startService(root, { fs, retryDelaysMs: [60_000] });
    const before = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Rapid'] });
    const bytes = await readFile(path.join(h.setDir, SIDECAR));
    fs.arm({ step: 'write', code: 'ENOSPC' });

    const answers = await heldBurst(h, holding, 2, CALLS);
    // As with a save of one change: the calls succeed, the changes are kept in memory, the window is told.
    expect(answers.every((a) => a.result.ok)).toBe(true);
    const ids = [before.annotation.id, ...answers.map((a) => idOf(a.result))];
    expect(fs.fired).toBe(2);
    const failed = h.events.filter((e) => e.type === 'saveFailed' && e.file === SEED);
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ sidecar: SIDECAR, reason: expect.stringMatching(/disk is full \(ENOSPC while writing\)/u) });
    expect((await readFile(path.join(h.setDir, SIDECAR))).equals(bytes)).toBe(true);
    expect((await h.ok('openArticle', { file: SEED })).annotations.map((a) => a.id)).toEqual(ids);
    expect(await h.service.flush()).toEqual({ unsaved: [SEED] });

    fs.disarm();
    expect(await h.service.flush()).toEqual({ unsaved: [] });
    expect(h.events.at(-1)).toEqual({ type: 'saved', file: SEED, sidecar: SIDECAR });
    expect(sidecarIds(h)).toEqual(ids);
    h.service.dispose();
  });
});
