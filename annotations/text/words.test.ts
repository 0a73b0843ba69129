import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from './code-points';
import { adjustByWord, nextWordEnd, nextWordStart, previousWordEnd, previousWordStart } from './words';

const at = (text: string) => new CodePointIndex(text);

/** The oracle: every word of the whole text, segmented at once, in code points. */
function allWords(text: string): { start: number; end: number }[] {
  const index = new CodePointIndex(text);
  return [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => ({ start: index.toCodePoint(s.index), end: index.toCodePoint(s.index + s.segment.length) }));
}

describe('word boundaries', () => {
  const text = 'Rubio said, “a deal is near.” Then: silence';

  it('steps over punctuation and spaces to the next word', () => {
    // "said" ends at 10; from there the next word end is "a" (14).
    expect(nextWordEnd(at(text), 10)).toBe(14);
    expect(previousWordEnd(at(text), 14)).toBe(10);
    expect(nextWordStart(at(text), 0)).toBe(6);
    expect(previousWordStart(at(text), 6)).toBe(0);
  });

  it('finds nothing past the edges of the text', () => {
    expect(nextWordEnd(at(text), text.length)).toBeNull();
    expect(previousWordStart(at(text), 0)).toBeNull();
    expect(previousWordEnd(at('  word'), 3)).toBeNull();
  });

  it('counts code points, not UTF-16 units', () => {
    const emoji = '😀😀 alpha beta';
    // Two astral characters are two code points: "alpha" spans 3..8.
    expect(nextWordEnd(at(emoji), 3)).toBe(8);
    expect(previousWordStart(at(emoji), 9)).toBe(3);
  });

  it('keeps at least one word when shrinking', () => {
    expect(adjustByWord(at(text), 0, 5, 'shrinkEnd')).toBeNull();
    expect(adjustByWord(at(text), 0, 5, 'shrinkStart')).toBeNull();
    expect(adjustByWord(at(text), 0, 10, 'shrinkEnd')).toEqual({ start: 0, end: 5 });
    expect(adjustByWord(at(text), 0, 10, 'shrinkStart')).toEqual({ start: 6, end: 10 });
    expect(adjustByWord(at(text), 6, 10, 'extendStart')).toEqual({ start: 0, end: 10 });
    expect(adjustByWord(at(text), 6, 10, 'extendEnd')).toEqual({ start: 6, end: 14 });
  });

  it('finds words far away in a long text (the search window grows)', () => {
    const long = `start${' '.repeat(5000)}end`;
    expect(nextWordEnd(at(long), 5)).toBe(5008);
    expect(previousWordEnd(at(long), 5005)).toBe(5);
  });

  it('agrees with segmenting the whole text at once, anywhere in any text', () => {
    const piece = fc.constantFrom('word', ' ', '  ', ', ', '.', '😀', 'naïve', 'é', '\n', 'ab12', '—', 'x'.repeat(300), ' '.repeat(300), '東京');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.nat(), (text, seed) => {
        const index = at(text);
        const offset = index.length === 0 ? 0 : seed % (index.length + 1);
        const words = allWords(text);
        expect(nextWordEnd(index, offset)).toBe(words.find((w) => w.end > offset)?.end ?? null);
        expect(previousWordEnd(index, offset)).toBe(words.findLast((w) => w.end < offset)?.end ?? null);
        expect(nextWordStart(index, offset)).toBe(words.find((w) => w.start > offset)?.start ?? null);
        expect(previousWordStart(index, offset)).toBe(words.findLast((w) => w.start < offset)?.start ?? null);
      }),
      { numRuns: 300 },
    );
  });
});
