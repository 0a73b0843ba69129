/**
 * The analyst's whole path on the built UI, the real Lexical viewer and the
 * real core, on real files: open the seed set, tag claims in two articles
 * (one tag new), check the sidecars on disk, relaunch, delete, export a brief.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { articleCodePoints, quoteAndSlice, readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { SEEDS_DIR } from './harness/paths';
import { dragSelect } from './harness/select';
import { openArticle, titleOf } from './harness/actions';
import { tagsOf, noteOf } from '../annotations/model/annotation';
import { expectFlashed, watchFlashes } from './harness/flashes';

const A = '000_5070c6c1e48426b5.txt';
const B = '002_629f6f8c301c9278.txt';
const C = '003_8d5387ac8c00ce0b.txt';
const QUOTE_A = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const QUOTE_B = 'For the first time in decades, Moscow finds itself sidelined from mediating a conflict it once dominated.';
// Seed 003 has non-breaking spaces inside this sentence: offsets must count them as they are.
const QUOTE_C = 'After almost four decades\u00a0of bitter conflict,\u00a0Baku and Yerevan might finally settle for peace';



async function tagSelection(page: Page, phrase: string, tag: { existing: string } | { new: string }, screenshot?: string): Promise<void> {
  await dragSelect(page, phrase);
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toBeVisible();
  if (screenshot) await page.screenshot({ path: `test-results/screens/${screenshot}` });
  if ('existing' in tag) {
    await toolbar.getByRole('button', { name: tag.existing, exact: true }).click();
  } else {
    await toolbar.getByRole('textbox', { name: 'New tag' }).fill(tag.new);
    await toolbar.getByRole('textbox', { name: 'New tag' }).press('Enter');
  }
  await expect(toolbar).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByRole('listitem').filter({ hasText: phrase.slice(0, 40) }).first()).toBeVisible();
}

test('first launch copies the seed set to a writable folder and opens it', async ({ app }) => {
  const page = await app.launch();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(5);
  for (const file of await readdir(SEEDS_DIR)) {
    await expect(nav.getByRole('link', { name: await titleOf(file), exact: true })).toBeVisible();
    const copy = await readFile(path.join(app.dirs.defaultSetDir, file));
    expect(copy.equals(await readFile(path.join(SEEDS_DIR, file))), `${file} copied byte for byte`).toBe(true);
  }
  // The viewer shows one paragraph per line of the file, text exactly as in the file.
  await openArticle(page, C);
  const lines = (await readFile(path.join(SEEDS_DIR, C), 'utf8')).split('\n');
  const paragraphs = await page.locator('.article-text p').allTextContents();
  expect(paragraphs).toEqual(lines);
  await page.screenshot({ path: 'test-results/screens/workspace.png' });
});

test('tag claims in two articles, save sidecars, reopen, delete, export a brief', async ({ app, tmp }) => {
  let page = await app.launch();
  const folder = app.dirs.defaultSetDir;

  await openArticle(page, A);
  await tagSelection(page, QUOTE_A, { existing: 'Peace deal' });
  await page.screenshot({ path: 'test-results/screens/tagged.png' });

  // A second tag on the same highlight: select the same span again.
  await tagSelection(page, QUOTE_A, { existing: 'U.S. role' });
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.getByRole('listitem').filter({ hasText: QUOTE_A.slice(0, 40) })).toHaveCount(1);
  await panel.getByRole('textbox', { name: 'Note' }).fill('Rubio frames the deal as a Trump achievement.');
  await panel.getByRole('textbox', { name: 'Note' }).blur();

  await openArticle(page, B);
  await tagSelection(page, QUOTE_B, { new: 'Moscow sidelined' }, 'toolbar.png');
  await expect(page.locator('mark.hl', { hasText: 'Moscow finds itself sidelined' })).toBeVisible();

  await openArticle(page, C);
  await tagSelection(page, QUOTE_C, { existing: 'Russia' });
  await app.flush();

  // On disk: valid sidecars, quotes equal to the selection, offsets that slice the file to the quote.
  const expected = [
    { file: A, quote: QUOTE_A, tags: ['Peace deal', 'U.S. role'], note: 'Rubio frames the deal as a Trump achievement.' },
    { file: B, quote: QUOTE_B, tags: ['Moscow sidelined'], note: '' },
    { file: C, quote: QUOTE_C, tags: ['Russia'], note: '' },
  ];
  for (const e of expected) {
    const sidecar = await readSidecarFile(folder, e.file);
    expect(sidecar.article.file).toBe(e.file);
    expect(sidecar.annotations).toHaveLength(1);
    const annotation = sidecar.annotations[0]!;
    const { quote, slice } = quoteAndSlice(annotation, await articleCodePoints(folder, e.file));
    expect(quote).toBe(e.quote);
    expect(slice).toBe(e.quote);
    expect(tagsOf(annotation)).toEqual(e.tags);
    expect(noteOf(annotation)).toBe(e.note);
  }
  const codebook = JSON.parse(await readFile(path.join(folder, 'annotation-set.json'), 'utf8')) as { tags: { label: string }[] };
  expect(codebook.tags.map((t) => t.label)).toContain('Moscow sidelined');

  // Relaunch on the same data folder: the same set reopens, every highlight where it was.
  page = await app.relaunch();
  for (const e of expected) {
    await openArticle(page, e.file);
    await expect(page.locator('mark.hl')).toHaveText([e.quote]);
    await expect(page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: e.quote.slice(0, 30) })).toHaveCount(1);
  }

  // Delete one annotation: gone from the screen and from the sidecar.
  await openArticle(page, B);
  await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: 'Delete annotation' }).click();
  await expect(page.locator('mark.hl')).toHaveCount(0);
  await app.flush();
  expect((await readSidecarFile(folder, B)).annotations).toHaveLength(0);

  // Export the brief.
  const briefPath = path.join(tmp, 'brief.md');
  app.saveChoices.push(briefPath);
  await page.getByRole('button', { name: 'Export brief' }).click();
  await expect(page.getByRole('status')).toContainText('Brief saved');
  const brief = await readFile(briefPath, 'utf8');
  expect(brief).toContain('# Comparative brief: Armenia–Azerbaijan peace process');
  expect(brief).toMatch(/\|\s*Tag\s*\|/u);
  expect(brief).toContain('## Peace deal');
  expect(brief).toContain('## U.S. role');
  expect(brief).toContain('## Russia');
  expect(brief).toContain(QUOTE_A);
  expect(brief).toContain('Rubio frames the deal as a Trump achievement.');
  expect(brief).not.toContain(QUOTE_B);
  expect(brief).not.toContain('## Moscow sidelined');
});

test('clicking an annotation scrolls to its highlight and flashes it', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, A);
  const last = 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list.';
  await tagSelection(page, last, { existing: 'Peace deal' });
  await page.locator('.article-scroll').evaluate((el) => el.scrollTo(0, 0));
  await page.setViewportSize({ width: 1280, height: 420 });
  await page.locator('.article-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const flashes = await watchFlashes(page);
  await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: last }).click();
  await expectFlashed(flashes, 'The prospect of a peace deal');
  await expect(page.locator('mark.hl', { hasText: 'The prospect of a peace deal' })).toBeInViewport();
});

test('clicking a highlight in the text selects its annotation in the panel', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, A);
  const first = 'Rubio expressed confidence';
  const second = 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list.';
  await tagSelection(page, first, { existing: 'Peace deal' });
  await tagSelection(page, second, { existing: 'U.S. role' });
  const cards = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Note' }) });
  await page.locator('mark.hl', { hasText: 'The prospect of a peace deal' }).click();
  await expect(cards.filter({ hasText: second })).toHaveAttribute('aria-current', 'true');
  await expect(cards.filter({ hasText: first })).not.toHaveAttribute('aria-current', 'true');
  await page.locator('mark.hl', { hasText: first }).click();
  await expect(cards.filter({ hasText: first })).toHaveAttribute('aria-current', 'true');
});
