/**
 * The set folder changed by other programs while the app is open (a file
 * manager, `git pull`, a sync client): the window follows, on real files.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeSidecar, sidecarNameFor } from '../annotations/sidecar/schema';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase } from './harness/actions';
import { dragSelect } from './harness/select';

const SEED = '000_5070c6c1e48426b5.txt';

test('an article saved into the set folder by another program appears in the list and opens', async ({ app }) => {
  const page = await app.launch();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(5);

  await writeFile(
    path.join(app.dirs.defaultSetDir, 'zz-dropped-in.txt'),
    'Grain corridor reopens after talks\n\nShips left Odesa on Tuesday, the port authority said.\n',
  );
  const link = nav.getByRole('link', { name: 'Grain corridor reopens after talks' });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await expect(nav.getByRole('link')).toHaveCount(6);
  await link.click();
  await expect(page.getByRole('article', { name: 'Grain corridor reopens after talks' })).toContainText('Ships left Odesa on Tuesday');
});

test('articles written one after another (an import, a pull): a list read early and answered late never hides the later ones', async ({ app }) => {
  const page = await app.launch();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(5);

  // The list read after the first file is answered only after the one read after the second.
  const early = app.holdReply('getSession');
  await writeFile(path.join(app.dirs.defaultSetDir, 'zz-first.txt'), 'First of the pull\n\nOne.\n');
  await early.answered;
  await writeFile(path.join(app.dirs.defaultSetDir, 'zz-second.txt'), 'Second of the pull\n\nTwo.\n');
  await expect(nav.getByRole('link')).toHaveCount(7, { timeout: 15_000 });
  early.release();
  // The late answer (five articles and the first) is not shown over the newer one.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(nav.getByRole('link')).toHaveCount(7);
  await expect(nav.getByRole('link', { name: 'Second of the pull' })).toBeVisible();
});

test('an open article renamed by another program stays open under its new name, with its highlights', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, SEED);
  await tagPhrase(page, 'Rubio expressed confidence', 'Peace deal');
  await app.flush();

  await rename(path.join(app.dirs.defaultSetDir, SEED), path.join(app.dirs.defaultSetDir, 'renamed.txt'));
  await expect(page).toHaveURL(/#\/article\/renamed\.txt$/u, { timeout: 15_000 });
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed confidence' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByText('renamed.txt', { exact: false })).toBeVisible();
  await expect(nav.getByText(SEED, { exact: false })).toHaveCount(0);
  expect((await readSidecarFile(app.dirs.defaultSetDir, 'renamed.txt')).annotations).toHaveLength(1);
});

test('an open article renamed in two steps, through a name no article has (a sync client, an editor), is followed to its new name', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, SEED);
  await tagPhrase(page, 'Rubio expressed confidence', 'Peace deal');
  await expect.poll(async () => (await readSidecarFile(app.dirs.defaultSetDir, SEED)).annotations.length).toBe(1);

  await rename(path.join(app.dirs.defaultSetDir, SEED), path.join(app.dirs.defaultSetDir, `${SEED}.partial`));
  const nav = page.getByRole('navigation', { name: 'Articles' });
  // The list is read without it: for a moment the window has nothing under the name it shows.
  await expect(nav.getByRole('link')).toHaveCount(4, { timeout: 15_000 });
  await rename(path.join(app.dirs.defaultSetDir, `${SEED}.partial`), path.join(app.dirs.defaultSetDir, 'renamed.txt'));
  await expect(page).toHaveURL(/#\/article\/renamed\.txt$/u, { timeout: 15_000 });
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed confidence' })).toBeVisible();
  await expect(nav.getByRole('link')).toHaveCount(5);
  expect((await readSidecarFile(app.dirs.defaultSetDir, 'renamed.txt')).annotations).toHaveLength(1);
});

test('a passage selected while another program rewrites the open article’s annotations file stays selected, its tag toolbar open', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, SEED);
  await tagPhrase(page, 'Rubio expressed confidence', 'Peace deal');
  await expect.poll(async () => (await readSidecarFile(app.dirs.defaultSetDir, SEED)).annotations.length).toBe(1);
  // The next passage to tag, in the paragraph of the highlight the article is drawn again with.
  const selected = 'A sign of potential breakthrough came from a statement by U.S. Secretary of State';
  await dragSelect(page, selected);
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toBeVisible();

  // A colleague's copy synced in: the same text and highlight, the article's details filled in. Written aside, then renamed, as sync clients do.
  const sidecar = await readSidecarFile(app.dirs.defaultSetDir, SEED);
  const file = path.join(app.dirs.defaultSetDir, sidecarNameFor(SEED));
  await writeFile(`${file}.sync`, serializeSidecar({ ...sidecar, article: { ...sidecar.article, title: 'Rubio sees a peace deal soon', source: 'Colleague’s outlet' } }));
  await rename(`${file}.sync`, file);
  await expect(page.getByRole('article', { name: 'Rubio sees a peace deal soon' })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed confidence' })).toBeVisible();

  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(selected);
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Russia', exact: true }).click();
  await expect(page.locator('mark.hl', { hasText: selected.slice(0, 20) })).toBeVisible();
  await expect.poll(async () => (await readSidecarFile(app.dirs.defaultSetDir, SEED)).annotations.length).toBe(2);
});

test('a set folder that goes away while open is said to, not left silently unwatched', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'On a share');
  await mkdir(folder);
  await writeFile(path.join(folder, 'a.txt'), 'Field notes\n\nThe corridor question remains open.\n');
  const page = await app.launch({ initialSet: folder });
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(1);

  // As when a network share drops or the folder is moved away by another program.
  await rm(folder, { recursive: true });
  await expect(page.getByRole('alert')).toContainText(`The set folder ${folder} is gone`, { timeout: 15_000 });
  await expect(page.getByRole('alert')).toContainText('Changes made outside the app are no longer noticed.');
});
