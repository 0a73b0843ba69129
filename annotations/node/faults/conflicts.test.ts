/**
 * Guarantee 4: a sidecar changed on disk since it was read (another instance
 * of the app, a sync tool, a text editor) is never silently overwritten. It
 * is detected by content hash and merged; when both sides changed the same
 * annotation, ours stays in the sidecar and the other version is kept beside
 * it under a name that says so. Two instances on one set keep each other's work.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withNote } from '../../model/annotation';
import { parseSidecar, serializeSidecar, sidecarNameFor, type Sidecar } from '../../sidecar/schema';
import { foreignAnnotation, type Harness, passage, removeRoot, SEED, startService, tempRoot } from './service-harness';

const SIDECAR = sidecarNameFor(SEED);
/** A call with its save, allowed far more than it takes: only a hang fails, not a busy machine. */
const PER_CALL_MS = 1_000;
let root: string;
const running: Harness[] = [];

beforeEach(async () => {
  root = await tempRoot('annotator-conflicts-');
});
afterEach(async () => {
  for (const h of running.splice(0)) h.service.dispose();
  await removeRoot(root);
});

async function start(options: Parameters<typeof startService>[1] = {}, dataName = 'data'): Promise<Harness> {
  const h = await startService(root, options, dataName);
  running.push(h);
  return h;
}

async function onDisk(h: Harness): Promise<Sidecar> {
  return parseSidecar(await readFile(path.join(h.setDir, SIDECAR), 'utf8'), SIDECAR);
}

/** Another program rewrites the sidecar. */
async function editOnDisk(h: Harness, change: (sidecar: Sidecar) => Sidecar): Promise<void> {
  await writeFile(path.join(h.setDir, SIDECAR), serializeSidecar(change(await onDisk(h))));
}

describe('a sidecar changed on disk while the set is open', () => {
  it('merges when the two sides changed different annotations, and says so', async () => {
    const h = await start();
    const mine = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Mine'] });
    const theirs = foreignAnnotation('urn:uuid:theirs', await passage(h.setDir, 2));
    await editOnDisk(h, (s) => ({ ...s, annotations: [...s.annotations, theirs] }));

    const next = await h.ok('createAnnotation', { ...(await passage(h.setDir, 3)), tags: ['Mine'] });
    expect((await onDisk(h)).annotations.map((a) => a.id)).toEqual([mine.annotation.id, next.annotation.id, theirs.id]);
    expect(h.events).toContainEqual({ type: 'merged', file: SEED, sidecar: SIDECAR, conflicts: 0 });
    expect(h.events).toContainEqual({ type: 'articleChanged', file: SEED });
    // The window, reopening the article, sees all three.
    expect((await h.ok('openArticle', { file: SEED })).annotations).toHaveLength(3);
    expect((await readdir(h.setDir)).filter((f) => f.includes('.conflict-'))).toEqual([]);
  });

  it('keeps a deletion made elsewhere, and a deletion made here', async () => {
    const h = await start();
    const a = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['T'] });
    const b = await h.ok('createAnnotation', { ...(await passage(h.setDir, 2)), tags: ['T'] });
    await editOnDisk(h, (s) => ({ ...s, annotations: s.annotations.filter((x) => x.id !== a.annotation.id) }));
    await h.ok('deleteAnnotation', { file: SEED, id: b.annotation.id });
    expect((await onDisk(h)).annotations).toEqual([]);
  });

  it('on a conflicting edit keeps ours in the sidecar and theirs beside it, byte for byte', async () => {
    const h = await start();
    const a = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['T'] });
    await editOnDisk(h, (s) => ({ ...s, annotations: s.annotations.map((x) => withNote(x, 'their note', '2025-02-01T00:00:00.000Z')) }));
    const theirBytes = await readFile(path.join(h.setDir, SIDECAR));

    await h.ok('updateAnnotation', { file: SEED, id: a.annotation.id, note: 'my note' });
    const merged = h.events.find((e) => e.type === 'merged');
    expect(merged).toMatchObject({ type: 'merged', file: SEED, conflicts: 1 });
    const keptAside = merged?.type === 'merged' ? merged.keptAside : undefined;
    expect(keptAside).toMatch(/^000_5070c6c1e48426b5\.txt\.annotations\.conflict-\d{8}T\d{6}Z\.json$/u);
    expect((await readFile(path.join(h.setDir, keptAside as string))).equals(theirBytes)).toBe(true);
    const stored = (await onDisk(h)).annotations[0];
    expect(JSON.stringify(stored?.body)).toContain('my note');
    // The copy is not taken for a sidecar of an article.
    expect((await h.ok('getSession', {})).set?.articles.map((x) => x.file)).not.toContain(keptAside);
  });

  it('never overwrites a sidecar that was replaced on disk by something it cannot read', async () => {
    const h = await start();
    await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['T'] });
    await writeFile(path.join(h.setDir, SIDECAR), '{ "half written');
    const refused = await h.call('createAnnotation', { ...(await passage(h.setDir, 2)), tags: ['T'] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.kind).toBe('conflict');
      expect(refused.error.message).toContain(SIDECAR);
    }
    expect(await readFile(path.join(h.setDir, SIDECAR), 'utf8')).toBe('{ "half written');
  });
});

describe('two instances of the app on one set', () => {
  it('keep each other’s annotations, saving in turn', async () => {
    const a = await start();
    const b = await start({ initialSet: a.setDir }, 'data-b');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const who = i % 2 === 0 ? a : b;
      ids.push((await who.ok('createAnnotation', { ...(await passage(a.setDir, i + 1)), tags: [`By ${i % 2 === 0 ? 'A' : 'B'}`] })).annotation.id);
    }
    expect((await onDisk(a)).annotations.map((x) => x.id).sort()).toEqual([...ids].sort());
  }, 6 * PER_CALL_MS + 10_000);

  it('keep each other’s annotations, saving at the same time (20 each)', async () => {
    const a = await start();
    const b = await start({ initialSet: a.setDir }, 'data-b');
    const made = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const who = i % 2 === 0 ? a : b;
        return (await who.ok('createAnnotation', { ...(await passage(a.setDir, i + 1)), tags: ['Busy'] })).annotation.id;
      }),
    );
    await Promise.all([a.service.flush(), b.service.flush()]);
    expect((await onDisk(a)).annotations.map((x) => x.id).sort()).toEqual([...made].sort());
  }, 40 * PER_CALL_MS + 10_000);
});
