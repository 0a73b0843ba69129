/**
 * A Hypothesis export imported into a real set, through the service as the
 * app calls it: the saved page and the export dropped together (the page
 * becomes an article with its address, then the annotations find it), by the
 * file dialog, and again (nothing added twice). The export is
 * fixtures/web-pages/hypothesis-export.json: highlights on the Euronews page
 * with quotes and context taken from the page's text as a browser has it.
 */
import { mkdir, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationsImport, ImportResult } from '../import/types';
import { noteOf, quoteSelectorOf, tagsOf } from '../model/annotation';
import { parseSidecar, sidecarNameFor } from '../sidecar/schema';
import type { AnnotatorService } from './service';
import { ipcCall, ok, testService } from './test-support';

const WEB_PAGES = fileURLToPath(new URL('../import/formats/fixtures/web-pages/', import.meta.url));
const ARTICLE = 'Historic peace agreement between Armenia and Azerbaijan might be signed in the.txt';

let root: string;
let set: string;
let service: AnnotatorService;
let fileChoices: string[][];

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-hypothesis-')));
  set = path.join(root, 'Set');
  await mkdir(set);
  fileChoices = [];
  service = testService(root, {
    initialSet: set,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null, chooseImportFiles: async () => fileChoices.shift() ?? [] },
  });
  await service.start();
});

afterEach(async () => {
  service.dispose();
  await rm(root, { recursive: true, force: true });
});

const dropped = async (...names: string[]) =>
  Promise.all(names.map(async (name) => ({ name, dataBase64: (await readFile(path.join(WEB_PAGES, name))).toString('base64') })));

function annotationsOf(result: ImportResult): AnnotationsImport {
  const item = result.items.find((i) => 'annotations' in i);
  if (!item || !('annotations' in item)) throw new Error(`no annotations item in ${JSON.stringify(result.items)}`);
  return item.annotations;
}

async function storedAnnotations() {
  const name = sidecarNameFor(ARTICLE);
  return parseSidecar(await readFile(path.join(set, name), 'utf8'), name).annotations;
}

describe('importing a Hypothesis export', () => {
  it('places each annotation by its quote in the article with its address, and reports the rest with the reason', async () => {
    // The export listed first: articles are imported first all the same.
    const result = ok(await ipcCall(service.handlers, 'importArticleFiles', { files: await dropped('hypothesis-export.json', 'euronews-003.mhtml') }));
    expect(result.items[0]).toMatchObject({ source: 'euronews-003.mhtml', file: ARTICLE, extraction: 'article' });
    const imported = annotationsOf(result);
    expect(imported).toMatchObject({ added: 4, alreadyThere: 0, replies: 1, articles: [ARTICLE] });
    expect(imported.unmatched.map((u) => [u.id, u.reason])).toEqual([
      ['Hx007aBcDeFgHiJk', 'a page note, with no quote to place'],
      ['Hx009aBcDeFgHiJk', 'no article of the set has its address (https://news.example/other)'],
      ['Hx005aBcDeFgHiJk', `its quote appears 5 times and its context does not tell which (${ARTICLE})`],
      ['Hx006aBcDeFgHiJk', `its quote is not in the article (${ARTICLE})`],
    ]);

    const text = await readFile(path.join(set, ARTICLE), 'utf8');
    const stored = await storedAnnotations();
    const placed = stored.map((a) => ({ via: a['via'], exact: quoteSelectorOf(a)?.exact, tags: tagsOf(a), note: noteOf(a) }));
    expect(placed).toEqual([
      {
        via: 'https://hypothes.is/a/Hx001aBcDeFgHiJk',
        exact: 'The critical issue on the peace talks agenda is the Zangezur Corridor —\u00a0a proposed transport route designed to connect A',
        tags: ['Zangezur corridor'],
        note: 'The crux of the talks.',
      },
      // Across paragraphs: the article's own text, one newline between them.
      {
        via: 'https://hypothes.is/a/Hx002aBcDeFgHiJk',
        exact: "far from Moscow, with both\u00a0former Soviet\u00a0South Caucasus countries distancing themselves from Russia and the Kremlin's influence.\nHolding a meeting",
        tags: ['Russia'],
        note: '',
      },
      { via: 'https://hypothes.is/a/Hx003aBcDeFgHiJk', exact: 'Two people died during the raid', tags: ['Casualties'], note: '' },
      { via: 'https://hypothes.is/a/Hx004aBcDeFgHiJk', exact: 'Zangezur Corridor', tags: ['Zangezur corridor'], note: '' },
    ]);
    // Each where its quote is in the text; the repeated phrase at the occurrence its context names.
    for (const annotation of stored) {
      const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number };
      expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quoteSelectorOf(annotation)?.exact);
    }
    const corridor = stored[3]!.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number };
    expect(Array.from(text).slice(corridor.start - 'For Yerevan, the, the '.length, corridor.start).join('')).toBe('For Yerevan, the, the ');
  });

  it('adds nothing twice: a second import of the export finds its annotations there', async () => {
    ok(await ipcCall(service.handlers, 'importArticleFiles', { files: await dropped('euronews-003.mhtml') }));
    fileChoices.push([path.join(WEB_PAGES, 'hypothesis-export.json')]);
    const first = annotationsOf(ok(await ipcCall(service.handlers, 'importArticles', {}))!);
    expect(first.added).toBe(4);
    fileChoices.push([path.join(WEB_PAGES, 'hypothesis-export.json')]);
    const again = annotationsOf(ok(await ipcCall(service.handlers, 'importArticles', {}))!);
    expect(again).toMatchObject({ added: 0, alreadyThere: 4, articles: [] });
    expect(await storedAnnotations()).toHaveLength(4);
  });

  it('refuses a file that is no Hypothesis export, naming it, and imports nothing from it', async () => {
    const files = [
      { name: 'notes.json', dataBase64: Buffer.from('{"title": "not annotations"}').toString('base64') },
      { name: 'broken.json', dataBase64: Buffer.from('[{"id": "x"').toString('base64') },
      { name: 'odd.json', dataBase64: Buffer.from('[{"id": "x", "uri": 5}]').toString('base64') },
    ];
    const result = ok(await ipcCall(service.handlers, 'importArticleFiles', { files }));
    expect(result.items).toEqual([
      { source: 'notes.json', ok: false, reason: 'notes.json: this is not a Hypothesis export (a list of annotations, or an object with "annotations" or "rows").' },
      { source: 'broken.json', ok: false, reason: expect.stringMatching(/^broken\.json: this is not JSON \(/u) },
      { source: 'odd.json', ok: false, reason: expect.stringMatching(/^odd\.json: annotation 1 is not a Hypothesis annotation \(uri: /u) },
    ]);
  });
});
