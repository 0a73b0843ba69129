import { describe, expect, it } from 'vitest';
import { fold, tokenize } from './tokens';

describe('tokenize', () => {
  it('folds accents and case, drops possessives, keeps offsets', () => {
    const text = 'Türkiye’s envoy met Thérèse Wagner.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['turkiye', 'envoy', 'met', 'therese', 'wagner']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]?.capital).toBe(true);
    expect(tokens[1]?.capital).toBe(false);
  });

  it('keeps numbers whole and splits hyphenated words', () => {
    expect(tokenize('over 100,000 people, a 32-kilometer strip, 2.5 hours').map((t) => t.word)).toEqual([
      'over', '100,000', 'people', 'a', '32', 'kilometer', 'strip', '2.5', 'hours',
    ]);
  });

  it('matches a number with trailing zeros after its point as the number, not three digits that group thousands', () => {
    // Story AD: "4.75%-5.00%" / "4.75%-5%", "5.25-5.50 per cent" / "5.5%".
    expect(tokenize('4.75%-5.00%, 5.50, 5.0 and 1.000 or 2.10').map((t) => t.stem)).toEqual(['4.75', '5', '5.5', '5', 'and', '1.000', 'or', '2.1']);
    expect(tokenize('4.75%-5.00%').map((t) => t.word)).toEqual(['4.75', '5.00']);
  });

  it('reads an initialism with dots as one word', () => {
    expect(tokenize('the U.S. and the US').map((t) => t.word)).toEqual(['the', 'us', 'and', 'the', 'us']);
  });

  it('stems inflections to one form and marks function words', () => {
    const [a, b, c] = tokenize('negotiations negotiated the');
    expect(a?.stem).toBe(b?.stem);
    expect(c?.stop).toBe(true);
    expect(a?.stop).toBe(false);
  });

  it('reads words of other scripts', () => {
    expect(tokenize('Ermenistan ile Azerbaycan арасында').map((t) => t.word)).toEqual(['ermenistan', 'ile', 'azerbaycan', 'арасында']);
    expect(fold('Nachitschewan')).toBe('nachitschewan');
  });
});
