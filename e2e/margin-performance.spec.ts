/**
 * Margin labels on a heavy article: 5,000 highlights over 2,500 paragraphs.
 * Only highlights near the view get a label (and a measurement), so opening
 * and scrolling stay quick. Prints the figures it measures.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createAnnotation } from '../annotations/model/annotation';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../annotations/sidecar/schema';
import { expect, test } from './fixtures';

// Playwright's trace snapshots the whole DOM at each step: on this many marks
// that alone would be measured as the app's time.
test.use({ trace: 'off' });

const FILE = 'heavy.txt';
const PARAGRAPHS = Number(process.env['PARAS'] ?? 500);
/** Highlights per paragraph: 500 × 10 = 5,000. */
const PER_PARAGRAPH = Number(process.env['PER'] ?? 10);

async function heavySet(folder: string): Promise<number> {
  const lines = Array.from(
    { length: PARAGRAPHS },
    (_, i) =>
      `Paragraph ${i} says that the ceasefire ${i} holds and that talks ${i} resume in Geneva next week, according to officials. ` +
      Array.from({ length: PER_PARAGRAPH }, (_, k) => `Point ${i}.${k} follows here.`).join(' '),
  );
  const text = lines.join('\n');
  const sidecar = emptySidecar(FILE, createHash('sha256').update(text, 'utf8').digest('hex'));
  const now = new Date().toISOString();
  let start = 0;
  for (const line of lines) {
    // Each quote unique (as real quotes mostly are): two a paragraph on its claim, the rest on its points.
    const i = lines.indexOf(line);
    const phrases: [string, string][] = [[`ceasefire ${i} holds`, 'Peace deal'], [`talks ${i} resume in Geneva`, 'U.S. role']];
    for (let k = 2; k < PER_PARAGRAPH; k++) phrases.push([`Point ${i}.${k}`, 'Russia']);
    for (const [phrase, tag] of phrases) {
      const at = start + line.indexOf(phrase);
      sidecar.annotations.push(
        createAnnotation({
          id: `urn:uuid:${randomUUID()}`,
          now,
          source: FILE,
          quote: { type: 'TextQuoteSelector', exact: phrase },
          position: { type: 'TextPositionSelector', start: at, end: at + phrase.length },
          tags: [tag],
        }),
      );
    }
    start += line.length + 1;
  }
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, FILE), text);
  await writeFile(path.join(folder, sidecarNameFor(FILE)), serializeSidecar(sidecar));
  return sidecar.annotations.length;
}

test('5,000 highlights: labels only near the view, placed quickly after opening and scrolling', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'heavy-set');
  expect(await heavySet(folder)).toBe(PARAGRAPHS * PER_PARAGRAPH);
  test.setTimeout(120_000);
  const page = await app.launch({ initialSet: folder });
  // Timed in the page (ms since the page started loading): Playwright's own
  // locator engine is slow on a DOM this size and would blur the figures.
  const highlightsAt = await page.waitForFunction(() => (document.querySelector('.article-text mark.hl') ? performance.now() : 0), null, { polling: 'raf', timeout: 120_000 });
  const labelsAt = await page.waitForFunction(() => (document.querySelector('.margin-label') ? performance.now() : 0), null, { polling: 'raf', timeout: 120_000 });
  const [openMs, labelsMs] = [await highlightsAt.jsonValue(), await labelsAt.jsonValue()];
  const labelsAtTop = await page.evaluate(() => document.querySelectorAll('.margin-label').length);
  expect(labelsAtTop).toBeGreaterThan(0);
  expect(labelsAtTop).toBeLessThan(400);

  // Scroll to the middle: time from the scroll to the labels of the paragraphs now in view.
  const scrollMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const scroller = document.querySelector('.article-scroll') as HTMLElement;
        const layer = document.querySelector('.margin-labels') as HTMLElement;
        const t0 = performance.now();
        const watch = new MutationObserver(() => {
          if (layer.textContent?.length && [...layer.children].some((l) => (l as HTMLElement).getBoundingClientRect().top > 0 && (l as HTMLElement).getBoundingClientRect().top < innerHeight)) {
            watch.disconnect();
            resolve(performance.now() - t0);
          }
        });
        watch.observe(layer, { childList: true, subtree: true, attributes: true });
        scroller.scrollTop = scroller.scrollHeight / 2;
      }),
  );
  const labelsInMiddle = await page.evaluate(() => document.querySelectorAll('.margin-label').length);
  console.log(`margin labels, ${PARAGRAPHS * PER_PARAGRAPH} highlights: page start→highlights ${openMs.toFixed(0)} ms, →labels ${labelsMs.toFixed(0)} ms; labels rendered ${labelsAtTop} (top), ${labelsInMiddle} (middle); scroll→labels ${scrollMs.toFixed(1)} ms`);
  expect(labelsInMiddle).toBeLessThan(400);
  // Each label sits at the first line of its (first) highlight, or just below the label above it.
  // (A long article's paragraphs are laid out as they come into view, and the labels follow within a frame or two.)
  const offsets = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.margin-label')].map((label) => {
        const mark = document.querySelector(`.article-text mark[data-annotation-ids~="${CSS.escape(label.dataset['annotationId'] ?? '')}"]`);
        return label.getBoundingClientRect().top - (mark?.getClientRects()[0]?.top ?? NaN);
      }),
    );
  // One label a line: wrapped lines of a dense paragraph push a label down by at most a line or so.
  await expect.poll(async () => (await offsets()).filter((offset) => !(offset > -1 && offset < 30))).toEqual([]);
  expect((await offsets()).length).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/screens/margin-heavy.png' });
  expect(scrollMs).toBeLessThan(1_000);
});
