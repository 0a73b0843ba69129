/**
 * The Brief view: the coverage heatmap, a cell's quotes, and a quote that
 * opens its article at the right passage. Text from notes renders literally:
 * nothing in the rendered brief runs or links anywhere.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openArticle, openSet, tagPhrase, titleOf } from './harness/actions';
import { expectNoticed, watchNotices } from './harness/notices';
import { recordProgress, screenshotOnceMoved } from './harness/progress-states';
import { SEEDS_DIR } from './harness/paths';
import { expectFlashed, watchFlashes } from './harness/flashes';

const A = '000_5070c6c1e48426b5.txt';
const B = '002_629f6f8c301c9278.txt';
const QUOTE_A = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const QUOTE_B = 'The peace talks come after Armenia’s defeats in a 2020 war';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> [click](javascript:window.__pwned=1) *bold*';

test('heatmap cell → its quotes → the article at that passage; notes render as text', async ({ app }) => {
  const page = await app.launch();
  await openArticle(page, A);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  await openArticle(page, B);
  await tagPhrase(page, QUOTE_B, 'Russia');
  const note = page.getByRole('complementary', { name: 'Annotations' }).getByRole('textbox', { name: 'Note' });
  await note.fill(HOSTILE);
  await note.blur();
  await app.flush();

  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  const brief = page.getByRole('region', { name: 'Brief' });
  await expect(brief.getByRole('table')).toBeVisible();
  // Silent where a source says nothing on a tag.
  await expect(brief.getByRole('button', { name: `Russia in ${await titleOf(A)}: silent` }).or(brief.getByRole('button', { name: /^Russia in .*: silent$/u }).first())).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/brief.png', fullPage: false });

  await brief.getByRole('button', { name: /^Peace deal in .*: 1 claim$/u }).click();
  const quotes = brief.getByRole('region', { name: /^Quotes: Peace deal in/u });
  const flashes = await watchFlashes(page);
  await quotes.getByRole('button', { name: QUOTE_A }).click();

  await expect(page.getByRole('article', { name: await titleOf(A) })).toBeVisible();
  await expectFlashed(flashes, 'Rubio expressed confidence');
  await expect(page.locator('mark.hl', { hasText: 'Rubio expressed confidence' })).toBeInViewport();

  // The hostile note: shown literally in the brief, never executed, never a link.
  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  const text = page.getByRole('article', { name: 'Brief text' });
  await expect(text).toContainText('window.__pwned=1');
  await expect(text).toContainText('*bold*');
  expect(await text.locator('a, img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('Export brief writes Markdown, CSV or JSON-LD, by the type chosen in the save dialog', async ({ app, tmp }) => {
  const page = await app.launch();
  await openArticle(page, A);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  await app.flush();
  for (const [name, check] of [
    ['brief.md', (s: string) => expect(s).toContain('## Peace deal')],
    ['brief.csv', (s: string) => expect(s.split(/\r?\n/u)[0]).toBe('article,title,quote,tags,stance,attribution,confidence,note,start,end,status,url,accessed,creator')],
    ['brief.jsonld', (s: string) => expect(JSON.parse(s)).toMatchObject({ type: 'AnnotationCollection', total: 1 })],
  ] as const) {
    app.saveChoices.push(path.join(tmp, name));
    await page.getByRole('button', { name: 'Export brief' }).click();
    await expect(page.getByRole('status')).toContainText(name);
    check(await readFile(path.join(tmp, name), 'utf8'));
  }
});

test('the scope narrows the Brief view and the exported brief: tags, stances, articles, order', async ({ app, tmp }) => {
  const page = await app.launch();
  await openArticle(page, A);
  await tagPhrase(page, QUOTE_A, 'Peace deal');
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByText('Claim details').click();
  await panel.getByRole('combobox', { name: 'Stance' }).selectOption('asserts');
  await openArticle(page, B);
  await tagPhrase(page, QUOTE_B, 'Russia');
  await app.flush();

  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  const brief = page.getByRole('region', { name: 'Brief' });
  const scope = page.getByRole('complementary', { name: 'Scope of the brief' });
  const heatmapRows = brief.getByRole('table').getByRole('rowheader');
  const text = page.getByRole('article', { name: 'Brief text' });
  await expect(heatmapRows).toHaveText(['Peace deal', 'Russia']);

  await scope.getByRole('group', { name: /^Tags/u }).getByRole('checkbox', { name: 'Russia' }).uncheck();
  await expect(heatmapRows).toHaveText(['Peace deal']);
  await expect(text).toContainText('Filtered: without tags Russia.');
  await expect(scope.getByRole('group', { name: /^Tags/u })).toContainText(/\d+ of \d+ tags/u);
  await page.screenshot({ path: 'test-results/screens/brief-scope.png', fullPage: false });

  // Exported from the top bar, the brief covers the same scope.
  app.saveChoices.push(path.join(tmp, 'scoped.md'));
  await page.getByRole('button', { name: 'Export brief' }).click();
  await expect(page.getByRole('status')).toContainText('scoped.md');
  const exported = await readFile(path.join(tmp, 'scoped.md'), 'utf8');
  expect(exported).toContain('## Peace deal');
  expect(exported).not.toContain('## Russia');
  expect(exported).toContain('Filtered: without tags Russia.');

  // Stances: without "Asserts" nothing is left; the view says why.
  await scope.getByRole('group', { name: /^Stances/u }).getByRole('checkbox', { name: 'Asserts' }).uncheck();
  await expect(brief.getByText('No claim is in this scope.')).toBeVisible();
  await scope.getByRole('button', { name: 'Include everything' }).click();
  await expect(heatmapRows).toHaveText(['Peace deal', 'Russia']);

  // Articles: none, then all again; order: most claims first is stated in the brief.
  await scope.getByRole('button', { name: 'Include no articles' }).click();
  await expect(brief.getByText('No claim is in this scope.')).toBeVisible();
  await scope.getByRole('button', { name: 'Include all articles' }).click();
  await scope.getByRole('radio', { name: 'Most claims first' }).check();
  await expect(text).toContainText('Topics are ordered by number of claims.');
  await expect(scope.getByRole('button', { name: 'Include everything' })).toHaveCount(0);
});

test('a long export shows its progress, then the saved file', async ({ app, tmp }) => {
  // 500 articles: long enough that the export's progress is on screen for a while, even on a fast machine.
  const folder = path.join(tmp, 'Large set');
  await mkdir(folder);
  const seed = await readFile(path.join(SEEDS_DIR, A), 'utf8');
  for (let i = 0; i < 500; i++) await writeFile(path.join(folder, `article-${String(i).padStart(3, '0')}.txt`), `Article ${i}\n${seed}`);
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);

  const progressStates = await recordProgress(page, 'Exporting the brief');
  // The notice of the saved file goes after a few seconds: recorded as shown (the screenshot below may outlast it).
  const notices = await watchNotices(page);
  app.saveChoices.push(path.join(tmp, 'large.md'));
  await page.getByRole('button', { name: 'Export brief' }).click();
  await screenshotOnceMoved(page, 'Exporting the brief', 'reading', 'test-results/screens/export-progress.png');
  // As long as the export takes: the point of the test is that it is long.
  await expectNoticed(notices, 'large.md (500 articles, 0 annotations)', { timeout: 40_000 });
  await expect(page.getByRole('progressbar', { name: 'Exporting the brief' })).toHaveCount(0);
  const states = await progressStates();
  expect(states.every((s) => /^reading article \d+ of 500$|^writing…$|^starting…$/u.test(s))).toBe(true);
  const read = states.flatMap((s) => /^reading article (\d+)/u.exec(s)?.[1] ?? []).map(Number);
  // The bar showed the reading, never going back; how many of the core's steps it drew depends on the machine (TestApp.emitted).
  expect(read.length, `progress shown: ${states.join(' | ')}`).toBeGreaterThanOrEqual(1);
  expect(read).toEqual([...read].sort((a, b) => a - b));
  const told = app.emitted.flatMap((e) => (e.type === 'briefProgress' && e.task === 'export' && e.phase === 'reading' ? [e.done] : []));
  expect(new Set(told).size, `reading progress sent: ${told.join(', ')}`).toBeGreaterThanOrEqual(10);
  expect(told).toEqual([...told].sort((a, b) => a - b));
  await expect(readFile(path.join(tmp, 'large.md'), 'utf8')).resolves.toContain('# Comparative brief: Large set');
});

