/**
 * Text tables for a terminal, padded by display width: the columns a
 * terminal gives a cell, not its code points. A CJK character takes two
 * columns, an emoji sequence joined by ZWJ one grapheme of two columns, and
 * a combining mark none, so counting code points would push every later
 * column of such a row out of line.
 *
 * string-width (Intl.Segmenter graphemes and Unicode's East Asian Width)
 * does the measuring; ambiguous characters count as narrow, as Unicode
 * advises where the context is unknown.
 */
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

/** The columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `text` with spaces added on the side away from `align` up to `width` columns; never cut. */
export function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * The lines of a table: each column as wide as its widest cell, columns two
 * spaces apart, no trailing spaces. `align` gives each column's side
 * (columns without one are left-aligned).
 */
export function tableLines(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, col) => Math.max(0, ...rows.map((row) => displayWidth(row[col] ?? ''))));
  return rows.map((row) =>
    widths
      .map((width, col) => pad(row[col] ?? '', width, align[col] ?? 'left'))
      .join('  ')
      .trimEnd(),
  );
}
