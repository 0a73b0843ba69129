/**
 * searchSet and listTagQuotes through the service, as IPC calls them, on
 * real folders: annotations made with createAnnotation, then found.
 */
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallArgs, CallName } from '../api/contract';
import { CodePointIndex } from '../text/code-points';
import { createService, type AnnotatorService } from './service';
import { failure, ipcCall, ok } from './test-support';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_000 = '000_5070c6c1e48426b5.txt';

let root: string;
let service: AnnotatorService;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-nav-')));
});

afterEach(async () => {
  await service?.flush();
  service?.dispose();
  await rm(root, { recursive: true, force: true });
});

async function openSet(articles: Record<string, string>): Promise<string> {
  const folder = path.join(root, 'set');
  await mkdir(folder, { recursive: true });
  for (const [file, text] of Object.entries(articles)) await writeFile(path.join(folder, file), text);
  service = createService({
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'seed'),
    seedsDir: SEEDS_DIR,
    initialSet: folder,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
  });
  await service.start();
  return folder;
}

const call = <K extends CallName>(name: K, args: CallArgs<K>) => ipcCall(service.handlers, name, args);

async function annotate(file: string, text: string, phrase: string, tags: string[], note?: string): Promise<string> {
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(phrase));
  const end = start + Array.from(phrase).length;
  const created = ok(await call('createAnnotation', { file, start, end, exact: phrase, tags, ...(note ? { note } : {}) }));
  return created.annotation.id;
}

describe('searchSet', () => {
  it('finds text, quotes and notes across articles, with code-point offsets into the original text', async () => {
    const a = '🇦🇲 Pashinyan met Aliyev.\nThe Café\u00a0accord was signed.';
    const b = 'Another source: “the cafe accord is fragile.”';
    await openSet({ 'a.txt': a, 'b.txt': b });
    const quoteId = await annotate('b.txt', b, 'the cafe accord is fragile', ['Peace deal'], 'Contrast with Café sources');

    const results = ok(await call('searchSet', { query: 'CAFÉ ACCORD' }));
    expect(results.articles.map((g) => g.file)).toEqual(['a.txt', 'b.txt']);
    const [inA] = results.articles[0]!.hits;
    expect(inA).toMatchObject({ kind: 'text' });
    expect(new CodePointIndex(a).slice(inA!.start, inA!.end)).toBe('Café\u00a0accord');
    expect(results.articles[1]!.hits.map((h) => [h.kind, h.annotationId ?? null])).toEqual([
      ['text', null],
      ['quote', quoteId],
    ]);

    const notes = ok(await call('searchSet', { query: 'contrast with cafe' }));
    expect(notes.articles[0]!.hits).toMatchObject([{ kind: 'note', annotationId: quoteId, start: 0 }]);
  });

  it('sees an annotation made after an earlier search', async () => {
    const text = 'Aliyev said the talks would continue.';
    await openSet({ 'a.txt': text });
    expect(ok(await call('searchSet', { query: 'talks' })).total).toBe(1);
    await annotate('a.txt', text, 'the talks would continue', ['Peace deal']);
    expect(ok(await call('searchSet', { query: 'talks' })).total).toBe(2);
  });

  it('refuses a query longer than 1000 characters, naming the argument', async () => {
    await openSet({ 'a.txt': 'x' });
    expect(failure(await call('searchSet', { query: 'x'.repeat(1001) })).message).toMatch(/query/u);
  });

  it('searches 500 articles fast enough to type into', async () => {
    const seed = await readFile(path.join(SEEDS_DIR, SEED_000), 'utf8');
    const articles: Record<string, string> = {};
    for (let i = 0; i < 500; i++) articles[`article-${String(i).padStart(3, '0')}.txt`] = `Article ${i}\n${seed}`;
    await openSet(articles);
    const first = performance.now();
    const cold = ok(await call('searchSet', { query: 'peace agreement' }));
    const coldMs = performance.now() - first;
    const again = performance.now();
    const warm = ok(await call('searchSet', { query: 'baku' }));
    const warmMs = performance.now() - again;
    console.info(`searchSet over 500 articles (${(seed.length * 500) / 1e6} M chars): first ${coldMs.toFixed(0)} ms, then ${warmMs.toFixed(0)} ms`);
    expect(cold.total).toBeGreaterThanOrEqual(500);
    expect(cold.articles.reduce((n, a) => n + a.hits.length, 0)).toBe(200);
    expect(cold.more).toBe(cold.total - 200);
    expect(warm.total).toBeGreaterThan(0);
    expect(warmMs).toBeLessThan(1000);
  });
});

describe('listTagQuotes', () => {
  it('lists the quotes under a tag and its children from several articles, with their claim fields', async () => {
    const a = 'Russia offered guarantees. Russia also wanted a corridor.';
    const b = 'Security guarantees were not discussed.';
    await openSet({ 'a.txt': a, 'b.txt': b, 'c.txt': 'Nothing tagged.' });
    const id1 = await annotate('a.txt', a, 'Russia offered guarantees', ['Security/Guarantees']);
    await annotate('a.txt', a, 'Russia also wanted a corridor', ['Corridor']);
    const id2 = await annotate('b.txt', b, 'Security guarantees were not discussed', ['Security'], 'Silence matters');
    ok(await call('updateAnnotation', { file: 'b.txt', id: id2, stance: 'disputes', attribution: 'Officials' }));

    const result = ok(await call('listTagQuotes', { tag: 'Security' }));
    expect(result.total).toBe(2);
    expect(result.groups.map((g) => [g.file, g.quotes.map((q) => q.id)])).toEqual([
      ['a.txt', [id1]],
      ['b.txt', [id2]],
    ]);
    expect(result.groups[1]!.quotes[0]).toMatchObject({ stance: 'disputes', attribution: 'Officials', note: 'Silence matters', status: 'exact', start: 0 });
  });
});
