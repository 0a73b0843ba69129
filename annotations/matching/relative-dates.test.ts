import { describe, expect, it } from 'vitest';
import { differencesBetween } from './differences';
import { publicationDateOf, relativeDatesIn } from './relative-dates';

// Two reports of story F (bench/match/gold/news): The New Indian Express (10 May 2025) and a Times of India copy.
const LAST_MONTH =
  'The ceasefire deal follows clashes, missile and drone strikes across the borders following the Pahalgam terror attack last month, which India blamed on terrorists based in Pakistan.';
const MAY_2 = 'The ceasefire followed India’s Operation Sindoor — a retaliatory strike on nine terror camps in Pakistan after the May 2 Pahalgam attack that left 26 dead.';
const MAY_10 = publicationDateOf('2025-05-10');

describe('publicationDateOf', () => {
  it('reads the dates imports write, and dates written out', () => {
    expect(publicationDateOf('2025-05-10')).toEqual({ year: 2025, month: 5, day: 10 });
    expect(publicationDateOf('2025-05-10T08:30:00+05:30')).toEqual({ year: 2025, month: 5, day: 10 });
    expect(publicationDateOf('2025-05')).toEqual({ year: 2025, month: 5 });
    expect(publicationDateOf('2025')).toEqual({ year: 2025 });
    expect(publicationDateOf('May 10, 2025')).toEqual({ year: 2025, month: 5, day: 10 });
    expect(publicationDateOf('10 May 2025')).toEqual({ year: 2025, month: 5, day: 10 });
  });

  it('gives nothing for a value with no year, or a month or day that is none', () => {
    for (const value of [undefined, '', 'yesterday', 'May 10', '2025-13-01', '2025-05-40', '20250510']) expect(publicationDateOf(value)).toBeUndefined();
  });
});

describe('relativeDatesIn', () => {
  it('reads last, this and next month or year against the publication date', () => {
    const at = LAST_MONTH.indexOf('last month');
    expect(relativeDatesIn(LAST_MONTH, MAY_10)).toEqual([{ start: at, end: at + 10, text: 'last month', year: 2025, month: 4, reads: 'April 2025' }]);
    const [a, b, c] = relativeDatesIn('Signed earlier this year, ratified next month, after talks last year.', { year: 2025, month: 12 });
    expect(a).toMatchObject({ text: 'earlier this year', year: 2025, reads: '2025' });
    expect(a?.month).toBeUndefined();
    expect(b).toMatchObject({ text: 'next month', year: 2026, month: 1 });
    expect(c).toMatchObject({ text: 'last year', year: 2024 });
    expect(relativeDatesIn('Last month they met.', { year: 2025, month: 1 })).toMatchObject([{ text: 'Last month', year: 2024, month: 12 }]);
    expect(relativeDatesIn("last month's killing of 26 people", MAY_10)).toMatchObject([{ text: 'last month', month: 4 }]);
  });

  it('leaves spans of time alone: "over the last month", "in the past year", "a year"', () => {
    expect(relativeDatesIn('Fighting over the last month and in the past year; a year of talks; that same month.', MAY_10)).toEqual([]);
  });

  it('reads nothing without a publication date, and no month from a year alone', () => {
    expect(relativeDatesIn(LAST_MONTH, undefined)).toEqual([]);
    expect(relativeDatesIn('attacked last month, talks last year', { year: 2025 })).toMatchObject([{ text: 'last year', year: 2024 }]);
  });
});

describe('a relative date among the details that differ', () => {
  it('sets one report\'s "last month" against another\'s date in another month', () => {
    // With how "last month" was read: the words alone do not say which month.
    expect(differencesBetween(LAST_MONTH, MAY_2, { here: MAY_10 })).toEqual([{ kind: 'date', here: 'last month', there: 'May 2', hereReads: 'April 2025' }]);
    // Without the article's date, "last month" is no date.
    expect(differencesBetween(LAST_MONTH, MAY_2)).toEqual([]);
  });

  it('names nothing when the dates agree', () => {
    expect(differencesBetween(LAST_MONTH, 'after the Pahalgam terror attack on April 22', { here: MAY_10 })).toEqual([]);
    expect(differencesBetween(LAST_MONTH, LAST_MONTH, { here: MAY_10, there: publicationDateOf('2025-05-11') })).toEqual([]);
  });

  it('dates each passage by its own article: "last month" in May and in June are two months', () => {
    expect(differencesBetween(LAST_MONTH, LAST_MONTH, { here: MAY_10, there: publicationDateOf('2025-06-02') })).toEqual([
      { kind: 'date', here: 'last month', there: 'last month', hereReads: 'April 2025', thereReads: 'May 2025' },
    ]);
  });
});
