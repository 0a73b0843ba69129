/**
 * The whole-text fuzzy pass: the pigeonhole filter (fuzzy.ts) and its piece
 * finders (piece-index.ts). The filter must be lossless: it returns exactly
 * what a Myers scan of the whole text with the same budget returns.
 */
import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filteredSearch, findFuzzy, findFuzzyInWholeText, type CollapsedQuote } from './fuzzy';
import { TYPO_SIMILARITY, errorBudget, wholeTextBudget } from './fuzzy-rules';
import { GramIndex, IndexOfFinder, type PieceFinder } from './piece-index';

/** A finder that records what it was asked and what it answered. */
function spy(inner: PieceFinder) {
  const calls: { piece: string; hits: number | null }[] = [];
  const finder: PieceFinder = {
    find(piece, limit) {
      const hits = inner.find(piece, limit);
      calls.push({ piece, hits: hits ? hits.length : null });
      return hits;
    },
  };
  return { finder, calls };
}

const filler = (n: number, seed: number): string => {
  const words = ['harbour', 'lantern', 'orchard', 'quarry', 'meadow', 'cobalt', 'ferry', 'granite', 'willow', 'saffron', 'tundra', 'pylon'];
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(words[state % words.length] as string);
  }
  return out.join(' ');
};

describe('wholeTextBudget', () => {
  it('is the most errors rule (a) accepts (similarity >= 0.9), 0 below 10 units, capped like errorBudget', () => {
    expect(wholeTextBudget(9)).toBe(0);
    expect(wholeTextBudget(10)).toBe(1);
    expect(wholeTextBudget(19)).toBe(1);
    expect(wholeTextBudget(20)).toBe(2);
    expect(wholeTextBudget(100)).toBe(10);
    expect(wholeTextBudget(1000)).toBe(errorBudget(1000));
    for (let m = 1; m < 400; m++) {
      const k = wholeTextBudget(m);
      if (k < errorBudget(m)) expect(1 - (k + 1) / m).toBeLessThan(TYPO_SIMILARITY);
      if (k > 0) expect(1 - k / m).toBeGreaterThanOrEqual(TYPO_SIMILARITY);
    }
  });
});

describe('filteredSearch', () => {
  const sentence = 'The delegates signed a protocol on river transport in Vienna late on Tuesday.';
  const text = `${filler(3000, 1)} ${sentence} ${filler(3000, 2)}`;

  it('finds a typo-fixed quote through its pieces, as the full scan does', () => {
    const quote = sentence.replace('protocol', 'protocoll').replace('Tuesday', 'Teusday');
    const k = wholeTextBudget(quote.length);
    const { finder, calls } = spy(new GramIndex(text));
    const found = filteredSearch(text, quote, k, finder);
    expect(found).toEqual(search(text, quote, k));
    expect(found.map((m) => text.slice(m.start, m.end))).toContain(sentence);
    expect(calls.length).toBeGreaterThan(k); // one lookup per piece, none refused
    expect(calls.every((c) => c.hits !== null)).toBe(true);
  });

  it('has no candidate at all for a deleted quote', () => {
    const quote = 'Parliament adjourned the debate on the fishing quota until further notice.';
    const { finder, calls } = spy(new GramIndex(text));
    expect(filteredSearch(text, quote, wholeTextBudget(quote.length), finder)).toEqual([]);
    expect(calls.every((c) => c.hits !== null)).toBe(true);
    expect(calls.reduce((sum, c) => sum + (c.hits ?? 0), 0)).toBeLessThan(5);
  });

  it('falls back to the full scan for a quote of very common words, with the same result', () => {
    const common = Array.from({ length: 4000 }, () => 'the talks and the deal').join(' ');
    const quote = 'the talks and the deel the talks and the deal the talks';
    const k = wholeTextBudget(quote.length);
    const { finder, calls } = spy(new GramIndex(common));
    const found = filteredSearch(common, quote, k, finder);
    expect(calls.some((c) => c.hits === null)).toBe(true); // refused: too many hits
    expect(found).toEqual(search(common, quote, k));
    expect(found.length).toBeGreaterThan(0);
  });

  it('returns what the full Myers scan returns, on random texts and quotes (GramIndex with collisions, and indexOf)', () => {
    const UNLIMITED = { maxRegionShare: Infinity, maxHitsPerUnit: Infinity };
    let withMatches = 0;
    const alphabet = ['ab', 'ba', 'abc', 'ca', 'b', 'aab', 'cab', 'bca', 'a'];
    const textArb = fc.array(fc.constantFrom(...alphabet), { minLength: 20, maxLength: 160 }).map((w) => w.join(' '));
    const editArb = fc.array(fc.tuple(fc.nat(), fc.constantFrom('sub', 'ins', 'del'), fc.constantFrom('a', 'b', 'c', ' ', 'x')), { maxLength: 8 });
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: 10, max: 80 }), editArb, (text, at, length, edits) => {
        const from = at % Math.max(1, text.length - 10);
        let quote = text.slice(from, from + length);
        for (const [where, op, ch] of edits) {
          const i = where % (quote.length + 1);
          quote = op === 'ins' ? quote.slice(0, i) + ch + quote.slice(i) : quote.slice(0, i) + (op === 'sub' ? ch : '') + quote.slice(i + 1);
        }
        const k = wholeTextBudget(quote.length);
        fc.pre(k >= 1);
        const full = search(text, quote, k);
        if (full.length > 0) withMatches++;
        // No limit: the filter itself is checked, never its plain-scan fallback.
        expect(filteredSearch(text, quote, k, new GramIndex(text, 3, 4), UNLIMITED)).toEqual(full);
        expect(filteredSearch(text, quote, k, new GramIndex(text), UNLIMITED)).toEqual(full);
        expect(filteredSearch(text, quote, k, new IndexOfFinder(text), UNLIMITED)).toEqual(full);
        expect(filteredSearch(text, quote, k, new GramIndex(text))).toEqual(full); // default limits
        // And the decision made on them: same accepted match, filtered or not.
        const collapsed: CollapsedQuote = { exact: quote, prefix: text.slice(Math.max(0, from - 12), from), suffix: text.slice(from + length, from + length + 12) };
        const expected = from;
        expect(findFuzzyInWholeText(text, collapsed, expected, new GramIndex(text, 3, 4), UNLIMITED)).toEqual(findFuzzyInWholeText(text, collapsed, expected));
      }),
      { numRuns: 200, seed: 20250301 },
    );
    expect(withMatches).toBeGreaterThan(100); // most runs compare real matches, not two empty lists
  });
});

describe('findFuzzy: rule (b) only near the expected place', () => {
  const quote: CollapsedQuote = {
    exact: 'Leaders agreed on a short joint statement today.',
    prefix: 'Before it: the summit opened. ',
    suffix: ' After it: questions.',
  };
  const reworded = 'Before it: the summit opened. Leaders agreed on a brief joint statement on Friday. After it: questions.';

  it('accepts a reworded quote (similarity 0.75-0.9, agreeing context) in the window, not far away', () => {
    const far = `${filler(1000, 3)} ${reworded}`;
    const at = far.indexOf('Leaders');
    expect(findFuzzy(far, quote, at)).toMatchObject({ start: at });
    // The same passage, far beyond the window of the expected place: an honest orphan.
    expect(findFuzzy(far, quote, 0, () => new GramIndex(far))).toBeNull();
    expect(findFuzzy(far, quote, 0)).toBeNull();
  });

  it('still finds a typo-fixed quote (similarity >= 0.9) anywhere, and builds the index only then', () => {
    const typo: CollapsedQuote = { ...quote, exact: 'Leaders agreed on a shrot joint statement today.' };
    const text = `${filler(1000, 4)} Before it: the summit opened. Leaders agreed on a short joint statement today. After it: questions.`;
    let built = 0;
    const lazy = () => {
      built++;
      return new GramIndex(text);
    };
    const at = text.indexOf('Leaders');
    expect(findFuzzy(text, typo, 0, lazy)).toMatchObject({ start: at, end: at + typo.exact.length });
    expect(built).toBe(1);
    expect(findFuzzy(text, typo, at, lazy)).toMatchObject({ start: at }); // found in the window: no index needed
    expect(built).toBe(1);
  });
});
