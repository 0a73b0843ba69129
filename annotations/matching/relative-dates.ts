/**
 * Dates a passage gives relative to when its article was published ("last
 * month", "earlier this year"), read as the month or year they name, so
 * that one report's "last month" can be set against another's "May 2".
 * Each passage is read against its own article's date: two reports
 * published a month apart may both write "last month" of different months.
 *
 * Only months and years. "Yesterday", "on Tuesday" and the like name a day,
 * and a report dated where it was written is a day off from events in
 * another time zone as often as not (a ceasefire at midnight in Bangkok is
 * "Monday" in Washington and "Tuesday" in Phnom Penh): read as dates, they
 * would set reports that agree against each other. And "the last month",
 * "the past year" are spans of time, not the month or year before.
 */
import { asciiPattern } from './ascii-pattern';
import { capitalized, MONTH_NAMES } from './calendar';
import type { DateMention } from './quantities';
import { datesIn } from './quantities';

/** When an article was published, as far as its details say: a year at least ("this year"), a month for "last month". */
export interface PublicationDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * The publication date an article's details give (the sidecar's
 * `published`: ISO 8601 as imports write it, "2025-05", "2025", or a date
 * written out, "May 10, 2025"); undefined when they give no year.
 */
export function publicationDateOf(published: string | undefined): PublicationDate | undefined {
  if (!published) return undefined;
  const iso = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/u.exec(published);
  const found = iso
    ? { year: Number(iso[1]), month: iso[2] ? Number(iso[2]) : undefined, day: iso[3] ? Number(iso[3]) : undefined }
    : datesIn(published).find((d) => d.year !== undefined);
  if (!found?.year) return undefined;
  const { year, month, day } = found;
  const valid = year >= 1800 && year <= 2200 && (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || (month !== undefined && day >= 1 && day <= 31));
  return valid ? { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) } : undefined;
}

/**
 * "last month", "this year", "earlier this month", "next year"… not after
 * "the" or "a" ("over the last month", "in a year"), and not a span ("last
 * year's" is still the year, kept).
 */
const RELATIVE = asciiPattern(String.raw`(?<!\b(?:the|a|an|that|same)\s+)\b(?:(?:earlier|later)\s+)?(last|this|next)\s+(month|year)\b`, 'g');

const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/** The months and years `text` names relative to `published`, as dates with the fields they give. */
export function relativeDatesIn(text: string, published: PublicationDate | undefined): DateMention[] {
  if (!published) return [];
  const found: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const shift = SHIFT[(m[1] as string).toLowerCase()] as number;
    const start = m.index;
    const end = start + m[0].length;
    if ((m[2] as string).toLowerCase() === 'year') {
      found.push({ start, end, text: m[0], year: published.year + shift, reads: String(published.year + shift) });
    } else if (published.month !== undefined) {
      const months = published.year * 12 + (published.month - 1) + shift;
      const year = Math.floor(months / 12);
      const month = (months % 12) + 1;
      found.push({ start, end, text: m[0], year, month, reads: `${capitalized(MONTH_NAMES[month - 1] as string)} ${year}` });
    }
  }
  return found;
}
