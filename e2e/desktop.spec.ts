/**
 * What the desktop shell asks of the window, in Chromium with the real core:
 * the set reopens where the analyst left it (article and scroll), the View
 * menu's panels, Brief and theme, Find, Help ▸ About with the licences, sets
 * the desktop opens (a second launch, a file from the system, Open Recent)
 * and clearing the recent sets. `app.menuCommand` is what a native menu item
 * sends; `app.openFromDesktop` is what main does with a folder it was given.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle, titleOf } from './harness/actions';
import { expectAccessible } from './harness/axe';
import { readmeShot } from './harness/readme-shots';

const B = '002_629f6f8c301c9278.txt';
const C = '003_8d5387ac8c00ce0b.txt';

const scroller = (page: Page) => page.locator('.article-scroll');
/** The text of the paragraph at the top of the article's view. */
const topParagraph = (page: Page) =>
  scroller(page).evaluate((box) => {
    const top = box.getBoundingClientRect().top;
    const paragraph = [...box.querySelectorAll<HTMLElement>('.article-text p')].find((p) => p.getBoundingClientRect().bottom > top + 1);
    return paragraph?.textContent ?? '';
  });

type SavedViewState = { article: string; scroll: number; top?: { line: number; within: number } };

async function savedViewState(settingsDir: string): Promise<SavedViewState | undefined> {
  const settings = JSON.parse(await readFile(path.join(settingsDir, 'settings.json'), 'utf8').catch(() => '{}')) as { viewStates?: Record<string, SavedViewState> };
  return Object.values(settings.viewStates ?? {})[0];
}

test('a relaunch reopens the set at the article and the scroll position it was left at', async ({ app }) => {
  let page = await app.launch();
  await openArticle(page, C);
  await scroller(page).evaluate((box) => box.scrollTo({ top: Math.round((box.scrollHeight - box.clientHeight) * 0.6) }));
  const top = await scroller(page).evaluate((box) => box.scrollTop);
  expect(top).toBeGreaterThan(200);
  const paragraph = await topParagraph(page);
  // Saved through the declared call, once scrolling stopped.
  await expect.poll(() => savedViewState(app.dirs.dataDir)).toEqual({ article: C, scroll: expect.closeTo(0.6, 2), top: { line: expect.any(Number), within: expect.any(Number) } });

  page = await app.relaunch();
  await expect(page.getByRole('article', { name: await titleOf(C) })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Articles' }).locator('li.is-selected')).toContainText(await titleOf(C));
  await expect.poll(() => scroller(page).evaluate((box) => box.scrollTop)).toBeGreaterThan(top - 2);
  expect(Math.abs((await scroller(page).evaluate((box) => box.scrollTop)) - top)).toBeLessThanOrEqual(2);
  expect(await topParagraph(page)).toBe(paragraph);

  // Another article is remembered too, from its top.
  await openArticle(page, B);
  await expect.poll(() => savedViewState(app.dirs.dataDir)).toMatchObject({ article: B, scroll: 0 });
  expect((await savedViewState(app.dirs.dataDir))?.top?.line ?? 0).toBe(0);
});

test('a saved line the article no longer reaches (shortened since) reopens at the saved fraction instead', async ({ app }) => {
  let page = await app.launch();
  await openArticle(page, C);
  await scroller(page).evaluate((box) => box.scrollTo({ top: Math.round((box.scrollHeight - box.clientHeight) * 0.6) }));
  const top = await scroller(page).evaluate((box) => box.scrollTop);
  await expect.poll(async () => (await savedViewState(app.dirs.dataDir))?.top?.line ?? 0).toBeGreaterThan(0);
  await app.quit();

  const file = path.join(app.dirs.dataDir, 'settings.json');
  const settings = JSON.parse(await readFile(file, 'utf8')) as { viewStates: Record<string, SavedViewState> };
  for (const state of Object.values(settings.viewStates)) state.top = { line: 99_999, within: 0 };
  await writeFile(file, JSON.stringify(settings));

  page = await app.launch();
  await expect(page.getByRole('article', { name: await titleOf(C) })).toBeVisible();
  await expect.poll(() => scroller(page).evaluate((box) => box.scrollTop)).toBeGreaterThan(top - 2);
  expect(Math.abs((await scroller(page).evaluate((box) => box.scrollTop)) - top)).toBeLessThanOrEqual(2);
});

test('View ▸ Article List and Side Panel hide and show the columns (menu and keys), kept after a relaunch; View ▸ Brief', async ({ app }) => {
  let page = await app.launch();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await expect(page.getByRole('article')).toBeVisible();
  await app.menuCommand('toggleArticleList');
  await expect(nav).toHaveCount(0);
  await app.menuCommand('toggleSidePanel');
  await expect(panel).toHaveCount(0);
  // The article takes the room.
  expect(await page.locator('main.reader').evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(1200);
  await readmeShot(page, 'panels-hidden');

  page = await app.relaunch();
  await expect(page.getByRole('article')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Articles' })).toHaveCount(0);
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();

  await app.menuCommand('showBrief');
  await expect(page.getByRole('button', { name: 'Brief', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: /Comparative brief/u }).first()).toBeVisible();
  await page.keyboard.press('Control+Shift+B');
  await expect(page.getByRole('button', { name: 'Brief', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('article')).toBeVisible();
});

test('View ▸ Theme sets the theme the top bar shows, and the core hands it to the shell (nativeTheme)', async ({ app }) => {
  let page = await app.launch();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('article')).toBeVisible();
  await app.menuCommand('themeDark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect.poll(() => app.desktop.themes.at(-1)).toBe('dark');
  // The top bar's list runs the same command.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
  await expect.poll(() => app.desktop.themes.at(-1)).toBe('light');

  page = await app.relaunch();
  // The shell learns it at start, before the window opens.
  expect(app.desktop.themes.at(-1)).toBe('light');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  await app.menuCommand('themeSystem');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./u);
  await expect.poll(() => app.desktop.themes.at(-1)).toBe('system');
});

test('Edit ▸ Find and Ctrl+F go to the search box', async ({ app }) => {
  const page = await app.launch();
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+F');
  await expect(page.getByRole('searchbox', { name: 'Search the set' })).toBeFocused();
  await page.keyboard.press('Escape');
  await app.menuCommand('searchSet');
  await expect(page.getByRole('searchbox', { name: 'Search the set' })).toBeFocused();
});

test('Help ▸ About shows the version, what the app runs on and the licence of every shipped package', async ({ app }) => {
  const page = await app.launch();
  await expect(page.getByRole('article')).toBeVisible();
  await app.menuCommand('showAbout');
  const about = page.getByRole('dialog', { name: 'About Research Annotator' });
  await expect(about).toBeVisible();
  const versions = about.getByRole('definition');
  const version = (JSON.parse(await readFile(path.join(__dirname, '../package.json'), 'utf8')) as { version: string }).version;
  await expect(versions.first()).toHaveText(version);
  await expect(about.getByRole('term')).toHaveText(['Version', 'Chromium', 'Node.js']);
  await expect(versions.nth(1)).toHaveText(/^\d+\.\d+/u);
  const licences = about.getByRole('region', { name: /Licences of the \d+ packages it ships/u });
  await expect(licences).toBeVisible();
  await readmeShot(page, 'about');
  const react = licences.getByRole('listitem').filter({ hasText: /^react \d/u });
  await expect(react).toContainText('MIT');
  await react.getByText(/^react \d/u).click();
  await expect(react.locator('pre')).toContainText('MIT License');
  await expect(licences.getByRole('listitem').filter({ hasText: /^pdfjs-dist /u })).toContainText('Apache-2.0');
  await expectAccessible(page, 'About dialog, a licence open');
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
  // From the start screen too.
  await page.getByRole('button', { name: 'Close set' }).click();
  await app.menuCommand('showAbout');
  await expect(page.getByRole('dialog', { name: 'About Research Annotator' })).toBeVisible();
});

test('a set the desktop opens (a second launch, a file from the system, Open Recent) replaces the open one; one it cannot is named', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'Interviews');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'notes.txt'), 'Field notes\n\nThe corridor question remains open.\n');
  const page = await app.launch();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await app.openFromDesktop(folder);
  await expect(page.getByRole('heading', { name: 'Interviews' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(1);
  expect(app.desktop.recentDocuments.at(-1)).toBe(folder);

  await app.openFromDesktop(path.join(tmp, 'gone'));
  await expect(page.getByRole('alert')).toContainText(`Could not open ${path.join(tmp, 'gone')}`);
  await expect(page.getByRole('heading', { name: 'Interviews' })).toBeVisible();
});

test('Clear recent sets empties the start screen list, and the shell hears of it', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('button', { name: 'Close set' }).click();
  const recent = page.getByRole('region', { name: 'Recent sets' });
  await expect(recent.getByRole('list').getByRole('button')).toHaveCount(1);
  await readmeShot(page, 'start-screen');
  await recent.getByRole('button', { name: 'Clear recent sets' }).click();
  await expect(page.getByRole('region', { name: 'Recent sets' })).toHaveCount(0);
  expect(app.desktop.recentSets.at(-1)).toEqual([]);
  // File ▸ Open Recent ▸ Clear Recently Opened sends the same command.
  await app.menuCommand('clearRecentSets');
  await expect(page.getByRole('button', { name: 'Open set…' })).toBeVisible();
});
