/**
 * Saved web pages as articles, on the built UI and the real core: a page
 * saved by Chrome as a single file (.mhtml) and a Hypothesis export of
 * highlights made on it, dropped together; the page's address and save day
 * under Edit details; and File ▸ Import Whole Web Pages… for the page with
 * everything around its article. The pages are the fixtures the unit tests
 * use (annotations/import/formats/fixtures/web-pages, built from the seeds).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { dropFiles } from './harness/drop';
import { REPO_ROOT } from './harness/paths';
import { readmeShot } from './harness/readme-shots';

const PAGES = path.join(REPO_ROOT, 'annotations/import/formats/fixtures/web-pages');
const HEADLINE = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the US';
const FILE = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the.txt';
const URL_003 = 'https://www.euronews.com/my-europe/2025/08/06/historic-peace-agreement-between-armenia-and-azerbaijan-might-be-signed-in-the-us';

async function openEmptySet(page: Page, folderChoices: string[], folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  folderChoices.push(folder);
  await page.getByRole('button', { name: 'Open set…' }).click();
  await expect(page.getByRole('heading', { name: path.basename(folder), level: 1 })).toBeVisible();
}

test('a saved page and its Hypothesis export, dropped together: the article, its address and save day, the highlights placed, the rest named', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'Web pages');
  const page = await app.launch();
  await openEmptySet(page, app.folderChoices, folder);
  const files = await Promise.all(['euronews-003.mhtml', 'hypothesis-export.json'].map(async (name) => ({ name, bytes: await readFile(path.join(PAGES, name)) })));
  expect(await dropFiles(page, files)).toBe(true);

  const status = page.getByRole('status');
  await expect(status.filter({ hasText: 'Imported 1 article' })).toContainText(`Imported 1 article: ${FILE}.\neuronews-003.mhtml: its article (as Reader View finds it)`);
  await expect(status.filter({ hasText: 'hypothesis-export.json' })).toContainText(`hypothesis-export.json: 4 annotations imported in ${FILE}.`);
  const unplaced = page.getByRole('alert').filter({ hasText: 'not placed' });
  await expect(unplaced).toContainText('hypothesis-export.json: 4 annotations not placed:');
  await expect(unplaced).toContainText('a page note, with no quote to place');
  await expect(unplaced).toContainText('its quote appears 5 times and its context does not tell which');

  // The article: the headline, then the body; no sponsor banner or reading time.
  const article = page.getByRole('article', { name: HEADLINE });
  await expect(article.locator('.article-text p').first()).toHaveText(HEADLINE);
  await expect(article).not.toContainText('Logo Pasino du Havre');
  await expect(article).not.toContainText('6 min de lecture');
  const cards = page.getByRole('complementary', { name: 'Annotations' }).locator('li.card');
  await expect(cards).toHaveCount(4);
  await expect(cards.filter({ hasText: 'Two people died during the raid' })).toContainText('Casualties');
  await expect(page.locator('mark.hl').filter({ hasText: 'Two people died' })).toHaveCount(1);

  // Its details: the outlet and date, the address and the day it was saved; editable.
  await expect(page.locator('.details__meta')).toContainText(`euronews · 2025-08-06 · ${URL_003} · accessed 2026-12-03`);
  await readmeShot(page, 'web-page-import');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Article details' });
  await expect(form.getByRole('textbox', { name: 'Web address' })).toHaveValue(URL_003);
  await expect(form.getByRole('textbox', { name: 'Accessed' })).toHaveValue('2026-12-03');
  await form.getByRole('textbox', { name: 'Accessed' }).fill('2026-12-04');
  await form.getByRole('textbox', { name: 'Outlet' }).fill('Euronews');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('.details__meta')).toContainText('Euronews · 2025-08-06');
  await app.flush();
  expect((await readSidecarFile(folder, FILE)).article).toMatchObject({ source: 'Euronews', url: URL_003, accessed: '2026-12-04' });
});

test('File ▸ Import Whole Web Pages… takes the page with everything around its article, and says so', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'Whole pages');
  const page = await app.launch();
  await openEmptySet(page, app.folderChoices, folder);
  app.importChoices.push([path.join(PAGES, 'euronews-003.html')]);
  await app.menuCommand('importWholePages');
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 article' })).toContainText('euronews-003.html: the whole page (no article found, or asked for)');
  const article = page.getByRole('article', { name: HEADLINE });
  await expect(article).toContainText('Logo Pasino du Havre');
  await expect(article).toContainText('6 min de lecture');
});
