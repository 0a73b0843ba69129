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

  it('never calls a temperature in Celsius and the same in Fahrenheit different, rounded to a whole degree', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 55 }), (celsius) => {
        const fahrenheit = Math.round((celsius * 9) / 5 + 32);
        const here = `temperatures reached ${celsius} °C in the city`;
        const there = `temperatures reached ${fahrenheit} degrees Fahrenheit in the city`;
        expect(differencesBetween(here, there)).toEqual([]);
        expect(differencesBetween(here, `temperatures reached ${fahrenheit + 3}F in the city`)).toHaveLength(1);
      }),
    );
  });

  it('never calls an area in square kilometres, hectares or acres and the same in square miles different, rounded as news text rounds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50_000 }), (km2) => {
        const here = `the fire has burned ${km2.toLocaleString('en-US')} square kilometres of forest`;
        for (const other of [`${(Math.round((km2 / 2.589988110336) * 10) / 10).toLocaleString('en-US')} square miles`, `${(km2 * 100).toLocaleString('en-US')} hectares`, `${Math.round(km2 * 247.105381).toLocaleString('en-US')} acres`]) {
          expect(differencesBetween(here, `the fire has burned ${other} of forest`)).toEqual([]);
        }
      }),
    );
  });

  it('never calls a fraction and the same share in percent, rounded to a whole one, different', () => {
    fc.assert(
      fc.property(fc.constantFrom(['a third', 1 / 3], ['two-thirds', 2 / 3], ['a quarter', 1 / 4], ['three-quarters', 3 / 4], ['half', 1 / 2]), fc.constantFrom('%', ' percent', ' per cent'), ([words, share], sign) => {
        const here = `${words} of the homes lost power on Monday`;
        const there = `${Math.round(share * 100)}${sign} of the homes lost power on Monday`;
        expect(differencesBetween(here, there)).toEqual([]);
      }),
    );
  });

  it('never calls one span in hours and the same in minutes or seconds different', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 72 }), (hours) => {
        const here = `the talks lasted ${hours} hours on Monday`;
        expect(differencesBetween(here, `the talks lasted ${hours * 60} minutes on Monday`)).toEqual([]);
        expect(differencesBetween(here, `the talks lasted ${(hours * 3600).toLocaleString('en-US')} seconds on Monday`)).toEqual([]);
      }),
    );
  });

  it('never calls a length in miles written in words and the same in kilometres different', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (miles) => {
        const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][miles - 1] as string;
        const km = Math.round(miles * 1.609344);
        expect(differencesBetween(`a ${words}-mile stretch of the coast`, `a ${km}-kilometre stretch of the coast`)).toEqual([]);
      }),
    );
  });

  it('never calls a length, a span or a speed in one unit and the same in any other, rounded as news text rounds it, different', () => {
    const units: [Record<string, number>, number[], (amount: string) => string][] = [
      [{ km: 1000, kilometres: 1000, miles: 1609.344, metres: 1, feet: 0.3048, cm: 0.01, inches: 0.0254, mm: 0.001 }, [1, 2, 5, 10, 12, 25, 30, 50, 100, 120, 250, 500, 1000, 1500], (a) => `The road runs ${a} along the border, officials said.`],
      [{ years: 365.25, months: 30.4375, weeks: 7, days: 1, hours: 1 / 24, minutes: 1 / 1440, seconds: 1 / 86400 }, [1, 2, 3, 5, 6, 10, 12, 18, 24, 36, 48, 72, 90, 100, 120], (a) => `The talks lasted ${a} before the deal, officials said.`],
      [{ mph: 1.609344, 'km/h': 1, knots: 1.852 }, [10, 30, 60, 100, 120, 150, 185, 200, 250], (a) => `Winds reached ${a} near the coast, officials said.`],
    ];
    // Three significant figures at most, as a report converting a figure writes it.
    const written = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 10) / 10));
    for (const [table, values, frame] of units) {
      for (const [from, inFrom] of Object.entries(table)) {
        for (const [to, inTo] of Object.entries(table)) {
          for (const value of values) {
            const converted = (value * inFrom) / inTo;
            if (from === to || converted < 1 || converted > 1e7) continue;
            expect(differencesBetween(frame(`${written(value)} ${from}`), frame(`${written(converted)} ${to}`)), `${value} ${from} / ${written(converted)} ${to}`).toEqual([]);
          }
        }
      }
    }
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

describe('times of day (property)', () => {
  const clock = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });
  const pad = (n: number) => String(n).padStart(2, '0');
  /** The forms news text gives one time in: "15:35", "15:35 hours", "1535 hours", "3:35 PM", "3:35 p.m.". */
  const forms = ({ hour, minute }: { hour: number; minute: number }) => {
    const twelve = hour % 12 === 0 ? 12 : hour % 12;
    const half = hour < 12 ? 'AM' : 'PM';
    return [`${hour}:${pad(minute)}`, `${pad(hour)}:${pad(minute)} hours`, `${pad(hour)}${pad(minute)} hours`, `${twelve}:${pad(minute)} ${half}`, `${twelve}:${pad(minute)} ${half.toLowerCase()[0]}.m.`];
  };

  it('never calls one time written in two forms different, nor reads its digits as amounts', () => {
    fc.assert(
      fc.property(clock, fc.nat(4), fc.nat(4), (time, i, j) => {
        const all = forms(time);
        expect(differencesBetween(`the DGMO called at ${all[i]} on Saturday`, `the DGMO called at ${all[j]} on Saturday`)).toEqual([]);
      }),
    );
  });

  it('names two times that differ, given in no zone or in the same one', () => {
    fc.assert(
      fc.property(clock, fc.integer({ min: 1, max: 24 * 60 - 1 }), fc.constantFrom('', ' IST', ' GMT'), (time, shift, zone) => {
        const minutes = (time.hour * 60 + time.minute + shift) % (24 * 60);
        const other = { hour: Math.floor(minutes / 60), minute: minutes % 60 };
        const here = forms(time)[0] as string;
        const there = forms(other)[3] as string;
        expect(differencesBetween(`the DGMO called at ${here}${zone} on Saturday`, `the DGMO called at ${there}${zone} on Saturday`)).toEqual([{ kind: 'date', here, there }]);
        // In two zones the same moment has two clock times, a whole number of half hours apart: only other gaps are named.
        expect(differencesBetween(`the DGMO called at ${here} IST on Saturday`, `the DGMO called at ${there} GMT on Saturday`)).toEqual(
          shift % 30 === 0 ? [] : [{ kind: 'date', here, there }],
        );
      }),
    );
  });
});

describe('spans given by their unit alone (property)', () => {
  const UNITS = ['days', 'weeks', 'months', 'years', 'decades'] as const;

  it('names "N units" against "units of" only when N is under two', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.constantFrom(...UNITS), (n, unit) => {
        const amount = n === 1 ? `one ${unit.slice(0, -1)}` : `${n} ${unit}`;
        const found = differencesBetween(`after ${amount} of clashes the ceasefire came`, `after ${unit} of clashes the ceasefire came`);
        expect(found).toEqual(n < 2 ? [{ kind: 'number', here: amount, there: unit }] : []);
      }),
    );
  });
});

describe('who made the statement (property)', () => {
  // Names and offices of story F's and G's reports, combined at random.
  const PEOPLE = [['Donald', 'Trump'], ['Vikram', 'Misri'], ['Ishaq', 'Dar'], ['Marco', 'Rubio'], ['Abbas', 'Araghchi'], ['Israel', 'Katz']] as const;
  const ROLES = ['President', 'Foreign Secretary', 'Foreign Minister', 'Secretary of State', 'Defense Minister'] as const;
  const VERBS = ['said', 'announced', 'has said', 'on Saturday announced', 'confirmed', 'noted', 'reiterated'] as const;
  const person = fc.record({ who: fc.constantFrom(...PEOPLE), role: fc.constantFrom(...ROLES), verb: fc.constantFrom(...VERBS) });
  const claim = 'that both sides had agreed to a full and immediate ceasefire.';

  it('never names one speaker written two ways; names two different ones with the words that say so', () => {
    fc.assert(
      fc.property(person, person, fc.boolean(), (a, b, full) => {
        const here = `${a.role} ${a.who[0]} ${a.who[1]} ${a.verb} ${claim}`;
        const bName = full ? `${b.who[0]} ${b.who[1]}` : b.who[1];
        const there = `${b.role} ${bName} ${b.verb} ${claim}`;
        const speakers = differencesBetween(here, there).filter((d) => d.here.endsWith(a.verb));
        if (a.who === b.who) expect(speakers).toEqual([]);
        else expect(speakers).toEqual([{ kind: 'person', here: `${a.role} ${a.who[0]} ${a.who[1]} ${a.verb}`, there: `${b.role} ${bName} ${b.verb}` }]);
      }),
    );
  });

  it('sets a role alone that spoke against a named speaker only when their offices differ', () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        const here = `The ${a.role.toLowerCase()} ${a.verb} ${claim}`;
        const there = `${b.role} ${b.who[0]} ${b.who[1]} ${b.verb} ${claim}`;
        const speakers = differencesBetween(here, there).filter((d) => d.here.endsWith(a.verb));
        if (a.role === b.role) expect(speakers).toEqual([]);
        else expect(speakers).toEqual([{ kind: 'person', here: `The ${a.role.toLowerCase()} ${a.verb}`, there: `${b.role} ${b.who[0]} ${b.who[1]} ${b.verb}` }]);
      }),
    );
  });
});
