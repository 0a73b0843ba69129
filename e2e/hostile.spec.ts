/**
 * Hostile articles: nothing in an article's text may ever run, load, navigate
 * or open anything. Articles are plain text and are shown literally, in the
 * viewer, the article list, the annotations panel, the Brief view and the
 * exported brief.
 *
 * The corpus (fixtures/hostile-corpus.ts) is written into a set folder, one
 * article per payload plus one with all of them, and opened through the app.
 * A guard watches everything that would betray a payload: the canary global,
 * any request that does not go to the app's own server, dialogs, popups,
 * frames, navigations away from the app, Content-Security-Policy violations.
 * The payload tests run twice: under the app's CSP (as shipped) and with the
 * CSP bypassed, so the renderer must be safe on its own and not only because
 * the policy would block what it let through. A self-test injects payloads on
 * purpose to prove the guard sees them.
 *
 * Then the files the app must refuse (binary, not UTF-8, over the size limit:
 * each with its message on screen) or open safely (empty; one 2 MB line, timed).
 *
 * Two tests started as reproductions of weaknesses found here, since fixed:
 * a 2 MB first line used whole as the title (now cut to 500 code points), and
 * Edit details sending that long derived title back (now sent only when changed).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Blockquote, Nodes, Root } from 'mdast';
import { articleTitle } from '../annotations/model/article-title';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseCsv } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES } from '../annotations/node/files';
import { articleCodePoints, quoteAndSlice, readSidecarFile } from './disk';
import { expect, test } from './fixtures';
import { openSet } from './harness/actions';
import { dragSelect, selectSpan } from './harness/select';
import { dropFiles } from './harness/drop';
import { SEEDS_DIR } from './harness/paths';
import {
  ALL_PAYLOADS_FILE,
  ALL_PAYLOADS_TITLE,
  CANARY_GLOBAL,
  HOSTILE_FILE_NAME,
  HOSTILE_PAYLOADS,
  allPayloadsArticle,
  articleOf,
  payloadOfUrl,
} from './fixtures/hostile-corpus';

// Trace snapshots of these DOMs (a 2 MB line, a hundred articles opened one after another) are slow;
// the assertions say what went wrong.
test.use({ trace: 'off' });

const SET_NAME = 'Hostile set';
const TAG = 'Hostile';

/** Elements that must never come from article text, wherever it is shown. */
const FORBIDDEN_ELEMENTS = [
  'script', 'iframe', 'frame', 'frameset', 'img', 'image', 'picture', 'source', 'embed', 'object', 'svg', 'math',
  'a', 'base', 'link', 'meta', 'style', 'video', 'audio', 'track', 'template', 'noscript', 'marquee',
  'isindex', 'noembed', 'listing', 'title',
].join(', ');

/** Attributes that load or run something. */
const LOADING_ATTRIBUTES = ['href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'ping'];

// ---------------------------------------------------------------------------
// The set on disk

interface HostileSet {
  folder: string;
  articles: { file: string; title: string; text: string; lastLine: string; payload: (typeof HOSTILE_PAYLOADS)[number] }[];
  all: ReturnType<typeof allPayloadsArticle>;
}

async function writeHostileSet(root: string): Promise<HostileSet> {
  const folder = path.join(root, SET_NAME);
  await mkdir(folder, { recursive: true });
  const articles = HOSTILE_PAYLOADS.map((payload, i) => ({ ...articleOf(payload, i), payload }));
  const all = allPayloadsArticle();
  await Promise.all([
    ...articles.map((a) => writeFile(path.join(folder, a.file), a.text)),
    writeFile(path.join(folder, all.file), all.text),
    writeFile(path.join(folder, HOSTILE_FILE_NAME), 'A file whose name is hostile\n\nIts name is shown, never parsed.\n'),
  ]);
  return { folder, articles, all };
}

// ---------------------------------------------------------------------------
// The guard: everything a payload could do that the page can observe

interface Guard {
  /** Requests to anything but the app's own server (each named by its payload where known). */
  requests: string[];
  dialogs: string[];
  /** Navigations of the main frame away from the app's origin. */
  navigations: string[];
  /** Every page opened in the context: the app's window, and any popup. */
  pages: Page[];
}

async function installGuard(context: BrowserContext, serverUrl: string): Promise<Guard> {
  const origin = new URL(serverUrl).origin;
  const guard: Guard = { requests: [], dialogs: [], navigations: [], pages: [] };
  const isOwn = (url: string) => url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:,') /* the app's own favicon */;
  const note = (url: string) => {
    const entry = `${url}${payloadOfUrl(url) ? ` (payload ${payloadOfUrl(url)})` : ''}`;
    if (!guard.requests.includes(entry)) guard.requests.push(entry);
  };
  // Recorded twice on purpose: a route sees what reaches the network stack, the event also what fails before it.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isOwn(url)) return route.continue();
    note(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!isOwn(request.url())) note(request.url());
  });
  context.on('page', (page) => {
    guard.pages.push(page);
    page.on('dialog', (dialog) => {
      guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !isOwn(frame.url())) guard.navigations.push(frame.url());
    });
  });
  // Violations of the app's CSP: something tried to run or load and was stopped only by the policy.
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}: ${event.sample}`);
    });
  });
  return guard;
}

/** Nothing ran, loaded, navigated, popped up or was blocked by the CSP. */
async function expectNothingHappened(guard: Guard, page: Page, serverUrl: string): Promise<void> {
  const state = await page.evaluate((canary) => {
    const w = window as unknown as Record<string, unknown>;
    return {
      canary: canary in w ? String(w[canary]) : null,
      cspViolations: (w['__cspViolations'] as string[] | undefined) ?? [],
    };
  }, CANARY_GLOBAL);
  expect(state.canary, 'a payload ran: the canary global is set').toBeNull();
  expect(state.cspViolations, 'the CSP blocked something that came from article text').toEqual([]);
  expect(guard.requests, 'requests other than to the app’s own server').toEqual([]);
  expect(guard.dialogs, 'dialogs opened').toEqual([]);
  expect(guard.navigations, 'navigations away from the app').toEqual([]);
  expect(guard.pages.filter((p) => p !== page && !p.isClosed()).map((p) => p.url()), 'popups opened').toEqual([]);
  expect(page.frames().map((f) => f.url()), 'frames in the page').toEqual([page.mainFrame().url()]);
  expect(new URL(page.url()).origin).toBe(new URL(serverUrl).origin);
  await expectCleanDocument(page);
}

/**
 * The whole document holds only what the app itself puts there: its one
 * script, its stylesheet and icon, its meta tags, links that are article
 * routes, and no event-handler attribute anywhere.
 */
async function expectCleanDocument(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const describe = (e: Element) => e.outerHTML.slice(0, 160);
    for (const e of document.querySelectorAll('*')) {
      for (const attribute of e.getAttributeNames()) {
        if (attribute.toLowerCase().startsWith('on')) problems.push(`event handler: ${describe(e)}`);
      }
    }
    const scripts = [...document.scripts].map((s) => s.getAttribute('src'));
    if (scripts.length !== 1 || scripts[0] !== './app.js') problems.push(`scripts: ${JSON.stringify(scripts)}`);
    const links = [...document.querySelectorAll('link')].map((l) => l.getAttribute('href'));
    if (JSON.stringify(links) !== JSON.stringify(['data:,', './app.css'])) problems.push(`links: ${JSON.stringify(links)}`);
    const metas = [...document.querySelectorAll('meta')].map((m) => m.getAttribute('http-equiv') ?? m.getAttribute('name') ?? m.getAttribute('charset'));
    if (JSON.stringify(metas) !== JSON.stringify(['utf-8', 'Content-Security-Policy', 'viewport'])) problems.push(`meta: ${JSON.stringify(metas)}`);
    const elsewhere = 'base, iframe, frame, frameset, embed, object, img, picture, video, audio, svg, math, style, template, noscript, marquee, isindex';
    for (const e of document.querySelectorAll(elsewhere)) problems.push(`element: ${describe(e)}`);
    for (const a of document.querySelectorAll('a')) {
      if (!a.getAttribute('href')?.startsWith('#/article/')) problems.push(`link: ${describe(a)}`);
      if (!a.closest('nav')) problems.push(`link outside the article list: ${describe(a)}`);
    }
    return problems;
  });
  expect(found, 'elements or attributes the app does not create').toEqual([]);
}

/**
 * No element that could run or load anything inside `region`, and no
 * loading attribute. The app's own forms (the tag toolbar's "New tag" field)
 * are allowed: a form from article text would need an action to do harm, and
 * the attribute check finds that.
 */
async function expectInert(region: Locator, what: string): Promise<void> {
  await expect(region.locator(FORBIDDEN_ELEMENTS), `${what}: elements from article text`).toHaveCount(0);
  const attributes = await region.evaluate((root, names) => {
    const found: string[] = [];
    for (const e of [root, ...root.querySelectorAll('*')]) {
      for (const name of e.getAttributeNames()) {
        if (name.toLowerCase().startsWith('on') || names.includes(name.toLowerCase())) found.push(`${e.tagName.toLowerCase()}[${name}]`);
      }
    }
    return found;
  }, LOADING_ATTRIBUTES);
  expect(attributes, `${what}: attributes that run or load`).toEqual([]);
}

/** The viewer holds its blocks of lines, Lexical's paragraphs, text spans, highlights and line breaks: nothing else, whatever the text. */
async function expectPlainViewer(article: Locator, what: string): Promise<void> {
  const tags = await article.locator('.article-text').evaluate((root) =>
    [...new Set([...root.querySelectorAll('*')].map((e) => (e.tagName === 'DIV' && e.className === 'article-lines' && e.parentElement === root ? 'block' : e.tagName.toLowerCase())))].sort(),
  );
  expect(tags.filter((t) => !['block', 'p', 'span', 'mark', 'br'].includes(t)), `${what}: elements besides blocks of lines, p, span, mark, br`).toEqual([]);
  await expectInert(article, what);
}

// ---------------------------------------------------------------------------
// The viewer

/** The article's lines as the viewer shows them: one Lexical paragraph per line of the file. */
async function shownLines(article: Locator): Promise<string[]> {
  return article.locator('.article-text').evaluate((root) => [...root.querySelectorAll('p')].map((p) => p.textContent ?? ''));
}

function fileLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r\n|\n|\r/u);
}

/** Opens the set with Open set… (the folder the user picks in the dialog). */
function articleLink(page: Page, file: string): Locator {
  // By route: the link's name is the article's title, which may be anything (even 2 MB long).
  return page.getByRole('navigation', { name: 'Articles' }).locator(`a[href="#/article/${encodeURIComponent(file)}"]`);
}

/** Opens an article from the list and waits until its last line is on screen. */
async function openArticle(page: Page, file: string, title: string, lastLine: string): Promise<Locator> {
  await articleLink(page, file).click();
  await expect(articleLink(page, file)).toHaveAttribute('aria-current', 'page');
  const article = page.getByRole('article', { name: title, exact: true });
  await expect(article.locator('.article-text')).toContainText(lastLine);
  return article;
}

/** Selects from `first` to `last` as a keyboard user does, and waits for the tag toolbar (the end is in view, so the toolbar is too). */
async function selectAndShowToolbar(page: Page, first: string, last: string): Promise<void> {
  await selectSpan(page, first, last);
  // The toolbar follows a finished keyboard selection (Shift released).
  await page.keyboard.press('Shift');
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
}

// ---------------------------------------------------------------------------
// The exported Markdown

function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The plain text of a Markdown node (what a reader sees). */
function mdastToString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(mdastToString).join('') : '';
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** What a Markdown renderer would turn into HTML, an image, or a link that is not a plain web address. */
function activeMarkdown(tree: Root): string[] {
  const found: string[] = [];
  for (const node of walk(tree)) {
    if (['html', 'image', 'imageReference', 'definition', 'linkReference', 'footnoteReference', 'footnoteDefinition', 'code'].includes(node.type)) {
      found.push(`${node.type}: ${mdastToString(node).slice(0, 120)}`);
    }
    // GFM autolink literals are documented as left alone (markdown-text.ts): http(s) or mailto only.
    if (node.type === 'link' && !/^(?:https?:\/\/|mailto:)/u.test(node.url)) found.push(`link to ${node.url}`);
    if (node.type === 'link' && mdastToString(node) !== node.url.replace(/^mailto:/u, '') && `http://${mdastToString(node)}` !== node.url) {
      found.push(`link whose text is not its address: ${node.url}`);
    }
  }
  return found;
}

/** The brief's quote paragraphs: the quote's lines, trimmed, blank ones dropped (markdown-quote.ts textLines). */
function quoteLines(quote: string): string[] {
  return quote
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------

test('the corpus has at least 60 payloads, each named once, none containing CR or NUL', () => {
  expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(60);
  const names = HOSTILE_PAYLOADS.map((p) => p.name);
  expect(new Set(names).size).toBe(names.length);
  for (const payload of HOSTILE_PAYLOADS) {
    expect(payload.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    expect(payload.text).not.toMatch(/[\r\0]/u);
    expect(payload.text.trim()).not.toBe('');
  }
});

for (const mode of ['with the app’s CSP', 'with the CSP bypassed'] as const) {
  test.describe(mode, () => {
    test.use({ bypassCSP: mode === 'with the CSP bypassed' });

    test('the guard is live: payloads injected as HTML on purpose are caught', async ({ app, context, server }) => {
      const guard = await installGuard(context, server.url);
      const page = await app.launch();
      await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
      const injected = ['img-onerror', 'img-remote', 'img-alert', 'script-fetch']
        .map((name) => HOSTILE_PAYLOADS.find((p) => p.name === name)!.text)
        .join('');
      // What a renderer bug would do: article text parsed as HTML (innerHTML runs no <script>, so that one is appended).
      await page.evaluate((html) => {
        const box = document.createElement('div');
        box.innerHTML = html;
        document.body.append(box);
        const script = document.createElement('script');
        script.textContent = box.querySelector('script')?.textContent ?? '';
        document.body.append(script);
      }, injected);
      if (mode === 'with the CSP bypassed') {
        await expect.poll(() => page.evaluate((canary) => (window as unknown as Record<string, unknown>)[canary], CANARY_GLOBAL)).toBeTruthy();
        await expect.poll(() => guard.requests.join('\n')).toContain('(payload img-remote)');
        await expect.poll(() => guard.requests.join('\n')).toContain('(payload script-fetch)');
        await expect.poll(() => guard.dialogs).toEqual(['alert: img-alert']);
      } else {
        await expect
          .poll(() => page.evaluate(() => ((window as unknown as { __cspViolations: string[] }).__cspViolations ?? []).map((v) => v.split(' ')[0]).sort()))
          .toEqual(expect.arrayContaining(['img-src', 'script-src-attr', 'script-src-elem']));
      }
      await expect(page.locator('body > div > img')).toHaveCount(3);
      await expectNothingHappened(guard, page, server.url).then(
        () => {
          throw new Error('the guard saw nothing');
        },
        (error: Error) => expect(error.message).toMatch(/canary|CSP|requests|dialogs|elements/u),
      );
      // The CSP's own console reports are expected here, and the 404s of the
      // injected images' own-origin requests: cleared once every image is done.
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('body > div > img')].every((img) => img.complete));
      app.pageErrors.length = 0;
    });

    // One article per payload, in four parts so they run in parallel.
    const PARTS = 4;
    const size = Math.ceil(HOSTILE_PAYLOADS.length / PARTS);
    for (let part = 0; part < PARTS; part++) {
      const names = HOSTILE_PAYLOADS.slice(part * size, (part + 1) * size).map((p) => p.name);
      test(`each payload article shows its text literally and runs nothing (part ${part + 1}: ${names[0]} … ${names[names.length - 1]})`, async ({ app, tmp, context, server }) => {
        const set = await writeHostileSet(tmp);
        const guard = await installGuard(context, server.url);
        const page = await app.launch();
        await openSet(page, app.folderChoices, set.folder);
        await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(set.articles.length + 2);

        for (const a of set.articles.slice(part * size, (part + 1) * size)) {
          await test.step(a.payload.name, async () => {
            const article = await openArticle(page, a.file, a.title, a.lastLine);
            // Exactly the file, line for line; the payload is on screen as written.
            expect(await shownLines(article), `${a.file} as shown`).toEqual(fileLines(a.text));
            const firstLine = a.payload.text.split('\n')[0] as string;
            await expect(article.getByText(firstLine, { exact: true }).first()).toBeVisible();
            await expect(article.getByText(a.lastLine, { exact: true })).toBeVisible();
            // Move over it (for hover handlers), then look for anything active.
            await article.hover();
            await expectPlainViewer(article, `viewer of ${a.file}`);
            await expectInert(page.getByRole('complementary', { name: 'Annotations' }), `annotations panel of ${a.file}`);
          });
        }
        await expectNothingHappened(guard, page, server.url);
        // Nothing was written into the set by reading it.
        expect((await readdir(set.folder)).filter((f) => !f.endsWith('.txt'))).toEqual([]);
      });
    }

    test('all payloads in one article: viewer, tagged passage, annotations panel, Brief view and exported brief stay literal', async ({ app, tmp, context, server }) => {
      test.setTimeout(120_000);
      const set = await writeHostileSet(tmp);
      const guard = await installGuard(context, server.url);
      const page = await app.launch();
      await openSet(page, app.folderChoices, set.folder);

      // The hostile file name: shown as a name, opens like any article.
      const named = await openArticle(page, HOSTILE_FILE_NAME, 'A file whose name is hostile', 'Its name is shown, never parsed.');
      await expect(page.getByRole('main')).toContainText(HOSTILE_FILE_NAME);
      await expectPlainViewer(named, 'viewer of the hostile file name');

      // The article with every payload, under a hostile title.
      const article = await openArticle(page, ALL_PAYLOADS_FILE, ALL_PAYLOADS_TITLE, 'End of all payloads.');
      await expect(articleLink(page, ALL_PAYLOADS_FILE)).toHaveText(ALL_PAYLOADS_TITLE);
      expect(await shownLines(article)).toEqual(fileLines(set.all.text));
      await article.hover();
      await expectPlainViewer(article, 'viewer of all payloads');

      // Tag one passage: from the first payload to the end of the last one.
      const first = HOSTILE_PAYLOADS[0]!.text;
      const lastPayload = HOSTILE_PAYLOADS[HOSTILE_PAYLOADS.length - 1]!.text;
      await selectAndShowToolbar(page, first.split('\n')[0]!, lastPayload.slice(-60));
      const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
      await expectInert(toolbar, 'tag toolbar');
      await toolbar.getByRole('textbox', { name: 'New tag' }).fill(TAG);
      await toolbar.getByRole('textbox', { name: 'New tag' }).press('Enter');
      await expect(article.locator('mark.hl').first()).toBeVisible();

      // The panel shows the quote as text.
      const panel = page.getByRole('complementary', { name: 'Annotations' });
      const quoteButton = panel.getByTitle('Show in the article');
      await expect(quoteButton).toHaveText(set.all.body);
      await expectInert(panel, 'annotations panel');
      await expectPlainViewer(article, 'viewer with the highlight');
      expect(await shownLines(article)).toEqual(fileLines(set.all.text));

      // On disk: the quote is the passage, byte for byte.
      await app.flush();
      const sidecar = await readSidecarFile(set.folder, ALL_PAYLOADS_FILE);
      const { quote, slice } = quoteAndSlice(sidecar.annotations[0]!, await articleCodePoints(set.folder, ALL_PAYLOADS_FILE));
      expect(quote).toBe(set.all.body);
      expect(slice).toBe(set.all.body);

      // The Brief view: heatmap, the cell's quotes, and the brief text.
      await page.getByRole('button', { name: 'Brief', exact: true }).click();
      const brief = page.getByRole('region', { name: 'Brief' });
      await expect(brief.getByRole('table')).toBeVisible();
      // The heatmap names sources by a short label: the title's start, cut with an ellipsis.
      const label = ALL_PAYLOADS_TITLE.slice(0, 20);
      await brief.getByRole('button', { name: `${TAG} in ${label}`, exact: false }).filter({ hasText: '1' }).click();
      const cell = brief.getByRole('region', { name: `Quotes: ${TAG} in ${label}` });
      await expect(cell.getByRole('listitem').getByRole('button')).toHaveText(set.all.body);
      const text = page.getByRole('article', { name: 'Brief text' });
      await expect(text.locator('blockquote')).toHaveCount(1);
      await expectInert(brief, 'Brief view');
      await page.screenshot({ path: `test-results/screens/hostile-brief-${mode === 'with the app’s CSP' ? 'csp' : 'no-csp'}.png` });
      // Literal, as in the article: each line of the quote one paragraph of the blockquote; the title as written.
      // (Soft: a wrong character is reported, and the safety checks below still run.)
      expect.soft(await text.locator('blockquote > p').allTextContents(), 'the quote in the Brief view').toEqual(quoteLines(set.all.body));
      await expect.soft(text, 'the title in the Brief view').toContainText(ALL_PAYLOADS_TITLE);

      // Exported as Markdown: parsed back (CommonMark + GFM), it holds no HTML, no image, no active link, and the same quote.
      const md = path.join(tmp, 'hostile-brief.md');
      app.saveChoices.push(md);
      await page.getByRole('button', { name: 'Export brief' }).click();
      await expect(page.getByRole('status')).toContainText('hostile-brief.md');
      const tree = parseMarkdown(await readFile(md, 'utf8'));
      expect.soft(activeMarkdown(tree), 'markup in the exported brief').toEqual([]);
      const blockquotes = [...walk(tree)].filter((n): n is Blockquote => n.type === 'blockquote');
      expect(blockquotes).toHaveLength(1);
      expect.soft(blockquotes[0]!.children.map((c) => mdastToString(c)), 'the quote in the exported brief').toEqual(quoteLines(set.all.body));
      const headings = [...walk(tree)].filter((n) => n.type === 'heading').map((n) => mdastToString(n));
      expect.soft(headings.filter((h) => h.includes(ALL_PAYLOADS_TITLE)), 'headings with the title, in the exported brief').not.toEqual([]);

      // As CSV: the quote is one cell, exactly the passage, with a leading ' where it starts like a formula.
      const csv = path.join(tmp, 'hostile-brief.csv');
      app.saveChoices.push(csv);
      await page.getByRole('button', { name: 'Export brief' }).click();
      await expect(page.getByRole('status')).toContainText('hostile-brief.csv');
      const rows = parseCsv(await readFile(csv, 'utf8'), { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(1);
      expect(set.all.body).toMatch(/^=/u); // the corpus starts with a spreadsheet formula
      expect(rows[0]!['quote']).toBe(`'${set.all.body}`);
      expect(rows[0]!['title']).toBe(ALL_PAYLOADS_TITLE);

      await expectNothingHappened(guard, page, server.url);
    });
  });
}

// ---------------------------------------------------------------------------
// The corpus imported: every payload as an .html file, and the Markdown ones
// also as .md, dropped on the window in one batch (the real import path:
// renderer → importArticleFiles → converters → new articles), then each
// imported article opened. With the CSP bypassed: the import must be safe on
// its own, since an HTML or Markdown source is parsed in the core, never by
// the browser.

/** Payloads written in Markdown (links, images, raw HTML, fences): also imported as .md. */
const isMarkdownShaped = (payload: (typeof HOSTILE_PAYLOADS)[number]) => /^(md-|marktext-|backslash-)/u.test(payload.name);

interface ImportedPayload {
  payload: (typeof HOSTILE_PAYLOADS)[number];
  source: string;
  bytes: string;
  /** The article the import must make of it. */
  file: string;
  title: string;
  lastLine: string;
}

/**
 * A payload inside a real article (seed 003's paragraphs, so that Readability
 * takes it for one and runs over the payload), saved as Chrome saves a page
 * as a single file: a web archive whose page is quoted-printable, with a
 * picture part beside it.
 */
function webArchiveOf(title: string, payload: string): string {
  const seed = readFileSync(path.join(SEEDS_DIR, '003_8d5387ac8c00ce0b.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '').slice(8);
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${l.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><meta property="og:title" content="${title}"></head><body><article><h1>${title}</h1>\n${paragraphs(seed.slice(0, 10))}\n${payload}\n${paragraphs(seed.slice(10, 20))}</article></body></html>`;
  const qp = quotedPrintable(Buffer.from(html, 'utf8'));
  const boundary = '----MultipartBoundary--hostile----';
  return [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://news.example/hostile',
    'Subject: hostile',
    'Date: Thu, 3 Dec 2026 10:00:00 -0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://news.example/hostile',
    '',
    qp,
    `--${boundary}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: http://canary.invalid/pixel.png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** RFC 2045 quoted-printable, lines of at most 76 characters, as Chrome writes it. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  for (const byte of bytes) {
    const char = byte === 0x0a ? '\n' : byte >= 0x21 && byte <= 0x7e && byte !== 0x3d ? String.fromCharCode(byte) : byte === 0x20 ? ' ' : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (char === '\n') {
      lines.push(line.endsWith(' ') ? `${line.slice(0, -1)}=20` : line);
      line = '';
      continue;
    }
    if (line.length + char.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += char;
  }
  lines.push(line);
  return lines.join('\r\n');
}

function hostileSources(): ImportedPayload[] {
  const html: ImportedPayload[] = [];
  const md: ImportedPayload[] = [];
  const mhtml: ImportedPayload[] = [];
  HOSTILE_PAYLOADS.forEach((payload, i) => {
    // The heading becomes the imported document's <title> and <h1>, and so its title.
    const { heading: title, lastLine } = articleOf(payload, i);
    const stem = title.replace(':', '');
    html.push({
      payload,
      source: `hostile-${String(i + 1).padStart(3, '0')}.html`,
      bytes: `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>\n${payload.text}\n<p>${lastLine}</p></body></html>\n`,
      file: `${stem}.txt`,
      title,
      lastLine,
    });
    if (isMarkdownShaped(payload)) {
      md.push({ payload, source: `hostile-${String(i + 1).padStart(3, '0')}.md`, bytes: `# ${title}\n\n${payload.text}\n\n${lastLine}\n`, file: `${stem} (2).txt`, title, lastLine });
    }
    mhtml.push({
      payload,
      source: `hostile-${String(i + 1).padStart(3, '0')}.mhtml`,
      bytes: webArchiveOf(title, payload.text),
      file: `${stem} (${isMarkdownShaped(payload) ? 3 : 2}).txt`,
      title,
      lastLine,
    });
  });
  return [...html, ...md, ...mhtml];
}

/**
 * HTML payloads that leave open an element whose content is dropped (an
 * unclosed <script> or <style>, <noscript>, or a <style> inside SVG/MathML,
 * where the tokenizer, unlike a browser, sees no end to it): what follows,
 * the last line included, is dropped with it. Text lost, nothing run: the
 * mXSS payloads are built to confuse parsers, and the converter errs on the
 * side of dropping.
 */
const SWALLOWS_THE_REST_AS_HTML = new Set(['script-unclosed', 'marktext-cve-2021-29996', 'svg-style-mxss', 'math-mglyph-style', 'math-form-nesting', 'noscript-mxss']);

test.describe('the corpus imported', () => {
  test.use({ bypassCSP: true });

  test('every payload imported as HTML, as a web archive inside a real article (and as Markdown) by drop, then viewed: shown as text, nothing runs or loads', async ({ app, tmp, context, server }) => {
    test.setTimeout(480_000);
    const folder = path.join(tmp, 'Imported hostile set');
    await mkdir(folder, { recursive: true });
    const sources = hostileSources();
    const guard = await installGuard(context, server.url);
    const page = await app.launch();
    await openSet(page, app.folderChoices, folder);

    expect(await dropFiles(page, sources.map((s) => ({ name: s.source, bytes: s.bytes })))).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: `Imported ${sources.length} articles` })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('alert')).toHaveText('');
    // Every web archive went through Readability: its article was found around the payload.
    const notice = (await page.getByRole('status').filter({ hasText: `Imported ${sources.length} articles` }).textContent()) ?? '';
    expect(sources.filter((s) => s.source.endsWith('.mhtml') && !notice.includes(`${s.source}: its article`)).map((s) => s.payload.name)).toEqual([]);
    expect((await readdir(folder)).filter((f) => f.endsWith('.txt')).sort()).toEqual(sources.map((s) => s.file).sort());

    const swallowed: string[] = [];
    for (const s of sources) {
      await test.step(s.source, async () => {
        await articleLink(page, s.file).click();
        const article = page.getByRole('article', { name: s.title, exact: true });
        await expect(article.locator('.article-text p').first()).toHaveText(s.title);
        const text = (await readFile(path.join(folder, s.file), 'utf8')).replace(/\n$/u, '');
        // The viewer shows the article file, line for line.
        await expect(article.locator('.article-text p')).toHaveCount(text.split('\n').length + 1);
        // In a web archive the payload sits inside an article, which Readability trims as it does any page.
        if (!s.source.endsWith('.mhtml') && !text.endsWith(s.lastLine)) swallowed.push(s.source.endsWith('.md') ? `${s.payload.name}.md` : s.payload.name);
        await article.hover();
        await expectPlainViewer(article, `viewer of ${s.file}`);
      });
    }
    // Markdown keeps the last line always; HTML only loses it after a raw-text element left open.
    expect(swallowed.filter((name) => !SWALLOWS_THE_REST_AS_HTML.has(name)), 'articles missing their last line').toEqual([]);
    await expectNothingHappened(guard, page, server.url);
    // Nothing but articles and their sidecars was written.
    expect((await readdir(folder)).filter((f) => !f.endsWith('.txt') && !f.endsWith('.annotations.json'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Files the app must refuse, or open safely

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

test('binary, non-UTF-8, oversize and empty files are refused or opened safely, each with a clear message', async ({ app, tmp, context, server }) => {
  const folder = path.join(tmp, 'Refused');
  await mkdir(folder, { recursive: true });
  // A PNG renamed .txt: NUL bytes.
  await writeFile(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // Latin-1, not UTF-8 ("Café" with a lone 0xE9), and a truncated UTF-8 sequence.
  await writeFile(path.join(folder, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\nprix: 3 '), Buffer.from([0xe2, 0x82])]));
  // One byte over the limit, written sparse: no 20 MiB of writing.
  const huge = await open(path.join(folder, 'huge.txt'), 'w');
  await huge.truncate(MAX_ARTICLE_BYTES + 1);
  await huge.close();
  await writeFile(path.join(folder, 'empty.txt'), '');
  await writeFile(path.join(folder, 'fine.txt'), 'A fine article\n\nIt opens.\n');
  const before = new Map(await Promise.all((await readdir(folder)).map(async (f) => [f, await sha256(path.join(folder, f))] as const)));

  const guard = await installGuard(context, server.url);
  const page = await app.launch();
  await openSet(page, app.folderChoices, folder);
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(5);

  const limit = `${MAX_ARTICLE_BYTES / (1024 * 1024)} MiB`;
  const refused: [file: string, message: string][] = [
    ['binary.txt', 'binary.txt contains NUL bytes: it looks like a binary file, not text.'],
    ['latin1.txt', 'latin1.txt is not valid UTF-8 text. Save it as UTF-8 and reopen the set.'],
    ['huge.txt', `huge.txt is larger than ${limit}; articles that large are not supported.`],
  ];
  for (const [file, message] of refused) {
    await test.step(file, async () => {
      // Listed under its file name, with the problem beside it…
      const link = articleLink(page, file);
      await expect(link).toHaveText(file);
      await expect(link).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u'));
      // …and opening it shows the problem instead of an article.
      await link.click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(message);
      await expect(page.getByRole('article')).toHaveCount(0);
      await expect(page.locator('.article-text')).toHaveCount(0);
    });
  }

  await test.step('empty.txt', async () => {
    // An empty file is a valid, empty article: it opens, titled by its file name, with no text and no error.
    const article = await openArticle(page, 'empty.txt', 'empty.txt', '');
    expect(await shownLines(article)).toEqual(['']);
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('empty.txt');
  });

  await test.step('a good article of the same set still opens', async () => {
    const article = await openArticle(page, 'fine.txt', 'A fine article', 'It opens.');
    expect(await shownLines(article)).toEqual(fileLines('A fine article\n\nIt opens.\n'));
  });

  await test.step('the Brief view names the unreadable file instead of silently leaving a source out', async () => {
    await page.getByRole('button', { name: 'Brief', exact: true }).click();
    const problem = page.getByRole('alert').filter({ hasText: /binary\.txt|latin1\.txt|huge\.txt/u });
    const brief = page.getByRole('region', { name: 'Brief' });
    await expect(problem.or(brief.getByText(/binary\.txt|latin1\.txt|huge\.txt/u)).first()).toBeVisible();
  });

  await expectNothingHappened(guard, page, server.url);
  // Refused files, and every other file, are left exactly as they were; no sidecar was created.
  const after = new Map(await Promise.all((await readdir(folder)).map(async (f) => [f, await sha256(path.join(folder, f))] as const)));
  expect(after).toEqual(before);
});

/** A 2 MB article without a single line break (so its title, the first line, is 2 MB too), ending in a payload. */
async function writeLongLineSet(root: string): Promise<{ folder: string; line: string }> {
  const folder = path.join(root, 'Long line');
  await mkdir(folder, { recursive: true });
  const words = 'The commission met again <b>in spring</b> & agreed on nothing; ';
  const end = ` END-OF-LINE <img src=x onerror="window.${CANARY_GLOBAL}='2mb-line'">`;
  const line = words.repeat(Math.ceil((2 * 1024 * 1024 - end.length) / words.length)) + end;
  expect(Buffer.byteLength(line)).toBeGreaterThanOrEqual(2 * 1024 * 1024);
  await writeFile(path.join(folder, 'long-line.txt'), line);
  await writeFile(path.join(folder, 'a-short.txt'), 'A short article\n\nNothing more.\n');
  return { folder, line };
}

/** Tags "END-OF-LINE" at the end of the long line with a new tag "Long". */
async function tagEndOfLine(page: Page): Promise<void> {
  await dragSelect(page, 'END-OF-LINE');
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await toolbar.getByRole('textbox', { name: 'New tag' }).fill('Long');
  await toolbar.getByRole('textbox', { name: 'New tag' }).press('Enter');
  await expect(page.locator('mark.hl')).toHaveText(['END-OF-LINE']);
}

test.describe('a 2 MB article on one line', () => {
  test('opens, shows the whole line, and the app stays responsive', async ({ app, tmp, context, server }) => {
    const { folder, line } = await writeLongLineSet(tmp);

    const guard = await installGuard(context, server.url);
    const page = await app.launch();
    let t = performance.now();
    await openSet(page, app.folderChoices, folder);
    // The set opens on its first article, the short one; listing the set reads the long one too.
    await expect(page.getByRole('article', { name: 'A short article' })).toBeVisible();
    const openSetMs = performance.now() - t;

    const started = performance.now();
    await articleLink(page, 'long-line.txt').click();
    const text = page.locator('.article-text');
    await expect(text).toContainText('END-OF-LINE', { timeout: 30_000 });
    const openMs = performance.now() - started;

    // The whole line, once, as one paragraph.
    const shown = await text.evaluate((root) => ({ paragraphs: root.querySelectorAll('p').length, length: root.textContent?.length ?? 0, tail: root.textContent?.slice(-200) }));
    expect(shown).toEqual({ paragraphs: 1, length: line.length, tail: line.slice(-200) });

    // Responsive: a round trip to the page, a frame, and switching articles and views.
    const probe = async () => {
      const t = performance.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      return performance.now() - t;
    };
    const frameMs = await probe();
    t = performance.now();
    await text.evaluate((root) => root.lastElementChild?.scrollIntoView({ block: 'end' }));
    await expect(page.getByRole('article').getByText(/END-OF-LINE/u)).toBeVisible();
    const scrollMs = performance.now() - t;
    t = performance.now();
    await openArticle(page, 'a-short.txt', 'A short article', 'Nothing more.');
    await expect(page.locator('.article-text')).not.toContainText('END-OF-LINE');
    const switchMs = performance.now() - t;
    t = performance.now();
    await articleLink(page, 'long-line.txt').click();
    await expect(text).toContainText('END-OF-LINE', { timeout: 30_000 });
    // The text is in the DOM before the frame that lays the 2 MB line out and paints it (on a busy machine, about a
    // second of that frame): that frame belongs to showing it, and the probe times the frame after it.
    await probe();
    const reopenMs = performance.now() - t;
    const frameAfterMs = await probe();
    // Tagging a passage of the line rebuilds that one (2 MB) paragraph.
    t = performance.now();
    await tagEndOfLine(page);
    await probe();
    const tagMs = performance.now() - t;
    const frameAfterTagMs = await probe();

    const timings = { openSetMs, openMs, frameMs, scrollMs, switchMs, reopenMs, frameAfterMs, tagMs, frameAfterTagMs };
    const rounded = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));
    console.log(`2 MB single-line article: ${JSON.stringify(rounded)}`);
    test.info().annotations.push({ type: 'timing', description: JSON.stringify(rounded) });
    expect(openMs, 'opening a 2 MB line').toBeLessThan(15_000);
    expect(frameAfterMs, 'a frame after opening').toBeLessThan(1_000);
    expect(tagMs, 'tagging a passage of the 2 MB line').toBeLessThan(15_000);
    expect(frameAfterTagMs, 'a frame after tagging').toBeLessThan(1_000);

    await expectPlainViewer(page.getByRole('article'), 'viewer of the 2 MB line');
    await expectNothingHappened(guard, page, server.url);
  });

  // The title derived from a 2 MB line used to be the whole line, in the list, the scope and the brief:
  // the Brief view blocked the page for long. Titles from the text are cut to 500 code points.
  test('the Brief view of a set with a 2 MB one-line article shows within 10 s', async ({ app, tmp, context, server }) => {
    const { folder } = await writeLongLineSet(tmp);
    const guard = await installGuard(context, server.url);
    const page = await app.launch();
    await openSet(page, app.folderChoices, folder);
    await articleLink(page, 'long-line.txt').click();
    await expect(page.locator('.article-text')).toContainText('END-OF-LINE', { timeout: 30_000 });
    await tagEndOfLine(page);
    await expectNothingHappened(guard, page, server.url);
    const started = performance.now();
    await page.getByRole('button', { name: 'Brief', exact: true }).click();
    // Timed from here, not by the page: while the page is blocked, Playwright's own wait cannot time out.
    const shown = expect(page.getByRole('region', { name: 'Brief' }).getByRole('button', { name: /^Long in .*: 1 claim$/u })).toBeVisible({ timeout: 60_000 });
    shown.catch(() => undefined); // still pending when the page is closed after a timeout
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), 10_000)));
    const outcome = await Promise.race([shown.then(() => 'shown' as const), budget]);
    clearTimeout(timer);
    test.info().annotations.push({ type: 'timing', description: `Brief view: ${outcome === 'shown' ? `${Math.round(performance.now() - started)} ms` : 'not shown after 10 s'}` });
    expect(outcome, 'the Brief view within 10 s').toBe('shown');
    await expectInert(page.getByRole('region', { name: 'Brief' }), 'Brief view of the 2 MB line');
  });

  // The details form is pre-filled with the derived title; it used to send it back always, and the API
  // refuses titles over 500 characters. It now sends the title only when the analyst changed it.
  test('Edit details of an article whose first line is over 500 characters saves the outlet', async ({ app, tmp }) => {
    const folder = path.join(tmp, 'Long title');
    await mkdir(folder, { recursive: true });
    const firstLine = 'A first paragraph with no headline before it, as plain-text copies of articles often have. '.repeat(7).trim();
    expect(firstLine.length).toBeGreaterThan(500);
    await writeFile(path.join(folder, 'no-headline.txt'), `${firstLine}\nSecond paragraph.\n`);
    const page = await app.launch();
    await openSet(page, app.folderChoices, folder);
    await openArticle(page, 'no-headline.txt', articleTitle(undefined, firstLine, 'no-headline.txt'), 'Second paragraph.');
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('textbox', { name: 'Outlet' }).fill('Example Times');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('main')).toContainText('Example Times');
    await expect(page.getByRole('alert')).toHaveText('', { timeout: 2_000 });
    await app.flush();
    expect((await readSidecarFile(folder, 'no-headline.txt')).article.source).toBe('Example Times');
  });
});
