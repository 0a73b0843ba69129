import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthLargest } from './select';

describe('kthLargest', () => {
  it('is the k-th value of the list sorted from the largest (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((x) => x + 0), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (list, pick) => {
          const k = (pick % list.length) + 1;
          const sorted = [...list].sort((a, b) => b - a);
          expect(kthLargest(Float64Array.from(list), list.length, k)).toBe(sorted[k - 1]);
        },
      ),
    );
  });

  it('reads only the first n values, with many equal ones', () => {
    const values = Float64Array.from([0.5, 0.5, 0.5, 0.2, 0.9, 99, 99]);
    expect(kthLargest(values, 5, 1)).toBe(0.9);
    expect(kthLargest(Float64Array.from([0.5, 0.5, 0.5, 0.2, 0.9]), 5, 4)).toBe(0.5);
    expect(kthLargest(Float64Array.from([0.5, 0.5, 0.5, 0.2, 0.9]), 5, 5)).toBe(0.2);
  });

  it('refuses a k outside the list', () => {
    expect(() => kthLargest(new Float64Array(3), 3, 4)).toThrow(RangeError);
    expect(() => kthLargest(new Float64Array(3), 3, 0)).toThrow(RangeError);
  });
});
