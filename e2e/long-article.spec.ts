/**
 * A long article with many highlights, as analysts open reports and
 * transcripts: the first screen is there at once and the rest is built in
 * slices (aria-busy until whole), its highlights drawn only near the view
 * (the paragraphs far from it are their text alone) and as the view comes
 * near; a search match at the very end, asked for while the article is still
 * being built, is found and selected; the panel draws only the cards near its
 * view but tells each card's place among all.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createAnnotation } from '../annotations/model/annotation';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../annotations/sidecar/schema';
import { positionSelectorOf, quoteSelectorOf } from '../annotations/model/annotation';
import { readSidecarFile } from './disk';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { untilAttribute, untilInViewport, untilText } from './harness/quiet-waits';
import { dragSelect } from './harness/select';
import { openArticle } from './harness/actions';
import { keyboardSelect, tabIntoText } from './harness/keyboard-select';
import { SEEDS_DIR } from './harness/paths';

test.use({ trace: 'off' }); // a DOM snapshot per step of 40,000 elements would be most of the test's time

const FILE = 'transcript.txt';
const LINES = 4_000;
/** One highlight every 8 lines: 500, enough for the panel to draw only some of its cards. */
const EVERY = 8;

async function longSet(folder: string): Promise<number> {
  const lines = Array.from({ length: LINES }, (_, i) =>
    i === 0 ? 'Hearing transcript, day one' : `Speaker ${i % 7} said at minute ${i} that the border commission ${i} would report before the talks resumed.`,
  );
  lines[LINES - 1] = 'The chair closed the hearing with a final unique remark about the northern corridor.';
  // An astral character early on: every offset below it differs in code points (sidecars) and UTF-16 units (the DOM).
  lines[2] = `🌍 ${lines[2]!}`;
  const text = lines.join('\n');
  const sidecar = emptySidecar(FILE, createHash('sha256').update(text, 'utf8').digest('hex'));
  let start = 0;
  lines.forEach((line, i) => {
    const phrase = `border commission ${i}`;
    const at = [...line.slice(0, Math.max(0, line.indexOf(phrase)))].length;
    if (i % EVERY === 1 && line.includes(phrase)) {
      sidecar.annotations.push(
        createAnnotation({
          id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          now: '2025-03-01T00:00:00.000Z',
          source: FILE,
          quote: { type: 'TextQuoteSelector', exact: phrase },
          position: { type: 'TextPositionSelector', start: start + at, end: start + at + phrase.length },
          tags: ['Borders'],
        }),
      );
    }
    start += [...line].length + 1;
  });
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, FILE), text);
  // Listed, and opened, first.
  await writeFile(path.join(folder, 'a-note.txt'), 'A short note\n\nOpened first.\n');
  await writeFile(path.join(folder, sidecarNameFor(FILE)), serializeSidecar(sidecar));
  return sidecar.annotations.length;
}

/** The sidecar holds an annotation quoting `phrase`, placed after "Speaker N said " on line `line` of the transcript (code points). */
async function expectTaggedAt(folder: string, phrase: string, line: number): Promise<void> {
  const made = (await readSidecarFile(folder, FILE)).annotations.find((a) => quoteSelectorOf(a)?.exact === phrase);
  const lineStart = (await readFile(path.join(folder, FILE), 'utf8')).split('\n').slice(0, line).reduce((sum, text) => sum + [...text].length + 1, 0);
  const at = lineStart + `Speaker ${line % 7} said `.length;
  expect(positionSelectorOf(made!)).toEqual({ type: 'TextPositionSelector', start: at, end: at + phrase.length });
}

/** Opens the transcript from the list and waits until it is built whole; its text. */
async function openTranscript(page: Page): Promise<Locator> {
  const text = page.locator('.article-text');
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Hearing transcript, day one' }).click();
  // The transcript shown (until then the short note is, not busy), then built in slices, which a busy machine stretches.
  await untilText(text.locator('p').first(), 'Hearing transcript, day one');
  await untilAttribute(text, 'aria-busy', 'false');
  return text;
}

test('a long article: first screen at once, built whole in slices, a far search match found while building', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'long');
  const count = await longSet(folder);
  const page = await app.launch({ initialSet: folder });
  // The jump to the match without a smooth scroll: one, in its frames, draws the highlights of every place it passes, the middle's too.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const text = page.locator('.article-text');
  await expect(text.locator('p').first()).toHaveText('A short note');

  // From the short note, a search match at the end of the long article: it opens, and the match is selected
  // as soon as it asks, while the rest of the article may still be building.
  await page.getByRole('searchbox', { name: 'Search the set' }).fill('final unique remark');
  await page.getByRole('searchbox', { name: 'Search the set' }).press('Enter');
  const results = page.getByRole('complementary', { name: 'Search results' });
  await results.getByRole('region', { name: 'Hearing transcript, day one' }).getByRole('button').first().click();
  await untilText(text.locator('p').first(), 'Hearing transcript, day one');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('final unique remark');
  await untilInViewport(text.locator('p').last());

  await expect(page.getByRole('article', { name: 'Hearing transcript, day one' })).toBeVisible();

  // Whole: every line a paragraph with its text, no longer busy; the highlights near the view drawn, not all of them.
  await untilAttribute(text, 'aria-busy', 'false');
  await expect(text.locator('p')).toHaveCount(LINES);
  await expect(text.locator('p').nth(LINES / 2 + 1)).toHaveText(/^Speaker \d said at minute 2001 that the border commission 2001 /u);
  const drawn = await text.locator('mark.hl').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(count);

  // Scrolled to the middle (the scrollbar's way: no command asks for a place), the highlights there are drawn and coloured.
  const middle = `border commission ${LINES / 2 + 1}`;
  await expect(text.getByText(middle, { exact: true })).toHaveCount(0);
  await page.evaluate(() => {
    const scroller = document.querySelector('.article-scroll')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
  });
  const scrolledTo = await page.evaluate(() => {
    const root = document.querySelector('.article-text')!;
    const view = root.closest('.article-scroll')!.getBoundingClientRect();
    return [...root.querySelectorAll('p')].findIndex((p) => p.getBoundingClientRect().bottom > view.top);
  });
  // The first highlighted line from the top of the view down.
  const near = `border commission ${scrolledTo + ((EVERY + 1 - (scrolledTo % EVERY)) % EVERY)}`;
  // Drawn in the scroll event, which comes with the next frame.
  await untilInViewport(text.locator('mark.hl', { hasText: near }));
  await expect(text.locator('mark.hl', { hasText: near })).toHaveAttribute('title', 'Borders');

  // The panel: all are counted, only some drawn, each drawn card says where it stands.
  await results.getByRole('button', { name: /^Close/u }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect.poll(() => panel.getByLabel(`${count} annotations`).count(), { timeout: 15_000 }).toBe(1);
  const cards = panel.locator('li.card');
  await untilAttribute(cards.first(), 'aria-setsize', String(count));
  expect(await cards.count()).toBeLessThan(40);

  // j steps through annotations in text order; going far down brings the card into the panel.
  await text.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('j');
  const current = panel.locator('li.card[aria-current="true"]');
  await untilAttribute(current, 'aria-posinset', '30');
  await untilInViewport(current);
  await expect.poll(() => current.getByRole('button', { name: `border commission ${1 + 29 * EVERY}` }).count(), { timeout: 15_000 }).toBe(1);
  // And in the text, far below paragraphs not laid out yet: the scroll lands on it, not paragraphs away.
  await untilText(text.locator('mark.hl-current'), `border commission ${1 + 29 * EVERY}`);
  await untilInViewport(text.locator('mark.hl-current'));
  await page.screenshot({ path: 'test-results/screens/long-article.png' });
});

test('far down a long article: the highlights where the view lands are drawn, a selection there is tagged at its exact place, and a relaunch reopens there with them', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'long');
  await longSet(folder);
  let page = await app.launch({ initialSet: folder });
  const text = await openTranscript(page);
  const far = 'border commission 3001';
  await expect(text.getByText(far, { exact: true })).toHaveCount(0);

  // Scrolled far below the first screens: the highlights there were placeholders until the view came near.
  await text.locator('p').nth(3001).evaluate((paragraph) => paragraph.scrollIntoView({ block: 'center' }));
  const mark = text.locator('mark.hl', { hasText: far });
  // Drawn in the scroll event, which comes with the next frame.
  await untilInViewport(mark);
  await expect(mark).toHaveAttribute('title', 'Borders');
  // Every block, the ones thawed there too, keeps its estimated height: away from the view again, it skips layout.
  await expect(text.locator('.article-lines:not([data-lines])')).toHaveCount(0);

  // A line with no highlight there: dragged over as a mouse user does, and tagged.
  const phrase = 'at minute 3003 that the border';
  await dragSelect(page, phrase);
  const newTag = page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' });
  await newTag.fill('Far');
  await newTag.press('Enter');
  await untilInViewport(text.locator('mark.hl', { hasText: phrase }));
  await app.flush();
  await expectTaggedAt(folder, phrase, 3003);

  // A click on a highlight drawn there shows its card.
  await mark.click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await untilText(panel.locator('li.card[aria-current="true"]'), far);

  // Reopened where it was left, to the line, though most paragraphs above have only estimated heights: the highlights there drawn again.
  const topLine = (p: typeof page) =>
    p.locator('.article-text').evaluate((root) => {
      const top = root.closest('.article-scroll')!.getBoundingClientRect().top;
      return [...root.querySelectorAll('p')].findIndex((paragraph) => paragraph.getBoundingClientRect().bottom > top);
    });
  const left = await topLine(page);
  expect(left).toBeGreaterThan(2900);
  page = await app.relaunch();
  await untilText(page.locator('.article-text p').first(), 'Hearing transcript, day one');
  await expect.poll(() => topLine(page), { timeout: 15_000 }).toBe(left);
  await untilAttribute(page.locator('.article-text'), 'aria-busy', 'false');
  await untilInViewport(page.locator('.article-text mark.hl', { hasText: far }));
  await untilAttribute(page.locator('.article-text mark.hl', { hasText: phrase }), 'title', 'Far');
  await page.screenshot({ path: 'test-results/screens/long-article-far.png' });
});

test('far down a long article, the reading caret goes down screens of lines, through blocks thawed as the view comes near, and a claim selected from the keyboard is tagged at its place', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'long');
  await longSet(folder);
  const page = await app.launch({ initialSet: folder });
  const text = await openTranscript(page);

  // The caret put at line 2000 with a click, then moved by the keys alone to line 2090, across a block boundary (line 2048) and several screens.
  await text.locator('p').nth(2000).evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
  await text.locator('p').nth(2000).click({ position: { x: 2, y: 4 } });
  const phrase = 'at minute 2090 that the border';
  await keyboardSelect(page, phrase);
  await page.keyboard.press('n');
  const newTag = page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' });
  await expect(newTag).toBeFocused();
  await page.keyboard.type('Keys');
  await page.keyboard.press('Enter');
  await untilInViewport(text.locator('mark.hl', { hasText: phrase }));

  await app.flush();
  await expectTaggedAt(folder, phrase, 2090);
});

test('reopened while the analyst already moves in the article: where they go wins over where they were', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'long');
  await longSet(folder);
  let page = await app.launch({ initialSet: folder });
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: 'Hearing transcript, day one' }).click();
  await untilText(page.locator('.article-text p').first(), 'Hearing transcript, day one');
  await untilAttribute(page.locator('.article-text'), 'aria-busy', 'false');
  await page.locator('.article-text p').nth(3001).evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => JSON.parse(await readFile(path.join(app.dirs.dataDir, 'settings.json'), 'utf8')).viewStates?.[folder]?.top?.line ?? 0).toBeGreaterThan(2900);

  // The next launch's page turns the wheel in the frame after the transcript's first screen, long before line 3,001 is built.
  await page.context().addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('.article-text p')?.textContent !== 'Hearing transcript, day one') return;
      observer.disconnect();
      requestAnimationFrame(() => {
        (window as unknown as { __wheelAtBusy: string | null }).__wheelAtBusy = document.querySelector('.article-text')!.getAttribute('aria-busy');
        document.querySelector('main.reader')!.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 0 }));
      });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  page = await app.relaunch();
  await untilText(page.locator('.article-text p').first(), 'Hearing transcript, day one');
  await untilAttribute(page.locator('.article-text'), 'aria-busy', 'false');
  // The wheel came while the article was still being built, and the view stays at its top.
  expect(await page.evaluate(() => (window as unknown as { __wheelAtBusy: string | null }).__wheelAtBusy)).toBe('true');
  await page.waitForTimeout(500);
  expect(await page.locator('.article-scroll').evaluate((box) => box.scrollTop)).toBe(0);
});

test('the reading caret goes down across the blocks of lines of a seed article, and a claim past its 64th line, selected from the keyboard, is tagged at its place in the file', async ({ app }) => {
  const SEED = '003_8d5387ac8c00ce0b.txt';
  const phrase = 'Moscow has been trying to repair the cooperation with both Baku and Yerevan';
  const text = await readFile(path.join(SEEDS_DIR, SEED), 'utf8');
  const line = text.slice(0, text.indexOf(phrase)).split('\n').length - 1;
  expect(line, 'the phrase is in the second block of 64 lines').toBeGreaterThanOrEqual(64);
  const start = [...text.slice(0, text.indexOf(phrase))].length;

  const page = await app.launch();
  await openArticle(page, SEED);
  await tabIntoText(page);
  // From the top: arrows down line by line, over the boundary between the blocks, then words.
  await keyboardSelect(page, phrase);
  await page.keyboard.press('1');
  await expect(page.locator('mark.hl', { hasText: phrase.slice(0, 30) }).first()).toBeVisible();

  await app.flush();
  const stored = (await readSidecarFile(app.dirs.defaultSetDir, SEED)).annotations.map((a) => ({ quote: quoteSelectorOf(a)?.exact, position: positionSelectorOf(a) }));
  expect(stored).toEqual([{ quote: phrase, position: { type: 'TextPositionSelector', start, end: start + [...phrase].length } }]);
});
