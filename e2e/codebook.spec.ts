/**
 * The codebook, undo/redo and the trash, in the real UI on the real core:
 * every outcome is read back from the sidecars and the codebook on disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { tagsOf } from '../annotations/model/annotation';
import { SET_FILE_NAME } from '../annotations/model/codebook';
import { parseSetFile } from '../annotations/sidecar/schema';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { readmeShot } from './harness/readme-shots';
import { openArticle, tagPhrase } from './harness/actions';
import { expectAccessible } from './harness/axe';

const A = '000_5070c6c1e48426b5.txt';
const B = '002_629f6f8c301c9278.txt';
const QUOTE_A = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const QUOTE_B = '“Armenia and Azerbaijan could strike a peace deal pretty soon,” U.S. Secretary of State Marco Rubio said';

async function tagsOnDisk(folder: string, file: string): Promise<string[][]> {
  return (await readSidecarFile(folder, file)).annotations.map(tagsOf);
}

async function codebookOnDisk(folder: string): Promise<{ label: string; hotkey?: number | null }[]> {
  return parseSetFile(await readFile(path.join(folder, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags;
}

function codebookDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Codebook' });
}

test('renaming and merging tags in the Codebook rewrites every sidecar; a merge is undone and redone', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  await openArticle(page, A);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  await openArticle(page, B);
  await tagPhrase(page, QUOTE_B, 'Russia');

  await page.getByRole('button', { name: 'Codebook' }).click();
  const dialog = codebookDialog(page);
  await expect(dialog.getByRole('group', { name: 'Peace deal' })).toContainText('1 annotation in 1 article');

  // Rename, into a hierarchy: the article not open (A) is rewritten too.
  await dialog.getByRole('textbox', { name: 'Label of Peace deal' }).fill('Peace/Agreement');
  await dialog.getByRole('textbox', { name: 'Label of Peace deal' }).press('Enter');
  await expect(dialog.getByRole('group', { name: 'Peace/Agreement' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Rename “Peace deal” to “Peace/Agreement”: 1 article updated.' })).toBeVisible();
  await app.flush();
  expect(await tagsOnDisk(folder, A)).toEqual([['Peace/Agreement']]);

  // Merge Russia into it.
  const russia = dialog.getByRole('group', { name: 'Russia' });
  await russia.getByRole('button', { name: 'Merge into…' }).click();
  await russia.getByLabel('Merge “Russia” into').selectOption('Peace/Agreement');
  await page.screenshot({ path: 'test-results/screens/codebook-merge.png' });
  await expectAccessible(page, 'codebook dialog, merging a tag');
  await russia.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog.getByRole('group', { name: 'Russia' })).toHaveCount(0);
  await expect(dialog.getByRole('group', { name: 'Peace/Agreement' })).toContainText('2 annotations in 2 articles');
  await readmeShot(page, 'codebook');
  await expectAccessible(page, 'codebook dialog');
  await app.flush();
  expect(await tagsOnDisk(folder, B)).toEqual([['Peace/Agreement']]);
  expect((await codebookOnDisk(folder)).map((t) => t.label)).not.toContain('Russia');

  // Ctrl+Z and Ctrl+Shift+Z work in the open Codebook too (outside its text fields), and it shows the result.
  await dialog.getByRole('group', { name: 'Peace/Agreement' }).getByRole('button', { name: 'Merge into…' }).focus();
  await page.keyboard.press('Control+z');
  await expect(dialog.getByRole('group', { name: 'Russia' })).toContainText('1 annotation in 1 article');
  await page.keyboard.press('Control+Shift+Z');
  await expect(dialog.getByRole('group', { name: 'Russia' })).toHaveCount(0);
  await app.flush();
  expect(await tagsOnDisk(folder, B)).toEqual([['Peace/Agreement']]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The open article (B) shows the merged tag, then the undone one, then the merged one again.
  const card = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: 'strike a peace deal' });
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText('Peace/Agreement');
  await page.getByRole('button', { name: 'Undo Merge “Russia” into “Peace/Agreement”' }).click();
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText('Russia');
  await app.flush();
  expect(await tagsOnDisk(folder, B)).toEqual([['Russia']]);
  expect((await codebookOnDisk(folder)).map((t) => t.label)).toContain('Russia');
  await expect(page.getByRole('button', { name: 'Redo Merge “Russia” into “Peace/Agreement”' })).toBeEnabled();

  await page.keyboard.press('Control+Shift+Z');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText('Peace/Agreement');
  await app.flush();
  expect(await tagsOnDisk(folder, B)).toEqual([['Peace/Agreement']]);
  expect(await tagsOnDisk(folder, A)).toEqual([['Peace/Agreement']]);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/undo-redo.png' });
});

test('a deleted annotation goes to the trash and is restored into its article', async ({ app }) => {
  // A fixed start for the core's clock (a second a call), so the README picture of the trash shows the same time each run.
  let now = Date.parse('2026-03-02T09:30:00Z');
  const page = await app.launch({ clock: () => new Date((now += 1000)) });
  const folder = app.dirs.defaultSetDir;
  await openArticle(page, A);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(page.locator('mark.hl')).toHaveCount(0);
  await app.flush();
  expect(await tagsOnDisk(folder, A)).toEqual([]);

  await page.getByRole('button', { name: 'Trash (1)' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  const item = trash.getByRole('listitem', { name: QUOTE_A });
  await expect(item).toContainText('Peace deal');
  await readmeShot(page, 'trash');
  await expectAccessible(page, 'trash dialog');
  await item.getByRole('button', { name: 'Restore' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await trash.getByRole('button', { name: 'Close' }).click();

  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trash (0)' })).toBeVisible();
  await app.flush();
  expect(await tagsOnDisk(folder, A)).toEqual([['Peace deal']]);

  // Undo (Ctrl+Z) of the restore puts it back in the trash.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Trash (1)' })).toBeVisible();
  await app.flush();
  expect(await tagsOnDisk(folder, A)).toEqual([]);

  // Emptying asks first.
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  await expect(trash.getByRole('alert')).toContainText('Delete this annotation for good? This cannot be undone.');
  await expectAccessible(page, 'trash dialog, confirming empty');
  await trash.getByRole('button', { name: 'Empty trash', exact: true }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
});

test('a hotkey given to another tag moves, never shared', async ({ app }) => {
  const page = await app.launch();
  const folder = app.dirs.defaultSetDir;
  await page.getByRole('button', { name: 'Codebook' }).click();
  const dialog = codebookDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Hotkey of Peace deal' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'Hotkey of Transit corridor' })).toHaveValue('4');

  // The menu says whose digit it is before it is taken.
  await expect(dialog.getByRole('combobox', { name: 'Hotkey of Transit corridor' }).getByRole('option', { name: '1 (taken from “Peace deal”)' })).toHaveCount(1);
  await dialog.getByRole('combobox', { name: 'Hotkey of Transit corridor' }).selectOption('1');
  await expect(dialog.getByRole('combobox', { name: 'Hotkey of Transit corridor' })).toHaveValue('1');
  await expect(dialog.getByRole('combobox', { name: 'Hotkey of Peace deal' })).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: '“Peace deal” has no hotkey now.' })).toBeVisible();
  await app.flush();
  const tags = await codebookOnDisk(folder);
  expect(tags.find((t) => t.label === 'Transit corridor')?.hotkey).toBe(1);
  expect(tags.find((t) => t.label === 'Peace deal')?.hotkey).toBeNull();

  // A tag under another, typed loosely: normalized and shown nested under its parent.
  await dialog.getByRole('textbox', { name: 'New tag' }).fill('Russia / Envoys');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.getByRole('group', { name: 'Russia' }).locator('xpath=..').getByRole('group', { name: 'Russia/Envoys' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/codebook-tree.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screens/codebook-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  // Recolour and describe, then undo the description from the button.
  await dialog.getByLabel('Colour of Russia', { exact: true }).fill('#336699');
  await expect(dialog.getByLabel('Colour of Russia', { exact: true })).toHaveValue('#336699');
  await dialog.getByRole('textbox', { name: 'Description of Russia', exact: true }).fill('Moscow and its envoys');
  await dialog.getByRole('textbox', { name: 'Description of Russia', exact: true }).press('Enter');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Undo Describe “Russia”' }).click();
  await expect(page.getByRole('button', { name: 'Undo Recolour “Russia”' })).toBeEnabled();

  // In a text field, Ctrl+Z undoes the typing, not the last action.
  await page.getByRole('button', { name: 'Codebook' }).click();
  await dialog.getByRole('textbox', { name: 'New tag' }).pressSequentially('Envoy');
  await dialog.getByRole('textbox', { name: 'New tag' }).press('Control+z');
  // (How much typing one Ctrl+Z takes back is the browser's business.)
  await expect(dialog.getByRole('textbox', { name: 'New tag' })).not.toHaveValue('Envoy');
  await expect(page.getByRole('button', { name: 'Undo Recolour “Russia”' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Redo Describe “Russia”' })).toBeEnabled();
  await app.flush();
  const russia = (await codebookOnDisk(folder)).find((t) => t.label === 'Russia') as { color?: string; description?: string };
  expect(russia.color).toBe('#336699');
  expect(russia.description).toBe("Moscow's position, influence or absence.");
});
