/**
 * The app's REFI-QDA calls through the service as IPC makes them, on real
 * files: File ▸ Export Project… and Codebook ▸ Export Codebook… write where
 * the save dialog says; a .qdpx or .qdc given to the import (dialog or drop)
 * lands in the open set, the open article and the codebook follow, and a bad
 * archive is refused by name with nothing written.
 */
import { mkdir, mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../api/contract';
import { SEED_FILES } from '../brief/fixtures/seed-set';
import { SEEDS_DIR, writeAnnotatedSeedSet } from './annotated-seed-set';
import { createService, type AnnotatorService } from './service';
import { failure, ipcCall, ipcCallRaw, ok } from './test-support';

let root: string;
let seeds: string;
let events: AppEvent[];
let saveChoices: (string | null)[];
let fileChoices: string[][];
const services: AnnotatorService[] = [];

function serviceOn(folder: string, name: string): Promise<AnnotatorService> {
  const service = createService({
    dataDir: path.join(root, `data-${name}`),
    defaultSetDir: path.join(root, `data-${name}`, 'Seed set'),
    seedsDir: SEEDS_DIR,
    initialSet: folder,
    emit: (event) => events.push(event),
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => saveChoices.shift() ?? null, chooseImportFiles: async () => fileChoices.shift() ?? [] },
  });
  services.push(service);
  return service.start().then(() => service);
}

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-refi-calls-')));
  seeds = path.join(root, 'Seeds');
  await mkdir(seeds);
  await writeAnnotatedSeedSet(seeds);
  events = [];
  saveChoices = [];
  fileChoices = [];
});

afterEach(async () => {
  for (const service of services.splice(0)) service.dispose();
  await rm(root, { recursive: true, force: true });
});

describe('REFI-QDA in the app', () => {
  it('exports the set as a project and its codebook where the dialog says, and imports both into another set', async () => {
    const source = await serviceOn(seeds, 'source');
    const qdpx = path.join(root, 'Seeds.qdpx');
    const qdc = path.join(root, 'Seeds.qdc');
    saveChoices.push(qdpx, qdc);
    const exported = ok(await ipcCall(source.handlers, 'exportProject', {}));
    expect(exported).toMatchObject({ path: qdpx, articles: SEED_FILES.length });
    expect(exported?.annotations).toBeGreaterThan(10);
    const zip = unzipSync(await readFile(qdpx));
    expect(Object.keys(zip)).toContain('project.qde');
    const codebook = ok(await ipcCall(source.handlers, 'exportCodebook', {}));
    expect(codebook?.tags).toBeGreaterThan(0);
    expect(await readFile(qdc, 'utf8')).toContain('<CodeBook');
    // Cancelled dialogs write nothing; an unknown position unit is refused before any dialog.
    expect(ok(await ipcCall(source.handlers, 'exportProject', {}))).toBeNull();
    expect(failure(await ipcCallRaw(source.handlers, 'exportProject', { positions: 'bytes' })).kind).toBe('invalid-argument');

    const empty = path.join(root, 'Empty');
    await mkdir(empty);
    const target = await serviceOn(empty, 'target');
    fileChoices.push([qdpx]);
    const imported = ok(await ipcCall(target.handlers, 'importArticles', {}));
    expect(imported?.items).toEqual([]);
    expect(imported?.refi?.[0]?.kind).toBe('project');
    expect(imported?.articles.map((a) => a.file).sort()).toEqual([...SEED_FILES].sort());
    for (const file of SEED_FILES) expect(await readFile(path.join(empty, file))).toEqual(await readFile(path.join(seeds, file)));
    // The service's view follows: the articles open with their annotations, the codebook has the tags.
    const article = ok(await ipcCall(target.handlers, 'openArticle', { file: SEED_FILES[0] as string }));
    expect(article.annotations.length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'importProgress' && e.finished)).toBe(true);
    // Undo takes the import's annotations and tags back out (the articles stay); redo puts them back.
    const tagCount = ok(await ipcCall(target.handlers, 'getCodebook', {})).length;
    expect(ok(await ipcCall(target.handlers, 'undo', {}))?.label).toBe('Import Seeds.qdpx');
    expect(ok(await ipcCall(target.handlers, 'openArticle', { file: SEED_FILES[0] as string })).annotations).toEqual([]);
    expect(ok(await ipcCall(target.handlers, 'getCodebook', {}))).toEqual([]);
    ok(await ipcCall(target.handlers, 'redo', {}));
    expect(ok(await ipcCall(target.handlers, 'openArticle', { file: SEED_FILES[0] as string })).annotations).toHaveLength(article.annotations.length);
    expect(ok(await ipcCall(target.handlers, 'getCodebook', {}))).toHaveLength(tagCount);

    fileChoices.push([qdc]);
    const again = ok(await ipcCall(target.handlers, 'importCodebook', {}));
    expect(again?.refi?.[0]).toMatchObject({ kind: 'codebook', report: { addedTags: [] } });
  });

  it('takes a dropped .qdpx, and refuses a bad archive by name, writing nothing', async () => {
    const source = await serviceOn(seeds, 'source');
    const qdpx = path.join(root, 'Seeds.qdpx');
    saveChoices.push(qdpx);
    ok(await ipcCall(source.handlers, 'exportProject', { positions: 'utf16' }));
    const empty = path.join(root, 'Dropped');
    await mkdir(empty);
    const target = await serviceOn(empty, 'target');
    const broken = ok(await ipcCall(target.handlers, 'importArticleFiles', { files: [{ name: 'broken.qdpx', dataBase64: Buffer.from('not a zip').toString('base64') }] }));
    expect(broken.items).toEqual([{ source: 'broken.qdpx', ok: false, reason: expect.stringMatching(/^broken\.qdpx: .*nothing was imported/u) as unknown as string }]);
    expect(await readdir(empty)).toEqual([]);
    const dropped = ok(await ipcCall(target.handlers, 'importArticleFiles', { files: [{ name: 'Seeds.qdpx', dataBase64: (await readFile(qdpx)).toString('base64') }] }));
    expect(dropped.refi?.[0]?.kind).toBe('project');
    expect(dropped.articles).toHaveLength(SEED_FILES.length);
  });
});
