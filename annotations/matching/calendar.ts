/**
 * The calendar's words in English, folded: months and their abbreviations
 * as news text writes them, and the days of the week. Dates are read with
 * them (quantities.ts), and a month or a day after "in" or "at" is never
 * taken for a place (mentions.ts).
 */

/** January first. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Written with a full stop after them ("Jan.", "Sept."); May has none. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The month a name or an abbreviation stands for, 1 to 12 (0: none). */
export function monthNumber(name: string): number {
  const start = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(start)) + 1;
}

/** "january" → "January". */
export const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
