/**
 * Properties of the number, date and unit normalisation and of the
 * differences built on it: what the analyst relies on is that two reports
 * of one amount in other units or words are never called different, and
 * that two amounts that do differ are named.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differencesBetween } from './differences';
import { datesIn, numberValue, quantitiesIn, sameValue } from './quantities';

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 1–999,999, as news text writes them ("two hundred and fifty", "thirty-five thousand"). */
function inWords(n: number): string {
  const below100 = (x: number) => (x < 10 ? (ONES[x] as string) : x < 20 ? (TEENS[x - 10] as string) : `${TENS[Math.floor(x / 10)]}${x % 10 ? `-${ONES[x % 10]}` : ''}`);
  const below1000 = (x: number) => {
    const hundreds = Math.floor(x / 100);
    const rest = x % 100;
    return [hundreds ? `${ONES[hundreds]} hundred` : '', hundreds && rest ? 'and' : '', rest ? below100(rest) : ''].filter(Boolean).join(' ');
  };
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return [thousands ? `${below1000(thousands)} thousand` : '', rest ? below1000(rest) : ''].filter(Boolean).join(' ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('number and unit normalisation (property)', () => {
  it('reads a number written in words as its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        expect(numberValue(inWords(n))).toBe(n);
      }),
    );
  });

  it('reads digits with thousands separators and decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (n, cents) => {
        expect(numberValue(n.toLocaleString('en-US'))).toBe(n);
        expect(numberValue(`${n}.${String(cents).padStart(2, '0')}`)).toBeCloseTo(n + cents / 100, 6);
      }),
    );
  });

  it('never calls a length in kilometres and the same length in miles different, rounded as news text rounds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5000 }), (km) => {
        const miles = Math.round((km / 1.609344) * 10) / 10;
        const here = `a road of ${km} kilometers through the south`;
        const there = `a road of ${miles} miles through the south`;
        const [a] = quantitiesIn(here);
        const [b] = quantitiesIn(there);
        expect(sameValue(a!, b!)).toBe(true);
        expect(differencesBetween(here, there)).toEqual([]);
      }),
    );
  });

  it('names two lengths that differ by more than rounding, with both texts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 5000 }), fc.double({ min: 1.2, max: 3.5, noNaN: true }), (km, factor) => {
        const other = Math.round(km * factor);
        expect(differencesBetween(`a corridor ${km} kilometers long`, `a corridor ${other} kilometers long`)).toEqual([
          { kind: 'number', here: `${km} kilometers`, there: `${other} kilometers` },
        ]);
      }),
    );
  });

  it('reads one duration in words and in digits as the same, and says no difference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99 }), fc.constantFrom('years', 'months', 'days', 'hours'), (n, unit) => {
        expect(differencesBetween(`${inWords(n)} ${unit} of talks`, `${n} ${unit} of talks`)).toEqual([]);
      }),
    );
  });
});

describe('dates (property)', () => {
  const date = fc.record({ year: fc.integer({ min: 1990, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

  it('reads one date in the forms news text uses as the same date, and says no difference', () => {
    fc.assert(
      fc.property(date, ({ year, month, day }) => {
        const name = MONTHS[month - 1] as string;
        const forms = [`${name} ${day}, ${year}`, `${day} ${name} ${year}`, `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`];
        for (const form of forms) expect(datesIn(`signed on ${form} in the capital`).map(({ year: y, month: m, day: d }) => ({ y, m, d }))).toEqual([{ y: year, m: month, d: day }]);
        expect(differencesBetween(`signed on ${forms[0]}`, `signed on ${forms[1]}`)).toEqual([]);
      }),
    );
  });

  it('names two days of one month that differ', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 27 }), ({ month, day }, shift) => {
        const other = ((day - 1 + shift) % 28) + 1;
        const name = MONTHS[month - 1] as string;
        expect(differencesBetween(`signed on ${name} ${day} in the capital`, `signed on ${name} ${other} in the capital`)).toEqual([
          { kind: 'date', here: `${name} ${day}`, there: `${name} ${other}` },
        ]);
      }),
    );
  });
});
