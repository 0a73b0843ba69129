/**
 * Overlapping highlights: a segment covered by two annotations looks unlike
 * a single highlight, a click on it offers both, and choosing one makes it
 * current. Tag labels stand in the margin beside the highlights.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './harness/axe';
import { readmeShot } from './harness/readme-shots';
import { dragSelect } from './harness/select';

async function tagPhrase(page: Page, phrase: string, label: string): Promise<void> {
  await dragSelect(page, phrase);
  await page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: phrase, exact: true })).toBeVisible();
}

const FIRST = 'Rubio expressed confidence that a peace agreement';
const SECOND = 'a peace agreement between Baku and Yerevan';
const SHARED = 'a peace agreement';

async function styleOf(page: Page, text: string): Promise<{ backgroundImage: string; boxShadow: string; backgroundColor: string }> {
  const mark = page.locator('.article-text mark.hl').filter({ hasText: new RegExp(`^${text}$`, 'u') });
  await expect(mark).toHaveCount(1);
  // A mark is redrawn once its save is confirmed: read it after that.
  await expect(page.locator('.article-text mark.hl--saving')).toHaveCount(0);
  return mark.evaluate((element) => {
    const style = getComputedStyle(element);
    return { backgroundImage: style.backgroundImage, boxShadow: style.boxShadow, backgroundColor: style.backgroundColor };
  });
}

test('overlapping highlights look distinct, and a click on the overlap offers both', async ({ app }) => {
  const page = await app.launch();
  await tagPhrase(page, FIRST, 'Peace deal');
  await tagPhrase(page, SECOND, 'U.S. role');

  // Flat marks: "Rubio expressed confidence that " {first}, "a peace agreement" {first, second}, " between Baku and Yerevan" {second}.
  const single = await styleOf(page, 'Rubio expressed confidence that ');
  const overlap = await styleOf(page, SHARED);
  const otherSingle = await styleOf(page, ' between Baku and Yerevan');
  expect(page.locator('.article-text mark mark')).toHaveCount(0);
  expect(single.backgroundImage).toBe('none');
  expect(otherSingle.backgroundImage).toBe('none');
  expect(overlap.backgroundImage).toContain('repeating-linear-gradient');
  expect(overlap.boxShadow).not.toBe('none');
  expect(overlap.backgroundColor).not.toBe(single.backgroundColor);
  await page.locator('.article-text mark.hl-overlap').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/overlaps.png' });

  await page.locator('.article-text mark.hl-overlap').click();
  const chooser = page.getByRole('listbox', { name: '2 annotations here' });
  await expect(chooser).toBeFocused();
  await expect(chooser.getByRole('option')).toHaveCount(2);
  await expect(chooser.getByRole('option', { name: /Peace deal/u })).toBeVisible();
  await expect(chooser.getByRole('option', { name: /U\.S\. role/u })).toBeVisible();
  await readmeShot(page, 'overlap-chooser');
  await expectAccessible(page, 'overlap chooser open');

  // Keyboard: the second choice, then Enter.
  await page.keyboard.press('ArrowDown');
  await expect(chooser.getByRole('option', { name: /U\.S\. role/u })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(chooser).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(panel.locator('li.card[aria-current="true"] .card__quote')).toHaveText(SECOND);
  await expect(page.locator('.article-text mark.hl-current')).toHaveText([SHARED, ' between Baku and Yerevan']);

  // The mouse: the first one; Escape closes without choosing.
  await page.locator('.article-text mark.hl-overlap').click();
  await chooser.getByRole('option', { name: /Peace deal/u }).click();
  await expect(panel.locator('li.card[aria-current="true"] .card__quote')).toHaveText(FIRST);
  await page.locator('.article-text mark.hl-overlap').click();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(panel.locator('li.card[aria-current="true"] .card__quote')).toHaveText(FIRST);
});

test('tag labels stand in the margin beside their highlights, one a line, and a click shows the annotation', async ({ app }) => {
  const page = await app.launch();
  await tagPhrase(page, FIRST, 'Peace deal');
  await tagPhrase(page, SECOND, 'U.S. role');
  await tagPhrase(page, 'The prospect of a peace deal between Armenia and Azerbaijan', 'Russia');

  const labels = page.locator('.margin-labels .margin-label');
  // The first two start on one line: one label names both.
  await expect(labels).toHaveText(['Peace deal · U.S. role', 'Russia']);
  // Beside the text, at the first line of each highlight: measured in one frame, once the labels
  // have followed the last layout (they are placed in the frame after it).
  const placement = () =>
    page.evaluate(() => {
      const [both, russia] = [...document.querySelectorAll('.margin-labels .margin-label')].map((e) => e.getBoundingClientRect());
      const marks = [...document.querySelectorAll('.article-text mark.hl')];
      const firstLine = marks[0]!.getClientRects()[0]!.top;
      const russiaLine = marks.find((m) => m.textContent?.startsWith('The prospect of a peace deal'))!.getClientRects()[0]!.top;
      const text = document.querySelector('.article-text')!.getBoundingClientRect();
      return { besideText: both!.left > text.right, both: Math.round(Math.abs(both!.top - firstLine)), russia: Math.round(Math.abs(russia!.top - russiaLine)) };
    });
  await expect.poll(placement).toEqual({ besideText: true, both: expect.any(Number), russia: expect.any(Number) });
  await expect.poll(async () => (await placement()).both).toBeLessThan(4);
  await expect.poll(async () => (await placement()).russia).toBeLessThan(4);
  // Coloured like the tag.
  await expect(labels.nth(1)).toHaveCSS('border-left-color', 'rgb(244, 165, 130)');
  await readmeShot(page, 'margin-labels');
  await expectAccessible(page, 'margin labels');
  // Dark mode: the same overlap and labels on the dark palette.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('.article-text mark.hl-overlap').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/margin-labels-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  await labels.nth(1).click();
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('li.card[aria-current="true"] .card__quote')).toHaveText(
    'The prospect of a peace deal between Armenia and Azerbaijan',
  );
  // The labels follow the text when the window narrows and lines rewrap.
  await page.setViewportSize({ width: 1100, height: 820 });
  await expect
    .poll(async () => {
      // (On the narrower column the first two highlights may no longer share a line: find the label by its tag.)
      const label = await labels.filter({ hasText: 'Russia' }).evaluate((e) => e.getBoundingClientRect().top);
      const line = await page.locator('.article-text mark.hl', { hasText: 'The prospect of a peace deal' }).evaluate((e) => e.getClientRects()[0]!.top);
      return Math.abs(label - line);
    })
    .toBeLessThan(4);
});
