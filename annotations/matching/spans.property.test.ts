/**
 * spans.ts answers in one sweep or by search what a filter over every span
 * answers: these properties hold it to the filter, on random spans that
 * overlap, nest, touch and repeat.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, outside, type TextSpan } from './spans';

const LENGTH = 200;
const span = fc
  .tuple(fc.integer({ min: 0, max: LENGTH - 1 }), fc.integer({ min: 1, max: 30 }))
  .map(([start, width]): TextSpan => ({ start, end: Math.min(LENGTH, start + width) }));
const spans = fc.array(span, { maxLength: 40 });

describe('outside (property)', () => {
  it('keeps exactly the items no span overlaps, in their order', () => {
    fc.assert(
      fc.property(spans, spans, (items, others) => {
        const expected = items.filter((q) => !others.some((d) => q.start < d.end && d.start < q.end));
        expect(outside(items, others)).toEqual(expected);
      }),
    );
  });
});

describe('boundsOf (property)', () => {
  it('finds where the spans before and after each one end and start, as a filter over all of them does', () => {
    fc.assert(
      fc.property(spans.filter((all) => all.length > 0), (all) => {
        for (const q of all) {
          const previous = all.filter((o) => o.end <= q.start).reduce((end, o) => Math.max(end, o.end), 0);
          const next = all.filter((o) => o.start >= q.end).reduce((start, o) => Math.min(start, o.start), LENGTH);
          expect(boundsOf(q, all, LENGTH)).toEqual({ previous, next });
        }
      }),
    );
  });
});
