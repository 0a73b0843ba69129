/**
 * A thing named by a maker or a series and a number ("Boeing 787-8",
 * "Airbus A320", "Resolution 2231", "Article 5"): two reports that give the
 * same name with other numbers disagree on which one ("Boeing 787" /
 * "Boeing 727"). A number that only adds to the other ("787" / "787-8",
 * "AI171" / "AI-171") names the same thing.
 */
import { asciiPattern } from './ascii-pattern';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { STOPWORDS } from './stopwords';
import { CURRENCY_LETTERS } from './currencies';

export interface Designation {
  start: number;
  end: number;
  text: string;
  /** The name before the number, folded ("boeing"). */
  series: string;
  /** The number's digits in order, marks left out ("7878" for "787-8"). */
  digits: string;
}

/** A capitalized word, then a number of two digits or more that letters may open ("A320", "AI-171") and a dash and digits may close ("787-8"). */
const DESIGNATION = /\b(\p{Lu}[\p{L}]+)\s+((?:\p{Lu}{1,3}-?)?\d{2,5}(?:-\d{1,3})?)(?![\d,.:]\d|\s*(?:%|per\s?cent))/gu;

/** Words before a number that say when, how many or where in a text, not what thing (besides the stopwords: "About", "Over", "Some"). */
const NOT_SERIES = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, ...CURRENCY_LETTERS, 'page', 'chapter', 'paragraph', 'line', 'number', 'nearly']);

/**
 * A label on a scale, whatever its case and however short its number: "a
 * Category 4 hurricane" / "a category 3 hurricane", "Phase 2 of the deal".
 * Not one that allows two ("a Category 4 or 5 hurricane"), nor a magnitude,
 * whose figure is an amount.
 */
export const SCALE_WORDS: readonly string[] = ['category', 'level', 'grade', 'stage', 'phase', 'class', 'type'];
/** Such a label and its number, read on its own (DESIGNATION asks two digits and a capital). */
const SCALE_LABEL = new RegExp(String.raw`\b(${SCALE_WORDS.join('|')})\s+(\d{1,2})\b(?![\d,.:]\d|\s*(?:or|to|and|[-\u2010\u2011\u2013])\s*\d|\s*(?:%|per\s?cent))`, 'giu');
const SCALE_HINT = asciiPattern(String.raw`\b(?:${SCALE_WORDS.join('|')})\s+\d`);
const IS_SCALE_WORD = new Set(SCALE_WORDS);

export function designationsIn(text: string): Designation[] {
  const found: Designation[] = [];
  for (const m of text.matchAll(DESIGNATION)) {
    const series = (m[1] as string).toLowerCase();
    if (STOPWORDS.has(series) || NOT_SERIES.has(series) || IS_SCALE_WORD.has(series)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], series, digits: (m[2] as string).replace(/\D/gu, '') });
  }
  if (SCALE_HINT.test(text)) {
    for (const m of text.matchAll(SCALE_LABEL)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], series: (m[1] as string).toLowerCase(), digits: m[2] as string });
    found.sort((x, y) => x.start - y.start);
  }
  return found;
}


/**
 * Whether two designations of one series name two things: digits that
 * differ where both give them ("787" / "727"), not where one only goes on
 * ("787" / "787-8").
 */
export function designationsDiffer(a: Designation, b: Designation): boolean {
  return a.series === b.series && !a.digits.startsWith(b.digits) && !b.digits.startsWith(a.digits);
}
