/**
 * Guarantee 3: nothing pending is lost on close. The window sends a change and
 * is closed (or crashes) at once, without waiting for the answer; the app
 * flushes before it exits (electron/main.ts calls the service's flush on
 * quit). After a relaunch on the same data, every annotation is there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSidecar, sidecarNameFor } from '../../sidecar/schema';
import { passage, removeRoot, SEED, startService, tempRoot } from './service-harness';
import { trials } from './trials';

const TRIALS = trials(200, 40);
/** Per trial: two service starts, a save, a read. Generous, so that only a hang fails, not a busy machine. */
const PER_TRIAL_MS = 2_000;
let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-close-');
});
afterEach(async () => {
  await removeRoot(root);
});

describe('create, then close at once', () => {
  it(`keeps every annotation across ${TRIALS} close-and-relaunch trials`, async () => {
    const created: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const h = await startService(root);
      // Sent, not awaited: the window is gone before the answer comes back.
      const answer = h.call('createAnnotation', { ...(await passage(h.setDir, (trial % 150) + 1)), tags: [`Trial ${trial % 7}`] });
      await h.service.flush();
      h.service.dispose();
      // The process exits here: what is on disk now is all the next launch will find.
      const atExit = readFileSync(path.join(h.setDir, sidecarNameFor(SEED)), 'utf8');
      const result = await answer;
      expect(result.ok).toBe(true);
      if (result.ok) created.push(result.value.annotation.id);
      expect(parseSidecar(atExit, sidecarNameFor(SEED)).annotations.map((a) => a.id)).toEqual(created);

      const relaunched = await startService(root);
      const view = await relaunched.ok('openArticle', { file: SEED });
      relaunched.service.dispose();
      expect(view.annotations.map((a) => a.id)).toEqual(created);
    }
    expect(created).toHaveLength(TRIALS);
  }, TRIALS * PER_TRIAL_MS);
});
