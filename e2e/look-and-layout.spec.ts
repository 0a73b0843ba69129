/**
 * Look and layout: themes that follow the system or are chosen, the reading
 * size, and columns resized by keyboard or mouse, all kept after a restart.
 */
import { expect, test } from './fixtures';
import { openArticle, tagPhrase } from './harness/actions';
import { readmeShot } from './harness/readme-shots';
import type { Page } from '@playwright/test';

const B = '002_629f6f8c301c9278.txt';
const QUOTE_A = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const QUOTE_A2 = 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list.';

const LIGHT_BG = 'rgb(247, 246, 243)';
const DARK_BG = 'rgb(27, 29, 33)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const widthOf = (page: Page, name: string) =>
  page.getByRole('complementary', { name }).evaluate((e) => Math.round(e.getBoundingClientRect().width));

test('the theme follows the system until one is chosen, and the choice is kept', async ({ app }) => {
  let page = await app.launch();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_BG);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(DARK_BG);

  // Light chosen while the system is dark.
  const theme = page.getByRole('group', { name: 'Display' }).getByRole('combobox', { name: 'Theme' });
  await theme.selectOption({ label: 'Light' });
  expect(await background(page)).toBe(LIGHT_BG);

  // Dark chosen while the system is light; kept after a restart.
  await page.emulateMedia({ colorScheme: 'light' });
  await theme.selectOption({ label: 'Dark' });
  expect(await background(page)).toBe(DARK_BG);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  await tagPhrase(page, QUOTE_A2, 'U.S. role');
  const mark = page.locator('mark.hl', { hasText: 'Rubio expressed' });
  // Highlights stay readable on the dark background: light text over a deep tint.
  await expect(mark).toHaveCSS('color', 'rgb(230, 230, 227)');
  await page.mouse.click(5, 300);
  await readmeShot(page, 'dark-theme');

  page = await app.relaunch();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await background(page)).toBe(DARK_BG);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'System' });
  expect(await background(page)).toBe(LIGHT_BG);
});

test('the reading size changes with A− and A+ and is kept', async ({ app }) => {
  let page = await app.launch();
  const text = page.locator('.article-text');
  const size = () => text.evaluate((e) => getComputedStyle(e).fontSize);
  expect(await size()).toBe('18px');
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  expect(await size()).toBe('20px');
  // The measure stays readable: about 70 characters a line, never the whole window.
  const width = await page.locator('.article').evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeLessThan(1000);
  page = await app.relaunch();
  expect(await page.locator('.article-text').evaluate((e) => getComputedStyle(e).fontSize)).toBe('20px');
  await page.getByRole('button', { name: 'Smaller text' }).click();
  expect(await page.locator('.article-text').evaluate((e) => getComputedStyle(e).fontSize)).toBe('19px');
});

test('columns resized by keyboard and mouse keep their width after a restart', async ({ app }) => {
  let page = await app.launch();
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  expect(await widthOf(page, 'Annotations')).toBe(320);

  const splitter = page.getByRole('separator', { name: 'Resize the side panel' });
  await expect(splitter).toHaveAttribute('aria-valuenow', '320');
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', '416');
  expect(await widthOf(page, 'Annotations')).toBe(416);
  await page.keyboard.press('End');
  await expect(splitter).toHaveAttribute('aria-valuenow', '600');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', '536');

  // The article list, by mouse: dragged 80 px to the right.
  const navSplitter = page.getByRole('separator', { name: 'Resize the article list' });
  const box = (await navSplitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + 200, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect(navSplitter).toHaveAttribute('aria-valuenow', '320');

  page = await app.relaunch();
  await openArticle(page, B);
  expect(await widthOf(page, 'Annotations')).toBe(536);
  expect(await page.getByRole('navigation', { name: 'Articles' }).evaluate((e) => Math.round(e.getBoundingClientRect().width))).toBe(320);
  await readmeShot(page, 'resized-layout');
});
