/**
 * The benchmark harness itself, at smoke sizes: the generator's ground truth
 * is consistent, both strategies answer once per annotation, the grading
 * counts what it says, and the measures carry the expected ids. The figures
 * themselves are not tested (benchmarks are measurements, not tests).
 */
import { describe, expect, it } from 'vitest';
import { quoteSelectorOf } from '../annotations/model/annotation';
import { CodePointIndex } from '../annotations/text/code-points';
import { generate } from './reanchor/generate';
import { anchorHypothesis, matchQuote } from './reanchor/hypothesis-strategy';
import { grade, reanchor, run, SMOKE } from './reanchor/run';

describe('re-anchoring benchmark harness (smoke sizes)', () => {
  const report = reanchor(SMOKE);
  const { benchCase } = report;
  const editedIndex = new CodePointIndex(benchCase.edited);
  const originalIndex = new CodePointIndex(benchCase.original);

  it('is deterministic for a seed', () => {
    const again = generate(benchCase.options);
    expect(again.edited).toBe(benchCase.edited);
    expect(again.expected).toEqual(benchCase.expected);
    expect(generate({ ...benchCase.options, seed: benchCase.options.seed + 1 }).original).not.toBe(benchCase.original);
  });

  it('makes the requested number of annotations, and every kind of case', () => {
    expect(benchCase.annotations).toHaveLength(SMOKE.annotations);
    expect(benchCase.expected).toHaveLength(SMOKE.annotations);
    const { stats } = benchCase;
    expect(stats.typoFixed).toBeGreaterThan(0);
    expect(stats.deleted).toBeGreaterThan(0);
    expect(stats.deletedWithLookAlike).toBeGreaterThan(0);
    expect(stats.duplicateQuotes).toBeGreaterThan(0);
    expect(benchCase.original).toMatch(/\u00A0/);
    expect(benchCase.original.length).toBeGreaterThan(new CodePointIndex(benchCase.original).length); // astral characters
  });

  it('stores selectors that hold in the original text', () => {
    for (const annotation of benchCase.annotations) {
      const quote = quoteSelectorOf(annotation)!;
      const position = annotation.target.selector[1] as { start: number; end: number };
      expect(originalIndex.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it('has ground truth that slices to the quote, or to the quote with its typo fixed', () => {
    benchCase.expected.forEach((expected, i) => {
      const quote = quoteSelectorOf(benchCase.annotations[i]!)!.exact;
      if (expected.kind === 'deleted') {
        expect(expected.start).toBeNull();
        // A deleted passage is truly gone: its quote occurs nowhere in the edited text.
        expect(benchCase.edited.includes(quote)).toBe(false);
        return;
      }
      const found = editedIndex.slice(expected.start!, expected.end!);
      if (expected.kind === 'intact') expect(found).toBe(quote);
      else {
        expect(found).toBe(expected.expectedText);
        expect(found).not.toBe(quote);
        expect(Math.abs(found.length - quote.length)).toBeLessThanOrEqual(2 * 3); // a few one-letter fixes at most
      }
    });
  });

  it('gets one result per annotation from both strategies', () => {
    expect(report.ours.results).toHaveLength(SMOKE.annotations);
    expect(report.hypothesis.results).toHaveLength(SMOKE.annotations);
    expect(report.ours.ms).toHaveLength(SMOKE.runs);
    expect(report.hypothesis.ms).toHaveLength(SMOKE.runs);
  });

  it('grades wrong, missed and correct answers', () => {
    const expected = [
      { kind: 'intact', start: 0, end: 4, expectedText: 'abcd', lookAlike: false },
      { kind: 'intact', start: 5, end: 9, expectedText: 'efgh', lookAlike: false },
      { kind: 'deleted', start: null, end: null, expectedText: null, lookAlike: true },
      { kind: 'deleted', start: null, end: null, expectedText: null, lookAlike: false },
      { kind: 'typo-fixed', start: 10, end: 14, expectedText: 'ijkl', lookAlike: false },
    ] as const;
    const g = grade(expected, [{ start: 0, end: 4 }, { start: 5, end: 8 }, { start: 20, end: 24 }, null, null]);
    expect(g).toEqual({ correct: 2, wrong: 2, wrongOnDeleted: 1, wrongOnLookAlike: 1, wrongOnExisting: 1, missed: 1, missedTypoFixed: 1 });
  });

  it('follows Hypothesis: position first, exact occurrences, then the best fuzzy candidate with no minimum', () => {
    const text = 'alpha beta gamma. alpha beta delta.';
    expect(anchorHypothesis(text, { exact: 'beta', start: 6, end: 10 })).toEqual({ start: 6, end: 10 });
    expect(anchorHypothesis(text, { exact: 'beta', suffix: ' gamma', start: 20, end: 24 })).toEqual({ start: 6, end: 10 });
    expect(anchorHypothesis(text, { exact: 'beta', suffix: ' delta', start: 0, end: 4 })).toEqual({ start: 24, end: 28 });
    // Nothing like it, yet within quote.length / 2 errors: anchored anyway.
    expect(matchQuote(text, 'gamna')).not.toBeNull();
  });

  it('returns the measures under their ids', async () => {
    const measures = await run({ smoke: true, log: () => {} });
    expect(measures.map((m) => m.id)).toEqual([
      'reanchor-10k-ms',
      'reanchor-10k-hypothesis-ms',
      'reanchor-10k-speedup',
      'reanchor-10k-wrong',
      'reanchor-10k-hypothesis-wrong',
    ]);
    for (const m of measures) {
      expect(Number.isFinite(m.value)).toBe(true);
      expect(m.runs).toBe(SMOKE.runs);
    }
  });
});
