/**
 * The Brief view: the coverage heatmap, a cell's quotes, and a quote that
 * opens its article at the right passage. Text from notes renders literally:
 * nothing in the rendered brief runs or links anywhere.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openArticle, tagPhrase, titleOf } from './harness/actions';

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
  await quotes.getByRole('button', { name: QUOTE_A }).click();

  await expect(page.getByRole('article', { name: await titleOf(A) })).toBeVisible();
  const mark = page.locator('mark.hl', { hasText: 'Rubio expressed confidence' });
  await expect(mark).toHaveClass(/hl-flash/u);
  await expect(mark).toBeInViewport();

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
    ['brief.csv', (s: string) => expect(s.split(/\r?\n/u)[0]).toBe('article,title,quote,tags,stance,attribution,confidence,note,start,end,status')],
    ['brief.jsonld', (s: string) => expect(JSON.parse(s)).toMatchObject({ type: 'AnnotationCollection', total: 1 })],
  ] as const) {
    app.saveChoices.push(path.join(tmp, name));
    await page.getByRole('button', { name: 'Export brief' }).click();
    await expect(page.getByRole('status')).toContainText(name);
    check(await readFile(path.join(tmp, name), 'utf8'));
  }
});
