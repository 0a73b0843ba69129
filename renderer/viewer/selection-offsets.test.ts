/**
 * Selection offsets in a real Chromium, on an article built as the viewer
 * builds it: what the browser's selection holds (text nodes, UTF-16 units,
 * element boundaries, highlight marks) read as code points of the article.
 * The expected offsets are counted here from the text itself.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagePoint, SelectionPage } from '../test-support/selection-page';
import { openTestPage, type TestPage } from '../test-support/chromium-page';

// Flags (two code points each, four UTF-16 units), a handshake emoji, a
// non-breaking space, an empty line, spaces at the ends of a line, and a
// Windows line break: what the seed articles hold.
const LINES = ['Notes from Baku', '🇦🇲🤝🇦🇿 The talks\u00a0in Washington could end the war. ', '', 'Moscow was not at the table.'];
const TEXT = `${LINES[0]}\n${LINES[1]}\r\n${LINES[2]}\n${LINES[3]}`;
const BREAKS = [1, 2, 1];

/** Code points before line `line` (its start in the article). */
function lineStart(line: number): number {
  let start = 0;
  for (let i = 0; i < line; i++) start += [...LINES[i]!].length + BREAKS[i]!;
  return start;
}

/** The article offset (code points) of a point given in UTF-16 units of its line. */
function offsetOf(line: number, unit: number): number {
  return lineStart(line) + [...LINES[line]!.slice(0, unit)].length;
}

const unitOf = (line: number, phrase: string) => LINES[line]!.indexOf(phrase);
const at = (line: number, unit: number): PagePoint => ({ line, unit });

// Highlights over "talks in Washington" and, overlapping it, "Washington could": marks split the text nodes.
const TALKS = { id: 'talks', start: offsetOf(1, unitOf(1, 'talks')), end: offsetOf(1, unitOf(1, ' could')) };
const COULD = { id: 'could', start: offsetOf(1, unitOf(1, 'Washington')), end: offsetOf(1, unitOf(1, ' end')) };

describe('selection offsets, in Chromium', { timeout: 60_000 }, () => {
  let test: TestPage;
  type PageWindow = { selectionPage: SelectionPage };
  const select = (anchor: PagePoint, focus: PagePoint) => test.page.evaluate(([a, f]) => (window as unknown as PageWindow).selectionPage.select(a, f), [anchor, focus] as const);
  const caret = (point: PagePoint) => test.page.evaluate((p) => (window as unknown as PageWindow).selectionPage.caret(p), point);

  beforeAll(async () => {
    test = await openTestPage(path.join(import.meta.dirname, '../test-support/selection-page.ts'));
    await test.page.evaluate(([text, highlights]) => (window as unknown as PageWindow).selectionPage.show(text, highlights), [TEXT, [TALKS, COULD]] as [string, { id: string; start: number; end: number }[]]);
    expect(await test.page.evaluate(() => (window as unknown as PageWindow).selectionPage.marks())).toBeGreaterThanOrEqual(3);
  });
  afterAll(async () => {
    expect(test.errors).toEqual([]);
    await test.close();
  });

  it('reads a selection inside a line as code points, across highlight marks, forwards and backwards', async () => {
    const from = at(1, unitOf(1, 'The'));
    const to = at(1, unitOf(1, ' end'));
    const expected = { start: offsetOf(1, unitOf(1, 'The')), end: offsetOf(1, unitOf(1, ' end')) };
    expect(expected.start).toBe(lineStart(1) + 6);
    expect(await select(from, to)).toEqual(expected);
    expect(await select(to, from)).toEqual(expected);
    // Inside the overlap only.
    expect(await select(at(1, unitOf(1, 'Washington')), at(1, unitOf(1, 'Washington') + 4))).toEqual({ start: COULD.start, end: COULD.start + 4 });
  });

  it('reads a selection across lines, the line breaks (a Windows one too) counted as in the file', async () => {
    expect(await select(at(0, 6), at(3, 6))).toEqual({ start: 6, end: offsetOf(3, 6) });
    expect(offsetOf(3, 6) - lineStart(3)).toBe(6);
  });

  it('trims spaces, non-breaking ones and line breaks off both ends', async () => {
    // From the space after the emoji to past the end of the line, into the empty line.
    const range = await select(at(1, unitOf(1, ' The')), { element: 'paragraph', line: 2, child: 0 });
    expect(range).toEqual({ start: offsetOf(1, unitOf(1, 'The')), end: offsetOf(1, unitOf(1, 'war.') + 4) });
    expect(await select(at(1, unitOf(1, '\u00a0')), at(1, unitOf(1, '\u00a0') + 1))).toBeNull();
  });

  it('reads element boundaries: a whole paragraph, and the points between paragraphs', async () => {
    expect(await select({ element: 'paragraph', line: 3, child: 0 }, { element: 'paragraph', line: 3, child: 1 })).toEqual({ start: lineStart(3), end: lineStart(3) + LINES[3]!.length });
    // Points between paragraphs are on their block of lines (line-blocks.ts); those between blocks on the root.
    expect(await select({ element: 'block', block: 0, child: 0 }, { element: 'block', block: 0, child: 1 })).toEqual({ start: 0, end: LINES[0]!.length });
    expect(await select({ element: 'block', block: 0, child: 3 }, { element: 'block', block: 0, child: 4 })).toEqual({ start: lineStart(3), end: lineStart(3) + LINES[3]!.length });
    expect(await select({ element: 'root', child: 0 }, { element: 'root', child: 1 })).toEqual({ start: 0, end: lineStart(3) + LINES[3]!.length });
  });

  it('gives nothing for a collapsed selection or one outside the article', async () => {
    expect(await select(at(3, 4), at(3, 4))).toBeNull();
    expect(await test.page.evaluate(() => (window as unknown as PageWindow).selectionPage.selectOutside())).toBeNull();
  });

  it('reads the caret at every place of a line with emoji and highlights', async () => {
    const line = LINES[1]!;
    const units = [...line].reduce<number[]>((all, char) => [...all, (all.at(-1) ?? 0) + char.length], [0]);
    for (const unit of units) {
      expect(await caret(at(1, unit)), `unit ${unit}`).toBe(offsetOf(1, unit));
    }
    expect(await caret({ element: 'paragraph', line: 2, child: 0 })).toBe(lineStart(2));
  });

  it('finds the DOM point of every offset of the article, which reads back as the same offset', async () => {
    const total = lineStart(3) + LINES[3]!.length;
    const back = await test.page.evaluate((last) => Array.from({ length: last + 1 }, (_, offset) => (window as unknown as PageWindow).selectionPage.roundTrip(offset)), total);
    // Between the two characters of a Windows line break there is no place on screen: the end of its line stands for it.
    const lineEnd = lineStart(1) + [...LINES[1]!].length;
    expect(back).toEqual(Array.from({ length: total + 1 }, (_, offset) => (offset === lineEnd + 1 ? lineEnd : offset)));
  });

  it('reads offsets across blocks of lines in a long article, and finds every line start and end again', async () => {
    // 150 lines: three blocks; the line breaks Windows ones every third line, the lines with emoji every other.
    const lines = Array.from({ length: 150 }, (_, i) => (i % 2 === 0 ? `Line ${i}: 🇦🇲 talks\u00a0${i}` : `Line ${i} was said.`));
    const text = lines.map((line, i) => (i === lines.length - 1 ? line : line + (i % 3 === 0 ? '\r\n' : '\n'))).join('');
    const starts: number[] = [];
    for (let i = 0, start = 0; i < lines.length; i++) {
      starts.push(start);
      start += [...lines[i]!].length + (i % 3 === 0 ? 2 : 1);
    }
    const end = (i: number) => starts[i]! + [...lines[i]!].length;
    await test.page.evaluate((t) => (window as unknown as PageWindow).selectionPage.show(t, []), text);
    try {
      // From inside line 60 (block 0) to inside line 130 (block 2).
      expect(await select(at(60, 5), at(130, 4))).toEqual({ start: starts[60]! + 5, end: starts[130]! + 4 });
      expect(await select(at(130, 4), at(60, 5))).toEqual({ start: starts[60]! + 5, end: starts[130]! + 4 });
      // Before block 1 is line 64's start; before line 3 of block 2, line 131's.
      expect(await caret({ element: 'root', child: 1 })).toBe(starts[64]);
      expect(await caret({ element: 'block', block: 2, child: 3 })).toBe(starts[131]);
      expect(await select({ element: 'root', child: 1 }, { element: 'block', block: 1, child: 1 })).toEqual({ start: starts[64]!, end: end(64) });
      const offsets = [63, 64, 65, 127, 128, 149].flatMap((i) => [starts[i]!, end(i)]);
      const back = await test.page.evaluate((all) => all.map((offset) => (window as unknown as PageWindow).selectionPage.roundTrip(offset)), offsets);
      expect(back).toEqual(offsets);
      // The line at a place on screen, found block first, is the one a scan of every paragraph finds: above, inside and below the text, at block boundaries.
      const ys = await test.page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.article-text p')].map((p) => p.getBoundingClientRect());
        return [-50, 0, ...[0, 1, 63, 64, 65, 127, 128, 149].flatMap((i) => [boxes[i]!.top, boxes[i]!.top + 1, boxes[i]!.bottom, boxes[i]!.bottom + 3]), boxes[149]!.bottom + 500];
      });
      const below = await test.page.evaluate((all) => (window as unknown as PageWindow).selectionPage.linesBelow(all), ys);
      expect(below.filter((b) => b.found !== b.scanned)).toEqual([]);
      expect(new Set(below.map((b) => b.found)).size).toBeGreaterThan(10);
    } finally {
      await test.page.evaluate(([t, highlights]) => (window as unknown as PageWindow).selectionPage.show(t, highlights), [TEXT, [TALKS, COULD]] as [string, { id: string; start: number; end: number }[]]);
    }
  });

  it('reads no offset from a frozen block (its lines are not Lexical nodes), and the right one once it is thawed', async () => {
    // 150 lines; from line 70 on (block 1, partly), frozen as a long article's far lines are.
    const lines = Array.from({ length: 150 }, (_, i) => `Line ${i}: the talks\u00a0went on ${i % 3 === 0 ? '🇦🇲' : ''}`);
    const text = lines.join('\n');
    const starts = lines.map((_, i) => [...lines.slice(0, i).join('\n')].length + (i > 0 ? 1 : 0));
    await test.page.evaluate((t) => (window as unknown as PageWindow).selectionPage.show(t, [{ id: 'far', start: 0, end: 4 }], 70), text);
    try {
      // The block holding line 70 was filled up to its end with placeholders; block 2 (lines 128–149) is frozen.
      expect(await select(at(100, 5), at(100, 9))).toEqual({ start: starts[100]! + 5, end: starts[100]! + 9 });
      expect(await select(at(130, 5), at(130, 9))).toBeNull();
      expect(await select(at(100, 5), at(130, 9))).toBeNull();
      expect(await caret(at(140, 2))).toBeNull();
      // An offset in a frozen line has its DOM point (the caret can go there), which reads back as no offset until the block is thawed.
      expect(await test.page.evaluate((offset) => (window as unknown as PageWindow).selectionPage.roundTrip(offset), starts[140]! + 2)).toBeNull();
      // Drawn as the view comes near: the whole block is thawed, and read exactly.
      const thawed = await test.page.evaluate(() => (window as unknown as PageWindow).selectionPage.draw([130]));
      expect(thawed).toEqual(Array.from({ length: 22 }, (_, i) => 128 + i));
      expect(await select(at(100, 5), at(130, 9))).toEqual({ start: starts[100]! + 5, end: starts[130]! + 9 });
      expect(await caret(at(149, 3))).toBe(starts[149]! + 3);
      expect(await test.page.evaluate(() => document.querySelectorAll('.article-text p').length)).toBe(150);
    } finally {
      await test.page.evaluate(([t, highlights]) => (window as unknown as PageWindow).selectionPage.show(t, highlights), [TEXT, [TALKS, COULD]] as [string, { id: string; start: number; end: number }[]]);
    }
  });
});
