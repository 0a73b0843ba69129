import { expect, test } from './fixtures';
import { openArticle, tagPhrase } from './harness/actions';

const A = '000_5070c6c1e48426b5.txt';
const CLAIM = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';

test('probe', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, A);
  await tagPhrase(page, CLAIM, 'Peace deal');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const list = panel.getByRole('region', { name: 'Elsewhere' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const c = list.getByRole('listitem').filter({ hasText: 'strike a peace deal' }).first();
  await c.getByRole('button', { name: 'Same claim' }).click();
  await expect(list.getByText('Linked', { exact: true })).toBeVisible();
  await c.evaluate(() => undefined).catch(() => undefined);
  await page.screenshot({ path: 'test-results/screens/probe-card.png' });
  await page.keyboard.press('Control+Shift+M');
  await expect(page.getByRole('complementary', { name: 'Matches to review' })).toBeVisible();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'test-results/screens/probe-queue.png' });
  await page.keyboard.press('Control+Shift+C');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/screens/probe-compare.png' });
});
