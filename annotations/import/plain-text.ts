/**
 * The text an import writes: one block (paragraph, heading, list item) per
 * line, as the seed articles are; trailing spaces and blank lines dropped
 * (but inside preformatted blocks, where one blank line is kept); a final
 * newline. The viewer shows one paragraph per line, so this is the
 * article's layout.
 */

/** Joins blocks (each possibly several lines) into an article's text. */
export function joinBlocks(blocks: readonly string[]): string {
  const kept = blocks.map(tidyBlock).filter((b) => b !== '');
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`;
}

/** Lines trimmed at the end, blank lines at the start and end of a block dropped, runs of blank lines made one. */
function tidyBlock(block: string): string {
  return block
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/[ \t\f\v\u00a0]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/^\n+|\n+$/gu, '');
}

/** Collapses inline whitespace as HTML does (runs of spaces, tabs and line breaks become one space). */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/gu, ' ');
}

/** A metadata value: whitespace collapsed, trimmed, at most `max` characters; undefined when empty. */
export function metaValue(value: string | undefined | null, max = 500): string | undefined {
  if (value === undefined || value === null) return undefined;
  // Control characters have no place in a title or a name.
  // eslint-disable-next-line no-control-regex -- they are what this removes
  const clean = collapseSpaces(value.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu, ' ')).trim();
  if (clean === '') return undefined;
  return Array.from(clean).slice(0, max).join('');
}

/**
 * A publication date as YYYY-MM-DD when the value starts with one (ISO 8601,
 * as HTML meta tags and docx properties give it), else the value as given.
 */
export function publishedDate(value: string | undefined | null): string | undefined {
  const clean = metaValue(value, 100);
  if (!clean) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(clean);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : clean;
}
