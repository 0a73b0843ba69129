/** The `import` command, run as the built CLI on real files. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { samplePdf } from '../import/formats/sample-files';
import { parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { runCli } from './test-support';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-cli-import-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

it('imports each file as an article with its metadata, reports refusals, and exits 1 when one was refused', async () => {
  const set = path.join(root, 'Set');
  await mkdir(set);
  await writeFile(path.join(root, 'page.html'), '<title>A page</title><meta name="author" content="Ann Lee"><p>Text of the page.</p><script>x()</script>');
  await writeFile(path.join(root, 'paper.pdf'), samplePdf({ pages: [['Text of the paper.']], title: 'A paper' }));
  await writeFile(path.join(root, 'blob.txt'), Buffer.from([1, 0, 2]));

  const run = runCli(root, ['import', set, 'page.html', 'paper.pdf', 'blob.txt']);
  expect(run.stdout).toBe('imported  page.html -> A page.txt (the whole page)\nimported  paper.pdf -> A paper.txt\n');
  expect(run.stderr).toBe('refused   blob.txt: the file contains NUL bytes: it looks like a binary file, not text.\n');
  expect(run.status).toBe(1);
  expect((await readdir(set)).sort()).toEqual(['A page.txt', 'A page.txt.annotations.json', 'A paper.txt', 'A paper.txt.annotations.json']);
  expect(await readFile(path.join(set, 'A page.txt'), 'utf8')).toBe('Text of the page.\n');
  const name = sidecarNameFor('A page.txt');
  expect(parseSidecar(await readFile(path.join(set, name), 'utf8'), name).article).toMatchObject({ title: 'A page', author: 'Ann Lee' });

  const json = runCli(root, ['import', '--json', set, 'page.html']);
  expect(json.status).toBe(0);
  expect(JSON.parse(json.stdout)).toEqual({ items: [{ source: 'page.html', ok: true, file: 'A page (2).txt', title: 'A page', format: 'html', extraction: 'page' }] });
});

it('takes a saved page as its article, or --whole-page; places a Hypothesis export, reporting what it cannot place', async () => {
  const set = path.join(root, 'Web');
  await mkdir(set);
  const pages = fileURLToPath(new URL('../import/formats/fixtures/web-pages/', import.meta.url));
  const file = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the';
  const run = runCli(root, ['import', set, path.join(pages, 'euronews-003.html'), path.join(pages, 'hypothesis-export.json')]);
  expect(run.stdout).toBe(`imported  euronews-003.html -> ${file}.txt (its article)\nimported  hypothesis-export.json -> 4 annotations in ${file}.txt\n`);
  expect(run.stderr.split('\n').filter(Boolean).map((line) => line.slice(0, 56))).toEqual([
    'unplaced  hypothesis-export.json: Hx007aBcDeFgHiJk "": a',
    'unplaced  hypothesis-export.json: Hx009aBcDeFgHiJk "Zang',
    'unplaced  hypothesis-export.json: Hx005aBcDeFgHiJk "Zang',
    'unplaced  hypothesis-export.json: Hx006aBcDeFgHiJk "in p',
  ]);
  expect(run.status).toBe(1);
  expect(await readFile(path.join(set, `${file}.txt`), 'utf8')).not.toContain('Logo Pasino du Havre');

  const whole = runCli(root, ['import', '--whole-page', set, path.join(pages, 'euronews-003.html')]);
  expect(whole.status).toBe(0);
  expect(whole.stdout).toBe(`imported  euronews-003.html -> ${file} (2).txt (the whole page)\n`);
  expect(await readFile(path.join(set, `${file} (2).txt`), 'utf8')).toContain('Logo Pasino du Havre');
});

it('exits 2 on a wrong command line and 1 when the set folder cannot be opened', async () => {
  const usage = runCli(root, ['import', path.join(root, 'x')]);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('missing argument: the files to import');
  const missing = runCli(root, ['import', path.join(root, 'no such folder'), 'a.txt']);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/^error: Could not reopen .*no such folder.*does not exist/u);
});
