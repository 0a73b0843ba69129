/**
 * The baseline: the same article and highlights as a static HTML page would
 * have them (one <p> per line, in blocks of lines as the app groups them with
 * their estimated heights, one <mark> per highlighted segment, coloured by
 * its tag), built in Node and handed to the page as a string, so that the
 * timed part is what a browser does with static content: parse, style,
 * lay out and paint.
 */
import { positionSelectorOf, tagsOf, type Annotation } from '../../annotations/model/annotation';
import { UNTAGGED_COLOR } from '../../annotations/model/codebook';
import { segmentLine, type HighlightRange } from '../../annotations/anchoring/segments';
import { CodePointIndex } from '../../annotations/text/code-points';
import { lineAt, splitLines } from '../../annotations/text/lines';
import { estimatedBlockLines, LINES_PER_BLOCK } from '../../annotations/text/estimated-lines';
import { TAGS } from './generate';

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export function staticArticleHtml(text: string, annotations: readonly Annotation[]): string {
  const lines = splitLines(text);
  const byLine = new Map<number, HighlightRange[]>();
  const colorOf = new Map<string, string>();
  for (const a of annotations) {
    const position = positionSelectorOf(a);
    if (!position) continue;
    colorOf.set(a.id, TAGS.find((t) => t.label === tagsOf(a)[0])?.color ?? UNTAGGED_COLOR);
    const last = lineAt(lines, Math.max(position.start, position.end - 1));
    for (let i = lineAt(lines, position.start); i <= last; i++) {
      let bucket = byLine.get(i);
      if (!bucket) byLine.set(i, (bucket = []));
      bucket.push({ id: a.id, start: position.start, end: position.end });
    }
  }
  const html: string[] = [];
  for (const line of lines) {
    const units = new CodePointIndex(line.text);
    let p = '<p class="article-paragraph">';
    for (const segment of segmentLine(line.start, line.end, byLine.get(line.index) ?? [])) {
      const piece = escape(line.text.slice(units.toUtf16(segment.start), units.toUtf16(segment.end)));
      p +=
        segment.ids.length === 0
          ? `<span>${piece}</span>`
          : `<mark class="hl" style="--hl: ${colorOf.get(segment.ids[0]!)}" data-annotation-ids="${segment.ids.join(' ')}"><span>${piece}</span></mark>`;
    }
    html.push(line.text.length === 0 ? '<p class="article-paragraph"><br></p>' : `${p}</p>`);
  }
  // In blocks with the app's estimate of their heights: the hinted page (styles.css) skips the layout of the same blocks.
  const blocks: string[] = [];
  for (let first = 0; first < lines.length; first += LINES_PER_BLOCK) {
    const texts = lines.slice(first, first + LINES_PER_BLOCK).map((line) => line.text);
    blocks.push(`<div class="article-lines" data-lines="${estimatedBlockLines(texts)}" data-paragraphs="${texts.length}">${html.slice(first, first + LINES_PER_BLOCK).join('')}</div>`);
  }
  return blocks.join('');
}
