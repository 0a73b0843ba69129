/**
 * Where a PlainTextSelection's numbers point in its text.
 *
 * The reading chosen, and why (README, "REFI-QDA"): `startPosition` is the
 * first character, counted from 0; `endPosition` is the position just after
 * the last one (exclusive), so `text[start:end]` in Python is the selection.
 * The specification (1.5, section 10.2) counts Unicode code points from 0 and
 * calls the end "the last character", but the implementations that exchange
 * files with one another write and read the end as exclusive: QualCoder
 * writes Python slice bounds and reads `fulltext[pos0:pos1]` for projects
 * from ATLAS.ti, MAXQDA and NVivo alike. Positions count code points, as our
 * offsets do, so they are written as they are stored.
 *
 * NVivo (Windows, .NET, its projects in SQL Server) counts UTF-16 code units,
 * as .NET strings and SQL Server's nvarchar do: a character outside the Basic
 * Multilingual Plane (an emoji, some CJK) counts 2 there. `utf16` converts
 * for it, both ways. In a text with no such character the two agree.
 */
export type PositionUnit = 'codepoints' | 'utf16';
export const POSITION_UNITS: readonly PositionUnit[] = ['codepoints', 'utf16'];

/** Code-point offsets → offsets in `unit`. */
export function positionsOut(text: string, start: number, end: number, unit: PositionUnit): { start: number; end: number } {
  if (unit === 'codepoints') return { start, end };
  return { start: utf16Offset(text, start), end: utf16Offset(text, end) };
}

/** Offsets in `unit` → code-point offsets, or null when they do not fit the text (past its end, inside a surrogate pair, end before start). */
export function positionsIn(text: string, start: number, end: number, unit: PositionUnit): { start: number; end: number } | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) return null;
  if (unit === 'codepoints') {
    const length = codePointLength(text);
    return end <= length ? { start, end } : null;
  }
  if (end > text.length || splitsPair(text, start) || splitsPair(text, end)) return null;
  return { start: codePointLength(text.slice(0, start)), end: codePointLength(text.slice(0, end)) };
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** True when `text` has a character outside the Basic Multilingual Plane (where the two units differ). */
export function hasAstral(text: string): boolean {
  return /[\uD800-\uDBFF][\uDC00-\uDFFF]/u.test(text);
}

function utf16Offset(text: string, codePoints: number): number {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen === codePoints) break;
    units += ch.length;
    seen++;
  }
  return units;
}

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
