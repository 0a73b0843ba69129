/**
 * The details that differ, as the analyst reads them under Elsewhere, on two
 * real reports of the India–Pakistan ceasefire (story F of the matcher's gold,
 * bench/match/gold/news) added to the seed set: one gives the DGMOs' call at
 * "15:35", the other at "around 3:30 PM" and, in another sentence, at "3:35
 * PM". The first is a time given otherwise, shown as a time; the second is
 * the same time written another way, no difference.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleTitle } from '../annotations/model/article-title';
import { writeNamedSeedSet } from '../annotations/node/claim-heavy-set';
import { expect, test } from './fixtures';
import { openSet, tagPhrase } from './harness/actions';
import { expectAccessible } from './harness/axe';
import { SEEDS_DIR } from './harness/paths';

const GOLD = path.resolve(__dirname, '../bench/match/gold/news/articles');
const CLAIM_FILE = 'f01-newindianexpress.txt';
const OTHER_FILE = 'f05-parliamentarian.txt';
const CLAIM = 'The Pakistan DGMO called up his Indian counterpart at 15:35';

test('under Elsewhere, a time given otherwise in another report is shown as a time, and the same time written otherwise is not (story F)', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'Ceasefire');
  // The seed set, with its codebook, named as its folder.
  await writeNamedSeedSet(SEEDS_DIR, folder, 'Ceasefire');
  for (const file of [CLAIM_FILE, OTHER_FILE]) await copyFile(path.join(GOLD, file), path.join(folder, file));
  const title = async (file: string) => articleTitle(undefined, await readFile(path.join(GOLD, file), 'utf8'), file);

  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);
  const claimTitle = await title(CLAIM_FILE);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: claimTitle, exact: true }).click();
  await expect(page.getByRole('article', { name: claimTitle })).toBeVisible();
  await tagPhrase(page, CLAIM, 'Peace deal');

  const card = page.getByRole('complementary', { name: 'Annotations' }).locator('li.card').filter({ has: page.getByRole('button', { name: CLAIM }) });
  await card.getByRole('button', { name: CLAIM }).click();
  const elsewhere = card.getByRole('region', { name: 'Elsewhere' });
  await expect(elsewhere).toHaveAttribute('aria-busy', 'false');
  const passage = (text: string) => elsewhere.locator('[data-candidate]').filter({ has: page.locator('.candidate__passage', { hasText: text }) });

  const otherTime = passage('around 3:30 PM');
  await expect(otherTime).toHaveAccessibleName(`Likely ${await title(OTHER_FILE)}`);
  const differing = otherTime.getByRole('list', { name: 'Details that differ' });
  await expect(differing.getByRole('listitem')).toHaveCount(1);
  await expect(differing.locator('.differs__kind')).toHaveText('Time');
  await expect(differing.locator('.differs__here')).toHaveText('15:35');
  await expect(differing.locator('.differs__there')).toHaveText('around 3:30 PM');
  await otherTime.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/elsewhere-time-difference.png' });

  // "at 3:35 PM" is 15:35: listed, with no detail that differs.
  const sameTime = passage('3:35 PM on Saturday');
  await expect(sameTime).toBeVisible();
  await expect(sameTime.getByRole('list', { name: 'Details that differ' })).toHaveCount(0);
  await expectAccessible(page, 'Elsewhere with a time that differs');
});
