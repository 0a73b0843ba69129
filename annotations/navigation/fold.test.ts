import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { foldedMatches, foldQuery, foldText, originalRange } from './fold';

/** Every match of `query` in `text`, as the original string at the reported code-point range. */
function found(text: string, query: string): string[] {
  const folded = foldText(text);
  const index = new CodePointIndex(text);
  return [...foldedMatches(folded, foldQuery(query))].map(({ from, to }) => {
    const { start, end } = originalRange(folded, from, to);
    return index.slice(start, end);
  });
}

describe('folding for search', () => {
  it('ignores case and accents, and reports the original spelling', () => {
    expect(found('Le Café de Flore, CAFE noir, café', 'cafe')).toEqual(['Café', 'CAFE', 'café']);
    // Dotless ı is a letter of its own (Azerbaijani, Turkish), not an accented i: it is not folded.
    expect(found('Ilham Əliyev in Bakı', 'baki')).toEqual([]);
    expect(found('Zürich and Zurich', 'ZÜRICH')).toEqual(['Zürich', 'Zurich']);
  });

  it('matches decomposed accents (NFD) as their composed forms, covering the combining mark', () => {
    const nfd = 'Cafe\u0301 society';
    expect(found(nfd, 'café')).toEqual(['Cafe\u0301']);
  });

  it('treats NBSP, line breaks and runs of spaces as one space', () => {
    expect(found('a peace\u00a0deal and a peace\n\n  deal', 'peace deal')).toEqual(['peace\u00a0deal', 'peace\n\n  deal']);
  });

  it('folds curly quotes, dashes, ß and ligatures', () => {
    expect(found('Armenia’s “deal” — soon', "armenia's \"deal\" - soon")).toEqual(['Armenia’s “deal” — soon']);
    expect(found('Straße', 'strasse')).toEqual(['Straße']);
    expect(found('the ﬁnal text', 'final')).toEqual(['ﬁnal']);
  });

  it('keeps code-point offsets right after emoji and other astral characters', () => {
    const text = '🇦🇲🤝🇦🇿 Peace 😀 deal, 𝒜 peace';
    const folded = foldText(text);
    const matches = [...foldedMatches(folded, foldQuery('PEACE'))].map(({ from, to }) => originalRange(folded, from, to));
    const points = Array.from(text);
    expect(matches.map(({ start, end }) => points.slice(start, end).join(''))).toEqual(['Peace', 'peace']);
    // Two regional indicators per flag, one code point for 🤝: "Peace" starts at code point 6.
    expect(matches[0]).toEqual({ start: 6, end: 11 });
    expect(found(text, '😀 deal')).toEqual(['😀 deal']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(found('anything', '')).toEqual([]);
    expect(found('anything', '   ')).toEqual([]);
  });
});
