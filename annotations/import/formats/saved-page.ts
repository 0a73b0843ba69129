/**
 * Where and when a saved page came from, as the saving browser or extension
 * wrote it into the file:
 * - Chrome, Edge and Internet Explorer ("Webpage, HTML only" and "complete")
 *   put `<!-- saved from url=(0042)https://… -->` at the top (the "mark of
 *   the web": the number is the address's length);
 * - the SingleFile extension, a comment `Page saved with SingleFile` with
 *   `url:` and `saved date:` lines.
 * Firefox writes neither; its pages keep only their canonical link and og:url.
 */
import { publishedDate } from '../plain-text';

export interface SavedFrom {
  url?: string;
  accessed?: string;
}

/** Only the top of the file is looked at: both marks come before the page. */
const HEAD_CHARS = 4096;

export function savedFrom(html: string): SavedFrom {
  const head = html.slice(0, HEAD_CHARS);
  const mark = /<!--\s*saved from url=\(\d{4}\)(\S+?)\s*-->/iu.exec(head);
  const singleFile = /<!--\s*Page saved with SingleFile\s([\s\S]*?)-->/u.exec(head);
  const url = webAddress(mark?.[1]) ?? webAddress(singleFile ? /^\s*url:\s*(\S+)/mu.exec(singleFile[1]!)?.[1] : undefined);
  const accessed = singleFile ? savedDate(/^\s*saved date:\s*(.+)$/mu.exec(singleFile[1]!)?.[1]) : undefined;
  return { ...(url ? { url } : {}), ...(accessed ? { accessed } : {}) };
}

/** Only plain web addresses count: a `javascript:`, `data:` or `file:` one is no page's address. */
export function webAddress(value: string | undefined | null): string | undefined {
  const clean = value?.trim();
  return clean && clean.length <= 2000 && /^https?:\/\/[^\s<>"]+$/iu.test(clean) ? clean : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A day written with an English month name (`Dec`, `December`) as YYYY-MM-DD; undefined if the month is no month. */
export function isoDay(year: string, month: string, day: string): string | undefined {
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** SingleFile writes JavaScript's `Date.toString()`: `Wed Sep 24 2026 10:00:00 GMT+0200 (…)`; the day as written. */
function savedDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /\b([A-Za-z]{3})\s+(\d{1,2})\s+(\d{4})\b/u.exec(value);
  if (match) return isoDay(match[3]!, match[1]!, match[2]!);
  const iso = publishedDate(value);
  return iso !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? iso : undefined;
}
