/**
 * Times of day as one term, so that reports that write them differently
 * still meet on them: "17:00 hours", "1700 hours IST", "5 pm" and "5:00 PM"
 * are the term `17:00`. And the month May, which would otherwise be read as
 * the modal verb, a function word. Terms that start with a digit are shown
 * as numbers in "why suggested"; no stem has a colon, so a time never meets
 * a word.
 */
import { asciiPattern } from './ascii-pattern';
import { clockAt, CLOCK_START } from './clock';
import { stemOf, type Token } from './tokens';

export interface Moment {
  term: string;
  /** The last token the moment covers. */
  last: number;
}

/** The time of day, or the month May, that starts at token `i`, if one does. */
export function momentAt(text: string, tokens: readonly Token[], i: number): Moment | undefined {
  const token = tokens[i] as Token;
  const first = token.word.charCodeAt(0);
  if (first >= 48 && first <= 57) return timeAt(text, tokens, i);
  return monthMay(tokens, i);
}

function timeAt(text: string, tokens: readonly Token[], i: number): Moment | undefined {
  const found = clockAt(text, (tokens[i] as Token).start);
  return found ? { term: found.time, last: lastTokenBefore(tokens, i, found.end) } : undefined;
}

/** A time of day as a passage writes it, with the clock it is given in. */
export interface TimeOfDay {
  start: number;
  end: number;
  text: string;
  /** `17:05`, as the term. */
  time: string;
  /**
   * The time zone the passage names ("GMT", "IST", "Pakistan Standard Time",
   * "Israel time"), lower-cased, one name for the names of one region's
   * clock ("EST", "EDT", "ET" and "Eastern Time" are all `et`); '' when it
   * names none or says "local time".
   */
  zone: string;
  /** The passage says in which zone, by name or as "local time"; else the time may be in its writer's zone, any one. */
  zoned: boolean;
  /** The end of a window the passage gives ("between 9:30 and 9:40 am"), `time` being its start. */
  until?: string;
  /** Written on a twelve-hour clock with no "am" or "pm" ("at 6:04 local time"): the hour may be the evening's too. */
  eitherHalf?: true;
}

/** Every time of day in `text`, in order, each with the zone its passage names. */
export function timesOfDay(text: string): TimeOfDay[] {
  const found: TimeOfDay[] = [];
  const named = NAMED_HOUR_HINT.test(text);
  if (!named && !/\d/u.test(text)) return found;
  const zone = zoneOf(text);
  const zoned = zone !== '' || LOCAL_TIME.test(text);
  let previous: { end: number } | undefined;
  for (const d of text.matchAll(CLOCK_START)) {
    if (previous && d.index < previous.end) continue;
    const read = clockAt(text, d.index);
    if (!read) continue;
    const after = text.slice(read.end, read.end + 32);
    // The same moment in another zone, in brackets after the first ("13:39 local time (08:09 GMT)"): one time, not two.
    const conversion = previous !== undefined && CONVERSION.test(text.slice(previous.end, d.index));
    previous = { end: read.end + (ZONE_AFTER.exec(after)?.[0].length ?? 0) };
    if (conversion) continue;
    const hedged = hedgedStart(text, d.index);
    const until = windowEnd(text, hedged, read.end);
    const start = until?.start ?? hedged;
    if (until) previous = { end: until.end };
    const end = until?.end ?? read.end;
    const eitherHalf = !until && UNMARKED_HALF.test(text.slice(d.index, read.end));
    found.push({ start, end, text: text.slice(start, end), time: read.time, zone: ownZone(text.slice(end, end + 32)) ?? zone, zoned, ...(until ? { until: until.time } : {}), ...(eitherHalf ? { eitherHalf } : {}) });
  }
  if (named) {
    for (const m of text.matchAll(NAMED_HOUR)) {
      const start = hedgedStart(text, m.index);
      const end = m.index + m[0].length;
      const time = m[0].toLowerCase() === 'midnight' ? '0:00' : '12:00';
      found.push({ start, end, text: text.slice(start, end), time, zone: ownZone(text.slice(end, end + 32)) ?? zone, zoned });
    }
    found.sort((x, y) => x.start - y.start);
  }
  return found;
}

/** "6:04", "11:30": an hour of the twelve-hour clock with its minutes and nothing after (not "06:04", "18:04", "6:04 pm", "15:35 hours"). */
const UNMARKED_HALF = /^(?:[1-9]|1[0-2]):\d{2}$/u;

/** What opens a window of time: "between" for "and", "from" for "to" or "until"; a dash needs neither ("9:30-9:40 am"). */
const WINDOW_OPENS = /\b(between|from)\s+$/iu;
const WINDOW_JOIN = /^\s*(?:(and|to|until|till)\s+|[-–]\s*)(?:(?:about|around|approximately|roughly)\s+)?/iu;

/**
 * The window a time read at `start`..`end` opens, if it opens one ("between 4
 * and 5 a.m.", "from 10 p.m. to 5:10 a.m."): its end time, where its text
 * ends, and where it starts, at the word that opens it.
 */
function windowEnd(text: string, start: number, end: number): { time: string; start: number; end: number } | undefined {
  const join = WINDOW_JOIN.exec(text.slice(end, end + 24));
  if (!join) return undefined;
  const opener = WINDOW_OPENS.exec(text.slice(Math.max(0, start - 10), start));
  const opens = opener?.[1]?.toLowerCase();
  const word = join[1]?.toLowerCase();
  if (word === undefined ? opens !== undefined : word === 'and' ? opens !== 'between' : opens !== 'from') return undefined;
  const last = clockAt(text, end + join[0].length);
  return last && { time: last.time, start: start - (opener?.[0].length ?? 0), end: last.end };
}

/** An hour by its name ("just after midday local time", "around midnight"); only here, where times are compared, not in matching. */
const NAMED_HOUR = asciiPattern(String.raw`\b(?:noon|midday|midnight)\b`, 'g');
const NAMED_HOUR_HINT = asciiPattern(NAMED_HOUR.source);

const LOCAL_TIME = /\blocal\s+time\b/iu;

/** What may stand between a time and its conversion: its zone, then an opening bracket. */
const CONVERSION = /^[^.;()\d]{0,24}\(\s*$/u;

/** The zone written right after a time: '' for "local time", none when nothing is. */
function ownZone(after: string): string | undefined {
  const m = ZONE_AFTER.exec(after);
  if (!m) return undefined;
  if (m[1]) return oneClock(m[1]);
  if (m[2]) return NOT_ZONES.has(m[2].toLowerCase()) ? undefined : oneClock(m[2]);
  return '';
}

/**
 * Reports write a region's clock by its standard, its summer or its plain
 * name, whatever the season ("6 p.m. EST" in July): the names of one clock
 * are one zone, so that its times are compared. GMT and UTC read alike.
 */
const ONE_CLOCK: ReadonlyMap<string, string> = new Map([
  ...['est', 'edt', 'eastern'].map((name) => [name, 'et'] as const),
  ...['pst', 'pdt', 'pacific'].map((name) => [name, 'pt'] as const),
  ...['cst', 'cdt', 'central'].map((name) => [name, 'ct'] as const),
  ['gmt', 'utc'],
  ['greenwich', 'utc'],
]);

function oneClock(zone: string): string {
  const name = zone.toLowerCase();
  return ONE_CLOCK.get(name) ?? name;
}

/** A word before a time that says it is approximate, kept in its text so that the analyst reads it ("around 3:30 PM"). */
const APPROXIMATELY = /\b(?:around|about|approximately|roughly|nearly|shortly (?:after|before)|just (?:after|before))\s+$/iu;

/** Where a time's text starts: at the word that makes it approximate, when one stands right before it. */
function hedgedStart(text: string, at: number): number {
  return at - (APPROXIMATELY.exec(text.slice(Math.max(0, at - 24), at))?.[0].length ?? 0);
}

/** Abbreviations of zones, as reports give them after a time ("1130 GMT", "midnight ET"). */
const ZONE_NAMES = 'GMT|UTC|IST|PKT|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|BST|CET|CEST|IDT|MSK';
const ZONE_ABBREVIATION = new RegExp(String.raw`\b(${ZONE_NAMES})\b`, 'u');
/** A zone in words: "Pakistan Standard Time", "Israel time", "Eastern Time". */
const ZONE_IN_WORDS = String.raw`\b(\p{Lu}\p{Ll}+)(?:\s+(?:Standard|Daylight|Summer))?\s+[Tt]ime\b`;
const ZONE_WORDS = new RegExp(ZONE_IN_WORDS, 'gu');
/** A zone right after a time, which is that time's own ("13:39 local time", "1339 IST", "7 a.m. Israel time"). */
const ZONE_AFTER = new RegExp(String.raw`^\s*(?:local\s+time\b|\b(${ZONE_NAMES})\b|${ZONE_IN_WORDS})`, 'u');
/** Capitalized words before "time" that name no zone ("This time", "At the Same time"). */
const NOT_ZONES = new Set(['this', 'that', 'each', 'every', 'last', 'next', 'same', 'some', 'any', 'first', 'one', 'no', 'the', 'at', 'by', 'local', 'prime', 'full', 'part', 'half', 'peak', 'real', 'record', 'summer', 'winter']);

/** The zone a passage gives its times in, '' when none (or "local time"). */
function zoneOf(text: string): string {
  const abbreviation = ZONE_ABBREVIATION.exec(text)?.[1];
  if (abbreviation) return oneClock(abbreviation);
  for (const m of text.matchAll(ZONE_WORDS)) {
    const word = (m[1] as string).toLowerCase();
    if (!NOT_ZONES.has(word)) return oneClock(word);
  }
  return '';
}

function lastTokenBefore(tokens: readonly Token[], i: number, end: number): number {
  let last = i;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
  return last;
}

/**
 * The month May where it cannot be the verb "may": beside a day or a year
 * ("May 12", "12th of May", "May 2025") or after a word that leads a time
 * ("in May", "since May"). Other months are words of their own already; a
 * date stays a month and a day, two terms, so that "in May" still meets
 * "on May 12" and a full date counts as both.
 */
function monthMay(tokens: readonly Token[], i: number): Moment | undefined {
  const token = tokens[i] as Token;
  if (!token.capital || token.word !== 'may') return undefined;
  const next = tokens[i + 1]?.word ?? '';
  const before = tokens[i - 1]?.word ?? '';
  const dated = isDay(next) || /^(?:19|20)\d\d$/u.test(next) || BEFORE_A_MONTH.has(before) || (before === 'of' && isDay(tokens[i - 2]?.word ?? ''));
  return dated ? { term: MAY, last: i } : undefined;
}

const MAY = stemOf('may');
const BEFORE_A_MONTH = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'through', 'early', 'late', 'mid', 'last', 'next', 'this']);
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/u;

function isDay(word: string): boolean {
  const m = ORDINAL_DAY.exec(word);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31;
}
