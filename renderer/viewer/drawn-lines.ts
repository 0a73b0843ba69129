/**
 * Which paragraphs of a long article show their highlights. The paragraphs
 * far from the view are placeholders: their text alone, exact, and no marks,
 * which cost most of building and laying out an article with thousands of
 * highlights; most are in frozen blocks (line-blocks.ts), plain paragraphs
 * outside Lexical, where no selection is read. Their marks are drawn, and
 * their blocks thawed, when the view comes near, or when something asks for
 * a place among them (an annotation to focus, a search match to select).
 */
import { lineAt, type Line } from '../../annotations/text/lines';

export class DrawnLines {
  private readonly drawn: Uint8Array;

  constructor(count: number) {
    this.drawn = new Uint8Array(count);
  }

  has(line: number): boolean {
    return this.drawn[line] === 1;
  }

  add(lines: Iterable<number>): void {
    for (const line of lines) if (line >= 0 && line < this.drawn.length) this.drawn[line] = 1;
  }

  /** The lines among the first `built` whose highlights are drawn, in order. */
  among(built: number): number[] {
    const result: number[] = [];
    for (let line = 0; line < Math.min(built, this.drawn.length); line++) if (this.drawn[line] === 1) result.push(line);
    return result;
  }

  /** Lines of [from, to) among the first `built` whose highlights are not drawn yet, in order. */
  missing(from: number, to: number, built: number): number[] {
    const result: number[] = [];
    for (let line = Math.max(0, from); line < Math.min(to, built, this.drawn.length); line++) if (this.drawn[line] !== 1) result.push(line);
    return result;
  }
}

/**
 * The lines a code-point range [start, end) touches, and `pad` more on each
 * side (what the view will show around it once scrolled there): [first, end).
 */
export function linesAround(lines: readonly Line[], start: number, end: number, pad: number): { first: number; end: number } {
  if (lines.length === 0) return { first: 0, end: 0 };
  const first = lineAt(lines, start);
  const last = lineAt(lines, Math.max(start, end - 1));
  return { first: Math.max(0, first - pad), end: Math.min(lines.length, last + 1 + pad) };
}
