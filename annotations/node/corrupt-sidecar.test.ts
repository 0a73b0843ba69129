/**
 * Corrupt or foreign sidecars through the real service on real temporary
 * folders, called as Electron's IPC calls it (through `dispatch`): the set and
 * the article open, the article is read-only for annotations with a reason
 * that names the sidecar and the problem, every change is refused, the brief
 * is refused and writes nothing, and the sidecar keeps its bytes and mtime.
 *
 * The same cases at the parser are in sidecar/corrupt.test.ts, and through the
 * command line in cli/corrupt.test.ts.
 */
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, CallArgs, CallName, CallResults } from '../api/contract';
import { describeRange } from '../anchoring/describe';
import { createAnnotation } from '../model/annotation';
import { emptySidecar, serializeSidecar, sidecarNameFor, type Sidecar } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { sha256Hex } from './files';
import { createService, type AnnotatorService } from './service';
import { failure, ipcCall, ok } from './test-support';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const NOW = new Date('2025-08-07T10:20:30.000Z');
const MiB = 1024 * 1024;

const ARTICLE = '007.txt';
const SIDECAR = sidecarNameFor(ARTICLE);
const TEXT = 'Peace talks 😀\nThe leaders of Azerbaijan and Armenia are set to meet Donald Trump for a peace summit.\n';
/** A time the sidecar's mtime is set to, so that any rewrite (even of the same bytes) shows. */
const OLD_MTIME = new Date('2020-01-02T03:04:05.000Z');

// ---- Helpers (as in service.test.ts) ----

interface Harness {
  service: AnnotatorService;
  /** Answers of the save dialog, taken in order (null = cancelled). */
  saveChoices: (string | null)[];
}

let root: string;
const services: AnnotatorService[] = [];

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-corrupt-')));
});

afterEach(async () => {
  for (const service of services.splice(0)) {
    await service.flush();
    service.dispose();
  }
  await rm(root, { recursive: true, force: true });
});

async function makeService(initialSet: string): Promise<Harness> {
  const dataDir = path.join(root, 'data');
  const saveChoices: (string | null)[] = [];
  const service = createService({
    dataDir,
    defaultSetDir: path.join(dataDir, 'Seed set'),
    seedsDir: SEEDS_DIR,
    initialSet,
    dialogs: {
      chooseFolder: async () => {
        throw new Error('unexpected folder dialog');
      },
      chooseSaveFile: async () => {
        if (saveChoices.length === 0) throw new Error('unexpected save dialog');
        return saveChoices.shift() ?? null;
      },
    },
    clock: () => new Date(NOW),
  });
  services.push(service);
  await service.start();
  return { service, saveChoices };
}

/** One call as IPC makes it (test-support.ts). */
function call<K extends CallName>(h: Harness, name: K, args: CallArgs<K>): Promise<ApiResult<CallResults[K]>> {
  return ipcCall(h.service.handlers, name, args);
}

/** A passage of TEXT in code points. */
function passage(quote: string): { start: number; end: number; exact: string } {
  const index = new CodePointIndex(TEXT);
  const start = index.toCodePoint(TEXT.indexOf(quote));
  return { start, end: start + Array.from(quote).length, exact: quote };
}

/** The valid sidecar of TEXT the cases break: two tagged annotations, one with a note. */
function validSidecar(): Sidecar {
  const index = new CodePointIndex(TEXT);
  const annotate = (id: string, quote: string, tag: string, note?: string) => {
    const { start, end } = passage(quote);
    const { quote: q, position } = describeRange(index, start, end);
    return createAnnotation({ id, now: NOW.toISOString(), source: ARTICLE, quote: q, position, tags: [tag], ...(note ? { note } : {}) });
  };
  return {
    ...emptySidecar(ARTICLE, sha256Hex(Buffer.from(TEXT, 'utf8'))),
    annotations: [annotate('urn:uuid:a1', 'leaders of Azerbaijan and Armenia', 'claim', 'Who exactly?'), annotate('urn:uuid:a2', 'Donald Trump', 'person')],
  };
}

const VALID_TEXT = serializeSidecar(validSidecar());

type Obj = Record<string, unknown>;

function edited(edit: (sidecar: Obj) => void): Buffer {
  const sidecar = JSON.parse(VALID_TEXT) as Obj;
  edit(sidecar);
  return Buffer.from(JSON.stringify(sidecar, null, 2) + '\n');
}

function annotationAt(sidecar: Obj, i: number): Obj {
  return (sidecar['annotations'] as Obj[])[i] as Obj;
}

function nestedArrays(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** A file of `bytes` bytes, valid but for its size: one note holds nearly all of it. */
function hugeValid(bytes: number): Buffer {
  const marker = 'HUGE-NOTE-MARKER';
  const text = VALID_TEXT.replace('Who exactly?', marker);
  return Buffer.from(text.replace(marker, 'x'.repeat(bytes - text.length)));
}

interface Case {
  name: string;
  bytes: () => Buffer;
  /** The problem as the reason, the refusals and the brief's error must state it. */
  problem: RegExp;
}

const NOT_JSON = /the file is not valid JSON/u;
const UTF8 = (s: string) => Buffer.from(s, 'utf8');

const CASES: Case[] = [
  { name: 'an empty file', bytes: () => Buffer.alloc(0), problem: /the file is empty/u },
  { name: 'truncated JSON, cut after 1 byte', bytes: () => UTF8(VALID_TEXT.slice(0, 1)), problem: NOT_JSON },
  { name: 'truncated JSON, cut in the middle of a string', bytes: () => UTF8(VALID_TEXT.slice(0, VALID_TEXT.indexOf('Who exactly') + 5)), problem: NOT_JSON },
  { name: 'truncated JSON, cut before the last brace', bytes: () => UTF8(VALID_TEXT.trimEnd().slice(0, -1)), problem: NOT_JSON },
  { name: 'NUL bytes inside', bytes: () => UTF8(VALID_TEXT.replace('Who exactly?', 'Who\0\0exactly?')), problem: /NUL bytes/u },
  {
    // Decoded leniently these would become U+FFFD in a valid note, and the next save would make the loss permanent.
    name: 'invalid UTF-8 bytes inside a note',
    bytes: () => Buffer.concat([UTF8(VALID_TEXT.slice(0, VALID_TEXT.indexOf('Who'))), Buffer.from([0xc3, 0x28, 0xff]), UTF8(VALID_TEXT.slice(VALID_TEXT.indexOf('Who')))]),
    problem: /not valid UTF-8/u,
  },
  { name: 'a Latin-1 file (é as one byte)', bytes: () => Buffer.from(VALID_TEXT.replace('Who exactly?', 'Café?'), 'latin1'), problem: /not valid UTF-8/u },
  { name: 'a newer version', bytes: () => edited((s) => (s['version'] = 2)), problem: /newer version of Research Annotator/u },
  { name: 'an unknown format string', bytes: () => edited((s) => (s['format'] = 'hypothesis/export')), problem: /format: expected "research-annotator\/sidecar"/u },
  { name: 'duplicate annotation ids', bytes: () => edited((s) => (annotationAt(s, 1)['id'] = 'urn:uuid:a1')), problem: /annotations\[1\]\.id: duplicate annotation id "urn:uuid:a1"/u },
  { name: 'annotations not an array', bytes: () => edited((s) => (s['annotations'] = {})), problem: /annotations: expected an array/u },
  {
    name: 'a selector with a string offset',
    bytes: () => edited((s) => (((annotationAt(s, 0)['target'] as Obj)['selector'] as Obj[]).forEach((sel) => sel['type'] === 'TextPositionSelector' && (sel['start'] = '17')))),
    problem: /annotations\[0\]\.target\.selector\[\d\]\.start: expected a number/u,
  },
  { name: 'tags as numbers', bytes: () => edited((s) => ((annotationAt(s, 1)['body'] as Obj[])[0] = { type: 'TextualBody', purpose: 'tagging', value: 7 })), problem: /annotations\[1\]\.body\[0\]\.value: expected a string/u },
  { name: 'a missing target', bytes: () => edited((s) => delete annotationAt(s, 0)['target']), problem: /annotations\[0\]\.target: missing/u },
  { name: 'JSON that is an array', bytes: () => UTF8('[]'), problem: /expected an object/u },
  { name: 'JSON that is null', bytes: () => UTF8('null\n'), problem: /expected an object/u },
  { name: 'JSON that is a number', bytes: () => UTF8('42'), problem: /expected an object/u },
  { name: '100,000 levels of "["', bytes: () => UTF8('['.repeat(100_000)), problem: NOT_JSON },
  { name: '100,000 levels of nested arrays, closed', bytes: () => UTF8(nestedArrays(100_000)), problem: /nested more than \d+ levels deep|expected an object/u },
  {
    name: 'a valid sidecar with an unknown field nested 100,000 levels deep',
    bytes: () => UTF8(VALID_TEXT.replace('{', `{\n  "x-deep": ${nestedArrays(100_000)},`)),
    problem: /nested more than \d+ levels deep/u,
  },
  { name: 'an unknown field holding 1e400 (Infinity, which a save would write as null)', bytes: () => UTF8(VALID_TEXT.replace('{', '{\n  "x-big": 1e400,')), problem: /\["x-big"\]: the number is too large/u },
];

/** The bytes and mtime of every file of `folder`. */
async function snapshot(folder: string): Promise<Record<string, { sha256: string; mtimeMs: number }>> {
  const out: Record<string, { sha256: string; mtimeMs: number }> = {};
  for (const name of (await readdir(folder)).sort()) {
    const full = path.join(folder, name);
    out[name] = { sha256: sha256Hex(await readFile(full)), mtimeMs: (await stat(full)).mtimeMs };
  }
  return out;
}

/** A set folder with TEXT and the given sidecar bytes (mtime set in the past), and an empty folder for exports. */
async function setWith(sidecar: Buffer): Promise<{ folder: string; sidecarPath: string; exports: string }> {
  const folder = path.join(root, 'set');
  const exports = path.join(root, 'exports');
  await mkdir(folder);
  await mkdir(exports);
  await writeFile(path.join(folder, ARTICLE), TEXT);
  const sidecarPath = path.join(folder, SIDECAR);
  await writeFile(sidecarPath, sidecar);
  await utimes(sidecarPath, OLD_MTIME, OLD_MTIME);
  return { folder, sidecarPath, exports };
}

function expectNamesProblem(message: string | undefined, problem: RegExp): void {
  const said = message ?? '(no problem reported: the sidecar was accepted)';
  expect(said).toContain(SIDECAR);
  expect(said).toMatch(problem);
}

/** Everything the service promises for a sidecar it cannot read. */
async function expectReadOnlyAndUntouched(bytes: Buffer, problem: RegExp): Promise<void> {
  const { folder, sidecarPath, exports } = await setWith(bytes);
  const before = await snapshot(folder);
  const h = await makeService(folder);

  // The set opens, and the article list says what is wrong.
  const session = ok(await call(h, 'getSession', {}));
  expect(session.startupProblem).toBeUndefined();
  expect(session.set?.folder).toBe(folder);
  const summary = session.set?.articles.find((a) => a.file === ARTICLE);
  expectNamesProblem(summary?.problem, problem);

  // The article opens, read-only for annotations, with the reason.
  const view = ok(await call(h, 'openArticle', { file: ARTICLE }));
  expect(view.text).toBe(TEXT);
  expect(view.annotations).toEqual([]);
  expectNamesProblem(view.readOnlyReason, problem);

  // Every change is refused, naming the sidecar.
  const refusals: ApiResult<unknown>[] = [
    await call(h, 'createAnnotation', { file: ARTICLE, ...passage('peace summit'), tags: ['claim'], note: 'new' }),
    await call(h, 'updateAnnotation', { file: ARTICLE, id: 'urn:uuid:a1', note: 'changed', tags: ['other'], stance: 'asserts' }),
    await call(h, 'deleteAnnotation', { file: ARTICLE, id: 'urn:uuid:a2' }),
    await call(h, 'updateArticleMeta', { file: ARTICLE, title: 'Another title', source: 'Euronews' }),
  ];
  for (const result of refusals) {
    const error = failure(result);
    expect(error.kind).toBe('read-only');
    expect(error.file).toBe(SIDECAR);
    expectNamesProblem(error.message, problem);
  }
  await h.service.flush();

  // The brief is refused, naming the file, and nothing is written.
  const target = path.join(exports, 'brief.md');
  h.saveChoices.push(target);
  const brief = failure(await call(h, 'exportBrief', {}));
  expect(brief.kind).toBe('invalid-sidecar');
  expect(brief.file).toBe(SIDECAR);
  expectNamesProblem(brief.message, problem);
  expect(await readdir(exports)).toEqual([]);

  // Reopening changes nothing either.
  ok(await call(h, 'openArticle', { file: ARTICLE }));
  await h.service.flush();

  expect((await readFile(sidecarPath)).equals(bytes)).toBe(true);
  expect((await stat(sidecarPath)).mtimeMs).toBe(OLD_MTIME.getTime());
  expect(await snapshot(folder)).toEqual(before);
}

describe('a corrupt or foreign sidecar through the service: read-only, refused, untouched', () => {
  it('the valid sidecar the cases are made from opens writable', async () => {
    const { folder } = await setWith(UTF8(VALID_TEXT));
    const h = await makeService(folder);
    const view = ok(await call(h, 'openArticle', { file: ARTICLE }));
    expect(view.readOnlyReason).toBeUndefined();
    expect(view.annotations.map((a) => [a.id, a.status])).toEqual([
      ['urn:uuid:a1', 'exact'],
      ['urn:uuid:a2', 'exact'],
    ]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectReadOnlyAndUntouched(c.bytes(), c.problem);
  }, 30_000);

  // Refused unread above MAX_JSON_BYTES (node/set-store.ts), as articles are above MAX_ARTICLE_BYTES.
  it('100 MB of spaces', async () => {
    await expectReadOnlyAndUntouched(Buffer.alloc(100 * MiB, 0x20), /too large|larger than|size limit/u);
  }, 60_000);

  it('a valid-looking 100 MB sidecar (a huge note)', async () => {
    await expectReadOnlyAndUntouched(hugeValid(100 * MiB), /too large|larger than|size limit/u);
  }, 60_000);

  // The store decodes with ignoreBOM, so the parser sees (and refuses) the second BOM, as any tool would.
  it('a sidecar starting with two BOMs', async () => {
    await expectReadOnlyAndUntouched(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), UTF8(VALID_TEXT)]), NOT_JSON);
  }, 30_000);
});

describe('a sidecar with a UTF-8 BOM: accepted, as parseSidecar accepts it', () => {
  it('opens writable with its annotations; reading it writes nothing; the next save writes it without the BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), UTF8(VALID_TEXT)]);
    const { folder, sidecarPath, exports } = await setWith(bytes);
    const h = await makeService(folder);

    const view = ok(await call(h, 'openArticle', { file: ARTICLE }));
    expect(view.readOnlyReason).toBeUndefined();
    expect(view.annotations.map((a) => a.id)).toEqual(['urn:uuid:a1', 'urn:uuid:a2']);
    h.saveChoices.push(path.join(exports, 'brief.md'));
    expect(ok(await call(h, 'exportBrief', {}))?.annotations).toBe(2);
    await h.service.flush();
    expect((await readFile(sidecarPath)).equals(bytes)).toBe(true);
    expect((await stat(sidecarPath)).mtimeMs).toBe(OLD_MTIME.getTime());

    ok(await call(h, 'updateAnnotation', { file: ARTICLE, id: 'urn:uuid:a2', note: 'added' }));
    await h.service.flush();
    const written = await readFile(sidecarPath);
    expect(written.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(written.toString('utf8')).toContain('"value": "added"');
  });
});
