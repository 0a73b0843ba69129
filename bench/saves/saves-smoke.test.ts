/**
 * The saves benchmark harness at smoke sizes: a burst of tags on the heavy
 * article through the real service, the writes counted, every answer timed,
 * the measures under their ids with the read-and-parse baseline. The figures
 * themselves are not tested.
 */
import { describe, expect, it } from 'vitest';
import { run, SMOKE } from './run';

describe('saves benchmark harness (smoke sizes)', () => {
  it('counts the writes of a burst of tags and times the answers against reading the sidecar', async () => {
    const measures = await run({ smoke: true, log: () => {} });
    expect(measures.map((m) => m.id)).toEqual(['saves-1mb-5k-20-tags-writes', 'saves-1mb-5k-20-tags-answer-p95-ms', 'saves-1mb-5k-20-tags-answer-p50-ms', 'saves-1mb-5k-one-tag-ms']);
    const [writes, p95] = measures;
    expect(writes!.value).toBeGreaterThanOrEqual(1);
    expect(writes!.value).toBeLessThanOrEqual(SMOKE.tags);
    expect(p95!.value).toBeGreaterThan(0);
    expect(p95!.baseline).toBeGreaterThan(0);
  }, 60_000);
});
