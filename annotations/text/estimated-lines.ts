/**
 * A long article's paragraph's height in lines, estimated from its text, and
 * a block of paragraphs' (renderer/viewer/line-blocks.ts), for the text the
 * reader has not laid out yet (the renderer's styles.css reads it as
 * `data-lines`; the UI bench's static page carries the same).
 * With a fixed guess instead, a jump far down landed paragraphs away from
 * its target.
 */

/** Characters of a line of text in the reader (about 60 at the reader's width). */
export const CHARS_PER_LINE = 60;

/** The estimate, or null for an empty line: it is laid out as it is, and costs nothing to. */
export function estimatedLines(text: string): number | null {
  return text.length === 0 ? null : Math.ceil(text.length / CHARS_PER_LINE);
}

/**
 * Lines of the file in a block of paragraphs (renderer/viewer/line-blocks.ts),
 * here because the UI bench's static page groups them the same way.
 */
export const LINES_PER_BLOCK = 64;

/** Lines of text in a block of paragraphs, estimated: an empty one is a line high. */
export function estimatedBlockLines(texts: Iterable<string>): number {
  let lines = 0;
  for (const text of texts) lines += estimatedLines(text) ?? 1;
  return lines;
}
