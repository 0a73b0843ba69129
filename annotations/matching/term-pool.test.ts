import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermPool } from './term-pool';

describe('TermPool', () => {
  it('gives back what was stored for every passage still there, across removals and packing (property)', () => {
    const op = fc.oneof(
      fc.record({ set: fc.nat(200), terms: fc.array(fc.nat(5000), { maxLength: 40 }) }),
      fc.record({ remove: fc.nat(200) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const pool = new TermPool();
        const stored = new Map<number, number[]>();
        for (const o of ops) {
          if ('set' in o) {
            if (stored.has(o.set) || o.terms.length === 0) continue;
            pool.set(o.set, Int32Array.from(o.terms), Uint16Array.from(o.terms, (t) => t % 7));
            stored.set(o.set, o.terms);
          } else if (stored.has(o.remove)) {
            pool.delete(o.remove);
            stored.delete(o.remove);
          }
        }
        for (const [id, terms] of stored) {
          const from = pool.offsets[id] as number;
          expect(pool.lengths[id]).toBe(terms.length);
          expect([...pool.ids.subarray(from, from + terms.length)]).toEqual(terms);
          expect([...pool.counts.subarray(from, from + terms.length)]).toEqual(terms.map((t) => t % 7));
        }
      }),
    );
  });
});
