/**
 * The details that differ, as the analyst reads them under Elsewhere, on two
 * real reports of the India–Pakistan ceasefire (story F of the matcher's gold,
 * bench/match/gold/news) added to the seed set: one gives the DGMOs' call at
 * "15:35", the other at "around 3:30 PM" and, in another sentence, at "3:35
 * PM". The first is a time given otherwise, shown as a time; the second is
 * the same time written another way, no difference. Then who announced the
 * ceasefire: Donald Trump in one report, Vikram Misri in another. Then a
 * role alone: "Pakistan's foreign minister" said it in one report, Deputy
 * Prime Minister Ishaq Dar in another, Foreign Minister Ishaq Dar in a third.
 * Then, in the seeds, one man given one office and two: his role differs.
 * Then a relative date, dated once the analyst gives the article its date
 * ("last month" / "May 2"), and a list of places against one of them, on
 * two reports of the Israel–Iran ceasefire (story G): "in Qatar" / "in
 * Qatar and Iraq". Last, who gave a figure: two estimators of the Los
 * Angeles fires' losses (story K), named as the source beside the sums.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleTitle } from '../annotations/model/article-title';
import { SEED_DETAILS } from '../annotations/model/seed-details';
import { writeNamedSeedSet } from '../annotations/node/claim-heavy-set';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { TestApp } from './harness/app';
import { openSet, tagPhrase } from './harness/actions';
import { expectAccessible } from './harness/axe';
import { SEEDS_DIR } from './harness/paths';

const GOLD = path.resolve(__dirname, '../bench/match/gold/news/articles');
const TIME_CLAIM = { file: 'f01-newindianexpress.txt', quote: 'The Pakistan DGMO called up his Indian counterpart at 15:35' };
const TIME_OTHER = 'f05-parliamentarian.txt';
/** An article's title as the app shows it: a seed's as its details give it, a report's from its text. */
const title = async (file: string) => SEED_DETAILS[file]?.title ?? articleTitle(undefined, await readFile(path.join(GOLD, file), 'utf8'), file);

/** The seed set with `files` of story F added, open, and `claim` tagged in its article: its Elsewhere region, once filled. */
async function elsewhereOf(app: TestApp, tmp: string, files: readonly string[], claim: { file: string; quote: string }): Promise<{ page: Page; elsewhere: Locator }> {
  const folder = path.join(tmp, 'Ceasefire');
  // The seed set, with its codebook, named as its folder.
  await writeNamedSeedSet(SEEDS_DIR, folder, 'Ceasefire');
  for (const file of files) await copyFile(path.join(GOLD, file), path.join(folder, file));
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);
  const claimTitle = await title(claim.file);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: claimTitle, exact: true }).click();
  await expect(page.getByRole('article', { name: claimTitle })).toBeVisible();
  await tagPhrase(page, claim.quote, 'Peace deal');
  const card = page.getByRole('complementary', { name: 'Annotations' }).locator('li.card').filter({ has: page.getByRole('button', { name: claim.quote }) });
  await card.getByRole('button', { name: claim.quote }).click();
  const elsewhere = card.getByRole('region', { name: 'Elsewhere' });
  await expect(elsewhere).toHaveAttribute('aria-busy', 'false');
  return { page, elsewhere };
}

function passageIn(page: Page, elsewhere: Locator, text: string): Locator {
  return elsewhere.locator('[data-candidate]').filter({ has: page.locator('.candidate__passage', { hasText: text }) });
}

/** The candidate, likely, from `file`, shows exactly one detail that differs, as `label`: `here` / `there`. */
async function expectOneDifference(candidate: Locator, file: string, difference: { label: string; here: string; there: string }): Promise<void> {
  // A candidate is named by its outlet where the article's details give one, else by its title.
  await expect(candidate).toHaveAccessibleName(`Likely ${SEED_DETAILS[file]?.source ?? (await title(file))}`);
  const differing = candidate.getByRole('list', { name: 'Details that differ' });
  await expect(differing.getByRole('listitem')).toHaveCount(1);
  await expect(differing.locator('.differs__kind')).toHaveText(difference.label);
  await expect(differing.locator('.differs__here')).toHaveText(difference.here);
  await expect(differing.locator('.differs__there')).toHaveText(difference.there);
  await candidate.scrollIntoViewIfNeeded();
}

/** The passage holding `text` is listed, with no detail that differs. */
async function expectNoDifference(page: Page, elsewhere: Locator, text: string): Promise<void> {
  const candidate = passageIn(page, elsewhere, text);
  await expect(candidate).toBeVisible();
  await expect(candidate.getByRole('list', { name: 'Details that differ' })).toHaveCount(0);
}

test('under Elsewhere, a time given otherwise in another report is shown as a time, and the same time written otherwise is not (story F)', async ({ app, tmp }) => {
  const { page, elsewhere } = await elsewhereOf(app, tmp, [TIME_CLAIM.file, TIME_OTHER], TIME_CLAIM);

  const otherTime = passageIn(page, elsewhere, 'around 3:30 PM');
  await expectOneDifference(otherTime, TIME_OTHER, { label: 'Time', here: '15:35', there: 'around 3:30 PM' });
  await page.screenshot({ path: 'test-results/screens/elsewhere-time-difference.png' });

  // "at 3:35 PM" is 15:35: listed, with no detail that differs.
  await expectNoDifference(page, elsewhere, '3:35 PM on Saturday');
  await expectAccessible(page, 'Elsewhere with a time that differs');
});

test('under Elsewhere, a report giving the statement to another person names both, and one giving it to the same person written otherwise does not (story F)', async ({ app, tmp }) => {
  const claim = { file: 'f02-hindustantimes.txt', quote: 'US President Donald Trump on Saturday announced that both the countries have agreed to a full and immediate ceasefire' };
  const { page, elsewhere } = await elsewhereOf(app, tmp, [claim.file, 'f03-businessstandard.txt', 'f08-dairynewsaustralia.txt'], claim);

  const misri = passageIn(page, elsewhere, 'Vikram Misri, the secretary for external affairs said');
  await expectOneDifference(misri, 'f03-businessstandard.txt', {
    label: 'Speaker',
    here: 'President Donald Trump on Saturday announced',
    there: 'Vikram Misri, the secretary for external affairs said',
  });
  await page.screenshot({ path: 'test-results/screens/elsewhere-speaker-difference.png' });

  // "US President Donald Trump says…": the same source, no detail that differs.
  await expectNoDifference(page, elsewhere, 'US President Donald Trump says');
});

test('under Elsewhere, a role alone that spoke differs from a named speaker of another office, not from one of the same office (story F)', async ({ app, tmp }) => {
  const claim = { file: 'f08-dairynewsaustralia.txt', quote: "Pakistan's foreign minister also said both countries had agreed to a ceasefire" };
  const { page, elsewhere } = await elsewhereOf(app, tmp, [claim.file, 'f05-parliamentarian.txt', 'f07-shine.txt'], claim);

  const deputy = passageIn(page, elsewhere, 'Deputy Prime Minister Ishaq Dar confirmed the truce');
  await expectOneDifference(deputy, 'f05-parliamentarian.txt', {
    label: 'Speaker',
    here: "Pakistan's foreign minister also said",
    there: 'Deputy Prime Minister Ishaq Dar confirmed',
  });
  await page.screenshot({ path: 'test-results/screens/elsewhere-role-speaker-difference.png' });

  // The foreign minister, named: it may be the one the claim means, so no detail differs.
  await expectNoDifference(page, elsewhere, 'Pakistan Foreign Minister Ishaq Dar said');
});

test('under Elsewhere, one man given one office in a report and two in another differs in his role, not as two people (the seeds)', async ({ app, tmp }) => {
  const claim = { file: '002_629f6f8c301c9278.txt', quote: 'U.S. Secretary of State Marco Rubio said ahead of the leaders’ recent meeting' };
  const { page, elsewhere } = await elsewhereOf(app, tmp, [], claim);

  const statement = passageIn(page, elsewhere, 'Secretary of State and National Security Advisor Marco Rubio');
  await expectOneDifference(statement, '000_5070c6c1e48426b5.txt', {
    label: 'Role',
    here: 'Secretary of State Marco Rubio',
    there: 'Secretary of State and National Security Advisor Marco Rubio',
  });
  await page.screenshot({ path: 'test-results/screens/elsewhere-role-difference.png' });
});

test('under Elsewhere, a "last month" is dated once the analyst gives the article its date, and then differs from another report\'s "May 2" (story F)', async ({ app, tmp }) => {
  const claim = { file: 'f01-newindianexpress.txt', quote: 'following the Pahalgam terror attack last month' };
  const { page, elsewhere } = await elsewhereOf(app, tmp, [claim.file, 'f12-newszop-toi.txt'], claim);
  // Undated, "last month" is no date.
  await expectNoDifference(page, elsewhere, 'after the May 2 Pahalgam attack');

  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Article details' });
  await form.getByLabel('Published').fill('2025-05-10');
  await form.getByRole('button', { name: 'Save details' }).click();

  const mayTwo = passageIn(page, elsewhere, 'after the May 2 Pahalgam attack');
  // With how "last month" was read, by the date just given.
  await expectOneDifference(mayTwo, 'f12-newszop-toi.txt', { label: 'Date', here: 'last month (April 2025)', there: 'May 2' });
  await page.screenshot({ path: 'test-results/screens/elsewhere-relative-date-difference.png' });
});

test('under Elsewhere, a report that names more places in one slot differs: "in Qatar" / "in Qatar and Iraq" (story G)', async ({ app, tmp }) => {
  const claim = { file: 'g03-theamericanconservative.txt', quote: 'firing ballistic missiles at a U.S. military base in Qatar' };
  const { page, elsewhere } = await elsewhereOf(app, tmp, [claim.file, 'g05-indiatoday.txt'], claim);

  const both = passageIn(page, elsewhere, 'namely in Qatar and Iraq');
  await expectOneDifference(both, 'g05-indiatoday.txt', { label: 'Place', here: 'Qatar', there: 'Qatar and Iraq' });
  await page.screenshot({ path: 'test-results/screens/elsewhere-list-difference.png' });
  await expectAccessible(page, 'Elsewhere with a list that differs');
});

test('under Elsewhere, two bodies credited with an estimate are named as its source, beside the figures (story K)', async ({ app, tmp }) => {
  const claim = { file: 'k06-hardnews24.txt', quote: 'Property losses might exceed $10 billion, based on initial assessments by investment services company JPMorgan' };
  const { page, elsewhere } = await elsewhereOf(app, tmp, [claim.file, 'k12-thewrap.txt'], claim);

  // A weaker suggestion: the words say less of the claim than the figures do.
  const accuWeather = passageIn(page, elsewhere, 'AccuWeather’s initial estimate pegged the loss at $50 billion');
  await expect(accuWeather).toHaveAccessibleName(`Weaker ${await title('k12-thewrap.txt')}`);
  const differing = accuWeather.getByRole('list', { name: 'Details that differ' });
  await expect(differing.locator('.differs__kind')).toHaveText(['Number', 'Source']);
  const source = differing.getByRole('listitem').filter({ has: page.locator('.differs__kind', { hasText: 'Source' }) });
  await expect(source.locator('.differs__here')).toHaveText('assessments by investment services company JPMorgan');
  await expect(source.locator('.differs__there')).toHaveText('AccuWeather’s initial estimate');
  await accuWeather.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/elsewhere-source-difference.png' });
  await expectAccessible(page, 'Elsewhere with a source that differs');
});
