import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './alpha';
import { agreementCsv, agreementJson, agreementMarkdown } from './format';
import { compareCoders, type Coded, type ComparedArticle } from './report';
import { disagreements } from './disagreements';
import { segmentCounts } from './segments';
import { markCovered, wordsOf } from './units';

const TEXT = 'one two three four five six seven eight nine ten';
/** Code-point range of words [first, last] (1-based) of TEXT. */
function wordsRange(first: number, last: number): { start: number; end: number } {
  const words = wordsOf(TEXT);
  return { start: words.starts[first - 1]!, end: words.ends[last - 1]! };
}
function coded(id: string, tags: string[], range: { start: number; end: number }): Coded {
  return { id, tags, ...range };
}

describe('units', () => {
  it('are the word-like segments, in code points (an emoji before a word counts one)', () => {
    const words = wordsOf('😀 Hello, world. 3.14!');
    expect([...words.starts]).toEqual([2, 9, 16]);
    expect([...words.ends]).toEqual([7, 14, 20]);
  });

  it('a word counts as covered when a range covers one code point of it, not when it only touches it', () => {
    const words = wordsOf(TEXT);
    const covered = new Uint8Array(10);
    markCovered(words, 2, 3, covered); // the "e" of "one"
    markCovered(words, 13, 14, covered); // the space after "three": no word
    markCovered(words, 18, 19, covered); // the space after "four", up to "five" (exclusive)
    expect([...covered]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    markCovered(words, 18, 20, covered);
    expect([...covered]).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });
});

describe('compareCoders', () => {
  // A tags words 1–4 "X"; B tags words 3–6 "X/child" (a parent includes its children).
  const article: ComparedArticle = {
    file: 'a.txt',
    text: TEXT,
    a: [coded('a1', ['X'], wordsRange(1, 4))],
    b: [coded('b1', ['X/child'], wordsRange(3, 6))],
  };
  const report = compareCoders([article], [{ file: 'b.txt', why: 'only in the first copy' }], { overlap: 0.9 });

  it('per tag: alpha and kappa over the word values, a parent tag counting its children', () => {
    const x = report.tags.find((t) => t.tag === 'X')!;
    // A 1111000000, B 0011110000: κ = (0.6 − 0.52) / 0.48; α from the general form on the same units.
    expect(x.kappa).toBeCloseTo(0.08 / 0.48, 12);
    const a = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const b = [0, 0, 1, 1, 1, 1, 0, 0, 0, 0];
    expect(x.alpha).toBeCloseTo(krippendorffAlpha(a.map((v, i) => [v, b[i]!]), 'nominal')!, 12);
    expect(x.alpha).toBeCloseTo(1 - (19 * 2 * 4) / (2 * 12 * 8), 12);
    expect(x.units).toBe(10);
    // B's X/child segment counts under X; the two overlap by 2 of 6 words, below the threshold.
    expect(x.segments).toEqual({ agreed: 0, onlyA: 1, onlyB: 1 });
  });

  it('a child tag only B used: not defined for alpha where A never coded it', () => {
    const child = report.tags.find((t) => t.tag === 'X/child')!;
    // A 0000000000, B 0011110000: A's values never vary, so κ = 0; α is defined (B's values vary).
    expect(child.kappa).toBe(0);
    expect(child.usedByA).toBe(false);
    expect(child.segments).toEqual({ agreed: 0, onlyA: 0, onlyB: 1 });
  });

  it('overall pools every (word, tag) pair of the tags either coder used', () => {
    expect(report.tags.map((t) => t.tag)).toEqual(['X', 'X/child']);
    expect(report.overall.units).toBe(20);
    // Pooled table: X (2, 2, 2, 4) + X/child (a1b1 0, a1b0 0, a0b1 4, a0b0 6).
    const a = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, ...Array(10).fill(0)];
    const b = [0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0];
    expect(report.overall.alpha).toBeCloseTo(krippendorffAlpha(a.map((v, i) => [v, b[i]!]), 'nominal')!, 12);
  });

  it('a tag neither coder used (asked for with --tags) is not defined: null alpha and kappa', () => {
    const asked = compareCoders([article], [], { overlap: 0.9, tags: ['Nobody'] });
    expect(agreementJson(asked).tags).toEqual([{ tag: 'Nobody', alpha: null, kappa: null, units: 10, segments: { agreed: 0, onlyA: 0, onlyB: 0 } }]);
    expect(asked.overall).toEqual({ alpha: null, kappa: null, units: 10 });
  });

  it('identical coding is perfect agreement, with every segment agreed', () => {
    const same = compareCoders([{ ...article, b: article.a }], [], { overlap: 0.9 });
    expect(same.overall.alpha).toBe(1);
    expect(same.overall.kappa).toBe(1);
    expect(same.tags[0]!.segments).toEqual({ agreed: 1, onlyA: 0, onlyB: 0 });
  });

  it('no compared article: every figure is null over zero units', () => {
    const none = compareCoders([], [{ file: 'a.txt', why: 'the two copies hold different text under this name' }], { overlap: 0.9 });
    expect(agreementJson(none)).toEqual({
      compared: [],
      notCompared: [{ file: 'a.txt', why: 'the two copies hold different text under this name' }],
      overall: { alpha: null, kappa: null, units: 0 },
      tags: [],
    });
  });

  it('exports Markdown and CSV with "not defined" and empty cells', () => {
    const asked = compareCoders([article], [], { overlap: 0.9, tags: ['X', 'Nobody'] });
    const md = agreementMarkdown(asked, 'copy A', 'copy B');
    expect(md).toContain('| Nobody | not defined | not defined |');
    expect(md).toContain('- Coder A: copy A');
    const csv = agreementCsv(asked).split('\r\n');
    expect(csv[0]).toBe('tag,alpha,kappa,units,segments_agreed,segments_only_a,segments_only_b,segment_share');
    expect(csv[3]).toBe('Nobody,,,10,0,0,0,');
  });
});

describe('segment agreement', () => {
  it('agrees at the overlap threshold of the joint extent, one to one', () => {
    const a = [{ start: 0, end: 100 }];
    expect(segmentCounts(a, [{ start: 0, end: 90 }], 0.9)).toEqual({ agreed: 1, onlyA: 0, onlyB: 0 });
    expect(segmentCounts(a, [{ start: 0, end: 89 }], 0.9)).toEqual({ agreed: 0, onlyA: 1, onlyB: 1 });
    // One long segment cannot vouch for two short ones.
    expect(segmentCounts(a, [{ start: 0, end: 60 }, { start: 40, end: 100 }], 0.5)).toEqual({ agreed: 1, onlyA: 0, onlyB: 1 });
  });
});

describe('disagreements', () => {
  const at = (id: string, tags: string[], start: number, end: number): Coded => ({ id, tags, start, end });
  it('lists segments only one coded, different tags, and boundaries far apart, in text order; agreeing segments are not listed', () => {
    const a = [at('a1', ['X'], 0, 100), at('a2', ['X'], 200, 300), at('a3', ['Y'], 400, 500), at('a4', ['Z'], 600, 700)];
    const b = [at('b1', ['X'], 0, 98), at('b2', ['X'], 200, 240), at('b3', ['W'], 400, 500), at('b5', ['X'], 800, 900)];
    expect(disagreements(a, b, 0.9).map((d) => [d.kind, d.a?.id ?? null, d.b?.id ?? null, d.start, d.end])).toEqual([
      ['boundaries', 'a2', 'b2', 200, 300],
      ['differentTags', 'a3', 'b3', 400, 500],
      ['onlyA', 'a4', null, 600, 700],
      ['onlyB', null, 'b5', 800, 900],
    ]);
  });
});
