import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point';

describe('partitionPoint', () => {
  it('finds where a sorted list stops being below a value, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, limit) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scan = sorted.findIndex((v) => v >= limit);
        expect(partitionPoint(sorted.length, (i) => sorted[i]! < limit)).toBe(scan === -1 ? sorted.length : scan);
      }),
    );
  });

  it('is 0 for an empty range, and asks only inside it', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    const asked: number[] = [];
    expect(partitionPoint(8, (i) => (asked.push(i), true))).toBe(8);
    expect(asked.every((i) => i >= 0 && i < 8)).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(4);
  });
});
