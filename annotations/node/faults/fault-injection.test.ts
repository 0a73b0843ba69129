/**
 * Guarantee 2: a save that fails at any step, with any of the usual errors,
 * loses nothing. For each of the 6 steps of a save × 4 error codes (24 cases),
 * through the real service and store with an injected filesystem layer:
 * - the call still succeeds: the annotation exists and stays in memory;
 * - the window is told: a `saveFailed` event names the sidecar and the reason;
 * - the previous sidecar stays byte-identical (for a failed folder fsync,
 *   which comes after the rename, the file holds the new content: complete,
 *   valid, and saved again for durability); no temporary file is left;
 * - once the disk works again the retry saves it, and a `saved` event says so.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSidecar, sidecarNameFor } from '../../sidecar/schema';
import { WRITE_STEPS } from '../atomic-write';
import { faultyFs } from './faulty-fs';
import { passage, removeRoot, SEED, startService, tempRoot } from './service-harness';

const CODES = ['EIO', 'ENOSPC', 'EACCES', 'EPERM'] as const;
const SIDECAR = sidecarNameFor(SEED);
const WORDS: Record<(typeof CODES)[number], RegExp> = {
  EIO: /input\/output error/u,
  ENOSPC: /disk is full/u,
  EACCES: /permission denied/u,
  EPERM: /not permitted/u,
};

let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-faults-');
});
afterEach(async () => {
  await removeRoot(root);
});

async function until(check: () => boolean, what: string): Promise<void> {
  await untilAsync(async () => check(), what);
}

async function untilAsync(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe(`a save failing at each step with each error (${WRITE_STEPS.length * CODES.length} cases)`, () => {
  const cases = WRITE_STEPS.flatMap((step) => CODES.map((code) => [step, code] as const));

  it.each(cases)('%s fails with %s: reported, kept, the old file intact, saved on retry', { timeout: 30_000 }, async (step, code) => {
    const fs = faultyFs();
    const h = await startService(root, { fs, retryDelaysMs: [40] });
    const sidecarPath = path.join(h.setDir, SIDECAR);
    const first = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Before'] });
    const before = await readFile(sidecarPath);

    fs.arm({ step, code });
    const second = await h.ok('createAnnotation', { ...(await passage(h.setDir, 2)), tags: ['During'] });
    expect(fs.fired).toBeGreaterThan(0);

    const failed = h.events.find((e) => e.type === 'saveFailed' && e.file === SEED);
    expect(failed).toMatchObject({ type: 'saveFailed', file: SEED, sidecar: SIDECAR });
    if (failed?.type === 'saveFailed') {
      expect(failed.reason).toContain(SIDECAR);
      expect(failed.reason).toContain(code);
      expect(failed.reason).toMatch(WORDS[code]);
    }
    const during = await readFile(sidecarPath);
    if (step === 'dir-fsync') {
      expect(parseSidecar(during.toString('utf8'), SIDECAR).annotations.map((a) => a.id)).toEqual([first.annotation.id, second.annotation.id]);
    } else {
      expect(during.equals(before)).toBe(true);
    }
    // A retry (every 40 ms here) may be writing its own temporary file at this moment, and removes it when it fails: none may stay.
    await untilAsync(async () => (await readdir(h.setDir)).every((name) => !name.endsWith('.ra-tmp')), 'no temporary file left');
    // Still there for the analyst, in memory.
    const view = await h.ok('openArticle', { file: SEED });
    expect(view.annotations.map((a) => a.id)).toEqual([first.annotation.id, second.annotation.id]);

    fs.disarm();
    await until(() => h.events.some((e) => e.type === 'saved' && e.file === SEED), 'the retry');
    const after = parseSidecar(await readFile(sidecarPath, 'utf8'), SIDECAR);
    expect(after.annotations.map((a) => a.id)).toEqual([first.annotation.id, second.annotation.id]);
    expect(await h.service.flush()).toEqual({ unsaved: [] });
    h.service.dispose();
  });
});

describe('while a save keeps failing', () => {
  it('closing the set is refused with the reason, and flush lists the article; nothing is lost once the disk works', async () => {
    const fs = faultyFs();
    const h = await startService(root, { fs, retryDelaysMs: [60_000] });
    fs.arm({ step: 'write', code: 'ENOSPC' });
    const created = await h.ok('createAnnotation', { ...(await passage(h.setDir, 3)), tags: ['Kept'] });
    expect(await h.service.flush()).toEqual({ unsaved: [SEED] });
    const refused = await h.call('closeSet', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/not saved yet/u);

    fs.disarm();
    expect((await h.call('closeSet', {})).ok).toBe(true);
    const stored = parseSidecar(await readFile(path.join(h.setDir, SIDECAR), 'utf8'), SIDECAR);
    expect(stored.annotations.map((a) => a.id)).toEqual([created.annotation.id]);
    h.service.dispose();
  });
});
