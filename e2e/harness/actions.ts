/** What an analyst does over and over, as the specs do it: by role and name, with the real mouse. */
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleTitle } from '../../annotations/model/article-title';
import { SEED_DETAILS } from '../../annotations/model/seed-details';
import { SEEDS_DIR } from './paths';
import { dragSelect } from './select';

/** A seed article's title as the app names it: the one in its details, else the one guessed from its text. */
export async function titleOf(file: string): Promise<string> {
  return SEED_DETAILS[file]?.title ?? articleTitle(undefined, await readFile(path.join(SEEDS_DIR, file), 'utf8'), file);
}

/** Opens the set in `folder` by Open set… (the folder dialog answered with it), and waits for its name as the heading. */
export async function openSet(page: Page, folderChoices: string[], folder: string): Promise<void> {
  folderChoices.push(folder);
  await page.getByRole('button', { name: 'Open set…' }).click();
  await expect(page.getByRole('heading', { name: path.basename(folder), level: 1 })).toBeVisible();
}

export async function openArticle(page: Page, file: string): Promise<void> {
  const title = await titleOf(file);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('article', { name: title })).toBeVisible();
}

/** Selects `phrase` in the open article and applies an existing tag from the toolbar. */
export async function tagPhrase(page: Page, phrase: string, label: string): Promise<void> {
  await dragSelect(page, phrase);
  await page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('button', { name: label, exact: true }).click();
  await expect(page.locator('mark.hl', { hasText: phrase.slice(0, 20) }).first()).toBeVisible();
}
