/**
 * Accessibility: axe-core scans every screen the analyst can reach (WCAG 2.1
 * A/AA), in the light and the dark theme, and finds no serious or critical
 * violation. New screens are added with `expectAccessible` (harness/axe.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase } from './harness/actions';
import { expectAccessible } from './harness/axe';
import { dragSelect } from './harness/select';

const B = '002_629f6f8c301c9278.txt';
const QUOTE_A = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen of the workflow passes axe (${scheme} theme)`, async ({ app }) => {
    // A walk through every screen with an axe scan on each: about 40 s on a quiet machine, and twice that on a busy
    // one (a CI run at half speed timed out near the end). The default limit is for a test of one task.
    test.setTimeout(180_000);
    const page = await app.launch();
    await page.emulateMedia({ colorScheme: scheme });
    const panel = page.getByRole('complementary', { name: 'Annotations' });
    await expect(page.getByRole('article')).toBeVisible();
    await expectAccessible(page, 'workspace, no annotations');

    await dragSelect(page, QUOTE_A);
    await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
    await expectAccessible(page, 'selection toolbar open');
    await page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('button', { name: 'Peace deal', exact: true }).click();
    await expect(page.locator('mark.hl').first()).toBeVisible();
    await expectAccessible(page, 'workspace with an annotation');

    await panel.getByText('Claim details').click();
    await panel.getByRole('combobox', { name: 'Stance' }).selectOption('asserts');
    await panel.getByRole('button', { name: 'Link to other sources…' }).click();
    await expectAccessible(page, 'claim details open');

    await panel.getByRole('button', { name: 'Filter' }).click();
    await panel.getByRole('group', { name: 'Tag' }).getByRole('checkbox', { name: 'Russia' }).check();
    await expectAccessible(page, 'panel filters open, nothing shown');
    await panel.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('form', { name: 'Article details' })).toBeVisible();
    await expectAccessible(page, 'article details form');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await openArticle(page, B);
    await tagPhrase(page, 'The peace talks come after Armenia’s defeats in a 2020 war', 'Russia');
    await app.flush();

    const search = page.getByRole('searchbox', { name: 'Search the set' });
    await search.fill('peace agreement');
    await search.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Search results' }).getByText(/ matches for /u)).toBeVisible();
    await expectAccessible(page, 'search results');
    await page.getByRole('complementary', { name: 'Search results' }).getByRole('button', { name: /^Text/u }).first().click();
    await expectAccessible(page, 'search match selected in the article');
    await page.getByRole('button', { name: 'Close search' }).click();

    await page.getByRole('button', { name: 'Tags', exact: true }).click();
    await expectAccessible(page, 'tag view, no tag chosen');
    await page.getByRole('region', { name: 'Quotes by tag' }).getByRole('combobox', { name: 'Tag' }).selectOption('Peace deal');
    await expect(page.getByRole('region', { name: 'Quotes by tag' }).getByText('1 quote in 1 article.')).toBeVisible();
    await expectAccessible(page, 'tag view');

    await page.getByRole('button', { name: 'Brief', exact: true }).click();
    const brief = page.getByRole('region', { name: 'Brief' });
    await expect(brief.getByRole('table')).toBeVisible();
    await expect(brief).toHaveAttribute('aria-busy', 'false');
    await brief.getByRole('button', { name: /^Peace deal in .*: 1 claim$/u }).click();
    await expectAccessible(page, 'Brief view with a cell open');
    await page.getByRole('complementary', { name: 'Scope of the brief' }).getByRole('group', { name: /^Tags/u }).getByRole('checkbox', { name: 'Russia' }).uncheck();
    // Scanned once rebuilt: while it rebuilds, the old brief is dimmed on purpose.
    await expect(brief).toContainText('Filtered: without tags Russia.');
    await expect(brief).toHaveAttribute('aria-busy', 'false');
    await expectAccessible(page, 'Brief view, narrowed scope');
    await page.getByRole('button', { name: 'Brief', exact: true }).click();

    await app.menuCommand('showAbout');
    const about = page.getByRole('dialog', { name: 'About Research Annotator' });
    await expect(about.getByRole('region', { name: /^Licences of/u })).toBeVisible();
    await expectAccessible(page, 'About dialog');
    await about.getByRole('button', { name: 'Close' }).click();

    await app.menuCommand('toggleArticleList');
    await app.menuCommand('toggleSidePanel');
    await expect(page.getByRole('navigation', { name: 'Articles' })).toHaveCount(0);
    await expectAccessible(page, 'article list and side panel hidden');
    await app.menuCommand('toggleArticleList');
    await app.menuCommand('toggleSidePanel');

    await page.getByRole('button', { name: 'Close set' }).click();
    await expect(page.getByRole('button', { name: 'Open set…' })).toBeVisible();
    await expectAccessible(page, 'start screen');
  });
}

test('a read-only article (unreadable annotations file) passes axe', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'Interviews');
  await mkdir(folder);
  await writeFile(path.join(folder, 'notes.txt'), 'Field notes\nThe corridor question remains open.\n');
  await writeFile(path.join(folder, 'notes.txt.annotations.json'), '{"format": "research-annotator/sidecar", "version": 1, "annotations": [');
  const page = await app.launch({ initialSet: folder });
  await expect(page.getByRole('complementary', { name: 'Annotations' }).getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'read-only article');
  await dragSelect(page, 'The corridor question remains open.');
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toContainText('cannot be changed');
  await expectAccessible(page, 'read-only article, selection');
});
