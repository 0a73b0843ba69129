/**
 * Importing into a real set on disk, through the service as IPC calls it:
 * by the file dialog (paths) and by drop (names and bytes).
 */
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../api/contract';
import { sampleDocx, samplePdf } from '../import/formats/sample-files';
import { MAX_SOURCE_BYTES } from '../import/limits';
import { parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { createService, type AnnotatorService } from './service';
import { failure, ipcCall, ipcCallRaw, ok } from './test-support';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

let root: string;
let set: string;
let service: AnnotatorService;
let events: AppEvent[];
let fileChoices: string[][];

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-import-')));
  set = path.join(root, 'Set');
  await mkdir(set);
  await writeFile(path.join(set, 'Talks resume.txt'), 'An article already in the set.\n');
  events = [];
  fileChoices = [];
  service = createService({
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'data', 'Seed set'),
    seedsDir: SEEDS_DIR,
    initialSet: set,
    emit: (event) => events.push(event),
    dialogs: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
      chooseImportFiles: async () => fileChoices.shift() ?? [],
    },
  });
  await service.start();
});

afterEach(async () => {
  service.dispose();
  await rm(root, { recursive: true, force: true });
});

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

async function sidecarArticle(file: string): Promise<Record<string, unknown>> {
  const name = sidecarNameFor(file);
  return parseSidecar(await readFile(path.join(set, name), 'utf8'), name).article;
}

describe('importing articles', () => {
  it('imports dropped files of each format as new .txt articles with their metadata, and reports each refusal', async () => {
    const html = '<html><head><title>Talks resume</title><meta name="author" content="Ann Lee"><script>x()</script></head><body><p>Delegations met.</p></body></html>';
    const files = [
      { name: 'notes.txt', dataBase64: base64('Plain notes.\n') },
      { name: 'story.md', dataBase64: base64('---\ntitle: A story\n---\nOnce upon a time.') },
      { name: 'page.html', dataBase64: base64(html) },
      { name: 'report.docx', dataBase64: base64(await sampleDocx({ paragraphs: ['Word text.'], creator: 'Bo Chan' })) },
      { name: 'paper.pdf', dataBase64: base64(samplePdf({ pages: [['PDF text.']], title: 'A paper' })) },
      { name: 'image.png', dataBase64: base64('not really') },
      { name: 'bad.txt', dataBase64: base64(new Uint8Array([0x61, 0, 0x62])) },
    ];
    const result = ok(await ipcCall(service.handlers, 'importArticleFiles', { files }));
    expect(result.items).toEqual([
      { source: 'notes.txt', ok: true, file: 'notes.txt', title: 'Plain notes.', format: 'txt' },
      { source: 'story.md', ok: true, file: 'A story.txt', title: 'A story', format: 'md' },
      // The set has "Talks resume.txt" already: it is left alone.
      { source: 'page.html', ok: true, file: 'Talks resume (2).txt', title: 'Talks resume', format: 'html', extraction: 'page' },
      { source: 'report.docx', ok: true, file: 'report.txt', title: 'Word text.', format: 'docx' },
      { source: 'paper.pdf', ok: true, file: 'A paper.txt', title: 'A paper', format: 'pdf' },
      { source: 'image.png', ok: false, reason: expect.stringMatching(/^image\.png: "\.png" files are not supported/u) },
      { source: 'bad.txt', ok: false, reason: 'bad.txt: the file contains NUL bytes: it looks like a binary file, not text.' },
    ]);
    expect(await readFile(path.join(set, 'Talks resume.txt'), 'utf8')).toBe('An article already in the set.\n');
    expect(await readFile(path.join(set, 'Talks resume (2).txt'), 'utf8')).toBe('Delegations met.\n');
    expect(await readFile(path.join(set, 'A paper.txt'), 'utf8')).toBe('PDF text.\n');
    expect(await sidecarArticle('Talks resume (2).txt')).toMatchObject({ title: 'Talks resume', author: 'Ann Lee' });
    expect(await sidecarArticle('report.txt')).toMatchObject({ author: 'Bo Chan' });
    expect(await sidecarArticle('report.txt')).not.toHaveProperty('title');
    // No sidecar for an article without metadata; no temporary file left.
    const names = await readdir(set);
    expect(names).not.toContain(sidecarNameFor('notes.txt'));
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
    // The list the call returns has the new articles, titled.
    expect(result.articles.map((a) => [a.file, a.title])).toEqual([
      ['A paper.txt', 'A paper'],
      ['A story.txt', 'A story'],
      ['Talks resume (2).txt', 'Talks resume'],
      ['Talks resume.txt', 'An article already in the set.'],
      ['notes.txt', 'Plain notes.'],
      ['report.txt', 'Word text.'],
    ]);
    const progress = events.filter((e) => e.type === 'importProgress');
    expect(progress.map((e) => [e.done, e.total, e.current ?? null, e.finished])).toEqual([
      ...files.map((f, i) => [i, 7, f.name, false]),
      [7, 7, null, true],
    ]);
  });

  it("imports a saved web page's article, with its address and the day it was saved in the sidecar", async () => {
    const webPages = fileURLToPath(new URL('../import/formats/fixtures/web-pages/', import.meta.url));
    const files = await Promise.all(
      ['euronews-003.mhtml', 'section-front.html'].map(async (name) => ({ name, dataBase64: (await readFile(path.join(webPages, name))).toString('base64') })),
    );
    const result = ok(await ipcCall(service.handlers, 'importArticleFiles', { files }));
    const headline = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the US';
    // The file name is the headline, shortened at a word (article-name.ts).
    const file = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the.txt';
    expect(result.items).toEqual([
      { source: 'euronews-003.mhtml', ok: true, file, title: headline, format: 'mhtml', extraction: 'article' },
      { source: 'section-front.html', ok: true, file: 'South Caucasus Latest news.txt', title: 'South Caucasus | Latest news', format: 'html', extraction: 'page' },
    ]);
    expect(await sidecarArticle(file)).toMatchObject({
      title: headline,
      source: 'euronews',
      published: '2025-08-06',
      url: 'https://www.euronews.com/my-europe/2025/08/06/historic-peace-agreement-between-armenia-and-azerbaijan-might-be-signed-in-the-us',
      accessed: '2026-12-03',
    });
    expect(result.articles.find((a) => a.file === file)).toMatchObject({ accessed: '2026-12-03', source: 'euronews' });
  });

  it('importing the same file twice makes two articles', async () => {
    const files = [{ name: 'same.txt', dataBase64: base64('Same text.\n') }];
    ok(await ipcCall(service.handlers, 'importArticleFiles', { files }));
    const again = ok(await ipcCall(service.handlers, 'importArticleFiles', { files }));
    expect(again.items).toEqual([{ source: 'same.txt', ok: true, file: 'same (2).txt', title: 'Same text.', format: 'txt' }]);
  });

  it('imports the files chosen in the dialog; a cancelled dialog imports nothing', async () => {
    const outside = path.join(root, 'Downloads');
    await mkdir(outside);
    await writeFile(path.join(outside, 'a.md'), '# Chosen\n\nText.');
    await writeFile(path.join(outside, 'empty.html'), '');
    fileChoices.push([path.join(outside, 'a.md'), path.join(outside, 'empty.html'), path.join(outside, 'gone.txt')]);
    const result = ok(await ipcCall(service.handlers, 'importArticles', {}));
    expect(result?.items).toEqual([
      { source: 'a.md', ok: true, file: 'Chosen.txt', title: 'Chosen', format: 'md' },
      { source: 'empty.html', ok: false, reason: 'empty.html: the file is empty.' },
      { source: 'gone.txt', ok: false, reason: expect.stringMatching(/^gone\.txt: cannot be read \(.*ENOENT/u) },
    ]);
    expect(ok(await ipcCall(service.handlers, 'importArticles', {}))).toBeNull();
  });

  it('refuses a chosen file over its limit without reading it', async () => {
    const big = path.join(root, 'big.txt');
    await writeFile(big, '');
    await (await import('node:fs/promises')).truncate(big, MAX_SOURCE_BYTES.txt + 1);
    fileChoices.push([big]);
    const result = ok(await ipcCall(service.handlers, 'importArticles', {}));
    expect(result?.items).toEqual([{ source: 'big.txt', ok: false, reason: 'big.txt: the file is 20.0 MiB, over the 20 MiB limit for .txt files.' }]);
  });

  it('refuses paths as names, bytes that are not base64, and calls with no set open', async () => {
    expect(failure(await ipcCallRaw(service.handlers, 'importArticleFiles', { files: [{ name: '../x.txt', dataBase64: 'eA==' }] })).kind).toBe('invalid-argument');
    expect(failure(await ipcCallRaw(service.handlers, 'importArticleFiles', { files: [{ name: 'x.txt', dataBase64: 'not base64!' }] })).kind).toBe('invalid-argument');
    expect(failure(await ipcCallRaw(service.handlers, 'importArticleFiles', { files: [] })).kind).toBe('invalid-argument');
    ok(await ipcCall(service.handlers, 'closeSet', {}));
    expect(failure(await ipcCall(service.handlers, 'importArticleFiles', { files: [{ name: 'x.txt', dataBase64: 'eA==' }] })).kind).toBe('no-set-open');
    expect(await readdir(set)).toEqual(['Talks resume.txt']);
  });
});
