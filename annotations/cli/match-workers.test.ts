import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClaims } from '../matching/claim-matches';
import { writeAnnotatedSeedSet } from '../node/annotated-seed-set';
import { readMatchInput, type MatchInput } from './match-input';
import { matchPieces, MAX_WORKERS, MIN_CLAIMS_PER_WORKER, workerCount } from './match-workers';

describe('workerCount', () => {
  const cores = os.availableParallelism();
  const all = Math.min(cores, MAX_WORKERS);

  it('takes one worker per idle core, up to MAX_WORKERS, on a large set', () => {
    expect(workerCount(100_000, undefined, 0)).toBe(all > 1 ? all : 0);
    const oneBusy = Math.min(cores, MAX_WORKERS, Math.max(cores - 1, 2));
    expect(workerCount(100_000, undefined, 1)).toBe(oneBusy > 1 ? oneBusy : 0);
  });

  it('on busy cores, takes two threads split by stage (about the CPU of one) for a large set', () => {
    expect(workerCount(100_000, undefined, cores)).toBe(cores > 1 ? 2 : 0);
    expect(workerCount(100_000, undefined, 100)).toBe(cores > 1 ? 2 : 0);
  });

  it('keeps to the main thread on a small set, on one core, or when asked', () => {
    expect(workerCount(2 * MIN_CLAIMS_PER_WORKER - 1, undefined, 0)).toBe(0);
    expect(workerCount(2 * MIN_CLAIMS_PER_WORKER - 1, undefined, cores)).toBe(0);
    expect(workerCount(100_000, 1, 0)).toBe(0);
  });

  it('takes the number asked for, whatever the set and the load', () => {
    expect(workerCount(10, 3, cores)).toBe(3);
  });
});

describe('matchPieces, while the output has not taken what it was given', () => {
  const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/match-worker.cjs');
  let folder = '';
  let input: MatchInput;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-backlog-'));
    await writeAnnotatedSeedSet(folder);
    input = await readMatchInput(folder);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** A backlog that holds the first time it is asked, until released; then never again. */
  function heldOnce() {
    let release = () => {};
    let asked = 0;
    const backlog = () => (++asked === 1 ? new Promise<void>((resolve) => (release = resolve)) : undefined);
    return { backlog, release: () => release() };
  }

  for (const workers of [0, 2, 3]) {
    const title = workers === 0 ? 'on one thread, makes no more pieces until it has' : `on ${workers} threads, hands out no more runs until it has, and writes those already out`;
    it(title, async () => {
      const claims = setClaims(input.placed).length;
      expect(claims).toBeGreaterThan(40);
      const { backlog, release } = heldOnce();
      const written: number[] = [];
      const done = matchPieces(input, { format: 'json', workers, workerScript: WORKER }, (piece) => written.push(piece.claims), backlog);
      // The workers first build their index each, which takes long on a busy machine: the first piece is waited for,
      // then long enough for every other piece to have come, had nothing held them.
      if (workers > 0) await until(() => written.length > 0, 20_000);
      await new Promise((resolve) => setTimeout(resolve, workers === 0 ? 200 : 1500));
      const whileHeld = written.reduce((n, c) => n + c, 0);
      if (workers === 0) expect(written).toEqual([1]);
      else {
        expect(whileHeld).toBeGreaterThan(0);
        expect(whileHeld).toBeLessThan(claims);
      }
      release();
      await done;
      expect(written.reduce((n, c) => n + c, 0)).toBe(claims);
    }, 30_000);
  }
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
