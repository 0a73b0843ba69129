/**
 * The article in Lexical: one ParagraphNode per line of the file, in blocks
 * of lines (line-blocks.ts), text exactly as in the file, highlights as flat
 * MarkNodes rebuilt from code-point offsets. These `$` functions run inside
 * `editor.update()`.
 *
 * Overlaps stay flat: A over [0,10) and B over [5,15) become three sibling
 * marks, {A} {A,B} {B}, one MarkNode per segment carrying every id that
 * covers it (segments.ts). This is the shape Lexical's own
 * `$wrapSelectionInMarkNode` produces when a nested-element resolver is
 * registered for MarkNode (the playground's CommentPlugin does so with
 * `registerNestedElementResolver`): instead of nesting a new mark inside an
 * existing one, the resolver splits and adds the id to the marks in the way.
 * We never wrap a live selection (the text is read-only and rebuilt from
 * offsets), so we build the resolved, flat form directly; no mark is ever
 * nested, and a segment's ids are all its annotations.
 */
import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode } from 'lexical';
import type { AnnotationView } from '../../annotations/api/view-types';
import { segmentLine, type HighlightRange } from '../../annotations/anchoring/segments';
import { CodePointIndex } from '../../annotations/text/code-points';
import { lineAt, type Line } from '../../annotations/text/lines';
import { $appendFrozenLines, $appendLineNodes, $lineNode, $thawBlock, LINES_PER_BLOCK } from './line-blocks';

/** Anchored annotations as ranges, bucketed by the lines they touch. */
export function rangesByLine(lines: readonly Line[], annotations: readonly AnnotationView[]): Map<number, HighlightRange[]> {
  const buckets = new Map<number, HighlightRange[]>();
  for (const a of annotations) {
    if (a.start === null || a.end === null) continue;
    const range = { id: a.id, start: a.start, end: a.end };
    for (const line of linesTouched(lines, a.start, a.end)) {
      let bucket = buckets.get(line);
      if (!bucket) buckets.set(line, (bucket = []));
      bucket.push(range);
    }
  }
  return buckets;
}

/**
 * Whether an edit changes how an annotation shows in the text: its place, or
 * its tags (they colour and title its marks, painted as the marks are
 * built). A claim field or a note does not show there, and rebuilding the
 * lines for one would take the selection out from under the reader.
 */
export function changesHighlight(before: AnnotationView, after: AnnotationView): boolean {
  return before.id !== after.id || before.start !== after.start || before.end !== after.end || before.tags.length !== after.tags.length || before.tags.some((tag, i) => tag !== after.tags[i]);
}

/** Indices of the lines a [start, end) range covers. */
export function linesTouched(lines: readonly Line[], start: number, end: number): number[] {
  const first = lineAt(lines as Line[], start);
  const last = lineAt(lines as Line[], Math.max(start, end - 1));
  const result: number[] = [];
  for (let i = first; i <= last; i++) result.push(i);
  return result;
}

function $fillParagraph(paragraph: ParagraphNode, line: Line, ranges: readonly HighlightRange[]): void {
  // Most lines of most articles carry no highlight: one text node, and no index of the line's code points.
  if (ranges.length === 0) {
    if (line.text !== '') paragraph.append($createTextNode(line.text));
    return;
  }
  const units = new CodePointIndex(line.text);
  for (const segment of segmentLine(line.start, line.end, ranges)) {
    const text = line.text.slice(units.toUtf16(segment.start), units.toUtf16(segment.end));
    const textNode = $createTextNode(text);
    if (segment.ids.length === 0) {
      paragraph.append(textNode);
    } else {
      paragraph.append($createMarkNode(segment.ids).append(textNode));
    }
  }
}

/** Empties the editor, for an article to be built into it. */
export function $clearArticle(): void {
  $getRoot().clear();
}

/**
 * Appends the paragraphs of lines [from, to) after those already built
 * (progressive-render.ts builds an article in slices), with the highlights
 * of each line from `byLine` (rangesByLine).
 */
export function $appendLines(lines: readonly Line[], byLine: ReadonlyMap<number, readonly HighlightRange[]>, from: number, to: number): void {
  const paragraphs: ParagraphNode[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const paragraph = $createParagraphNode();
    $fillParagraph(paragraph, line, byLine.get(i) ?? []);
    paragraphs.push(paragraph);
  }
  $appendLineNodes(paragraphs);
}

/**
 * Appends lines [from, to) frozen (line-blocks.ts): their text alone, and no
 * Lexical node for the lines of whole blocks, which $drawLines thaws when
 * their highlights are drawn.
 */
export function $appendFrozen(lines: readonly Line[], from: number, to: number): void {
  $appendFrozenLines(
    lines.slice(from, to).map((line) => line.text),
    (text) => {
      const paragraph = $createParagraphNode();
      if (text !== '') paragraph.append($createTextNode(text));
      return paragraph;
    },
  );
}

/**
 * Draws the highlights of built lines `indices` from `byLine` (rangesByLine):
 * placeholders until now (progressive-render.ts), whose text stays one node
 * where the line has none, or lines drawn before (`redraw`), which lose the
 * marks they no longer have. A frozen block among them is thawed whole, each
 * of its lines drawn: returns the lines of the blocks thawed.
 */
export function $drawLines(lines: readonly Line[], byLine: ReadonlyMap<number, readonly HighlightRange[]>, indices: readonly number[], redraw = false): number[] {
  const thawed = new Set<number>();
  for (const block of new Set(indices.map((i) => Math.floor(i / LINES_PER_BLOCK)))) {
    for (const i of $thawBlock(block, (index) => {
      const paragraph = $createParagraphNode();
      $fillParagraph(paragraph, lines[index]!, byLine.get(index) ?? []);
      return paragraph;
    }))
      thawed.add(i);
  }
  for (const i of indices) {
    if (thawed.has(i)) continue;
    const ranges = byLine.get(i);
    const paragraph = $lineNode(i);
    if ((!ranges && !redraw) || !paragraph) continue;
    paragraph.clear();
    $fillParagraph(paragraph, lines[i]!, ranges ?? []);
  }
  return [...thawed];
}

/**
 * Rebuilds the given lines (those a new or changed highlight touches) from
 * the annotations as they are now; lines not built yet or frozen are left to
 * the progressive render. Only the annotations over these lines are looked at:
 * bucketing all of them, for one new highlight among thousands, cost more
 * than the rebuild.
 */
export function $renderLines(lines: readonly Line[], annotations: readonly AnnotationView[], lineIndices: Iterable<number>): void {
  for (const i of new Set(lineIndices)) {
    const paragraph = $lineNode(i);
    const line = lines[i];
    if (!line || !paragraph) continue;
    const ranges: HighlightRange[] = [];
    for (const a of annotations) {
      if (a.start !== null && a.end !== null && a.start < line.end && a.end > line.start) ranges.push({ id: a.id, start: a.start, end: a.end });
    }
    paragraph.clear();
    $fillParagraph(paragraph, line, ranges);
  }
}
