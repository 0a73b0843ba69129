import { describe, expect, it } from 'vitest';
import { skeleton, termsOf } from './terms';

const terms = (text: string) => termsOf(text).map((t) => t.term);

describe('termsOf', () => {
  it('gives a country, its demonym and its capital one term', () => {
    expect(terms('Armenian')).toEqual(terms('Armenia'));
    expect(terms('Yerevan')).toEqual(terms('Armenia'));
    expect(terms('Baku')).toEqual(terms('Azerbaijani'));
    expect(terms('Türkiye')).toEqual(terms('Turkey'));
    expect(terms('the Kremlin')).toEqual(terms('Russia'));
  });

  it('reads multi-word forms whole, with their offsets', () => {
    const text = 'signed at the White House by the Democratic Republic of the Congo';
    const found = termsOf(text);
    expect(found.map((t) => t.term)).toEqual([...terms('sign'), '@united states', '@congo']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('White House');
    expect(text.slice(found[2]!.start, found[2]!.end)).toBe('Democratic Republic of the Congo');
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(terms('join us')).toEqual(['join']);
    expect(terms('the U.S. envoy')).toEqual(['@united states', ...terms('envoy')]);
  });

  it('reads a person named with a title as their surname alone', () => {
    expect(terms('Armenian Foreign Minister Ararat Mirzoyan')).toEqual(['@armenia', ...terms('Mirzoyan')]);
    expect(terms('U.S. Secretary of State Marco Rubio said')).toEqual(['@united states', ...terms('Rubio')]);
    expect(terms('Secretary of State Marco Rubio')).toEqual(terms('Rubio'));
  });

  it('reads a head of state or government named with a title as a leader too', () => {
    expect(terms('Azerbaijani President Ilham Aliyev')).toEqual(terms('Azerbaijani leader Aliyev'));
    expect(terms('U.S. President Donald J. Trump said')).toEqual(['@united states', ...terms('leader Trump')]);
    expect(terms('Prime Minister Nikol Pashinyan')).toEqual(terms('leader Pashinyan'));
    expect(terms('Vice President JD Vance')).toEqual(terms('Vance'));
    expect(terms('Foreign Minister Jeyhun Bayramov, Pashinyan')).toEqual(terms('Bayramov Pashinyan'));
    expect(terms('the prime minister met the president')).toEqual(terms('prime minister met president'));
  });

  it('stems content words and drops function words', () => {
    expect(terms('The agreements were signed')).toEqual(terms('agreement signing'));
  });
});

describe('skeleton', () => {
  it('makes transliterations of one name equal', () => {
    expect(skeleton('nakhichevan')).toBe(skeleton('nakhchivan'));
    expect(skeleton('zanguezur')).toBe(skeleton('zangezur'));
    expect(skeleton('pashinian')).toBe(skeleton('pashinyan'));
    expect(skeleton('aliyev')).toBe(skeleton('aliev'));
    expect(skeleton('pashinyan')).not.toBe(skeleton('aliyev'));
  });
});
