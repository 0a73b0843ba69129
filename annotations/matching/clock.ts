/**
 * Clock times as news text writes them: "5 pm", "5:30 p.m.", "17:00",
 * "15:35 hours", "1700 hours", "18.03 Hrs. IST". One reading for the matcher's terms and the
 * differences (moments.ts) and for the label a difference is shown under
 * (difference-label.ts); no imports, as the renderer shows that label.
 */

/** "5 pm", "5:30 p.m.", "12 PM", "1.38 pm". */
const TWELVE_HOUR = /(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/iy;
/** "17:00", "15:35 hours". */
const CLOCK = /(\d{1,2}):(\d{2})(?!\d)(?:\s*(?:hours|hrs)\b)?/iy;
/**
 * "1700 hours", "1200 hrs": military time needs its word, and is no span of
 * hours ("logged 1200 hours of flight", "for 1500 hours", "more than 2000
 * hours").
 */
const MILITARY = /(?<!\b(?:for|over|than|of|logged|some)\s+)(\d{2})(\d{2})\s*(?:hours|hrs)\b(?!\s+of\b)/iy;

/** The zones that mark four digits, or a time with a stop, as a time of day ("1339 IST", "18.03 Hrs. IST"). */
const ZONES = 'GMT|UTC|IST|PKT|EST|EDT|PST|PDT|CST|CDT|BST|CET|CEST|IDT|MSK';

/**
 * "1339 IST", "0809 UTC": four digits and a zone's abbreviation, written in
 * capitals (moments.ts reads the zone; the same abbreviations).
 */
const MILITARY_ZONED = new RegExp(String.raw`(\d{2})(\d{2})(?=\s*(?:${ZONES})\b)`, 'y');

/**
 * "18.03 Hrs. IST", "at 17.44 hrs": a stop between hours and minutes, as
 * Indian news writes the 24-hour clock; a time only after "at", "around"…
 * or before a zone, as "2.30 hours" may be a span.
 */
const DOTTED_HOURS = new RegExp(
  String.raw`(?:(?<=\b(?:at|around|about|approximately|by|till|until|from|before|after)\s+)|(?=\d{1,2}\.\d{2}\s*(?:hours|hrs)\b\.?\s*(?:${ZONES})\b))(\d{1,2})\.(\d{2})\s*(?:hours|hrs)\b\.?`,
  'iy',
);

/**
 * The first time of a range that gives "am" or "pm" once, after the second:
 * "between 9.30 and 9.40 am", "between 4 and 5 a.m.".
 */
const RANGE_START = /(\d{1,2})(?:[:.](\d{2}))?(?=\s*(?:and|to|-|–)\s*(\d{1,2})(?:[:.]\d{2})?\s*([ap])\.?\s?m\b)/iy;

const READERS: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [TWELVE_HOUR, (m) => twelveHour(Number(m[1]), Number(m[2] ?? 0), (m[3] as string).toLowerCase() === 'p')],
  [RANGE_START, (m) => rangeStart(Number(m[1]), Number(m[2] ?? 0), Number(m[3]), (m[4] as string).toLowerCase() === 'p')],
  [CLOCK, (m) => clock(Number(m[1]), Number(m[2]))],
  [MILITARY, (m) => clock(Number(m[1]), Number(m[2]))],
  [MILITARY_ZONED, (m) => clock(Number(m[1]), Number(m[2]))],
  [DOTTED_HOURS, (m) => clock(Number(m[1]), Number(m[2]))],
];

/** The clock time written at `start` of `text` ("17:05", as the term), and where its writing ends. */
export function clockAt(text: string, start: number): { time: string; end: number } | undefined {
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    const time = m ? read(m) : undefined;
    if (m && time) return { time, end: start + m[0].length };
  }
  return undefined;
}

/** The minutes since midnight of a clock time as `clockAt` gives it ("17:05"). */
export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Where a clock time may start: a number not inside a word or another number. */
export const CLOCK_START = /(?<![\p{L}\p{N}.,:])\d{1,4}/gu;

/** Whether `text` holds a clock time anywhere. */
export function holdsClockTime(text: string): boolean {
  for (const d of text.matchAll(CLOCK_START)) if (clockAt(text, d.index)) return true;
  return false;
}

/** A range's start, in its end's half of the day unless it runs across noon or midnight ("from 11 to 2 pm" starts at 11 am). */
function rangeStart(hour: number, minute: number, endHour: number, endAfternoon: boolean): string | undefined {
  return twelveHour(hour, minute, hour % 12 > endHour % 12 ? !endAfternoon : endAfternoon);
}

function twelveHour(hour: number, minute: number, afternoon: boolean): string | undefined {
  if (hour < 1 || hour > 12) return undefined;
  return clock((hour % 12) + (afternoon ? 12 : 0), minute);
}

function clock(hour: number, minute: number): string | undefined {
  if (hour > 23 || minute > 59) return undefined;
  return `${hour}:${String(minute).padStart(2, '0')}`;
}
