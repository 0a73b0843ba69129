/**
 * The agreement benchmark harness at smoke sizes: it builds two copies, both
 * timed actions run on them, and the measure carries its id, its baseline
 * and its ratio. The figures themselves are not tested.
 */
import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('agreement benchmark harness (smoke sizes)', () => {
  it('measures agree against reading the same copies', async () => {
    const measures = await run({ smoke: true, log: () => {} });
    expect(measures.map((m) => m.id)).toEqual(['agree-2x10k-ms']);
    const [measure] = measures;
    expect(measure!.value).toBeGreaterThan(0);
    expect(measure!.baseline).toBeGreaterThan(0);
    expect(measure!.ratio).toBeCloseTo(measure!.value / measure!.baseline!, 0);
  }, 60_000);
});
