import { describe, expect, it } from 'vitest';
import { stemOf } from './tokens';
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

  it('gives every other country and its people one term, not its capital (stories R, P and J)', () => {
    expect(terms('Portuguese')).toEqual(['@portugal']);
    expect(terms('Portugal')).toEqual(['@portugal']);
    expect(terms('Jamaican')).toEqual(terms('Jamaica'));
    expect(terms('Burmese')).toEqual(terms('Myanmar'));
    expect(terms('Burma')).toEqual(terms('Myanmar'));
    expect(terms('South Korean')).toEqual(terms('South Korea'));
    // In a story of a crash in Lisbon, "Lisbon" is the city.
    expect(terms('Lisbon')).not.toEqual(terms('Portugal'));
    // A word that is also a country's name only when written as one.
    expect(terms('a Chad official')).toEqual(['@chad', ...terms('official')]);
  });

  it('gives injuries and the injured one term', () => {
    expect(terms('injuries')).toEqual(terms('injured'));
    expect(terms('wounded')).toEqual(terms('injured'));
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
    expect(terms('Gov. Greg Abbott said')).toEqual(terms('Abbott said'));
  });

  it('ends a titled name at the end of its sentence (story B, a photo credit after it)', () => {
    expect(terms('witnessed by US Secretary of State Marco Rubio. Courtesy')).toEqual(['wit', '@united states', ...terms('Rubio Courtesy')]);
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

describe('news synonyms', () => {
  it('reads a truce as a ceasefire and a blast as an explosion (story F)', () => {
    const names = (text: string) => termsOf(text).map((t) => t.term);
    expect(names('Pakistani Foreign Minister Ishaq Dar announced the truce')).toContain(names('ceasefire')[0]);
    expect(names('multiple blasts occurred in the city')).toContain(names('explosions')[0]);
  });

  it('reads "died" and "dying" as "killed", though they stem otherwise than "die" (story M)', () => {
    const names = (text: string) => termsOf(text).map((t) => t.term);
    const killed = names('killing at least 13 people')[0];
    expect(names('A local sheriff in Kerr County has said 68 people have died in the area')).toContain(killed);
    expect(names('the pope dies')).toContain(killed);
    expect(names('residents dying in the flood')).toContain(killed);
    expect(names('the dead')).toContain(killed);
  });
});

describe('times of day and the month May (real sentences of story F)', () => {
  const names = (text: string) => termsOf(text).map((t) => t.term);

  it('reads a time however a report writes it as one term', () => {
    const written = [
      'with effect from 1700 hours IST today',
      'the ceasefire had come into effect from 17:00 hours',
      'officially commenced at 5 pm local time in India',
      'would stop all firing at 5:00 PM',
      'from 5 p.m. on Saturday',
    ];
    for (const text of written) expect(names(text), text).toContain('17:00');
    expect(names('halt hostilities at 4:30 PM Pakistan Standard Time')).toContain('16:30');
    expect(names('called the DGMO of India at 15:35 hours earlier this afternoon')).toContain('15:35');
    expect(names('They will talk again on the 12th of May at 1200 hours.')).toEqual(['talk', '12', stemOf('may'), '12:00']);
  });

  it('keeps numbers that are no time as numbers', () => {
    expect(names('a ceasefire of 1700 people')).toContain('1700');
    expect(names('the score was 25:61 and 13 pmol')).not.toContain('25:61');
    expect(names('at 13 pm')).toContain('13');
  });

  it('reads May beside a day or a year, or after a word that leads a time, as the month; else as the verb', () => {
    const may = stemOf('may');
    expect(names('The DGMOs will talk again on May 12, at 1200 hours.')).toContain(may);
    expect(names('in May 2025')).toContain(may);
    expect(names('the talks held since May')).toContain(may);
    expect(names('The talks May fail')).not.toContain(may);
    expect(names('May the talks succeed, the deal may hold')).not.toContain(may);
  });

  it('reads an ordinal day as its number', () => {
    expect(names('on the 12th')).toEqual(['12']);
    expect(names('the 1st and 22nd rounds')).toEqual(['1', '22', stemOf('round')]);
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
