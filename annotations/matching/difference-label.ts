/**
 * The name a difference is shown under, in the Elsewhere panel and in the
 * brief. A time of day given otherwise is a `date` difference in the command
 * line's contract, but reads as a time ("time: 15:35 / around 3:30 PM");
 * the statement given to two people is a `person` difference that reads as
 * its speaker ("speaker: Donald Trump announced / Vikram Misri said"); two
 * outlets credited are a `name` difference that reads as the source
 * ("source: as reported by Reuters / according to The New York Times").
 * Its modules import nothing further: the renderer shows it too.
 */
import { MONTH_NAMES } from './calendar';
import { holdsClockTime } from './clock';
import { givesStatement } from './speakers';

const MONTH = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})`;
/** A month's name or a date in digits: a text holding one is a date, with or without a time. */
const CALENDAR = new RegExp(`\\b${MONTH}[a-z]*\\.?\\s+\\d|\\d\\s+${MONTH}|\\d{4}-\\d{2}-\\d{2}`, 'iu');

function isTimeOfDay(text: string): boolean {
  return holdsClockTime(text) && !CALENDAR.test(text);
}

/** How attributions.ts quotes an outlet credited: "according to …", "told …", "… reported". */
const CREDITS = /^(?:according\s+to|(?:as\s+)?reported\s+by|citing|told|(?:confirmed|said|spoke|speaking)\s+to|interviews?\s+with)\s|\s(?:reported|reports)$/u;

/** Lower case ("number", "time"); the caller capitalizes where a label starts a line. */
export function differenceLabel(d: { kind: string; here: string; there: string }): string {
  if (d.kind === 'date' && isTimeOfDay(d.here) && isTimeOfDay(d.there)) return 'time';
  if (d.kind === 'person' && givesStatement(d.here) && givesStatement(d.there)) return 'speaker';
  if (d.kind === 'name' && CREDITS.test(d.here) && CREDITS.test(d.there)) return 'source';
  return d.kind;
}
