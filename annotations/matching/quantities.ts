/**
 * Numbers with what they count or measure, and dates, as news text writes
 * them: "32-kilometer (20-mile)", "over 100,000 ethnic Armenians",
 * "Thirty-five years", "four decades", "about 2.5 hours", "99-year",
 * "27 June 2025", "Aug. 8". Values are converted to one unit per dimension
 * (metres, square metres, degrees Celsius, days), so that 10 km and 6.2
 * miles are the same length, 405 hectares and 1,000 acres the same area,
 * and 30 °C and 86 °F the same temperature.
 */
import { asciiPattern } from './ascii-pattern';
import { clockAt } from './clock';
import { CURRENCY_SIGNS, CURRENCY_WORDS, SIGN, SIGN_AT_START } from './currencies';
import { capitalized, MONTH_ABBREVIATIONS, MONTH_NAMES, monthNumber } from './calendar';
import { outside } from './spans';
import { countryOfDemonym } from './countries';
import { SCALE_WORDS } from './designations';
import { STOPWORDS } from './stopwords';
import { fold, stemOf } from './tokens';
import { placeKey } from './places';

/** `deadline`: a time by which something is to happen ("within six months", "by the end of the year"). */
export type Dimension = 'length' | 'area' | 'temperature' | 'speed' | 'duration' | 'deadline' | 'percent' | 'points' | 'money' | 'count' | 'age';

export interface Quantity {
  /** UTF-16 offsets in the text, qualifier and unit included. */
  start: number;
  end: number;
  text: string;
  dimension: Dimension;
  /**
   * In metres, square metres, degrees Celsius, days, percent, the currency's unit, or items. A deadline:
   * days from now ("within six months"), or minus the length of the period
   * whose end it is ("by the end of the year": −365.25).
   */
  value: number;
  /** What is counted (the stem of the noun after the number), for counts; the currency for money. */
  of: string;
  /**
   * How far the value may be from the amount meant because of how it is
   * written: half the place of its last digit ("1.2 miles": 0.05 miles),
   * in the value's unit; 0 for a number in words.
   */
  slack?: number;
  /**
   * The value is a least amount, not the amount: a span given by its unit
   * alone ("weeks of clashes", "for years" are at least two of them).
   */
  atLeast?: true;
  /**
   * The other figure the report allows ("three or four thieves": 4, and 3
   * here). Such an amount agrees only with one that allows the same two: a
   * report that hedges between figures and one that gives one of them differ.
   */
  alternative?: number;
  /** The figure as written, where the value converts it into another unit ("20 km": 20); else the value is the figure. */
  written?: number;
  /**
   * With atLeast: the amount is under this too. A gap given by its unit
   * alone ("minutes after", "just hours after") is under the next unit up,
   * or the report would have given that.
   */
  below?: number;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** How a date written relative to the article's date was read ("April 2025" for "last month"; relative-dates.ts). */
  reads?: string;
  year?: number;
  month?: number;
  day?: number;
  /**
   * Set when the text puts the day at its edge ("the night of June 24",
   * "late Monday, June 23"): there the calendars of two time zones may give
   * one moment two days.
   */
  atNight?: true;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, dozen: 12,
};
// India's lakh and crore too ("Rs 10 lakh", "600 crore"), as Indian news writes sums and counts.
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12 };

const LENGTH: Record<string, number> = {
  km: 1000, kilometer: 1000, kilometers: 1000, kilometre: 1000, kilometres: 1000,
  mi: 1609.344, mile: 1609.344, miles: 1609.344, m: 1, meter: 1, meters: 1, metre: 1, metres: 1,
  ft: 0.3048, foot: 0.3048, feet: 0.3048,
  cm: 0.01, centimeter: 0.01, centimeters: 0.01, centimetre: 0.01, centimetres: 0.01,
  mm: 0.001, millimeter: 0.001, millimeters: 0.001, millimetre: 0.001, millimetres: 0.001,
  inch: 0.0254, inches: 0.0254,
};
/** Areas in square metres: units of their own ("405 hectares", "1,000 acres"), or a length squared (SQUARE_OF, SQUARED). */
const AREA: Record<string, number> = { acre: 4046.8564224, acres: 4046.8564224, hectare: 10_000, hectares: 10_000, ha: 10_000 };
/** A length after "square" or "sq." ("5 square miles", "13 sq km", "a 20-square-mile area"). */
const SQUARE_OF = /^\.?[\s-]+(\p{L}+)/u;
/** A length unit squared: "13 km²", "13 km2". */
const SQUARED = /^(?:²|2(?![\p{L}\p{N}]))/u;
/**
 * A temperature's scale after its figure: "30 °C", "86 degrees Fahrenheit",
 * "30 Celsius"; a scale's letter alone only on the digits ("30C", "86F"),
 * as "30 C" is as often something else.
 */
const DEGREES = /^\s?(?:(?:[°º]\s?|degrees?\s+)(celsius|centigrade|fahrenheit|c|f)|\s+(celsius|centigrade|fahrenheit))(?![\p{L}\p{N}])/iu;
const SCALE_ON_FIGURE = /^([CF])(?![\p{L}\p{N}-])/u;
/** A minus sign or word right before a figure: "-5 °C", "minus 5 degrees". */
const MINUS_BEFORE = /(?:(?<![\p{L}\p{N}])[-\u2212]|\bminus\s+)$/iu;

/** A figure in a unit of area of `perUnit` square metres. */
function area(figure: number, slack: number, perUnit: number): Omit<Quantity, 'start' | 'end' | 'text'> {
  return { dimension: 'area', value: figure * perUnit, of: '', slack: slack * perUnit, written: figure };
}

/** Speeds in kilometres an hour: a unit of its own ("185 mph", "295 kph", "150 km/h"), or a length "per hour" ("150 kilometres per hour"). */
const SPEED: Record<string, number> = { mph: 1.609344, kph: 1, kmh: 1, kmph: 1, knots: 1.852, knot: 1.852 };
const PER_HOUR = /^(?:\/h\b|\s+(?:per|an|a)\s+hour\b)/iu;
const DURATION: Record<string, number> = {
  year: 365.25, years: 365.25, yr: 365.25, decade: 3652.5, decades: 3652.5, month: 30.4375, months: 30.4375,
  week: 7, weeks: 7, day: 1, days: 1, hour: 1 / 24, hours: 1 / 24, minute: 1 / 1440, minutes: 1 / 1440,
  second: 1 / 86400, seconds: 1 / 86400,
  // As news abbreviates them: "8200 Hrs of experience", "20 mins", "three yrs".
  yrs: 365.25, hr: 1 / 24, hrs: 1 / 24, min: 1 / 1440, mins: 1 / 1440, sec: 1 / 86400, secs: 1 / 86400,
};
/** Scales written on a sum's digits, as news abbreviates them. */
const SCALE_ABBREVIATIONS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
const SCALE_ON_DIGITS = /^(k|mn?|bn?|tn)\b/iu;

/** Longest first and whole words only: "seventy-one" is not "seven" and "one", "tenth" is no number. */
/** The scale words ("hundred", "million"…) as alternatives of a pattern. */
const NUMBER_SCALES = Object.keys(SCALE).join('|');
const NUMBER_WORD = `(?:(?:${[...Object.keys(SMALL).filter((w) => w !== 'a' && w !== 'an'), ...Object.keys(SCALE)].sort((x, y) => y.length - x.length).join('|')})\\b)`;
const QUALIFIER = '(?:(?:well |just |slightly )?(?:over|under|more than|less than|fewer than|nearly|almost|about|around|approximately|roughly|some|at least|at most|up to|within|close to)\\s+)?';
const NUMERAL = `(?:${SIGN}\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s(?:${NUMBER_SCALES}))?`;
// "and" joins number words only after a scale ("two hundred and fifty"): "between four and eight" is two figures.
const WORDS = `${NUMBER_WORD}(?:(?:[\\s-]+|(?<=\\b(?:${NUMBER_SCALES}))\\s+and\\s+)${NUMBER_WORD})*`;
const HALF = /\s+and\s+a\s+half$/iu;
/** A decimal as a broadcast transcript spells it: "four-point-75" is 4.75 (read on a number in words). */
const SPOKEN_DECIMAL = `-point-\\d+`;
const SPOKEN_DECIMAL_PARTS = /^(.+)-point-(\d+)$/iu;
const HALF_AT_SCALE = new RegExp(`\\s+and\\s+a\\s+half\\s+(${NUMBER_SCALES})$`, 'iu');
// A unit abbreviation may be written on the digits ("625ft (190m)").
const NUMBER = new RegExp(`(?:\\b|(?<=\\bMw?)(?=\\d\\.\\d)|(?<![\\p{L}\\p{N}])(?=[$€£₹]\\s?\\d))(?<!\\d[.,:])${QUALIFIER}((?:${NUMERAL}|${WORDS}(?:${SPOKEN_DECIMAL})?)(?:\\s+and\\s+a\\s+half(?:\\s+(?:${NUMBER_SCALES})\\b)?)?)(\\s?%|\\s+per ?cent(?!age)|(?:["”’]?\\s+|[-\u2010\u2011])[\\p{L}]+|(?<=\\d)(?:mph|kph|kmh|km|cm|mm|ft|mi|pc|m(?=[\\s-]+(?:long|wide|tall|high|deep)\\b))\\b)?`, 'giu');
/** The end of a period as a deadline: "by the end of the year", "by the end of this month". */
const PERIOD_END = asciiPattern(String.raw`\bby\s+the\s+end\s+of\s+(?:the|this)\s+(year|month|week)\b`, 'g');

/**
 * Spans given without a number: "the past week" is a week ("last week"
 * without "the" is when, not how long), "weeks of
 * clashes" or "for years" at least two (of no upper bound: "years of
 * conflict" may be thirty-five), "a fourth day of strikes" four days.
 */
const VAGUE_SPAN = asciiPattern(String.raw`\b(?:the\s+(?:past|last)\s+(week|month|year|decade)\b(?!\s+of\b)|(days|weeks|months|years|decades)\s+of\b|(?<=\b(?:for|over)\s+)(days|weeks|months|years|decades)\b(?!\s+(?:ago|later|before|after|earlier)\b)|(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(day|week|month|year)\s+of\b)`, 'g');
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/** The words a span ends with: "weeks of clashes" is the span "weeks". */
const SPAN_TAIL = /\s+of$/iu;

/**
 * Gaps between two events given by their unit alone: "just hours after",
 * "minutes before". At least one of the unit, and under GAP_BELOW. Not
 * "hours later": what it counts from is in another sentence, and two
 * reports' gaps are only compared when they count from one event.
 */
const VAGUE_GAP = asciiPattern(String.raw`\b(?:(?:just|only|mere|a\s+few)\s+)?(minutes|hours|days|weeks)(?=\s+(?:after|before)\s)`, 'g');
const GAP_BELOW: Record<string, number> = { minutes: DURATION['hour'] as number, hours: 2, days: 21, weeks: 3 * (DURATION['month'] as number) };

/**
 * One of a unit given by its article ("just over a day", "an hour and a
 * half earlier", "half an hour"), not a rate ("twice a day", "3 million
 * people a year"), a time ago ("a year ago") or a guess between two ("a
 * day or two").
 */
/** The units a span is counted in, singular. */
const SPAN_UNITS = 'minute|hour|day|week|month|year|decade';
const ONE_UNIT = new RegExp(`\\b(${QUALIFIER}(half\\s+)?an?\\s+(${SPAN_UNITS})(\\s+and\\s+a\\s+half)?)\\b(?![\\s-]*(?:ago|or\\s+(?:two|so|more)|long|old)\\b)`, 'giu');
/** What an unhedged span by its article follows: a word that leads to a span, or the start of a phrase. */

const SPAN_BEFORE = /(?:^|[,;:(—–-]\s*|\b(?:for|within|after|than|only|lasted|lasting|lasts|last|took|takes|take|spent|spend|barely|just|nearly|almost|some)\s+)$/iu;

const ONE_UNIT_HINT = asciiPattern(`\\ban?\\s+(?:${SPAN_UNITS})\\b`);

/** Spans of one unit, or half of one or one and a half, given by their article: ONE_UNIT. */
function oneUnitSpans(text: string): Quantity[] {
  if (!ONE_UNIT_HINT.test(text)) return [];
  const found: Quantity[] = [];
  for (const m of text.matchAll(ONE_UNIT)) {
    const [, written, half, unit, andAHalf] = m;
    // Without a hedge, only after a word that leads to a span: "3 million people a year" is a rate, and "the first
    // time in a decade" says how long since, not how long.
    if (/^(?:half\s+)?an?\s/iu.test(written as string) && !SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const value = (DURATION[(unit as string).toLowerCase()] as number) * (half ? 0.5 : andAHalf ? 1.5 : 1);
    found.push({ start: m.index, end: m.index + (written as string).length, text: written as string, dimension: /^within\s/iu.test(written as string) ? 'deadline' : 'duration', value, of: '', slack: 0 });
  }
  return found;
}

function vagueSpans(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(VAGUE_GAP)) {
    const unit = (m[1] as string).toLowerCase();
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], dimension: 'duration', of: '', value: DURATION[unit] as number, atLeast: true, below: GAP_BELOW[unit] as number });
  }
  for (const m of text.matchAll(VAGUE_SPAN)) {
    const [, last, plural, afterFor, ordinal, ordinalUnit] = m;
    const written = m[0].replace(SPAN_TAIL, '');
    const at = { start: m.index, end: m.index + written.length, text: written, dimension: 'duration' as const, of: '' };
    if (last) found.push({ ...at, value: DURATION[last.toLowerCase()] as number });
    else if (ordinal && ordinalUnit) found.push({ ...at, value: (ORDINALS[ordinal.toLowerCase()] as number) * (DURATION[ordinalUnit.toLowerCase()] as number) });
    else if (plural ?? afterFor) found.push({ ...at, value: 2 * (DURATION[(plural ?? afterFor)!.toLowerCase()] as number), atLeast: true });
  }
  return found;
}

/**
 * Counts given as words: "dozens of workers", "hundreds of homes", "tens of
 * thousands". Each is a range, from the least it can be to under the next
 * word up ("hundreds" is 200 to 999), so "hundreds of homes" and "2,000
 * structures" differ, and "thousands" and "2,000" agree.
 */
const VAGUE_COUNTS: readonly (readonly [string, number, number])[] = [
  ['hundreds of thousands', 2e5, 1e6],
  ['tens of thousands', 2e4, 1e5],
  ['dozens', 24, 100],
  ['hundreds', 200, 1000],
  ['thousands', 2000, 10000],
  ['millions', 2e6, 1e7],
];
/**
 * "Several" things are more than two and fewer than ten: "several display
 * cases" are not "two displays"; "several hundred people" are so many
 * hundreds, as "hundreds of people" are.
 */
const SEVERAL = /\bseveral\s+(?:(hundred|thousand|million|billion)\s+)?(?!(?:dozen|of)\b)(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+s|people|children|men|women)\b/giu;
const SEVERAL_LEAST = 3;
const SEVERAL_UNDER = 10;
const SEVERAL_BEFORE = /\bseveral\s+$/iu;
const VAGUE_COUNT = new RegExp(`\\b(${VAGUE_COUNTS.map(([words]) => words).join('|')})\\b(?:\\s+of\\s+(?:(?:the|their)\\s+)?(\\p{L}+))?`, 'giu');

const TO_LEAVE = /^\s+to\s+(?:evacuate|flee|leave)\b/u;
const PRONOUN_ONE = /\b(?:the|this|that|each|every|any|another|which)\s+(?:\p{L}+\s+)?one$/iu;
/** What only a crowd does: "tens of thousands gathered in St. Peter's Square" counts people. */
const CROWD_VERB = /^\s+(?:had\s+|have\s+)?(?:gathered|packed|thronged|crowded|cheered|flocked|rallied|marched|protested|lined|waited|watched|attended|turned\s+out)\b/u;

/** A count given by a word for a group of so many: "A quartet of thieves", "a trio of suspects". */
const COLLECTIVE_SIZE: Record<string, number> = { duo: 2, pair: 2, trio: 3, quartet: 4, quintet: 5 };
const COLLECTIVE_WORDS = Object.keys(COLLECTIVE_SIZE).join('|');
const COLLECTIVE = new RegExp(`\\b(${COLLECTIVE_WORDS})\\s+of\\s+(\\p{Ll}+s)\\b`, 'giu');
const COLLECTIVE_HINT = asciiPattern(`\\b(?:${COLLECTIVE_WORDS})\\s+of\\b`);

function collectiveCounts(text: string): Quantity[] {
  if (!COLLECTIVE_HINT.test(text)) return [];
  return [...text.matchAll(COLLECTIVE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    dimension: 'count' as const,
    value: COLLECTIVE_SIZE[(m[1] as string).toLowerCase()] as number,
    of: countedAs((m[2] as string).toLowerCase()),
  }));
}

/**
 * A share given as a fraction of a whole: "more than a third of Jamaicans",
 * "half of the island", "two-thirds of the homes". Not a measure compared
 * ("half the size of Wales").
 */
const PARTS: Record<string, number> = { third: 3, thirds: 3, quarter: 4, quarters: 4 };
const PART_WORDS = Object.keys(PARTS).join('|');
const FRACTION = new RegExp(`\\b${QUALIFIER}(a|one|two|three|half)(?:[\\s-]+(${PART_WORDS}))?\\s+(?:of|the)\\b(?!\\s+(?:size|length|height|width|depth|price|cost|time|age|speed|distance)\\b)`, 'giu');
const FRACTION_HINT = asciiPattern(`\\b(?:half|${PART_WORDS})\\b`);

/**
 * A change of a rate or a share in percentage points, counted in basis
 * points (a hundredth of a point): "50 basis points", "25 bps", "0.5
 * percentage point", and in words, "half a percentage point", "a
 * half-point cut", "a quarter of a percentage point", "a full percentage
 * point". Reports of one decision give it each way ("cut by half a
 * percentage point" / "a 50-basis-point cut"), and "25 bps" / "50 basis
 * points" is the question a rate decision turns on.
 */
const BASIS_POINTS_IN_A_POINT = 100;
const POINT_AHEAD = /^[\s-]+points?\b/iu;
const POINTS_IN_WORDS = new RegExp(
  String.raw`\b(?:(?<part>half|quarter|three[-\s]quarters?)(?:\s+of)?(?:\s+an?)?[-\s]+percentage[-\s]+points?|an?\s+(?<partAfterA>half|quarter)[-\s]+(?:percentage[-\s]+)?points?|(?<partHyphened>half|quarter|three-quarter)-points?|(?<whole>(?:an?|one)(?:\s+full)?|full)\s+percentage[-\s]+points?)\b`,
  'giu',
);
const POINT_PARTS: Record<string, number> = { half: 50, quarter: 25, 'three-quarter': 75, 'three-quarters': 75, 'three quarter': 75, 'three quarters': 75 };
const POINTS_HINT = asciiPattern(String.raw`\bpoints?\b`);

function pointsInWords(text: string): Quantity[] {
  if (!POINTS_HINT.test(text)) return [];
  return [...text.matchAll(POINTS_IN_WORDS)].map((m) => {
    const { part, partAfterA, partHyphened, whole } = m.groups as Record<string, string | undefined>;
    const fraction = (part ?? partAfterA ?? partHyphened)?.toLowerCase();
    const value = whole !== undefined ? BASIS_POINTS_IN_A_POINT : (POINT_PARTS[fraction as string] as number);
    return { start: m.index, end: m.index + m[0].length, text: m[0], dimension: 'points' as const, value, of: '' };
  });
}

/** Shares given as fractions, in percent: "a third of" is 33.3%, "half the" 50%. */
function fractionsIn(text: string): Quantity[] {
  if (!FRACTION_HINT.test(text)) return [];
  const found: Quantity[] = [];
  for (const m of text.matchAll(FRACTION)) {
    const [, count, part] = m;
    const lower = (count as string).toLowerCase();
    if ((lower === 'half') === (part !== undefined)) continue;
    const value = lower === 'half' ? 50 : (100 * (lower === 'a' ? 1 : (SMALL[lower] as number))) / (PARTS[(part as string).toLowerCase()] as number);
    const written = m[0].replace(/\s+(?:of|the)$/iu, '');
    found.push({ start: m.index, end: m.index + written.length, text: written, dimension: 'percent', value, of: '' });
  }
  return found;
}

/** An amount given as words, at least `least` and under `under`: a count of its noun, or an area when the noun is a unit of one ("hundreds of acres"). */
function vagueAmount(noun: string, of: string, least: number, under: number): Omit<Quantity, 'start' | 'end' | 'text'> {
  const area = Object.hasOwn(AREA, noun) ? (AREA[noun] as number) : undefined;
  return area === undefined
    ? { dimension: 'count', of, value: least, atLeast: true, below: under }
    : { dimension: 'area', of: '', value: least * area, atLeast: true, below: under * area };
}

function vagueCounts(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(SEVERAL)) {
    const scale = m[1] ? (SCALE[m[1].toLowerCase()] as number) : 1;
    const noun = (m[2] as string).toLowerCase();
    const of = DISPLAYS_AHEAD.test(m[0].slice('several'.length)) ? DISPLAYS_OF : countedAs(noun);
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...vagueAmount(noun, of, SEVERAL_LEAST * scale, SEVERAL_UNDER * scale) });
  }
  for (const m of text.matchAll(VAGUE_COUNT)) {
    const [, words, noun] = m;
    const [, least, under] = VAGUE_COUNTS.find(([w]) => w === (words as string).toLowerCase()) as readonly [string, number, number];
    // With no noun, what befell them may say they are people ("forced tens of thousands to evacuate").
    const after = text.slice(m.index + m[0].length);
    const of = noun ? countedAs(noun.toLowerCase()) : BEFELL.test(after) || TO_LEAVE.test(after) || CROWD_VERB.test(after) ? PEOPLE_STEM : '';
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...vagueAmount(noun?.toLowerCase() ?? '', of, least, under) });
  }
  return found;
}

/** The value of a number written in digits or words ("100,000", "thirty-five", "2.5 million"). */
export function numberValue(text: string): number | undefined {
  // "two and a half million": the half of the number before the scale, then the scale.
  const scaled = HALF_AT_SCALE.exec(text);
  if (scaled) {
    const whole = numberValue(text.slice(0, scaled.index));
    return whole === undefined ? undefined : (whole + 0.5) * scaleOf((scaled[1] as string).toLowerCase());
  }
  const spoken = SPOKEN_DECIMAL_PARTS.exec(text.trim());
  if (spoken) {
    const whole = numberValue(spoken[1] as string);
    return whole === undefined ? undefined : whole + Number(`0.${spoken[2] as string}`);
  }
  // "two and a half": the half is added to the number before it.
  if (HALF.test(text)) {
    const whole = numberValue(text.replace(HALF, ''));
    return whole === undefined ? undefined : whole + 0.5;
  }
  const words = text.toLowerCase().replace(SIGN_AT_START, '').trim().split(/[\s-]+/u).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const digits = /^\d[\d,]*(?:\.\d+)?$/u.test(word) ? Number(word.replace(/,/gu, '')) : undefined;
    if (digits !== undefined) {
      current += digits;
      seen = true;
    } else if (Object.hasOwn(SMALL, word)) {
      current += SMALL[word] as number;
      seen = true;
    } else if (Object.hasOwn(SCALE, word)) {
      const scale = SCALE[word] as number;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

/** Every number holds a digit or one of these words: a text with none has no quantity to read. */
const NUMBER_HINT = asciiPattern(`\\d|${NUMBER_WORD}|\\bby the end of\\b|\\b(?:${SPAN_UNITS})s?\\b|\\b(?:dozens|hundreds|thousands|millions|several)\\b`);

/**
 * Words that count people, whatever the report calls them: "270,000 people",
 * "150,000 civilians" and "260,000 others" are one kind of count, the
 * figures of one toll.
 */
const PEOPLE = new Set(['people', 'persons', 'civilians', 'residents', 'villagers', 'individuals', 'others', 'inhabitants', 'lives', 'fatalities', 'victims', 'deaths', 'injuries', 'casualties', 'dead', 'bodies', 'suspects', 'workers', 'faithful', 'worshippers', 'pilgrims', 'well-wishers', 'onlookers', 'spectators']);
/** Words between a count and its noun that say how it is known, not what it counts ("247 confirmed fatalities"). */
const COUNT_MODIFIERS = new Set(['confirmed', 'reported', 'known', 'estimated', 'additional', 'more', 'other']);
/** Words between a span's figure and its unit that leave the span as long: "15 Earth days", "five straight days" (not "working days", which are fewer). */
const SPAN_MODIFIERS = new Set(['earth', 'calendar', 'consecutive', 'straight', 'full', 'whole']);
/**
 * What comes right before an amount that names nothing it counts and makes
 * it a count of people: a verb of what befell them ("the crash that killed
 * more than 50 on Jan. 29"), or a toll it is the figure of (TOLL_BEFORE).
 */
const FATE_VERB_BEFORE = /\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding)\s+$/u;
/**
 * What leads from a toll to its figure, however far on in its clause: "a
 * death toll of 17", "the death toll … stood at 16", "the toll is estimated
 * to be over 240", "has reached 1,644", "surpassed 100", "has crossed 300",
 * "a death toll exceeding 60".
 */
const TO_TOLL_FIGURE = String.raw`\b(?:[^.;:!?—]|(?<=\d)\.(?=\d)){0,110}?\b(?:of|at|to|be|is|was|reached|reaches|reaching|surpassed|surpasses|surpassing|passed|crossed|crosses|crossing|topped|tops|topping|exceeded|exceeds|exceeding|hit|hits|hitting)\s+$`;
/** A toll of any fate before its figure: "the toll … rose to", "the number of missing has risen to". */
export const TOLL_BEFORE = new RegExp(String.raw`\b(?:toll|number\s+of\s+(?:people\s+|those\s+)?(?:killed|dead|deaths|fatalities|victims|casualties|missing|injured|injuries|wounded))${TO_TOLL_FIGURE}`, 'iu');
/** A death toll before its figure: "the death toll … stood at", "The number of people killed in … floods surpassed". */
export const DEATH_TOLL_BEFORE = new RegExp(String.raw`\b(?:death\s+toll|number\s+of\s+(?:people\s+|those\s+)?(?:killed|dead|deaths|fatalities))${TO_TOLL_FIGURE}`, 'iu');
/** How far before an amount a toll it is the figure of is looked for: the figure may come well on in its clause. */
export const FATE_REACH = 130;

/** Whether what follows a number names nothing it counts: nothing, a mark, or a word that leads elsewhere ("50 on Jan. 29"). */
function namesNothing(unit: string): boolean {
  return !/^\p{L}/u.test(unit) || /^(?:on|in|at|and|as|when|after|since|across)$/u.test(unit);
}

/** Words of what befell people that stand for them after a number, with no noun: "the 16 killed in a funicular railway crash". */
const FATE_ALONE = new Set(['killed', 'hurt']);

/**
 * Words that say what befell those counted, before their noun ("27 missing
 * girls", "101 missing individuals") or alone ("730 injured", "10 dead have
 * been identified"): the noun, when one follows, is what is counted.
 */
const FATE_BEFORE_NOUN = new Set(['missing', 'injured', 'wounded', 'dead', 'stranded', 'trapped', 'displaced', 'young']);
/** A count's noun run on ("242 passengers and crew" counts everyone on board: people). */
const ALL_ABOARD = /^\s+and\s+crew(?:\s+members)?\b/iu;
const NEXT_WORD = /^\s+(\p{L}+)/u;
/**
 * A word that describes those counted, before their noun: "four masked
 * thieves", "three or four chainsaw-wielding robbers" count thieves and
 * robbers. Only a participle ("masked", "-wielding"); the noun is then
 * the word after it.
 */
const DESCRIBED = /^(-\p{Ll}+)?\s+(\p{Ll}{3,})\b/u;
/**
 * A number with no noun whose verb says what befell people: "three had
 * been confirmed dead", "six died", "two were arrested". It counts people
 * as "three people" would.
 */
const BEFELL = /^(?:\s+of\s+(?:them|those|these))?\s+(?:(?:were|was|had|have|has|are|is|got|get|gets)(?:\s+\p{Ll}+){0,3}?\s+(?:killed|dead|injured|wounded|hurt|missing|trapped|rescued|evacuated|arrested|detained|hospitali[sz]ed|(?:told|ordered|asked|urged)\s+to\s+(?:evacuate|flee|leave))|(?:still|remain(?:s|ed|ing)?)\s+(?:missing|trapped|unaccounted|hospitali[sz]ed)|died|perished|drowned)\b/u;
/** A count's noun run on into a list that ends in what it counts ("1,100 homes, businesses, and other buildings" counts buildings). */
const AND_OTHER = /^(?:,?\s+[\p{Ll}-]+){0,4},?\s+and\s+other\s+(\p{Ll}+)\b/u;
/** What a count of people counts, whatever noun it gives (`countedAs`). */
export const PEOPLE_STEM = stemOf('people');
/**
 * Nouns that count a story's objects, whatever they are: "eight items",
 * "nine pieces", "eight artifacts" and "nine jewels" are counts of one loot.
 * Only these: a noun for people or for anything else ("four thieves",
 * "two scooters") counts its own kind.
 */
const OBJECTS = new Set(['item', 'piece', 'object', 'artefact', 'artifact', 'thing', 'valuable', 'jewel', 'gem', 'painting', 'artwork'].flatMap((noun) => [noun, `${noun}s`]));
const OBJECTS_OF = '(objects)';
/** Buildings by any name: "2,000 structures" and "1,100 homes" are two counts of the buildings a fire destroyed. */
const BUILDINGS = new Set(['structure', 'building', 'home', 'house'].flatMap((noun) => [noun, `${noun}s`]));
const BUILDINGS_OF = '(buildings)';
/** Vehicles by any name: "7 cars" and "five vehicles" count what fell from one bridge. */
const VEHICLES = new Set(['vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'lorry', 'lorries', 'van', 'vans', 'suv', 'suvs', 'pickup', 'pickups', 'automobile', 'automobiles', 'bus', 'buses']);
const VEHICLES_OF = '(vehicles)';
/** The group a size counts ("the 22-member Indian crew", "a 300-strong delegation"): its noun after up to two words that describe it. */
const GROUP_AHEAD = /^(?:\s+[\p{L}-]+){0,2}?\s+(\p{Ll}[\p{Ll}-]*)\b/u;
const GROUP_SIZE = new Set(['member', 'strong']);
/** Those who did a crime, by any name: "three or four chainsaw-wielding robbers" and "four thieves" count one gang. Not "men" nor "suspects", who may be others. */
const CULPRITS = new Set(['thief', 'thieves', 'robber', 'robbers', 'burglar', 'burglars', 'raider', 'raiders', 'gunman', 'gunmen', 'attacker', 'attackers', 'assailant', 'assailants', 'perpetrator', 'perpetrators', 'intruder', 'intruders', 'culprit', 'culprits']);
export const CULPRITS_OF = '(culprits)';
/** Such a noun after a number and up to two words that describe it ("eight incredibly valuable items"), none of them one that joins or places. */
const nounAhead = (nouns: ReadonlySet<string>) =>
  new RegExp(String.raw`^(?:\s+(?!(?:and|or|of|to|from|in|on|at|by|for|with|than)\b)\p{Ll}[\p{Ll}-]*){0,2}\s+(?:${[...nouns].join('|')})\b`, 'u');
const OBJECTS_AHEAD = nounAhead(OBJECTS);
/** Cases that show things, by any name: "several display cases", "two glass display cases", "two displays", "two vitrines". */
const DISPLAYS = new Set(['display', 'case', 'vitrine', 'showcase', 'cabinet'].flatMap((noun) => [noun, `${noun}s`]));
const DISPLAYS_OF = '(display cases)';
const DISPLAYS_AHEAD = nounAhead(DISPLAYS);

/** Children by any name: "27 children", "about 20 girls", "10 kids" and "Ten campers" count the young of one toll; apart from everyone's ("68 people … including 28 children"). */
const CHILDREN = new Set(['child', 'children', 'kid', 'kids', 'girl', 'girls', 'boy', 'boys', 'minor', 'minors', 'camper', 'campers']);
/** What a count of children counts. */
export const CHILDREN_OF = '(children)';

/**
 * An earthquake's magnitude, however written: "a magnitude of 8.8",
 * "magnitude 8.7", "an 8.8-magnitude earthquake", "a 7.7 quake". One kind
 * of figure, whatever noun follows it.
 */
export const MAGNITUDE_OF = '(magnitude)';
/** A first reading of a magnitude, revised later: "initially had a preliminary magnitude of 8.0", not "the initial quake". */
const FIRST_READING = /\b(?:preliminary|initially|(?:initial|first)\s+(?:reading|estimate|magnitude|measurement|reports?|reported|measured))\b[^.;:!?]*$/iu;
/** "the jolt measured 7.9 in magnitude". */
const IN_MAGNITUDE = /^\s+in\s+magnitude\b/iu;
const MAGNITUDE_BEFORE = /\bmagnitudes?(?:\s+(?:of|to|at|was|is))?\s+$/iu;
/** How far after a figure its magnitude's mark is looked for: the figure's token and a few words. */
const MAGNITUDE_AFTER_REACH = 60;
/** A figure on the scale named after it: "measured 8.8 on the Richter scale". */
const RICHTER_AFTER = /^\s+on\s+the\s+Richter\b/iu;
/** A magnitude as seismologists write it, the sign on the figure: "M8.8", "Mw7.7". */
const MAGNITUDE_SIGN = /\bMw?$/u;
const QUAKE = /^(?:earthquake|quake|tremor|temblor|aftershock)s?$/u;
/**
 * An aftershock's magnitude is a figure of its own, never set against the main
 * quake's: "a 6.8 aftershock", "an aftershock of 6.4-magnitude", "aftershocks,
 * one measuring 6.4 magnitude".
 */
const AFTERSHOCK_OF = '(aftershock magnitude)';
const AFTERSHOCK_BEFORE = /\baftershocks?\b[^.;:!?]{0,25}$/iu;
const AFTERSHOCK_AFTER = /^(?:[-\u2010\u2011\s]magnitude)?\s+aftershock/iu;

function isMagnitude(text: string, start: number, unit: string, value: number): boolean {
  if (value <= 0 || value >= 10) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  // The words after the figure's own token, read once for both marks a magnitude may follow with.
  const after = text.slice(start, start + MAGNITUDE_AFTER_REACH).replace(/^\S+/u, '');
  return unit === 'magnitude' || MAGNITUDE_BEFORE.test(before) || IN_MAGNITUDE.test(after) || MAGNITUDE_SIGN.test(before) || (QUAKE.test(unit) && !Number.isInteger(value)) || RICHTER_AFTER.test(after);
}

/**
 * A share of a whole named by its noun: "eight of France's crown jewels",
 * "three of the victims" count jewels and people. Not "one of the
 * suspects", which tells of one of them, nor "one of the strongest
 * hurricanes"; not after a superlative.
 */
const PARTITIVE = /^\s+of\s+(?:the|their|its|his|her|\p{Lu}[\p{L}-]*['’]s)\s+(?!most\b|\p{Ll}+est\b)(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+s)\b/u;

/**
 * After "N-year": "old" and a word for a person, which makes it a person's
 * age ("the 69-year-old leader", "a 40-year-old brakeman"); a thing's age
 * is how long it has stood ("the 140-year-old funicular" / "operating for
 * almost 150 years").
 */
const PERSON_NOUNS = 'man|woman|boy|girl|child|leader|pope|pontiff|cardinal|priest|president|minister|pilot|driver|brakeman|worker|resident|victim|suspect|mother|father|son|daughter|teacher|student|officer|soldier|tourist|passenger|citizen|national|camper|counselor|counsellor|survivor|politician|prelate|missionary|american|native';
/** Those nouns as written in a title too ("the 76-year-old five-time Prime Minister"). */
const PERSON_NOUNS_WRITTEN = `${PERSON_NOUNS}|${PERSON_NOUNS.split('|').map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)).join('|')}`;
const YEARS_OLD = new RegExp(
  `^-old(?=\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${PERSON_NOUNS_WRITTEN})s?\\b|\\s+\\p{Lu}[\\p{L}'’-]+\\s+(?:had|has|was|is|will|would|said|says|became|becomes)\\b)|^\\s+old(?=,)`,
  'u',
);
/** A name and a comma right before a figure: "Prevost, 69," and "Cardinal Robert Prevost, 69 years old," give his age. */
const AGE_BETWEEN_COMMAS = /\p{Lu}[\p{L}'’-]+,\s$/u;

function afterNameAndComma(text: string, start: number): boolean {
  return AGE_BETWEEN_COMMAS.test(text.slice(Math.max(0, start - 40), start));
}

/** A capitalized word and a hyphen right before a number: the name the number is part of ("Chandrayaan-3", "COVID-19"). */
const NAME_BEFORE_NUMBER = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}]*[-\u2010\u2011]$/u;

/** The suffix of an ordinal written in digits ("267th", "2nd"). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/u;
/** What an ordinal counts: places in an order, whatever the noun ("the 267th pope" / "the 257th pontiff"). */
const ORDINAL_OF = '(ordinal)';

/** A share given "out of" a whole that names its noun: "About 23, out of the roughly 750 girls", "12 out of 15 members". */
const OUT_OF = /^,?\s+out\s+of\s+(?:(?:the|its|their|some|roughly|about|around|nearly|approximately|more\s+than)\s+)*[\d,]+\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}+s)\b/u;
/** A whole given before a figure with no noun of its own, in its clause: "Out of approximately 110,000 scheduled flights worldwide on Friday, nearly 1,400 were canceled". */
const OUT_OF_BEFORE = /\b(?:[Oo]ut\s+of|Of)\s+(?:(?:the|its|their|some|roughly|about|around|nearly|approximately|more\s+than|over)\s+)*[\d,.]+(?:\s+(?:million|billion|thousand))?(?:\s+[\p{Ll}-]+){0,2}?\s+(\p{Ll}+s)\b[^.;,]{0,60},\s*(?:(?:about|around|nearly|roughly|some|approximately|more\s+than|over|only|just)\s+)?$/u;
const OUT_OF_REACH = 160;

/**
 * A height something stands at, not how far it rose: "rose to its peak of
 * 37.52 feet", "crested at 29.45 feet", "a level of 29 and a half feet",
 * "went from a docile 5-foot flow" against "rose 26 feet", "a rise of
 * nearly 30 feet". A level is set only against a level.
 */
const LEVEL_BEFORE = /(?:\b(?:(?:peak|crest|level|height|high)\s+(?:of|at)|crest(?:ed|s|ing)?\s+at|(?:rose|risen|rising|rises|climbed|surged|reached|swelled)\s+to(?:\s+(?:its|a|the)\s+(?:\p{L}+\s+)?(?:peak|crest|level|height|high)\s+of)?|stood\s+at|was\s+at|measured)\s+(?:a\s+)?|\b(?:climb|rise|rose|went|fell|dropped)\s+from\s+(?:the\s+|an?\s+)?(?:\p{Ll}+\s+)?)(?:\d+(?:\.\d+)?\s*(?:-|–|to)\s*)?$/iu;
const LEVEL_OF = '(level)';
const LEVELS_LISTED = /^(?:(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*)?(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:at\s+)?|[^.;:!?]*\sand\s+at\s+)$/u;
/** A height over a mark is a level too: "rose 40-feet above the streambed", "10 feet above flood stage". */
const LEVEL_AFTER = /^\s+above\s+(?:the\s+)?(?:streambed|river ?bed|normal|flood stage|sea level|ground)\b/iu;

/** A people's name right after a figure: "169 Indians", "seven Portuguese nationals", "one Canadian". */
const NATION_NOUN = /^\s+\p{Lu}\p{Ll}+$/u;

/** What makes an amount a least one, right after it: "or more", "or above". */
const OR_MORE = /^\s+(?:or\s+(?:more|above|higher|greater|over)|and\s+(?:above|up))\b(?!\s+(?:than\b|\d))/iu;

/** Who are counted from a country: "five people from Portugal", "three from Great Britain". */
const FROM_COUNTRY = /^\s+(?:(?:people|persons?|nationals|citizens|passengers)\s+)?from\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})/u;

/**
 * The people a count counts by nationality, when it says so: a people's
 * name right after the figure ("169 Indians", "two South Koreans") or a
 * country it is from ("five people from Portugal").
 */
function nationOf(text: string, numeralEnd: number, end: number, afterFigure: string, unit: string): string | undefined {
  if (NATION_NOUN.test(afterFigure)) return countryOfPeople(`${unit}${TWO_WORD_PEOPLE.exec(text.slice(end))?.[0] ?? ''}`);
  const from = FROM_COUNTRY.exec(text.slice(numeralEnd));
  if (!from) return undefined;
  const words = fold(from[1] as string).split(' ');
  // "Great Britain" is Britain.
  return placeKey(words.join(' ')) ?? placeKey(words.slice(1).join(' '));
}

/** The second word of a people's name of two ("two South Koreans", "three New Zealanders"). */
const TWO_WORD_PEOPLE = /^\s+\p{Lu}\p{Ll}+/u;

/**
 * The country of a people a word names ("Indians", "Portuguese", "Britons"),
 * none for a body or a faith ("135 College of Cardinals", "1.4 billion
 * Catholics").
 * Britons are read here only: as a term of the matcher "Britons" stays a
 * word of its own (places.ts).
 */
function countryOfPeople(word: string): string | undefined {
  const folded = fold(word);
  const one = folded.endsWith('s') ? folded.slice(0, -1) : folded;
  for (const w of [folded, one]) {
    const country = w === 'briton' || w === 'brit' ? 'united kingdom' : (countryOfDemonym(w) ?? placeKey(w));
    if (country !== undefined && country !== w) return country;
  }
  return undefined;
}

/** Marks what the whole of a share counts: "roughly 750 girls" in "About 23, out of the roughly 750 girls". */
const WHOLE_OF = ' (whole)';

/** Whether a count is the whole a share is out of ("out of the roughly 750 girls"). */
export function isWhole(q: Quantity): boolean {
  return q.dimension === 'count' && q.of.endsWith(WHOLE_OF);
}

/** A noun for people after up to two words that describe them ("Eighty-one construction workers", "46 elderly residents"). */
const PEOPLE_AHEAD = new RegExp(String.raw`^(?:\s+(?!(?:and|or|of|to|from|in|on|at|by|for|with|than|were|was|are|is|had|have|has)\b)\p{Ll}[\p{Ll}-]*){1,2}\s+(${['people', 'residents', 'workers', 'civilians', 'villagers', 'individuals', 'children', 'girls', 'boys'].join('|')})\b`, 'u');

/** What a count counts: the stem of its noun, people under one name, objects under another. */
function countedAs(noun: string): string {
  if (OBJECTS.has(noun)) return OBJECTS_OF;
  if (DISPLAYS.has(noun)) return DISPLAYS_OF;
  if (CHILDREN.has(noun)) return CHILDREN_OF;
  // A people by its demonym is people: "15,000 Jamaicans", "300 Americans".
  if (noun.endsWith('s') && countryOfDemonym(noun.slice(0, -1))) return PEOPLE_STEM;
  if (BUILDINGS.has(noun)) return BUILDINGS_OF;
  if (VEHICLES.has(noun)) return VEHICLES_OF;
  if (CULPRITS.has(noun)) return CULPRITS_OF;
  // A venue's size by its seats however written: "6,200-seat" / "6,000-seater".
  if (noun === 'seater' || noun === 'seaters') return stemOf('seats');
  return PEOPLE.has(noun) ? PEOPLE_STEM : stemOf(noun);
}

/** Quantities of `text`, in order. A conversion in brackets right after one, or after its noun ("32-kilometer (20-mile)", "a 22 foot rise (6.7 meters)"), joins it. */
export function quantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  // Amounts in words no number word starts: a share ("a third of"), a group ("a quartet of"), a toll of none.
  if (!NUMBER_HINT.test(text)) {
    const points = pointsInWords(text);
    return [...noneIn(text), ...points, ...outside(fractionsIn(text), points), ...collectiveCounts(text)].sort((a, b) => a.start - b.start);
  }
  let whole = { from: 0, to: 0 };
  let nationals: Map<Quantity, string> | undefined;
  for (const match of text.matchAll(NUMBER)) {
    const numeral = match[1] as string;
    let value = numberValue(numeral);
    if (value === undefined) continue;
    // "several hundred" is hundreds, read with the vague counts.
    if (/^(?:hundred|thousand|million|billion)/iu.test(numeral) && SEVERAL_BEFORE.test(text.slice(Math.max(0, match.index - 9), match.index))) continue;
    // A clock time ("5 a.m.", "between 4 and 5 a.m.", "1200 hours") is a moment, read by moments.ts, not an amount.
    if (/^\d/u.test(numeral) && clockAt(text, match.index + match[0].indexOf(numeral))) continue;
    // A name's number ("Chandrayaan-3", "COVID-19"): a whole number joined by a hyphen to a capitalized word. Read here, as
    // NUMBER folds case; a decimal stays a measure ("M-7.4").
    if (match[0].startsWith(numeral) && /^\d+$/u.test(numeral) && NAME_BEFORE_NUMBER.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // An ordinal ("the 267th pope") is set only against ordinals, shown with its suffix.
    const ordinal = /^\d+$/u.test(numeral) && match[2] === undefined ? ORDINAL_SUFFIX.exec(text.slice(match.index + match[0].length)) : null;
    if (ordinal) {
      const end = match.index + match[0].length + ordinal[0].length;
      found.push({ start: match.index, end, text: text.slice(match.index, end), dimension: 'count', value, of: ORDINAL_OF });
      continue;
    }
    let unit = (match[2] ?? '').trim().replace(/^(?:["”’]\s*|[-\u2010\u2011])/u, '').toLowerCase();
    // "half a million", "a million", "about half a million": the article or the half is the figure's, and so is a hedge before them.
    const before = SCALE_WORD_FIRST.test(numeral) ? A_BEFORE.exec(text.slice(Math.max(0, match.index - A_REACH), match.index)) : null;
    const start = before ? match.index - before[0].length : match.index;
    if (before && /^half/iu.test(before[1] as string)) value /= 2;
    let end = match.index + match[0].length;
    const next = COUNT_MODIFIERS.has(unit) || FATE_BEFORE_NOUN.has(unit) ? NEXT_WORD.exec(text.slice(end)) : null;
    const noun = next && (COUNT_MODIFIERS.has(unit) || !STOPWORDS.has((next[1] as string).toLowerCase())) ? next : null;
    if (noun) {
      unit = (noun[1] as string).toLowerCase();
      end += noun[0].length;
    } else if (FATE_BEFORE_NOUN.has(unit) || FATE_ALONE.has(unit)) {
      // What befell them and no noun after: people ("another 18 injured, five seriously").
      unit = 'people';
    }
    const spanUnit = SPAN_MODIFIERS.has(unit) ? NEXT_WORD.exec(text.slice(end)) : null;
    if (spanUnit && Object.hasOwn(DURATION, (spanUnit[1] as string).toLowerCase())) {
      unit = (spanUnit[1] as string).toLowerCase();
      end += spanUnit[0].length;
    }
    const described = unit !== '' && !FATE_BEFORE_NOUN.has(unit) && !FATE_ALONE.has(unit) ? DESCRIBED.exec(text.slice(end)) : null;
    if (described && /(?:ed|ing)$/u.test(described[1] ?? unit) && !STOPWORDS.has(described[2] as string)) {
      unit = described[2] as string;
      end += described[0].length;
      // And one word more that describes them, when a plural follows it: "110,000 scheduled commercial flights". Not a
      // toll's noun, where the participle is the verb: "three sustained minor injuries".
      const plural = !unit.endsWith('s') ? DESCRIBED.exec(text.slice(end)) : null;
      if (plural && !plural[1] && /[^s]s$/u.test(plural[2] as string) && !STOPWORDS.has(plural[2] as string) && !PEOPLE.has(plural[2] as string)) {
        unit = plural[2] as string;
        end += plural[0].length;
      }
    }
    const others = unit !== '' && /^\p{L}+$/u.test(unit) ? AND_OTHER.exec(text.slice(end)) : null;
    if (others) {
      unit = others[1] as string;
      end += others[0].length;
    }
    const aboard = unit === 'passengers' ? ALL_ABOARD.exec(text.slice(end)) : null;
    if (aboard) {
      unit = 'people';
      end += aboard[0].length;
    }
    // A fraction ("two-thirds of the votes") is a share, read by fractionsIn.
    if (Object.hasOwn(PARTS, unit)) continue;
    const sign = SIGN_AT_START.exec(numeral.trim())?.[0].toLowerCase().replace('.', '');
    let quantity: Omit<Quantity, 'start' | 'end' | 'text'> | undefined;
    let ahead: RegExpExecArray | null;
    let perHour: RegExpExecArray | null;
    const numeralEnd = match.index + match[0].length - (match[2]?.length ?? 0);
    let signLength = 0;
    const slack = writtenSlack(numeral);
    const degrees = DEGREES.exec(text.slice(numeralEnd)) ?? SCALE_ON_FIGURE.exec(text.slice(numeralEnd));
    if (degrees) {
      end = numeralEnd + degrees[0].length;
      const fahrenheit = /^f/iu.test(degrees[1] ?? degrees[2] ?? '');
      const numeralStart = numeralEnd - numeral.length;
      const minus = MINUS_BEFORE.exec(text.slice(Math.max(0, numeralStart - 6), numeralStart));
      const signed = minus ? -value : value;
      // The sign is shown with its figure when it stands right before it.
      if (minus && start === numeralStart && /^[-\u2212]$/u.test(minus[0])) signLength = 1;
      const celsius = fahrenheit ? ((signed - 32) * 5) / 9 : signed;
      quantity = { dimension: 'temperature', value: celsius, of: '', slack: fahrenheit ? (slack * 5) / 9 : slack, written: signed };
    }
    else if (unit === '%' || unit === 'percent' || unit === 'per cent' || (unit === 'pc' && /\dpc$/u.test(match[0]))) quantity = { dimension: 'percent', value, of: '', slack };
    else if ((unit === 'basis' || unit === 'percentage') && (ahead = POINT_AHEAD.exec(text.slice(end)))) {
      end += ahead[0].length;
      quantity = { dimension: 'points', value: unit === 'basis' ? value : value * BASIS_POINTS_IN_A_POINT, of: '' };
    } else if (unit === 'bps' || unit === 'bp' || unit === 'bpts') quantity = { dimension: 'points', value, of: '' };
    else if (sign) {
      // Only a scale is the sum's unit ("$52bn", "£3.5m"); a word after it is not ("$52 billion to $57 billion").
      const scale = SCALE_ON_DIGITS.exec(text.slice(numeralEnd));
      end = numeralEnd + (scale?.[0].length ?? 0);
      quantity = { dimension: 'money', value: value * (scale ? (SCALE_ABBREVIATIONS[(scale[1] as string).toLowerCase()] as number) : 1), of: CURRENCY_SIGNS[sign] as string };
    }
    else if (Object.hasOwn(SPEED, unit)) quantity = { dimension: 'speed', value: value * (SPEED[unit] as number), of: '', slack: slack * (SPEED[unit] as number), written: value };
    else if ((unit === 'square' || unit === 'sq') && (ahead = SQUARE_OF.exec(text.slice(end))) && Object.hasOwn(LENGTH, (ahead[1] as string).toLowerCase())) {
      end += ahead[0].length;
      quantity = area(value, slack, (LENGTH[(ahead[1] as string).toLowerCase()] as number) ** 2);
    } else if (Object.hasOwn(LENGTH, unit) && (ahead = SQUARED.exec(text.slice(end)))) {
      end += ahead[0].length;
      quantity = area(value, slack, (LENGTH[unit] as number) ** 2);
    } else if (Object.hasOwn(AREA, unit)) quantity = area(value, slack, AREA[unit] as number);
    else if (Object.hasOwn(LENGTH, unit) && (perHour = PER_HOUR.exec(text.slice(end)))) {
      end += perHour[0].length;
      const perKm = (LENGTH[unit] as number) / 1000;
      quantity = { dimension: 'speed', value: value * perKm, of: '', slack: slack * perKm, written: value };
    } else if (Object.hasOwn(LENGTH, unit)) {
      const previous = found.at(-1);
      // The levels of a list stay levels: "crested at 29.45 feet in Hunt and 23.40 feet in Kerrville".
      const listed = previous?.of === LEVEL_OF && LEVELS_LISTED.test(text.slice(previous.end, start));
      const of = listed || LEVEL_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || LEVEL_AFTER.test(text.slice(end, end + 40)) ? LEVEL_OF : '';
      quantity = { dimension: 'length', value: value * (LENGTH[unit] as number), of, slack: slack * (LENGTH[unit] as number), written: value };
    }
    else if ((unit === 'year' || unit === 'years') && (ahead = YEARS_OLD.exec(text.slice(end))) && (ahead[0].startsWith('-') || afterNameAndComma(text, start))) {
      // An age ("the 69-year-old leader", "69 years old") is no span of events ("served for two decades").
      end += ahead[0].length;
      quantity = { dimension: 'age', value, of: '' };
    } else if (Object.hasOwn(DURATION, unit)) {
      const days = value * (DURATION[unit] as number);
      quantity = { dimension: /^within\s/iu.test(match[0]) ? 'deadline' : 'duration', value: days, of: '', slack: slack * (DURATION[unit] as number) };
    }
    else if (Object.hasOwn(CURRENCY_WORDS, unit)) quantity = { dimension: 'money', value, of: CURRENCY_WORDS[unit] as string };
    else if (isYear(numeral, value)) continue; // a year: dates read it
    else if (!OBJECTS.has(unit) && (ahead = OBJECTS_AHEAD.exec(text.slice(numeralEnd)))) {
      end = numeralEnd + ahead[0].length;
      quantity = { dimension: 'count', value, of: OBJECTS_OF };
    } else if ((ahead = DISPLAYS_AHEAD.exec(text.slice(numeralEnd)))) {
      end = numeralEnd + ahead[0].length;
      quantity = { dimension: 'count', value, of: DISPLAYS_OF };
    } else if (!PEOPLE.has(unit) && !CHILDREN.has(unit) && (ahead = PEOPLE_AHEAD.exec(text.slice(numeralEnd)))) {
      end = numeralEnd + ahead[0].length;
      quantity = { dimension: 'count', value, of: countedAs(ahead[1] as string) };
    } else if (unit === 'of' && value >= 2 && (ahead = PARTITIVE.exec(text.slice(numeralEnd)))) {
      end = numeralEnd + ahead[0].length;
      // Some of a gang is not the gang: "Two of the burglars" is not set against "four thieves".
      const noun = (ahead[1] as string).toLowerCase();
      quantity = { dimension: 'count', value, of: CULPRITS.has(noun) ? stemOf(noun) : countedAs(noun) };
    } else if ((unit === '' || unit === 'out') && value >= 2 && (ahead = OUT_OF.exec(text.slice(numeralEnd)))) {
      // "About 23, out of the roughly 750 girls": a count of girls, its text the figure alone.
      end = numeralEnd;
      quantity = { dimension: 'count', value, of: countedAs((ahead[1] as string).toLowerCase()) };
      whole = { from: numeralEnd, to: numeralEnd + ahead[0].length };
    } else if (isMagnitude(text, start, unit, value)) {
      if (unit !== 'magnitude' && !QUAKE.test(unit)) end = numeralEnd;
      const aftershock = /^aftershocks?$/u.test(unit) || AFTERSHOCK_AFTER.test(text.slice(numeralEnd)) || AFTERSHOCK_BEFORE.test(text.slice(Math.max(0, start - 30), start));
      const first = FIRST_READING.test(text.slice(Math.max(0, start - 40), start));
      quantity = { dimension: 'count', value, of: aftershock ? AFTERSHOCK_OF : first ? `${MAGNITUDE_OF} (first reading)` : MAGNITUDE_OF };
    } else if (BEFELL.test(text.slice(numeralEnd)) || (namesNothing(unit) && (FATE_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || TOLL_BEFORE.test(text.slice(Math.max(0, start - FATE_REACH), start))))) {
      end = numeralEnd;
      quantity = { dimension: 'count', value, of: PEOPLE_STEM };
    } else if (GROUP_SIZE.has(unit) && (ahead = GROUP_AHEAD.exec(text.slice(end)))) {
      // The size of a group is a count of its members, as "22 crew members" is: of the crew.
      quantity = { dimension: 'count', value, of: countedAs(ahead[1] as string) };
    } else if (unit !== '' && /^\p{L}+$/u.test(unit) && !/^(and|or|of|to|the|in|on|at|by|for|from|with|are|were|was|is|had|have|has)$/u.test(unit)) {
      quantity = { dimension: 'count', value, of: countedAs(unit) };
    } else if (value >= 1 && (ahead = OUT_OF_BEFORE.exec(text.slice(Math.max(0, start - OUT_OF_REACH), start)))) {
      // "Out of more than 110,000 scheduled commercial flights on Friday, 5,000 were cancelled": a count of flights, the
      // whole before it a count of its own.
      end = numeralEnd;
      quantity = { dimension: 'count', value, of: countedAs((ahead[1] as string).toLowerCase()) };
      const outOf = found[found.length - 1];
      if (outOf && outOf.dimension === 'count' && outOf.of === quantity.of && outOf.start >= start - ahead[0].length) outOf.of = `${outOf.of}${WHOLE_OF}`;
    } else {
      end = numeralEnd;
      quantity = { dimension: 'count', value, of: '' };
    }
    // A figure between commas after a name is the person's age ("Prevost, 69, is a native of Chicago").
    if (quantity.dimension === 'count' && quantity.of === '' && Number.isInteger(value) && value > 0 && value < 120 && afterNameAndComma(text, start) && text[start + numeral.length] === ',') {
      quantity = { dimension: 'age', value, of: '' };
    }
    // "one" after a determiner stands for a thing named before it ("Palisades is the big one (17,200 acres)"), not a count.
    if (quantity.dimension === 'count' && quantity.of === '' && PRONOUN_ONE.test(text.slice(Math.max(0, start - 30), start + numeral.length))) continue;
    // A figure quoted before its noun ("“About 23” girls") is shown with both its quotation marks, a magnitude with its sign ("M8.8").
    const magnitudeSign = quantity.of === MAGNITUDE_OF ? (MAGNITUDE_SIGN.exec(text.slice(Math.max(0, start - 2), start))?.[0].length ?? 0) : 0;
    const from = /^["”’]/u.test((match[2] ?? '').trim()) && /["“‘']/u.test(text[start - 1] ?? '') ? start - 1 : start - magnitudeSign - signLength;
    // The whole of a share ("out of the roughly 750 girls") is set only against another whole, not against the share's counterpart.
    if (start >= whole.from && start < whole.to && quantity.dimension === 'count') quantity = { ...quantity, of: `${quantity.of}${WHOLE_OF}` };
    // "7.0 magnitude or more", "10 or more people": a least amount.
    const orMore = OR_MORE.exec(text.slice(end));
    if (orMore && quantity.alternative === undefined) {
      end += orMore[0].length;
      quantity = { ...quantity, atLeast: true };
    }
    found.push({ start: from, end, text: text.slice(from, end), ...quantity });
    const nation = quantity.dimension === 'count' ? nationOf(text, numeralEnd, end, match[2] ?? '', unit) : undefined;
    if (nation !== undefined) (nationals ??= new Map()).set(found[found.length - 1] as Quantity, nation);
  }
  // Counts of several peoples break a whole down by nationality ("169 Indians, 53 Britons, seven Portuguese nationals"):
  // each counts its own people, and none of them is the whole's figure, nor a toll's.
  if (nationals && new Set(nationals.values()).size >= 2) {
    for (const [k, q] of found.entries()) {
      const nation = nationals.get(q);
      if (nation !== undefined) found[k] = { ...q, of: `(nationals) ${nation}` };
    }
  }
  // A bare figure like a magnitude, in a passage that gives one, is one too: "initially reported as magnitude 8.0 …,
  // but the U.S. Geological Survey later revised it to 8.8".
  if (found.some((q) => q.of.startsWith(MAGNITUDE_OF))) {
    for (const [k, q] of found.entries()) if (q.dimension === 'count' && q.of === '' && !Number.isInteger(q.value) && q.value > 0 && q.value < 10) found[k] = { ...q, of: MAGNITUDE_OF };
  }
  joinAlternatives(text, found);
  joinRanges(text, found);
  found.push(...outside(pointsInWords(text), found));
  found.push(...outside(vagueSpans(text), found));
  found.push(...outside(oneUnitSpans(text), found));
  found.push(...outside(vagueCounts(text), found));
  found.push(...outside(fractionsIn(text), found));
  found.push(...outside(collectiveCounts(text), found));
  for (const match of text.matchAll(PERIOD_END)) {
    const period = (match[1] as string).toLowerCase();
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], dimension: 'deadline', value: -(DURATION[period] as number), of: '' });
  }
  // "no one was killed" is a toll of none, not a count of one.
  const none = noneIn(text);
  const all = none.length === 0 ? found : [...outside(found, none), ...none];
  all.sort((a, b) => a.start - b.start);
  joinSpans(text, all);
  return joinConversions(text, all);
}

/** What joins the parts of one span: "One hour and 45 minutes", "about an hour, 45 minutes", "3 hours 20 minutes". */
const SPAN_PARTS_JOIN = /^(?:,?\s+and\s+|,\s*|\s+)$/u;

/**
 * Makes each span of `found` (in order) given in two units one span: "One
 * hour and 45 minutes" is 105 minutes, which "almost two hours" is not
 * (story AL). The second part is of a smaller unit, and less than one of
 * the first's; the hedge is the first's.
 */
function joinSpans(text: string, found: Quantity[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const first = found[i] as Quantity;
    const second = found[i + 1] as Quantity;
    if (first.dimension !== 'duration' || second.dimension !== 'duration' || first.atLeast || second.atLeast || first.alternative !== undefined || second.alternative !== undefined) continue;
    if (!SPAN_PARTS_JOIN.test(text.slice(first.end, second.start))) continue;
    const larger = DURATION[unitOf(first)];
    const smaller = DURATION[unitOf(second)];
    if (larger === undefined || smaller === undefined || smaller >= larger || second.value >= larger) continue;
    found.splice(i, 2, { ...first, end: second.end, text: text.slice(first.start, second.end), value: first.value + second.value, slack: second.slack ?? 0 });
  }
}

/** Two counts joined by "or", the first with no noun of its own: "three or four thieves", "one or two". */
const OR_BETWEEN = /^\s+or\s+$/u;
/** Labels on a scale, not counts: "a Category 4 or 5 hurricane" is one of either kind, not an unsure count. */
const SCALE_LABEL = new RegExp(String.raw`\b(?:${[...SCALE_WORDS, 'magnitude'].join('|')})\s+$`, 'iu');

/**
 * Makes each "three or four thieves" of `found` (in order) one amount that
 * allows either figure; the first takes the unit and the scale of the
 * second ("25 or 50 basis points", "two or three million people").
 */
function joinAlternatives(text: string, found: Quantity[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const first = found[i] as Quantity;
    const second = found[i + 1] as Quantity;
    if (first.dimension !== 'count' || first.of !== '' || !ALTERNATIVES.has(second.dimension)) continue;
    if (second.alternative !== undefined || !OR_BETWEEN.test(text.slice(first.end, second.start))) continue;
    if (SCALE_LABEL.test(text.slice(Math.max(0, first.start - 20), first.start))) continue;
    const scaleWord = SCALE_AFTER.exec(second.text)?.[1]?.toLowerCase();
    const scale = second.dimension !== 'count' ? second.value / figureOf(second) : scaleWord && !SCALE_AFTER.test(first.text) ? scaleOf(scaleWord) : 1;
    const alternative = first.value * scale;
    if (!Number.isFinite(alternative) || alternative === second.value) continue;
    found.splice(i, 2, { ...second, start: first.start, text: text.slice(first.start, second.end), alternative });
  }
}

/** A scale word of a count in words: "three million people". */
const SCALE_AFTER = asciiPattern(String.raw`\b(thousand|million|billion|trillion)\b`);

/** What an unsure amount ("three or four", "25 or 50 basis points") may count or measure. */
const ALTERNATIVES: ReadonlySet<Dimension> = new Set(['count', 'points', 'percent', 'money']);

/** What joins a range's two ends: "between 30 and 40", "30 to 40", "30-40". */
const RANGE_JOIN = /^(?:\s+(?:and|to)\s+|[-–])$/u;
/** Two ends each in its unit may be parted by a spaced dash too ("4.75% - 5.0%"); a bare figure before one may not ("M 8.0 - 136 km"). */
const SPACED_DASH = /^\s+[-–]\s+$/u;
const BETWEEN_BEFORE = /\bbetween\s+$/iu;
const FROM_BEFORE = /\bfrom\s+$/iu;

/**
 * Makes each range of `found` (in order) one amount that allows either end,
 * as "three or four" is: "between $52 and $57 billion", "$52 billion to $57
 * billion", "between 30 and 40 people". Two reports agree on a range when
 * they give the same ends. The first end takes the scale and the noun the
 * second is written with. Not a change: "rose from 20 to 30" is 30 now.
 */
function joinRanges(text: string, found: Quantity[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const first = found[i] as Quantity;
    const second = found[i + 1] as Quantity;
    const joint = text.slice(first.end, second.start);
    if (first.alternative !== undefined || second.alternative !== undefined || !(RANGE_JOIN.test(joint) || (SPACED_DASH.test(joint) && oneMeasure(first, second)))) continue;
    const before = text.slice(Math.max(0, first.start - 10), first.start);
    const between = BETWEEN_BEFORE.exec(before);
    // "from 20 to 30" is a change; "from 5.25-5.50 per cent to 4.75-5.00 per cent" a change between two ranges.
    if (/and/u.test(joint) ? !between : /to/u.test(joint) && FROM_BEFORE.test(before)) continue;
    const low = rangeStart(first, second);
    if (low === undefined || low >= second.value) continue;
    const start = first.start - (between?.[0].length ?? 0);
    found.splice(i, 2, { ...second, start, text: text.slice(start, second.end), alternative: low });
  }
}

/**
 * The value of a range's first end in the second's unit, when the two can
 * be one range: sums of one currency ("$52 to $57 billion"), or a bare
 * figure before an amount ("between 30 and 50 centimeters", "six to 10
 * inches", "400 to 500 people").
 */
function rangeStart(first: Quantity, second: Quantity): number | undefined {
  const scale = second.value / figureOf(second);
  if (first.dimension === 'money' && second.dimension === 'money' && first.of === second.of) return first.value === figureOf(first) ? first.value * scale : first.value;
  // Both ends in their unit: "4.75%-5%", "between 4.75 percent and 5 percent", "10 km to 20 km".
  if (oneMeasure(first, second)) return first.value;
  const bare = first.dimension === 'count' && first.of === '';
  return bare && second.dimension !== 'deadline' && !(second.dimension === 'count' && second.of === '') && Number.isFinite(scale) ? first.value * scale : undefined;
}

/** Two amounts of one measure each written with its unit, which may be a range's two ends. */
const RANGED: ReadonlySet<Dimension> = new Set(['percent', 'points', 'length', 'area', 'speed', 'temperature']);

function oneMeasure(first: Quantity, second: Quantity): boolean {
  return first.dimension === second.dimension && first.of === second.of && RANGED.has(first.dimension);
}

/** The figure an amount is written with, before any unit or scale word converts it ("$57 billion": 57; "50 centimeters": 50). */
function figureOf(q: Quantity): number {
  return numberValue(FIGURE.exec(q.text.replace(/^(?:between\s+)?\D*?(?=\d)/iu, ''))?.[0] ?? '') ?? q.value;
}

/** A figure in digits, or in number words only ("eight" of "eight inches"). */
const FIGURE = new RegExp(`[\\d.,]+|${WORDS}`, 'iu');

/**
 * A toll of none, as reports give it: "no confirmed deaths", "no reports
 * of casualties", "no one was killed". It is a count of people, zero, so
 * that "three deaths in Jamaica" and "no confirmed deaths" differ.
 */
const NONE = asciiPattern(String.raw`\b(?:no\s+(?:confirmed\s+|reported\s+|known\s+)?(?:reports\s+of\s+(?:any\s+)?)?(?:deaths|fatalities|casualties|injuries|deaths\s+or\s+injuries)|(?:no\s+one|nobody|none(?:\s+of\s+them)?)\s+(?:was\s+|has\s+been\s+|were\s+|have\s+been\s+)?(?:killed|injured|hurt|died))\b`, 'g');

const NONE_HINT = asciiPattern(String.raw`\bno(?:body|ne)?\b`);

function noneIn(text: string): Quantity[] {
  if (!NONE_HINT.test(text)) return [];
  return [...text.matchAll(NONE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], dimension: 'count', value: 0, of: PEOPLE_STEM }));
}

/**
 * Half the place of the last digit of a number in digits, times its scale
 * word ("2.5 million": 50,000); a whole number in words as its digits
 * ("three-mile" as "3-mile").
 */
function writtenSlack(numeral: string): number {
  // "a week" is one week exactly, "three weeks" three give or take a half, as "3 weeks".
  if (!/\d/u.test(numeral)) return /^an?$/iu.test(numeral.trim()) ? 0 : 0.5 * scaleOf(/(\p{L}+)$/u.exec(numeral.trim())?.[1]?.toLowerCase() ?? '');
  const decimals = /\.(\d+)/u.exec(numeral)?.[1]?.length ?? 0;
  const scale = /\s(\p{L}+)$/u.exec(numeral.trim())?.[1];
  return 0.5 * 10 ** -decimals * (scale ? scaleOf(scale.toLowerCase()) : 1);
}

function scaleOf(word: string): number {
  return SCALE[word] ?? 1;
}

function isYear(numeral: string, value: number): boolean {
  return /^\d{4}$/u.test(numeral.trim()) && value >= 1800 && value <= 2100;
}

/** "32-kilometer (20-mile)": one quantity whose text holds both. */
function joinConversions(text: string, quantities: Quantity[]): Quantity[] {
  const joined: Quantity[] = [];
  for (const q of quantities) {
    const last = joined[joined.length - 1];
    // The noun may come between: "a 22 foot rise (6.7 meters)".
    if (last && last.dimension === q.dimension && /^\s*(?:\p{L}+\s*)?\(\s*$/u.test(text.slice(last.end, q.start)) && sameValue(last, { ...q, of: last.of })) {
      const close = text.indexOf(')', q.end);
      const end = close >= 0 && close - q.end < 3 ? close + 1 : q.end;
      joined[joined.length - 1] = { ...last, end, text: text.slice(last.start, end) };
    } else joined.push(q);
  }
  return joined;
}

/**
 * Whether two quantities state the same amount. Converted units are rounded
 * in news text (32 km is written "20 miles", 2 km "1.2 miles"), so they agree
 * within 3%, or within what the more precise one's digits can hold; in
 * the same unit the numbers must be equal. A count, a sum or a share that
 * is hedged ("about", "nearly", "over") agrees with the figures the hedge
 * allows (`hedgesMeet`): "over 35 people" and "35 people" agree.
 */
export function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension || a.of !== b.of) return false;
  if (a.alternative !== undefined || b.alternative !== undefined) {
    // "hundreds of people" holds "400 to 500 people".
    const [least, other] = a.atLeast ? [a, b] : [b, a];
    if (least.atLeast) return holds(least, other.value) && holds(least, other.alternative ?? other.value);
    return sameAlternatives(a, b) || upToItsTop(a, b) || upToItsTop(b, a);
  }
  // Equal, as far as converting units in floating point can tell ("half an hour" / "30 minutes").
  if (Math.abs(a.value - b.value) <= 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value))) return true;
  // A least amount agrees with any amount at or over it ("weeks of clashes" / "six weeks").
  // A least amount is a range, from its value up to under its bound (none for "weeks of clashes"): they agree where it holds the other amount or meets its range.
  if (a.atLeast && b.atLeast) return a.value < (b.below ?? Infinity) && b.value < (a.below ?? Infinity);
  if (a.atLeast || b.atLeast) return a.atLeast ? holds(a, b.value) : holds(b, a.value);
  // The more precisely written of the two bounds how far a conversion of one into the other's unit can round. A
  // temperature converts to the other scale's whole degree, whatever its size: a share of it would allow a few degrees.
  const within =
    a.dimension === 'temperature'
      ? Math.max(a.slack ?? 0, b.slack ?? 0)
      : Math.max(CONVERSION_SHARE * Math.max(Math.abs(a.value), Math.abs(b.value)), Math.min(a.slack ?? 0, b.slack ?? 0));
  if (Math.abs(a.value - b.value) <= within && unitOf(a) !== unitOf(b)) return true;
  if (lastFigureApart(a, b)) return true;
  if (hedgedToItsDigits(a, b) || hedgedToItsDigits(b, a)) return true;
  // A share given as is rounds to its digits: "67%" is two-thirds, "33 percent" a third ("more than 99%" is hedged: below).
  if (a.dimension === 'percent' && !isHedged(a) && !isHedged(b) && Math.abs(a.value - b.value) <= Math.max(a.slack ?? 0, b.slack ?? 0)) return true;
  return hedgesMeet(a, b);
}

/** How far apart two figures in two units always agree: what converting and rounding to a few digits changes. */
const CONVERSION_SHARE = 0.03;

/**
 * A measure of a thing (a ship's length, a bridge's span, a speed) written
 * in one unit with three figures or more, in two reports, one apart in its
 * last figure: each outlet converted it from another unit and rounded its
 * own way ("984-foot" / "985-foot", both 300 m), which is no disagreement.
 * Counts, sums, shares and times are told as figures, not converted: there
 * one apart is another figure ("244" / "243 people").
 */
function lastFigureApart(a: Quantity, b: Quantity): boolean {
  if (!oneMeasureInOneUnit(a, b) || a.slack === undefined || b.slack === undefined || a.slack !== b.slack) return false;
  if (figuresOf(a) < 3 || figuresOf(b) < 3) return false;
  return Math.abs(a.value - b.value) <= 2 * a.slack * (1 + 1e-9);
}

const CONVERTED: ReadonlySet<Dimension> = new Set(['length', 'area', 'speed']);

/** Two measures that reports convert from other units (CONVERTED), written in one unit. */
function oneMeasureInOneUnit(a: Quantity, b: Quantity): boolean {
  return CONVERTED.has(a.dimension) && unitOf(a) === unitOf(b);
}

/**
 * A measure hedged to a small figure against one written finer in the same
 * unit that rounds to it on the hedge's side, within the hedge's share:
 * "nearly 2-mile-long" and "1.9-mile" are one bridge, as "about 6 miles" and
 * "6.2 miles" are one road; "1.6-mile" is another length. Two hedged
 * figures are left to `hedgesMeet` ("about 43 km" / "about 40 km" differ),
 * and counts are never rounded so.
 */
function hedgedToItsDigits(hedged: Quantity, other: Quantity): boolean {
  if (!oneMeasureInOneUnit(hedged, other) || isHedged(other)) return false;
  const hedge = hedgeOf(hedged);
  if (!hedge) return false;
  const [figure, finer] = [hedged.written ?? hedged.value, other.written ?? other.value];
  const places = decimalPlaces(figure);
  if (decimalPlaces(finer) <= places) return false;
  const step = 10 ** -places;
  if (Math.abs(Math.round(finer / step) * step - figure) > 1e-9 * step || Math.abs(finer - figure) > hedge[1] * figure * (1 + 1e-9)) return false;
  return hedge[2] === 'around' || (hedge[2] === 'under' ? finer < figure : finer > figure);
}

function decimalPlaces(figure: number): number {
  return /\.(\d+)$/u.exec(String(figure))?.[1]?.length ?? 0;
}

/** The significant figures of a measure as written: "984" three, "1.9" two, "1,100" two (its zeros may be rounding). */
function figuresOf(q: Quantity): number {
  const digits = String(q.written ?? q.value).replace(/[^\d]/gu, '').replace(/^0+/u, '').replace(/0+$/u, '');
  return digits.length;
}

/** A range and a bound at its top: "30 to 60 cm" and "up to 60 cm" tell one thing. */
function upToItsTop(range: Quantity, other: Quantity): boolean {
  return range.alternative !== undefined && range.alternative < range.value && other.alternative === undefined && UP_TO.test(other.text) && other.value === range.value;
}

const UP_TO = /^up\s+to\s/iu;

/** Two amounts that allow the same figures: "three or four" and "four or three". */
function sameAlternatives(a: Quantity, b: Quantity): boolean {
  const ends = (q: Quantity) => [q.value, q.alternative ?? q.value].sort((x, y) => x - y);
  const [a0, a1] = ends(a) as [number, number];
  const [b0, b1] = ends(b) as [number, number];
  if (a0 === b0 && a1 === b1) return true;
  // Given in two units, each end within what converting the other rounds to ("12-20 inches" / "30-50 cm").
  const near = (x: number, y: number) => Math.abs(x - y) <= 0.03 * Math.max(x, y) + Math.min(a.slack ?? 0, b.slack ?? 0);
  return unitOf(a) !== unitOf(b) && near(a0, b0) && near(a1, b1);
}

/**
 * The figures a hedged amount may stand for, as news writes them. Only a
 * round figure is hedged with room: "about two million" allows 1.9 million
 * (a twentieth either way, at most one unit of its last non-zero digit),
 * "nearly" or "almost" a figure is under it and "over", "more than" or "at
 * least" one over it, by up to a tenth and at most that unit ("more than
 * 530,000" allows 540,000, "more than 2,900 acres" 2,921; "over 100,000"
 * does not allow 120,000, nor "more than 270,000" 260,000). A figure that
 * is not round ("at least 35", "99.16%") or not hedged is itself.
 */
const HEDGES: readonly (readonly [RegExp, number, 'around' | 'under' | 'over'])[] = [
  [/^(?:about|around|approximately|roughly|some|close to|an estimated|estimated)\s/iu, 0.05, 'around'],
  [/^(?:nearly|almost|just under|slightly under|fewer than|less than|under)\s/iu, 0.1, 'under'],
  [/^(?:(?:well |just |slightly )?over|more than|at least|upwards of|in excess of)\s/iu, 0.1, 'over'],
];

/** A figure that opens with its scale ("million people"), and what may stand before it: "half a", "a", and a hedge before them. */
const SCALE_WORD_FIRST = /^(?:hundred|thousand|million|billion|trillion|dozen)\b/iu;
const A_BEFORE = new RegExp(`${QUALIFIER}\\b(half\\s+an?|an?)\\s+$`, 'iu');
const A_REACH = 40;

const WORDS_AT_SCALE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a)\s+(?:million|billion|trillion)\b/iu;

const DOZEN = asciiPattern(String.raw`\bdozen\b`);

/** The hedge a quantity is written with ("about", "nearly", "over"), if any. */
function hedgeOf(q: Quantity): (typeof HEDGES)[number] | undefined {
  return HEDGES.find(([words]) => words.test(q.text));
}

function isHedged(q: Quantity): boolean {
  return hedgeOf(q) !== undefined;
}

function hedgedRange(q: Quantity): [number, number] {
  const v = q.value;
  // A round figure in words at a scale ("two million have been told to evacuate") is never a count: about it.
  const hedge = hedgeOf(q) ?? (WORDS_AT_SCALE.test(q.text) ? HEDGES[0] : undefined);
  // Roundness is the written figure's ("about 20 km"), not its value in metres.
  const figure = q.written ?? v;
  // A dozen is a round figure of its own: "more than a dozen" runs to under two dozen, "nearly a dozen" from nine.
  if (hedge && figure === 12 && DOZEN.test(q.text)) {
    const [low, high] = hedge[2] === 'around' ? [10, 14] : hedge[2] === 'under' ? [9, 12 - 1e-6] : [12 + 1e-6, 24 - 1e-6];
    return [(low / 12) * v, (high / 12) * v];
  }
  const unit = roundUnit(figure);
  if (!hedge || unit < 10) return [v, v];
  const room = (Math.min(unit, hedge[1] * figure) / figure) * v;
  // "over X" excludes X itself, so that "more than 270,000" and "more than 260,000" do not meet at 270,000.
  const edge = room * 1e-6;
  return hedge[2] === 'around' ? [v - room, v + room] : hedge[2] === 'under' ? [v - room, v - edge] : [v + edge, v + room];
}

/** The place of a whole figure's last non-zero digit (1 when it has none to spare): 530,000 → 10,000; 1.9 million → 100,000; 35 → 1. */
function roundUnit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** Two amounts, one of them hedged at least, whose figures may be one (spans and deadlines keep their own rules). */
function hedgesMeet(a: Quantity, b: Quantity): boolean {
  if (a.dimension === 'duration' || a.dimension === 'deadline') return false;
  const [aLow, aHigh] = hedgedRange(a);
  const [bLow, bHigh] = hedgedRange(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** Whether a least amount's range holds `value`: "just hours" holds ninety minutes and a day, not half an hour nor three days. */
function holds(range: Quantity, value: number): boolean {
  return value >= range.value && value < (range.below ?? Infinity);
}

function unitOf(q: Quantity): string {
  if (q.dimension === 'temperature') return /f(?:ahrenheit)?(?![\p{L}])/iu.test(q.text.replace(/^[^\d]*[\d.,]+/u, '')) ? 'fahrenheit' : 'celsius';
  if (q.dimension === 'area' && /acre|hectare|\bha\b/iu.test(q.text)) return /acre/iu.test(q.text) ? 'acre' : 'hectare';
  if (q.dimension === 'duration' || q.dimension === 'deadline') {
    const unit = /(year|yr|month|week|day|hour|hr|minute|min|second|sec|decade)/iu.exec(q.text)?.[1]?.toLowerCase() ?? '';
    return UNIT_NAMES[unit] ?? unit;
  }
  const unit = /(mph|kph|km\/h|kmh|knot|km|kilomet|centimet|millimet|inch|\bcm\b|\bmm\b|mile|\bmi\b|feet|foot|ft|metre|meter|(?<=\d)m\b)/iu.exec(q.text)?.[1]?.toLowerCase() ?? '';
  return UNIT_NAMES[unit] ?? unit.slice(0, 4);
}

/** One name for each unit however written: "984-foot" and "985 feet", "300m" and "300 metres", "8200 Hrs" and "8,200 hours" are each in one unit. */
const UNIT_NAMES: Record<string, string> = {
  foot: 'feet', ft: 'feet', m: 'metr', meter: 'metr', kilomet: 'km', centimet: 'cm', millimet: 'mm', mi: 'mile',
  yr: 'year', hr: 'hour', min: 'minute', sec: 'second',
};

const MONTH_WORDS = MONTH_NAMES.map(capitalized);
/** A month alone ("in March", "by Sept."): its name, or its abbreviation and a full stop, capitalized. */
const MONTH = `(${[...MONTH_WORDS, ...MONTH_ABBREVIATIONS.map((a) => `${capitalized(a)}\\.`)].join('|')})`;
/**
 * A month beside a day or a year: there the full stop after an abbreviation
 * may be left out ("Aug 8", as Reuters writes it; "erupted on Jul 24"), and
 * no letter may follow ("8 Augusta" is no date).
 */
const MONTH_DATED = `(${[...MONTH_WORDS, ...MONTH_ABBREVIATIONS.map((a) => `${capitalized(a)}\\.?`)].join('|')})(?!\\p{L})`;
const DATE = new RegExp(
  `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b${MONTH_DATED}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_DATED}(?:,?\\s+(\\d{4}))?|\\b${MONTH_DATED}\\s+(\\d{4})\\b|\\b(?:in|of|since|until|by)\\s+${MONTH}(?!\\s+\\d)|\\b(?:in|of|since|until|by|before|after)\\s+(\\d{4})\\b`,
  'gu',
);

/** Every date holds a digit or a month's name: a text with neither has no date to read. */
const DATE_HINT = asciiPattern('\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec');

/** Dates of `text`: day, month and year as far as it gives them. */
export function datesIn(text: string): DateMention[] {
  const dates: DateMention[] = [];
  if (!DATE_HINT.test(text)) return dates;
  for (const m of text.matchAll(DATE)) {
    const g = m.slice(1);
    let date: Omit<DateMention, 'start' | 'end' | 'text'>;
    if (g[0]) date = { year: Number(g[0]), month: Number(g[1]), day: Number(g[2]) };
    else if (g[3]) date = { month: monthNumber(g[3]), day: Number(g[4]), ...(g[5] ? { year: Number(g[5]) } : {}) };
    else if (g[6]) date = { day: Number(g[6]), month: monthNumber(g[7] as string), ...(g[8] ? { year: Number(g[8]) } : {}) };
    else if (g[9]) date = { month: monthNumber(g[9]), year: Number(g[10]) };
    else if (g[11]) date = { month: monthNumber(g[11]) };
    else if (!yearAt(text, m.index + m[0].length, Number(g[12]))) continue;
    else date = { year: Number(g[12]) };
    let start = m.index;
    const prefix = /^(?:in|of|since|until|by|before|after)\s+/u.exec(m[0]);
    if (prefix) start += prefix[0].length;
    const end = m.index + m[0].length;
    const atNight = date.day !== undefined && (NIGHT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || NIGHT_AFTER.test(text.slice(end, end + 16)) || nightTimeAfter(text, end));
    dates.push({ start, end, text: text.slice(start, end), ...date, ...(atNight ? { atNight: true as const } : {}) });
  }
  return dates;
}

/**
 * Words that put a day at its edge, just before its date ("the night of",
 * "late on Monday,") or just after it ("June 23 evening"). Not "midnight":
 * "from midnight on July 28" is a time set in the zone where it applies,
 * and a report of another day there gives another moment.
 */
const NIGHT_BEFORE = /\b(?:night|evening|late|overnight|early hours|small hours)\b[\s\p{L},]{0,12}$/iu;
const NIGHT_AFTER = /^,?\s+(?:at\s+)?(?:night|evening)\b/iu;

/**
 * A time of night right after a date ("June 7 at 1:00 GMT", "June 6 at 9
 * p.m. ET"): as near the day's edge as "the night of".
 */
function nightTimeAfter(text: string, end: number): boolean {
  const lead = TIME_AFTER_DATE.exec(text.slice(end, end + 16));
  const time = lead ? clockAt(text, end + lead[0].length) : undefined;
  if (!time) return false;
  const hour = Number(time.time.split(':')[0]);
  return hour >= NIGHT_FROM || hour < NIGHT_UNTIL;
}

const TIME_AFTER_DATE = /^,?\s+(?:at\s+)?(?:(?:about|around|approximately)\s+)?/iu;
/** The hours a date's day may be the next or the one before in another zone, as reports give them: evening to early morning. */
const NIGHT_FROM = 18;
const NIGHT_UNTIL = 6;

const DAY_MS = 86_400_000;

/**
 * Two dates one day apart, one of them at the day's edge: a moment near
 * midnight is one date where it happened and the next or the one before in
 * another zone ("Monday, June 23" in Washington is "the night of June 24"
 * in Tehran), so the two may report one moment. Years left out are taken
 * as one.
 */
export function maybeOneMoment(a: DateMention, b: DateMention): boolean {
  if (!(a.atNight || b.atNight) || a.day === undefined || b.day === undefined || a.month === undefined || b.month === undefined) return false;
  const year = a.year ?? b.year ?? 2001;
  const apart = Date.UTC(b.year ?? year, b.month - 1, b.day) - Date.UTC(a.year ?? year, a.month - 1, a.day);
  return Math.abs(apart) === DAY_MS;
}

/** Units after a number: "of 2000 kilometers" is a length, not a year. */
const UNIT_AFTER = new RegExp(`^(?:[.,]\\d|\\s*%|[\\s-]+(?:${[...Object.keys(LENGTH), ...Object.keys(DURATION), 'per', 'percent'].join('|')})\\b)`, 'iu');

/** Whether a four-digit number after "in", "since"… ending at `end` reads as a year: one of news time, and no unit after it. */
function yearAt(text: string, end: number, year: number): boolean {
  return year >= 1800 && year <= 2100 && !UNIT_AFTER.test(text.slice(end, end + 16));
}

/** Two dates conflict when a field both give differs ("June 27" and "June 18"; not "June 27" and "2025"). */
export function datesConflict(a: DateMention, b: DateMention): boolean {
  const shared = (['year', 'month', 'day'] as const).filter((k) => a[k] !== undefined && b[k] !== undefined);
  if (shared.length === 0) return false;
  // A day alone against a month alone says nothing; comparable only when the finer field is shared.
  if (a.day !== undefined && b.day !== undefined && (a.month === undefined || b.month === undefined)) return false;
  return shared.some((k) => a[k] !== b[k]);
}
