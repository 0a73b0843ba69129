/**
 * Importing articles into a set, on the built UI and the real core: one file
 * of each format by the dialog (the HTML one hostile: its script must not
 * run, its remote image must not load), a batch dropped on the window with
 * its progress, and refusals told with their reasons. Files end up on disk
 * as plain-text articles beside the existing ones, which stay untouched.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sampleDocx, samplePdf } from '../annotations/import/formats/sample-files';
import { readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { openSet } from './harness/actions';
import { readmeShot } from './harness/readme-shots';
import { expectAccessible } from './harness/axe';
import { expectNoticed, watchNotices } from './harness/notices';
import { dragFilesOver, dropDragged, dropFiles } from './harness/drop';

const SCREENS = 'test-results/screens';
const EXISTING = 'Existing article\nAlready in the set before any import.\n';

async function makeSet(root: string): Promise<string> {
  const folder = path.join(root, 'Imports');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'existing.txt'), EXISTING);
  return folder;
}

/** Requests to anything but the app's own server, and whether the canary global got set. */
async function watchForEscapes(context: BrowserContext, serverUrl: string): Promise<{ requests: string[] }> {
  const origin = new URL(serverUrl).origin;
  const own = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('data:,');
  const seen = { requests: [] as string[] };
  await context.route('**/*', (route) => {
    if (own(route.request().url())) return route.continue();
    seen.requests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!own(request.url()) && !seen.requests.includes(request.url())) seen.requests.push(request.url());
  });
  return seen;
}

const canary = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

const HOSTILE_HTML = `<!doctype html><html><head>
<title>Hostile page</title>
<meta property="og:site_name" content="Evil Site"><meta name="author" content="Mallory">
<script>window.__pwned = 'script'; fetch('http://canary.invalid/script')</script>
<base href="http://base.canary.invalid/"><meta http-equiv="refresh" content="0;url=http://refresh.canary.invalid/">
<link rel="stylesheet" href="http://css.canary.invalid/x.css">
</head><body onload="window.__pwned = 'onload'">
<h1>Hostile page</h1>
<p>A paragraph that is kept.</p>
<img src="http://image.canary.invalid/pixel.png" onerror="window.__pwned = 'onerror'" alt="">
<iframe srcdoc="<script>top.__pwned = 'srcdoc'</script>"></iframe>
<svg onload="window.__pwned = 'svg'"><script>window.__pwned = 'svg-script'</script></svg>
<p><a href="javascript:window.__pwned = 'link'">A link whose text is kept</a>.</p>
</body></html>`;

test('one file of each format imported by the dialog: new articles with their metadata; the hostile HTML runs and loads nothing', async ({ app, tmp, context, server }) => {
  const folder = await makeSet(tmp);
  const sources = path.join(tmp, 'Downloads');
  await mkdir(sources);
  const files: Record<string, Uint8Array | string> = {
    // Real web text: a non-breaking space, indentation, CRLF. A .txt is an article already: kept byte for byte.
    'notes.txt': 'Field notes\r\n   The corridor\u00a0question remains open.\r\n',
    'story.md': '---\ntitle: Markdown story\nauthor: Ann Lee\n---\n# Markdown story\n\nA *claim* with a [link](http://md.canary.invalid/).\n',
    'hostile.html': HOSTILE_HTML,
    'report.docx': await sampleDocx({ paragraphs: ['Word report', 'The delegations met on Monday.'], title: 'Word report', creator: 'Bo Chan', created: '2024-03-05T09:00:00Z' }),
    'paper.pdf': samplePdf({ pages: [['PDF paper'], ['The talks resume next week.']], title: 'PDF paper', author: 'Cy Dee', creationDate: 'D:20240306000000Z' }),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(sources, name), bytes);

  const seen = await watchForEscapes(context, server.url);
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);
  app.importChoices.push(Object.keys(files).map((name) => path.join(sources, name)));
  await page.getByRole('button', { name: 'Import articles…' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 articles' })).toContainText(
    'Imported 5 articles: notes.txt, Markdown story.txt, Hostile page.txt, Word report.txt, PDF paper.txt.',
  );
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(6);
  // The first imported article is open.
  await expect(nav.getByRole('link', { name: 'Field notes' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('article', { name: 'Field notes' })).toContainText('The corridor question remains open.');
  await page.screenshot({ path: `${SCREENS}/import-dialog-done.png` });
  expect(await readFile(path.join(folder, 'notes.txt'))).toEqual(await readFile(path.join(sources, 'notes.txt')));

  // Each article, as text, with the metadata its source had.
  const expected: [string, string[], Record<string, string>][] = [
    ['Markdown story', ['Markdown story', 'A claim with a link.'], { author: 'Ann Lee' }],
    ['Hostile page', ['Hostile page', 'A paragraph that is kept.', 'A link whose text is kept.'], { source: 'Evil Site', author: 'Mallory' }],
    ['Word report', ['Word report', 'The delegations met on Monday.'], { author: 'Bo Chan', published: '2024-03-05' }],
    ['PDF paper', ['PDF paper', 'The talks resume next week.'], { author: 'Cy Dee', published: '2024-03-06' }],
  ];
  for (const [title, lines, meta] of expected) {
    await nav.getByRole('link', { name: title, exact: true }).click();
    const article = page.getByRole('article', { name: title, exact: true });
    // One paragraph per line of the file; the file ends with a newline, hence the last, empty one.
    await expect(article.locator('.article-text p')).toHaveText([...lines, '']);
    await article.hover();
    const sidecar = await readSidecarFile(folder, `${title}.txt`);
    expect(sidecar.article).toMatchObject({ title, ...meta });
  }
  await nav.getByRole('link', { name: 'Hostile page', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Hostile page', exact: true })).toContainText('A link whose text is kept.');
  await page.screenshot({ path: `${SCREENS}/import-hostile-html.png` });

  expect(await canary(page), 'a script of the hostile page ran').toBeNull();
  expect(seen.requests, 'requests beyond the app’s own server').toEqual([]);
  expect(await readFile(path.join(folder, 'existing.txt'), 'utf8')).toBe(EXISTING);
  expect((await readdir(folder)).filter((f) => f.endsWith('.txt')).sort()).toEqual(
    ['Hostile page.txt', 'Markdown story.txt', 'PDF paper.txt', 'Word report.txt', 'existing.txt', 'notes.txt'],
  );
});

test('files dropped on the window are imported in a batch with progress; refusals are told with their reasons', async ({ app, tmp }) => {
  // A batch long on purpose: twice as long on a machine busy with other work, near the default limit of a test of one task.
  test.setTimeout(120_000);
  const folder = await makeSet(tmp);
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);

  // Enough PDFs that the batch takes a moment, and four files that must be refused.
  const pdfs = Array.from({ length: 24 }, (_, i) => ({
    name: `brief-${String(i + 1).padStart(2, '0')}.pdf`,
    bytes: samplePdf({ pages: Array.from({ length: 20 }, (_, p) => [`Brief ${i + 1}, page ${p + 1}.`, 'A line of text that is long enough to be a line of a paragraph.']) }),
  }));
  const refused = [
    { name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) },
    { name: 'binary.txt', bytes: new Uint8Array([0x61, 0x00, 0x62]) },
    { name: 'empty.md', bytes: '' },
    { name: 'fake.pdf', bytes: '<html>not a PDF</html>' },
  ];
  const dropped = [{ name: 'dropped.md', bytes: '# Dropped note\n\nText from a drop.\n' }, ...pdfs.slice(0, 12), ...refused, ...pdfs.slice(12)];

  // Dragging files over the window shows where to drop them.
  await dragFilesOver(page, dropped);
  const overlay = page.getByRole('region', { name: 'Drop files to import' });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Drop files to import');
  await page.screenshot({ path: `${SCREENS}/import-drop-overlay.png` });
  await expectAccessible(page, 'import drop overlay');

  // Every value the progress bar shows, recorded as it changes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress[aria-label="Importing articles"]');
      const text = bar?.getAttribute('aria-valuetext');
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  // The notice of what was imported goes after a few seconds: recorded as shown (the axe run below may outlast it).
  const notices = await watchNotices(page);
  expect(await dropDragged(page), 'the app took the drop').toBe(true);
  await expect(overlay).toBeHidden();
  const progress = page.getByRole('progressbar', { name: 'Importing articles' });
  await expect(progress).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/import-progress.png` });
  await expectAccessible(page, 'import in progress');
  await expect(progress).toBeHidden({ timeout: 30_000 });

  await expectNoticed(notices, 'Imported 25 articles: Dropped note.txt, brief-01.txt, brief-02.txt, brief-03.txt, brief-04.txt and 20 more.');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('4 files not imported:');
  await expect(alert).toContainText('photo.jpg: ".jpg" files are not supported');
  await expect(alert).toContainText('binary.txt: the file contains NUL bytes: it looks like a binary file, not text.');
  await expect(alert).toContainText('empty.md: the file is empty.');
  await expect(alert).toContainText('fake.pdf: this is not a PDF file (it does not start with "%PDF-").');
  await readmeShot(page, 'import-result');
  await expectAccessible(page, 'import result with refusals');

  const shown = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(shown.length, `progress values shown: ${shown.join(' | ')}`).toBeGreaterThan(2);
  for (const value of shown) expect(value).toMatch(/^(starting…|\d+ of 29 files( \(.+\))?)$/u);

  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(26);
  await expect(nav.getByRole('link', { name: 'Dropped note' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('article', { name: 'Dropped note' }).locator('.article-text p')).toHaveText(['Dropped note', 'Text from a drop.', '']);
  const onDisk = (await readdir(folder)).filter((f) => f.endsWith('.txt'));
  expect(onDisk).toHaveLength(26);
  expect(onDisk).not.toContain('binary.txt');
  expect(await readFile(path.join(folder, 'brief-07.txt'), 'utf8')).toMatch(/^Brief 7, page 1\.\nA line of text that is long enough to be a line of a paragraph\.\nBrief 7, page 2\.\n/u);
});

test('dropping a file whose name is taken keeps both; Import articles… is offered in an empty set and by the menu', async ({ app, tmp }) => {
  const folder = path.join(tmp, 'Empty set');
  await mkdir(folder);
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);
  await expect(page.getByRole('main')).toContainText('This folder has no .txt articles yet.');
  await page.screenshot({ path: `${SCREENS}/import-empty-set.png` });
  // The overlay in dark mode (it uses the app's colour variables).
  await page.emulateMedia({ colorScheme: 'dark' });
  await dragFilesOver(page, [{ name: 'a.txt', bytes: 'a' }]);
  await expect(page.getByRole('region', { name: 'Drop files to import' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/import-drop-overlay-dark.png` });
  await page.evaluate(() => document.body.dispatchEvent(new DragEvent('dragleave', { bubbles: true, dataTransfer: (window as unknown as { __dragged: DataTransfer }).__dragged })));
  await expect(page.getByRole('region', { name: 'Drop files to import' })).toBeHidden();
  await page.emulateMedia({ colorScheme: 'light' });

  // The menu's Import Articles… opens the same dialog (here: one file chosen).
  await writeFile(path.join(tmp, 'existing.txt'), 'Same name\nFrom the dialog.\n');
  app.importChoices.push([path.join(tmp, 'existing.txt')]);
  await app.menuCommand('importArticles');
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(1);

  expect(await dropFiles(page, [{ name: 'existing.txt', bytes: 'Same name\nFrom a drop.\n' }])).toBe(true);
  await expect(nav.getByRole('link')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 article: existing (2).txt.' })).toBeVisible();
  expect(await readFile(path.join(folder, 'existing.txt'), 'utf8')).toBe('Same name\nFrom the dialog.\n');
  expect(await readFile(path.join(folder, 'existing (2).txt'), 'utf8')).toBe('Same name\nFrom a drop.\n');
});
