/**
 * Articles change under their annotations. Edited on disk while open, the
 * article is re-read: highlights follow their text, a deleted passage becomes
 * an orphan (listed, never dropped) that the analyst can re-attach, and a
 * corrected typo gives an approximate match marked for review.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { articleCodePoints, quoteAndSlice, readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { dragSelect } from './harness/select';
import { tagPhrase } from './harness/actions';

const FILE = '000_5070c6c1e48426b5.txt';
const KEPT_1 = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const KEPT_2 = 'The prospect of a peace deal between Armenia and Azerbaijan was also included in this list.';
const DELETED =
  'Mentioning this process at such a high level indicates the presence of real diplomatic efforts aimed at implementing the agreements initialed in March of this year.';


test('an article edited on disk while open: highlights follow, a deleted passage becomes an orphan that can be re-attached', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  const file = path.join(folder, FILE);
  await tagPhrase(page, KEPT_1, 'Peace deal');
  await tagPhrase(page, KEPT_2, 'U.S. role');
  await tagPhrase(page, DELETED, 'Russia');
  await app.flush();

  // An outlet's update: a paragraph added at the top, one sentence removed.
  const original = await readFile(file, 'utf8');
  const edited = 'UPDATE (8 August): this article has been corrected.\n' + original.replace(DELETED + ' ', '');
  await writeFile(file, edited);

  await expect(page.getByRole('status')).toContainText('The article changed since its annotations were saved. 2 moved, 1 not found.');
  await expect(page.locator('.article-text p').first()).toHaveText('UPDATE (8 August): this article has been corrected.');
  await expect(page.locator('mark.hl')).toHaveText([KEPT_1, KEPT_2]);
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  const orphans = panel.getByRole('region', { name: /Not found in the current text/u });
  await expect(orphans.getByRole('listitem').filter({ hasText: DELETED.slice(0, 40) })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/reanchored.png' });

  // Written back: the new hash, positions that slice the new text; the orphan keeps its stored selectors.
  await app.flush();
  const sidecar = await readSidecarFile(folder, FILE);
  expect(sidecar.article.sha256).toBe(createHash('sha256').update(edited).digest('hex'));
  const codePoints = await articleCodePoints(folder, FILE);
  const slices = sidecar.annotations.map((a) => quoteAndSlice(a, codePoints));
  expect(slices.map((s) => s.quote)).toEqual([KEPT_1, KEPT_2, DELETED]);
  expect(slices[0]!.slice).toBe(KEPT_1);
  expect(slices[1]!.slice).toBe(KEPT_2);
  expect(slices[2]!.slice).not.toBe(DELETED);

  // Re-attach the orphan to the sentence that now carries the claim.
  await orphans.getByRole('button', { name: 'Re-attach…' }).click();
  const target = 'These efforts are apparently being conducted behind closed doors';
  await dragSelect(page, target);
  await page.getByRole('toolbar', { name: 'Re-attach annotation' }).getByRole('button', { name: 'Re-attach here' }).click();
  await expect(orphans).toHaveCount(0);
  await expect(page.locator('mark.hl')).toHaveText([KEPT_1, KEPT_2, target]);
  await app.flush();
  const after = await readSidecarFile(folder, FILE);
  const reattached = quoteAndSlice(after.annotations[2]!, codePoints);
  expect(reattached).toEqual({ quote: target, slice: target });
});

test('a typo corrected in the article gives an approximate match, marked for review until confirmed', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  const file = path.join(folder, FILE);
  const original = await readFile(file, 'utf8');
  // Start from a copy with a typo, annotate it, then "the outlet" fixes the typo.
  await writeFile(file, original.replace('diplomatic rhetoric', 'diplomatik rhetoric'));
  await page.reload();
  const withTypo = 'Rubio’s words reflected not only diplomatik rhetoric but also a desire to showcase concrete successes';
  await tagPhrase(page, withTypo, 'U.S. role');
  await app.flush();

  await writeFile(file, original);
  const fixed = withTypo.replace('diplomatik', 'diplomatic');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  // The change reaches the app through the folder watcher, which a loaded machine delays.
  await expect(panel.getByText(/Approximate match \(\d+%\)/u)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('mark.hl')).toHaveText([fixed]);

  // Reopened later, it still asks for review, until the analyst confirms it.
  await page.reload();
  await expect(panel.getByText(/Approximate match/u)).toBeVisible();
  await panel.getByRole('button', { name: 'Confirm' }).click();
  await expect(panel.getByText(/Approximate match/u)).toHaveCount(0);
  await app.flush();
  const sidecar = await readSidecarFile(folder, FILE);
  expect(sidecar.annotations[0]!['ra:anchorReview']).toBeUndefined();
  expect(quoteAndSlice(sidecar.annotations[0]!, await articleCodePoints(folder, FILE))).toEqual({ quote: fixed, slice: fixed });
});
