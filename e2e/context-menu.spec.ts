/**
 * The right-click menu, from the window's side: what it asks the desktop to
 * offer (which highlight is under the pointer, whether text is selected) and
 * what it does with the item chosen. Electron's own part (the native menu,
 * the clipboard, the spellchecker) cannot run here: electron/context-menu.ts
 * is unit-tested with a fake.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatQuoteCitation } from '../annotations/model/citation';
import { SEED_DETAILS } from '../annotations/model/seed-details';
import { lineAt, splitLines } from '../annotations/text/lines';
import { CodePointIndex } from '../annotations/text/code-points';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase } from './harness/actions';
import { dragSelect } from './harness/select';

const FILE = '003_8d5387ac8c00ce0b.txt';
const PHRASE = 'Baku and Yerevan might finally settle for peace';

test('on a highlight: Copy Quote with Citation gives the quote, title, outlet, date and paragraph', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, FILE);
  await tagPhrase(page, PHRASE, 'Peace deal');

  await page.locator('mark.hl', { hasText: PHRASE.slice(0, 20) }).first().click({ button: 'right' });
  await expect.poll(() => app.desktop.contextMenus.length).toBe(1);

  // The paragraph as the brief counts it: the article's line, from 1.
  const text = (await readFile(path.join(app.dirs.defaultSetDir, FILE), 'utf8')).replace(/^\uFEFF/u, '');
  const start = new CodePointIndex(text).toCodePoint(text.indexOf(PHRASE));
  const paragraph = lineAt(splitLines(text), start) + 1;
  const details = SEED_DETAILS[FILE]!;
  const expected = formatQuoteCitation(PHRASE, details, paragraph);
  expect(expected).toBe(`“${PHRASE}” — Historic peace agreement between Armenia and Azerbaijan might be signed in the US, Euronews, 2025-08-06, ¶ ${paragraph}`);
  expect(app.desktop.contextMenus[0]?.context).toEqual({ hasSelection: false, citation: expected });

  await app.chooseFromContextMenu('Copy Quote with Citation');
  expect(app.desktop.clipboard).toEqual([expected]);
});

test('on selected text: Copy and Tag Selection…, which opens the tag picker to tag it', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, FILE);
  const phrase = 'a strong signal to Moscow';
  await dragSelect(page, phrase);
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toBeVisible();

  // Right-clicked inside the selection, which keeps it.
  const box = await page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  await expect.poll(() => app.desktop.contextMenus.length).toBe(1);
  const menu = app.desktop.contextMenus[0]!;
  expect(menu.context).toEqual({ hasSelection: true });
  expect(menu.items.map((i) => ('label' in i ? i.label : i.type))).toEqual(['Copy', 'Tag Selection…']);

  await app.chooseFromContextMenu('Tag Selection…');
  const newTag = toolbar.getByRole('textbox', { name: 'New tag' });
  await expect(newTag).toBeFocused();
  await newTag.fill('Russia sidelined');
  await newTag.press('Enter');
  await expect(page.locator('mark.hl', { hasText: phrase })).toBeVisible();
});

test('plain text and the note field are left to the desktop: no article menu is asked for; notes and claim fields are spell-checked', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, FILE);
  await page.getByRole('article', { name: SEED_DETAILS[FILE]!.title }).getByText('Zangezur Corridor remains key').click({ button: 'right' });

  await tagPhrase(page, PHRASE, 'Peace deal');
  const card = page.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: PHRASE });
  const note = card.getByRole('textbox', { name: 'Note' });
  await note.click({ button: 'right' });
  expect(await note.evaluate((e) => (e as HTMLTextAreaElement).spellcheck)).toBe(true);
  await card.getByText('Claim details').click();
  expect(await card.getByLabel('Claimed by').evaluate((e) => (e as HTMLInputElement).spellcheck)).toBe(true);
  // Only the highlight's right-click (none here) would have asked.
  expect(app.desktop.contextMenus).toEqual([]);
});
