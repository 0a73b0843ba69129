/**
 * Numbers and times of day close enough to be two reports of one figure:
 * "242 people on board" / "244 people on board", "took off at 13:39" /
 * "departed at 13:38", "8,200 hours" / "8200 hours". Reports of one event
 * disagree on exactly these details, so an exact term would keep the
 * passages that state the claim apart; the matcher reads a close figure as
 * another spelling of the claim's (query.ts), and the differences name how
 * they differ (differences.ts).
 *
 * Close: within CLOSE_SHARE of each other for numbers of MIN_VALUE or more
 * (small numbers are too common to join two passages), within
 * CLOSE_MINUTES for times. A year is only itself: 2024 is no report of
 * 2025.
 */
import { minuteOfDay } from './clock';

/** Numbers under this are matched exactly. */
const MIN_VALUE = 20;
/** How far apart two numbers may be, as a share of the larger. */
const CLOSE_SHARE = 0.03;
/** How far apart two times of day may be. */
const CLOSE_MINUTES = 5;

const NUMBER_TERM = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/u;
const TIME_TERM = /^\d{1,2}:\d{2}$/u;

/** What a term says as a figure: a number, or a time of day in minutes; none for other terms and for years. */
export type Figure = { kind: 'number'; value: number } | { kind: 'time'; minutes: number };

export function figureOf(term: string): Figure | undefined {
  if (TIME_TERM.test(term)) return { kind: 'time', minutes: minuteOfDay(term) };
  if (!NUMBER_TERM.test(term)) return undefined;
  const value = Number(term.replace(/,/gu, ''));
  if (value < MIN_VALUE || isYear(term, value)) return undefined;
  return { kind: 'number', value };
}

function isYear(term: string, value: number): boolean {
  return /^\d{4}$/u.test(term) && value >= 1900 && value <= 2100;
}

export function figuresClose(a: Figure, b: Figure): boolean {
  if (a.kind === 'time' || b.kind === 'time') return a.kind === 'time' && b.kind === 'time' && Math.abs(a.minutes - b.minutes) <= CLOSE_MINUTES;
  return Math.abs(a.value - b.value) <= CLOSE_SHARE * Math.max(a.value, b.value);
}

/** The buckets a figure is kept under: neighbours in value fall in the same or the next bucket. */
function bucketOf(figure: Figure): number {
  return figure.kind === 'time' ? -1 - Math.floor(figure.minutes / CLOSE_MINUTES) : Math.floor(Math.log(figure.value) / Math.log1p(CLOSE_SHARE));
}

/** The set's figures by bucket, so that a claim's figure finds its close ones without reading every term. */
export class FigureTable {
  private readonly buckets = new Map<number, string[]>();

  add(term: string): void {
    const figure = figureOf(term);
    if (!figure) return;
    const bucket = bucketOf(figure);
    const terms = this.buckets.get(bucket);
    if (terms) terms.push(term);
    else this.buckets.set(bucket, [term]);
  }

  /** The set's other terms close to `term`'s figure. */
  closeTo(term: string): string[] {
    const figure = figureOf(term);
    if (!figure) return [];
    const bucket = bucketOf(figure);
    const found: string[] = [];
    for (const b of [bucket - 1, bucket, bucket + 1]) {
      for (const other of this.buckets.get(b) ?? []) {
        const near = figureOf(other);
        if (other !== term && near && figuresClose(figure, near)) found.push(other);
      }
    }
    return found;
  }
}
