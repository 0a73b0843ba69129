/**
 * Properties of anchoring under random edits (fast-check, fixed seeds).
 *
 * Edit outside the selection: the quote is still in the text, so the result is
 * exact or moved and slices to the quote. It is at the shifted place unless the
 * edit made a repeat of the quote whose context agrees at least as well as the
 * true place's (then no engine could tell them apart; accepting it is honest).
 * Edit inside: exact/moved when the quote still exists verbatim (a no-op edit,
 * or a repeat elsewhere), else fuzzy with a score in [0, 1] or an orphan: an
 * orphan only when the quote is really gone. Never throws.
 * No edit at all: every annotation of the text exactly where it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { anchorAll, anchorAnnotation } from './anchor';
import { contextScore } from './context';
import { describeRange } from './describe';

const pieces = ['the', 'talks', 'resume', 'in', 'May', 'minister', 'said', 'deal', 'peace', ' ', ' ', '\u00A0', '\n', '\n\n', '😀', '🇦🇲', '.', ','];
const articleArb = fc.array(fc.constantFrom(...pieces), { minLength: 8, maxLength: 80 }).map((p) => p.join(''));
const insertArb = fc.array(fc.constantFrom(...pieces, 'X', 'q'), { minLength: 0, maxLength: 6 }).map((p) => p.join(''));

interface Scenario {
  points: string[];
  start: number;
  end: number;
}

const scenarioArb = articleArb
  .filter((text) => Array.from(text).length >= 4)
  .chain((text) => {
    const n = Array.from(text).length;
    return fc
      .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 40 }))
      .map(([start, length]): Scenario => ({ points: Array.from(text), start, end: Math.min(n, start + length) }));
  });

function annotationOf({ points, start, end }: Scenario) {
  const index = new CodePointIndex(points.join(''));
  const { quote, position } = describeRange(index, start, end);
  return createAnnotation({ id: 'urn:uuid:p', now: '2025-01-01T00:00:00.000Z', source: 'p.txt', quote, position, tags: [] });
}

describe('anchoring properties', () => {
  it('finds the quote at its shifted place after an edit outside the selection', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), fc.nat(), fc.nat({ max: 8 }), insertArb, (s, before, at, cut, inserted) => {
        const n = s.points.length;
        // An edit [from, from + cut) -> inserted, entirely before or entirely after the selection.
        const from = before ? at % (s.start + 1) : s.end + (at % (n - s.end + 1));
        const removed = before ? Math.min(cut, s.start - from) : Math.min(cut, n - from);
        const points = [...s.points.slice(0, from), ...Array.from(inserted), ...s.points.slice(from + removed)];
        const text = points.join('');
        const delta = before ? Array.from(inserted).length - removed : 0;
        const expected = s.start + delta;
        const exact = s.points.slice(s.start, s.end).join('');
        const annotation = annotationOf(s);
        const index = new CodePointIndex(text);
        const result = anchorAnnotation(index, annotation);

        expect(['exact', 'moved']).toContain(result.status);
        if (result.start === null) return;
        expect(index.slice(result.start, result.end)).toBe(exact);
        if (result.start !== expected) {
          const quote = annotation.target.selector[0] as { prefix: string; suffix: string };
          const score = (cp: number) => {
            const u = index.toUtf16(cp);
            return contextScore(text, u, u + exact.length, quote);
          };
          expect(score(result.start)).toBeGreaterThanOrEqual(score(expected));
        }
        expect(anchorAll(index, [annotation])).toEqual([result]);
      }),
      { numRuns: 300, seed: 20250101 },
    );
  });

  it('after an edit inside the selection: exact or moved while the quote is still in the text, else fuzzy (score in [0, 1]) or an orphan; never throws', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat({ max: 6 }), insertArb, (s, at, cut, inserted) => {
        const from = s.start + (at % (s.end - s.start));
        const removed = Math.min(cut, s.end - from);
        const points = [...s.points.slice(0, from), ...Array.from(inserted), ...s.points.slice(from + removed)];
        const text = points.join('');
        const index = new CodePointIndex(text);
        const exact = s.points.slice(s.start, s.end).join('');
        const result = anchorAnnotation(index, annotationOf(s));

        if (holdsVerbatim(points, Array.from(exact))) {
          // Still there (a no-op edit, or a repeat elsewhere): found, never approximated or lost.
          expect(['exact', 'moved']).toContain(result.status);
          if (points.join('') === s.points.join('')) expect(result).toEqual({ status: 'exact', start: s.start, end: s.end });
        }
        if (result.status === 'orphan') {
          expect(holdsVerbatim(points, Array.from(exact))).toBe(false);
          return;
        }
        expect(result.start).toBeGreaterThanOrEqual(0);
        expect(result.end).toBeLessThanOrEqual(index.length);
        expect(result.end).toBeGreaterThan(result.start);
        if (result.status === 'fuzzy') {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
        } else {
          expect(index.slice(result.start, result.end)).toBe(exact); // the quote still exists verbatim
        }
      }),
      { numRuns: 300, seed: 20250102 },
    );
  });

  it('finds every annotation of an unedited text exactly where it was', () => {
    const rangesArb = articleArb
      .filter((text) => Array.from(text).length >= 4)
      .chain((text) => {
        const n = Array.from(text).length;
        const range = fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 40 })).map(([start, length]) => ({ start, end: Math.min(n, start + length) }));
        return fc.tuple(fc.constant(Array.from(text)), fc.array(range, { minLength: 1, maxLength: 12 }));
      });
    fc.assert(
      fc.property(rangesArb, ([points, ranges]) => {
        const index = new CodePointIndex(points.join(''));
        const annotations = ranges.map((r, i) => ({ ...annotationOf({ points, ...r }), id: `urn:uuid:p${i}` }));
        const expected = ranges.map(({ start, end }) => ({ status: 'exact', start, end }));
        expect(anchorAll(index, annotations)).toEqual(expected);
        expect(annotations.map((a) => anchorAnnotation(index, a))).toEqual(expected);
      }),
      { numRuns: 200, seed: 20250103 },
    );
  });
});

/** `quote` stands in `points` as whole code points (what exact search can find). */
function holdsVerbatim(points: readonly string[], quote: readonly string[]): boolean {
  for (let at = 0; at + quote.length <= points.length; at++) {
    if (quote.every((p, i) => points[at + i] === p)) return true;
  }
  return false;
}
