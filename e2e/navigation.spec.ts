/**
 * Finding things: the annotations panel's filters (tag with its children,
 * stance, status), search across the set landing on the place found, and the
 * quotes of one tag from every article.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase, titleOf } from './harness/actions';
import { readmeShot } from './harness/readme-shots';
import { dragSelect } from './harness/select';
import type { Page } from '@playwright/test';
import { expectFlashed, watchFlashes } from './harness/flashes';

const A = '000_5070c6c1e48426b5.txt';
const B = '002_629f6f8c301c9278.txt';
const C = '003_8d5387ac8c00ce0b.txt';
const KEPT_1 = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const KEPT_2 = 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list.';
const DELETED =
  'Mentioning this process at such a high level indicates the presence of real diplomatic efforts aimed at implementing the agreements initialed in March of this year.';
const QUOTE_B = 'The peace talks come after Armenia’s defeats in a 2020 war';
const ACCENTED = 'zz-notes-from-zurich.txt';
const ACCENTED_TEXT = 'Notes from Zürich\n🇦🇲🤝🇦🇿 Delegates praised the Café\u00a0Accord, signed in Zürich.\nAnother café accord was not mentioned again.\n';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

/** Tags the current selection with a new tag typed in the toolbar. */
async function tagWithNewLabel(page: Page, phrase: string, label: string): Promise<void> {
  await dragSelect(page, phrase);
  const input = page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('textbox', { name: 'New tag' });
  await input.fill(label);
  await input.press('Enter');
  await expect(page.locator('mark.hl', { hasText: phrase.slice(0, 20) }).first()).toBeVisible();
}

test('filters by tag (children included), stance and status change what the panel shows and dim the rest', async ({ app }) => {
  const page = await app.launch();
  const file = path.join(app.dirs.defaultSetDir, A);
  await tagPhrase(page, KEPT_1, 'Peace deal');
  await panelOf(page).getByRole('listitem').filter({ hasText: 'Rubio expressed' }).getByText('Claim details').click();
  await panelOf(page).getByRole('combobox', { name: 'Stance' }).selectOption('asserts');
  await tagWithNewLabel(page, KEPT_2, 'Security/Guarantees');
  await tagPhrase(page, DELETED, 'Russia');
  await app.flush();
  // The passage of the third goes from the file: it becomes an orphan.
  await writeFile(file, (await readFile(file, 'utf8')).replace(DELETED + ' ', ''));
  await expect(page.getByRole('status').filter({ hasText: '1 not found' })).toBeVisible();

  const panel = panelOf(page);
  const cards = panel.locator('li.card');
  await expect(panel.getByText('3 annotations', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Filter' }).click();

  // A parent tag includes its children.
  await panel.getByRole('group', { name: 'Tag' }).getByRole('checkbox', { name: 'Security', exact: true }).check();
  await expect(panel.getByText('Showing 1 of 3')).toBeVisible();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(KEPT_2);
  // Filtered-out highlights stay in the text, dimmed.
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed' })).toHaveClass(/hl--dimmed/u);
  await expect(page.locator('mark.hl', { hasText: 'The prospect of a peace deal' })).not.toHaveClass(/hl--dimmed/u);
  await readmeShot(page, 'filters');

  // Several tags are alternatives.
  await panel.getByRole('group', { name: 'Tag' }).getByRole('checkbox', { name: 'Peace deal' }).check();
  await expect(panel.getByText('Showing 2 of 3')).toBeVisible();
  await panel.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards).toHaveCount(3);
  await expect(page.locator('mark.hl--dimmed')).toHaveCount(0);

  // "No stance", by keyboard.
  const noStance = panel.getByRole('group', { name: 'Stance' }).getByRole('checkbox', { name: 'No stance' });
  await noStance.focus();
  await page.keyboard.press('Space');
  await expect(panel.getByText('Showing 2 of 3')).toBeVisible();
  await expect(cards.filter({ hasText: 'Rubio expressed' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Remove filter No stance' }).click();

  // Status: only what was not found, then only the anchored ones.
  await panel.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Not found' }).check();
  await expect(panel.getByText('Showing 1 of 3')).toBeVisible();
  await expect(panel.getByRole('region', { name: /Not found in the current text/u })).toContainText(DELETED.slice(0, 40));
  await panel.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Not found' }).uncheck();
  await panel.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Anchored' }).check();
  await expect(panel.getByText('Showing 2 of 3')).toBeVisible();
  await expect(panel.getByRole('region', { name: /Not found in the current text/u })).toHaveCount(0);

  // The filters stay while the analyst moves to another article.
  await openArticle(page, B);
  await expect(panel.getByRole('list', { name: 'Active filters' })).toContainText('Anchored');
});

test('search finds text, quotes and notes across the set and opens each at its place', async ({ app }) => {
  let page = await app.launch();
  await app.quit();
  await writeFile(path.join(app.dirs.defaultSetDir, ACCENTED), ACCENTED_TEXT);
  page = await app.relaunch();

  await tagPhrase(page, KEPT_1, 'Peace deal');
  const note = panelOf(page).getByRole('textbox', { name: 'Note' });
  await note.fill('Compare with the cafe accord in the Zürich notes.');
  await note.blur();
  await app.flush();

  // Ctrl+Shift+F from the article; accents and case do not matter.
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('searchbox', { name: 'Search the set' });
  await expect(box).toBeFocused();
  await box.fill('CAFE ACCORD');
  await box.press('Enter');
  const results = page.getByRole('complementary', { name: 'Search results' });
  await expect(results.getByText('3 matches for “CAFE ACCORD” in 2 articles.', { exact: true })).toBeVisible();
  const accented = results.getByRole('region', { name: 'Notes from Zürich' });
  await expect(accented.getByRole('button')).toHaveCount(2);
  await expect(results.getByRole('region', { name: await titleOf(A) }).getByRole('button')).toHaveText(/^Note.*cafe accord/u);
  await readmeShot(page, 'search');

  // A text match: the article opens with exactly the match selected (after emoji and an NBSP).
  await accented.getByRole('button').first().click();
  await expect(page.getByRole('article', { name: 'Notes from Zürich' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Café\u00a0Accord');
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => r.toString()))).toEqual(['Café\u00a0Accord']);
  await accented.getByRole('button').nth(1).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('café accord');

  // A match in a long article far down the page: scrolled into view.
  await box.fill('settle for peace');
  await box.press('Enter');
  await results.getByRole('region', { name: await titleOf(C) }).getByRole('button').first().click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('settle for peace');
  await expect(page.locator('.article-text p', { hasText: 'might finally settle for peace' })).toBeInViewport();

  // A quote match opens its annotation, flashing its highlight.
  await box.fill('rubio expressed');
  await box.press('Enter');
  const inA = results.getByRole('region', { name: await titleOf(A) });
  await expect(inA.getByRole('button')).toHaveText([/^Text/u, /^Quote/u]);
  const flashes = await watchFlashes(page);
  await inA.getByRole('button', { name: /^Quote/u }).click();
  await expectFlashed(flashes, 'Rubio expressed');

  // Escape in the box closes the results; the annotations are back.
  await box.press('Escape');
  await expect(results).toHaveCount(0);
  await expect(panelOf(page)).toBeVisible();
});

test('a search match in the article already open is selected, each in turn, and tagging tags the one chosen last', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, A);
  const lines = (await readFile(path.join(app.dirs.defaultSetDir, A), 'utf8')).split('\n');
  const expected = lines.flatMap((line, index) => [...line.matchAll(/peace/giu)].map((m) => ({ line: index, at: m.index, text: m[0] })));
  const box = page.getByRole('searchbox', { name: 'Search the set' });
  await box.fill('peace');
  await box.press('Enter');
  const hits = page.getByRole('complementary', { name: 'Search results' }).getByRole('region', { name: await titleOf(A) }).getByRole('button');
  // The results render after the search answers: wait for them before counting.
  await expect.poll(() => hits.count()).toBeGreaterThanOrEqual(4);
  expect(await hits.count()).toBeLessThanOrEqual(expected.length);

  for (const i of [0, 3, 1]) {
    await hits.nth(i).click();
    await expect.poll(() => selectionInArticle(page)).toEqual(expected[i]);
  }
  // The tag toolbar holds no match chosen before: the one chosen last is
  // offered (Shift, as after a keyboard selection) and tagged.
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toHaveCount(0);
  await page.keyboard.press('Shift');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('n');
  await page.keyboard.type('Found');
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.hl')).toHaveCount(1);
  // Read in one page task: the mark is redrawn when its save is confirmed,
  // so a handle taken earlier may already be detached.
  await expect.poll(() => page.evaluate(() => {
    const m = document.querySelector('.article-text p mark.hl');
    const p = m?.closest('.article-text p');
    if (!m || !p) return null;
    const before = document.createRange();
    before.setStart(p, 0);
    before.setEndBefore(m);
    return { line: [...p.parentElement!.children].indexOf(p), at: before.toString().length, text: m.textContent };
  })).toEqual(expected[1]);
});

/** Where the selection starts in the article (its line, and UTF-16 units into it) and what it holds. */
async function selectionInArticle(page: Page): Promise<{ line: number; at: number; text: string } | null> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const paragraph = start?.closest('.article-text p');
    if (!paragraph) return null;
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(range.startContainer, range.startOffset);
    return { line: [...paragraph.parentElement!.children].indexOf(paragraph), at: before.toString().length, text: selection.toString() };
  });
}

test('the tag view lists the quotes of a tag from several articles and opens one', async ({ app }) => {
  const page = await app.launch();
  await tagPhrase(page, KEPT_1, 'Peace deal');
  await tagPhrase(page, DELETED, 'Russia');
  await openArticle(page, B);
  await tagPhrase(page, QUOTE_B, 'Peace deal');
  const panel = panelOf(page);
  await panel.getByText('Claim details').click();
  await panel.getByRole('combobox', { name: 'Stance' }).selectOption('reports');
  await panel.getByLabel('Claimed by').fill('Reuters');
  await panel.getByLabel('Claimed by').press('Enter');
  await app.flush();

  // From the panel's filter: "across set" beside a tag.
  await panel.getByRole('button', { name: 'Filter' }).click();
  await panel.getByRole('button', { name: 'All quotes tagged Peace deal across set' }).click();
  const view = page.getByRole('region', { name: 'Quotes by tag' });
  await expect(view.getByRole('heading', { name: 'Quotes tagged Peace deal' })).toBeVisible();
  await expect(view.getByText('2 quotes in 2 articles.', { exact: true })).toBeVisible();
  await expect(view.getByRole('heading', { level: 3 })).toHaveText([`${await titleOf(A)} (1)`, `${await titleOf(B)} (1)`]);
  await expect(view.getByText('Peace deal · Reports neutrally · by Reuters')).toBeVisible();
  await readmeShot(page, 'tag-view');

  // Another tag from the picker; then a quote opens its article at the passage.
  await view.getByRole('combobox', { name: 'Tag' }).selectOption('Russia');
  await expect(view.getByText('1 quote in 1 article.', { exact: true })).toBeVisible();
  await view.getByRole('combobox', { name: 'Tag' }).selectOption('Peace deal');
  const flashes = await watchFlashes(page);
  await view.getByRole('button', { name: KEPT_1 }).click();
  await expect(page.getByRole('article', { name: await titleOf(A) })).toBeVisible();
  await expectFlashed(flashes, 'Rubio expressed');
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Tags' })).toHaveAttribute('aria-pressed', 'false');
});

test('the next article opens at its top, with the last one’s highlights, labels and selection gone, and tags where it is selected; the viewer’s plugins stay mounted', async ({ app }) => {
  const page = await app.launch();
  const scroller = page.locator('.article-scroll');
  await openArticle(page, A);
  await tagPhrase(page, KEPT_2, 'Peace deal');
  await dragSelect(page, KEPT_1);
  // Less far down than B is long: B would keep it, were it not reset.
  await scroller.evaluate((box) => box.scrollTo({ top: 300 }));
  await expect.poll(() => scroller.evaluate((box) => box.scrollTop)).toBe(300);
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
  // Elements two of the plugins make (the drawn caret, the labels' layer):
  // mounted afresh for each article, they would be new ones in B.
  const pluginElements = await page.evaluateHandle(() => [document.querySelector('.reading-caret'), document.querySelector('.margin-labels')]);

  // The viewer builds the next article into the same editor and plugins (ArticleViewer): nothing of A may stay.
  await openArticle(page, B);
  expect(await pluginElements.evaluate(([caret, labels]) => [caret?.isConnected, labels?.isConnected, caret === document.querySelector('.reading-caret'), labels === document.querySelector('.margin-labels')])).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(await scroller.evaluate((box) => box.scrollTop)).toBe(0);
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toHaveCount(0);
  await expect(page.locator('mark.hl')).toHaveCount(0);
  await expect(page.locator('.margin-label')).toHaveCount(0);
  await expect(page.locator('.article-text')).not.toContainText(KEPT_2);

  // Selecting in B tags B, at the selected words.
  await tagPhrase(page, QUOTE_B, 'Peace deal');
  await expect(page.locator('mark.hl')).toHaveText([QUOTE_B]);
  await expect(page.locator('.margin-label')).toHaveText(['Peace deal']);
  await openArticle(page, A);
  await expect(page.locator('mark.hl', { hasText: KEPT_2.slice(0, 30) })).toHaveCount(1);
  await expect(page.locator('mark.hl', { hasText: QUOTE_B.slice(0, 30) })).toHaveCount(0);
});
