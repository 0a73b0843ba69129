/**
 * The name a difference is shown under, in the Elsewhere panel and in the
 * brief. A time of day given otherwise is a `date` difference in the command
 * line's contract, but reads as a time ("time: 15:35 / around 3:30 PM").
 * No imports: the renderer shows it too.
 */
/** A clock time as moments.ts reads one: "15:35", "3:30 PM", "5 p.m.", "1535 hours". */
const CLOCK = /\d{1,2}:\d{2}|\b\d{1,2}\s?[ap]\.?\s?m\b|\b\d{4}\s*(?:hours|hrs)\b/iu;
/** A month's name or a date in digits: a text holding one is a date, with or without a time. */
const CALENDAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2}/iu;

function isTimeOfDay(text: string): boolean {
  return CLOCK.test(text) && !CALENDAR.test(text);
}

/** Lower case ("number", "time"); the caller capitalizes where a label starts a line. */
export function differenceLabel(d: { kind: string; here: string; there: string }): string {
  return d.kind === 'date' && isTimeOfDay(d.here) && isTimeOfDay(d.there) ? 'time' : d.kind;
}
