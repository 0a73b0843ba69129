import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, MIN_CLAIMS_PER_WORKER, workerCount } from './match-workers';

describe('workerCount', () => {
  const cores = os.availableParallelism();
  const all = Math.min(cores, MAX_WORKERS);

  it('takes one worker per idle core, up to MAX_WORKERS, on a large set', () => {
    expect(workerCount(100_000, undefined, 0)).toBe(all > 1 ? all : 0);
    expect(workerCount(100_000, undefined, 1)).toBe(Math.min(cores - 1, MAX_WORKERS) > 1 ? Math.min(cores - 1, MAX_WORKERS) : 0);
  });

  it('keeps to the main thread when the cores are busy, on a small set, or when asked', () => {
    expect(workerCount(100_000, undefined, cores)).toBe(0);
    expect(workerCount(2 * MIN_CLAIMS_PER_WORKER - 1, undefined, 0)).toBe(0);
    expect(workerCount(100_000, 1, 0)).toBe(0);
  });

  it('takes the number asked for, whatever the set and the load', () => {
    expect(workerCount(10, 3, cores)).toBe(3);
  });
});
