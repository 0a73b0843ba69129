/**
 * The service end to end, on real temporary folders, called the way Electron's
 * IPC calls it: through `dispatch`, with arguments that went through JSON.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, AppEvent, CallArgs, CallName, CallResults } from '../api/contract';
import { SET_FILE_NAME } from '../model/codebook';
import { SEED_DETAILS } from '../model/seed-details';
import { SEED_SET_NAME, STARTER_TAGS } from '../model/starter-codebook';
import { parseSetFile, parseSidecar, sidecarNameFor, type Sidecar } from '../sidecar/schema';
import { inWholePercents } from './whole-percents';
import { createService, type AnnotatorService } from './service';
import { failure, ipcCall, ok } from './test-support';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_003 = '003_8d5387ac8c00ce0b.txt';
const SEED_000 = '000_5070c6c1e48426b5.txt';
const NOW = new Date('2025-08-07T10:20:30.000Z');

// ---- Helpers ----

interface Harness {
  service: AnnotatorService;
  dataDir: string;
  defaultSetDir: string;
  /** Answers of the folder dialog, taken in order (null = cancelled). */
  folderChoices: (string | null)[];
  /** Answers of the save dialog, taken in order (null = cancelled). */
  saveChoices: (string | null)[];
  /** Events the service sent to the UI, in order. */
  events: AppEvent[];
}

let root: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-service-')));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function makeService(options: { dataDir?: string; initialSet?: string; start?: boolean } = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? path.join(root, 'data');
  const defaultSetDir = path.join(dataDir, 'Seed set');
  const folderChoices: (string | null)[] = [];
  const saveChoices: (string | null)[] = [];
  const events: AppEvent[] = [];
  const service = createService({
    emit: (event) => events.push(event),
    dataDir,
    defaultSetDir,
    seedsDir: SEEDS_DIR,
    dialogs: {
      chooseFolder: async () => {
        if (folderChoices.length === 0) throw new Error('unexpected folder dialog');
        return folderChoices.shift() ?? null;
      },
      chooseSaveFile: async () => {
        if (saveChoices.length === 0) throw new Error('unexpected save dialog');
        return saveChoices.shift() ?? null;
      },
    },
    clock: () => new Date(NOW),
    ...(options.initialSet === undefined ? {} : { initialSet: options.initialSet }),
  });
  if (options.start !== false) await service.start();
  return { service, dataDir, defaultSetDir, folderChoices, saveChoices, events };
}

/** One call as IPC makes it (test-support.ts). */
function call<K extends CallName>(h: Harness, name: K, args: CallArgs<K>): Promise<ApiResult<CallResults[K]>> {
  return ipcCall(h.service.handlers, name, args);
}

/** A set folder with the given articles (name → text). */
async function makeSet(name: string, articles: Record<string, string>): Promise<string> {
  const folder = path.join(root, name);
  await mkdir(folder, { recursive: true });
  for (const [file, text] of Object.entries(articles)) await writeFile(path.join(folder, file), text);
  return folder;
}

async function readSidecarAt(folder: string, file: string): Promise<Sidecar> {
  const name = sidecarNameFor(file);
  return parseSidecar(await readFile(path.join(folder, name), 'utf8'), name);
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** A passage of `text` in code points: `[start, end)` and the string there. */
function passage(text: string, start: number, end: number): { start: number; end: number; exact: string } {
  return { start, end, exact: Array.from(text).slice(start, end).join('') };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function seedSnapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(SEEDS_DIR)).sort()) out[f] = sha256(await readFile(path.join(SEEDS_DIR, f)));
  return out;
}

// ---- Tests ----

describe('start', () => {
  it('copies the seeds into the default set on first launch and opens it', async () => {
    const before = await seedSnapshot();
    const h = await makeService();

    const seedFiles = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort();
    expect(seedFiles).toHaveLength(5);
    const copied = (await readdir(h.defaultSetDir)).sort();
    // Each article with its details in its sidecar (seed-set.test.ts).
    expect(copied).toEqual([SET_FILE_NAME, ...seedFiles, ...seedFiles.map(sidecarNameFor)].sort());
    for (const f of seedFiles) {
      expect((await readFile(path.join(h.defaultSetDir, f))).equals(await readFile(path.join(SEEDS_DIR, f)))).toBe(true);
    }
    const setFile = parseSetFile(await readFile(path.join(h.defaultSetDir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME);
    expect(setFile.name).toBe(SEED_SET_NAME);
    expect(setFile.tags.map((t) => t.label)).toEqual(STARTER_TAGS.map((t) => t.label));

    const session = ok(await call(h, 'getSession', {}));
    expect(session.set).not.toBeNull();
    expect(session.set?.folder).toBe(h.defaultSetDir);
    expect(session.set?.name).toBe(SEED_SET_NAME);
    expect(session.set?.articles.map((a) => a.file)).toEqual(seedFiles);
    for (const article of session.set?.articles ?? []) {
      const { title, source, author, published } = SEED_DETAILS[article.file]!;
      expect(article).toMatchObject({ title, ...(source ? { source } : {}), ...(author ? { author } : {}), ...(published ? { published } : {}) });
      expect(article.annotationCount).toBe(0);
      expect(article.problem).toBeUndefined();
    }
    expect(session.set?.tags.map((t) => t.label)).toEqual(STARTER_TAGS.map((t) => t.label));
    expect(session.recentSets).toEqual([{ folder: h.defaultSetDir, name: SEED_SET_NAME, openedAt: NOW.toISOString() }]);

    // The shipped seeds are never written to.
    expect(await seedSnapshot()).toEqual(before);
  });

  it('a link leading nowhere where the seed set would go is left alone: the start screen says why', async () => {
    const dataDir = path.join(root, 'data');
    await mkdir(dataDir, { recursive: true });
    const nowhere = path.join(root, 'nowhere');
    await symlink(nowhere, path.join(dataDir, 'Seed set'));
    const h = await makeService({ dataDir });
    const session = ok(await call(h, 'getSession', {}));
    expect(session.set).toBeNull();
    expect(session.startupProblem).toContain(h.defaultSetDir);
    expect(await lstat(nowhere).catch(() => null)).toBeNull();
  });

  it('a second start on the same data folder reopens the last set; initialSet overrides it', async () => {
    const first = await makeService();
    const other = await makeSet('Other set', { 'x.txt': 'Other article\nbody\n' });
    first.folderChoices.push(other);
    expect(ok(await call(first, 'chooseSet', {}))?.folder).toBe(other);
    await first.service.flush();

    const second = await makeService({ dataDir: first.dataDir });
    const session = ok(await call(second, 'getSession', {}));
    expect(session.set?.folder).toBe(other);
    expect(session.set?.articles.map((a) => a.title)).toEqual(['Other article']);

    const third = await makeService({ dataDir: first.dataDir, initialSet: first.defaultSetDir });
    expect(ok(await call(third, 'getSession', {})).set?.folder).toBe(first.defaultSetDir);
  });

  it('after closeSet, the next start shows no set (not the seed set) and keeps the recent list', async () => {
    const first = await makeService();
    const closed = ok(await call(first, 'closeSet', {}));
    expect(closed.set).toBeNull();
    expect(closed.recentSets.map((r) => r.name)).toEqual([SEED_SET_NAME]);
    await expect(call(first, 'openArticle', { file: SEED_000 })).resolves.toMatchObject({ ok: false, error: { kind: 'no-set-open' } });

    const second = await makeService({ dataDir: first.dataDir });
    const session = ok(await call(second, 'getSession', {}));
    expect(session.set).toBeNull();
    expect(session.startupProblem).toBeUndefined();
    expect(session.recentSets).toHaveLength(1);
  });

  it('a vanished last set leaves no set open and says why', async () => {
    const folder = await makeSet('Vanishing', { 'a.txt': 'A\n' });
    const first = await makeService({ initialSet: folder });
    expect(ok(await call(first, 'getSession', {})).set?.name).toBe('Vanishing');
    await rm(folder, { recursive: true });
    const second = await makeService({ dataDir: first.dataDir });
    const session = ok(await call(second, 'getSession', {}));
    expect(session.set).toBeNull();
    expect(session.startupProblem).toContain(folder);
  });

  it('flush resolves after start, with nothing unsaved', async () => {
    const h = await makeService();
    await expect(h.service.flush()).resolves.toEqual({ unsaved: [] });
  });
});

describe('createAnnotation', () => {
  it('saves a W3C annotation with both selectors for a passage with non-breaking spaces', async () => {
    const h = await makeService();
    const bytes = await readFile(path.join(h.defaultSetDir, SEED_003));
    const text = bytes.toString('utf8');
    const chars = Array.from(text);
    const nbsp = chars.indexOf('\u00A0');
    expect(nbsp).toBeGreaterThan(40);
    const sel = passage(text, nbsp - 30, nbsp + 20);
    expect(sel.exact).toContain('\u00A0');

    const result = ok(await call(h, 'createAnnotation', { file: SEED_003, ...sel, tags: ['Russia'], note: 'Far from Moscow' }));
    expect(result.annotation).toMatchObject({
      start: sel.start,
      end: sel.end,
      exact: sel.exact,
      tags: ['Russia'],
      note: 'Far from Moscow',
      status: 'exact',
      created: NOW.toISOString(),
      modified: NOW.toISOString(),
    });

    const sidecar = await readSidecarAt(h.defaultSetDir, SEED_003);
    expect(sidecar.format).toBe('research-annotator/sidecar');
    expect(sidecar.version).toBe(1);
    expect(sidecar.article.file).toBe(SEED_003);
    expect(sidecar.article.sha256).toBe(sha256(bytes));
    expect(sidecar.annotations).toHaveLength(1);
    const [annotation] = sidecar.annotations;
    if (!annotation) throw new Error('no annotation');
    expect(annotation.id).toBe(result.annotation.id);
    expect(annotation.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
    expect(annotation.type).toBe('Annotation');
    expect(annotation.created).toBe(NOW.toISOString());
    expect(annotation.modified).toBe(NOW.toISOString());
    expect(new Date(annotation.created).toISOString()).toBe(annotation.created);
    expect(annotation.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Russia' });
    expect(annotation.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Far from Moscow' });

    const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
    expect(quote?.['exact']).toBe(sel.exact);
    const prefix = quote?.['prefix'] as string;
    const suffix = quote?.['suffix'] as string;
    expect(Array.from(prefix).length).toBeLessThanOrEqual(32);
    expect(Array.from(suffix).length).toBeLessThanOrEqual(32);
    expect(chars.slice(sel.start - Array.from(prefix).length, sel.start).join('')).toBe(prefix);
    expect(chars.slice(sel.end, sel.end + Array.from(suffix).length).join('')).toBe(suffix);
    expect(position).toMatchObject({ start: sel.start, end: sel.end });
    expect(chars.slice(position?.['start'] as number, position?.['end'] as number).join('')).toBe(sel.exact);

    // Reopening reads it back anchored exactly.
    const view = ok(await call(h, 'openArticle', { file: SEED_003 }));
    expect(view.annotations).toEqual([result.annotation]);
  });

  it('counts offsets in code points, not UTF-16 units', async () => {
    const text = 'Title\n😀😀 The passage after emoji.\n';
    const folder = await makeSet('Emoji set', { 'e.txt': text });
    const h = await makeService({ initialSet: folder });
    const start = Array.from(text).indexOf('T', 2); // "The"
    expect(start).toBe(9); // 6 + two emoji (one code point each) + space
    expect(text.indexOf('The passage')).toBe(11); // UTF-16 index differs
    const sel = passage(text, start, start + 'The passage'.length);
    expect(sel.exact).toBe('The passage');

    const result = ok(await call(h, 'createAnnotation', { file: 'e.txt', ...sel, tags: [] }));
    expect(result.annotation).toMatchObject({ start: 9, end: 20, exact: 'The passage', status: 'exact' });
    const [annotation] = (await readSidecarAt(folder, 'e.txt')).annotations;
    expect(annotation?.target.selector.find((s) => s.type === 'TextPositionSelector')).toMatchObject({ start: 9, end: 20 });
    expect(annotation?.target.selector.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({
      exact: 'The passage',
      prefix: 'Title\n😀😀 ',
    });
    expect(annotation?.motivation).toBe('highlighting');
    expect(ok(await call(h, 'openArticle', { file: 'e.txt' })).annotations[0]).toMatchObject({ start: 9, end: 20, status: 'exact' });
  });

  it('refuses a selection that does not match the file, or ends after it, writing nothing', async () => {
    const h = await makeService();
    const text = await readFile(path.join(h.defaultSetDir, SEED_000), 'utf8');
    const sidecarPath = path.join(h.defaultSetDir, sidecarNameFor(SEED_000));
    // The seed's sidecar holds its details from the first launch.
    const before = await readFile(sidecarPath, 'utf8');

    const mismatch = failure(await call(h, 'createAnnotation', { file: SEED_000, start: 0, end: 6, exact: 'Not it', tags: ['Peace deal'] }));
    expect(mismatch.kind).toBe('invalid-argument');
    expect(mismatch.file).toBe(SEED_000);
    expect(mismatch.message).toContain(SEED_000);

    const length = Array.from(text).length;
    const beyond = failure(
      await call(h, 'createAnnotation', { file: SEED_000, start: length - 2, end: length + 3, exact: 'xxxxx', tags: [] }),
    );
    expect(beyond.kind).toBe('invalid-argument');
    expect(beyond.message).toContain(SEED_000);

    await h.service.flush();
    expect(await readFile(sidecarPath, 'utf8')).toBe(before);
  });
});

describe('tags, updates and deletes', () => {
  it('registers new tags once, round-trips tags and notes, deletes on disk', async () => {
    const h = await makeService();
    const text = await readFile(path.join(h.defaultSetDir, SEED_000), 'utf8');
    const setFilePath = path.join(h.defaultSetDir, SET_FILE_NAME);
    const readTags = async () => parseSetFile(await readFile(setFilePath, 'utf8'), SET_FILE_NAME).tags;

    const created = ok(
      await call(h, 'createAnnotation', { file: SEED_000, ...passage(text, 2, 6), tags: ['  Brand   new ', 'Peace deal'] }),
    );
    expect(created.annotation.tags).toEqual(['Brand new', 'Peace deal']);
    let tags = await readTags();
    expect(tags.map((t) => t.label)).toEqual([...STARTER_TAGS.map((t) => t.label), 'Brand new']);
    expect(tags.at(-1)?.color).toMatch(/^#[0-9a-f]{6}$/iu);
    expect(created.tags.map((t) => t.label)).toEqual(tags.map((t) => t.label));

    // Again with the same (new and existing) tags: nothing is duplicated.
    const second = ok(await call(h, 'createAnnotation', { file: SEED_000, ...passage(text, 8, 12), tags: ['Brand new', 'Peace deal'] }));
    tags = await readTags();
    expect(tags.filter((t) => t.label === 'Brand new')).toHaveLength(1);
    expect(tags.filter((t) => t.label === 'Peace deal')).toHaveLength(1);
    expect(tags).toHaveLength(STARTER_TAGS.length + 1);

    // Update tags and note, and read them back from disk and from the view.
    const updated = ok(
      await call(h, 'updateAnnotation', { file: SEED_000, id: created.annotation.id, tags: ['Russia', 'Another'], note: 'A note' }),
    );
    expect(updated.annotation).toMatchObject({ id: created.annotation.id, tags: ['Russia', 'Another'], note: 'A note' });
    let stored = (await readSidecarAt(h.defaultSetDir, SEED_000)).annotations.find((a) => a.id === created.annotation.id);
    expect(stored?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Russia' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Another' },
      { type: 'TextualBody', purpose: 'commenting', value: 'A note' },
    ]);
    expect((await readTags()).map((t) => t.label)).toContain('Another');

    const cleared = ok(await call(h, 'updateAnnotation', { file: SEED_000, id: created.annotation.id, tags: [], note: '' }));
    expect(cleared.annotation).toMatchObject({ tags: [], note: '' });
    stored = (await readSidecarAt(h.defaultSetDir, SEED_000)).annotations.find((a) => a.id === created.annotation.id);
    expect(stored?.body).toEqual([]);
    expect(stored?.motivation).toBe('highlighting');

    const reopened = ok(await call(h, 'openArticle', { file: SEED_000 }));
    expect(reopened.annotations.map((a) => a.id)).toEqual([created.annotation.id, second.annotation.id]);

    expect(ok(await call(h, 'deleteAnnotation', { file: SEED_000, id: created.annotation.id }))).toEqual({ id: created.annotation.id });
    expect((await readSidecarAt(h.defaultSetDir, SEED_000)).annotations.map((a) => a.id)).toEqual([second.annotation.id]);

    const missing = failure(await call(h, 'updateAnnotation', { file: SEED_000, id: 'urn:uuid:nope', note: 'x' }));
    expect(missing.kind).toBe('not-found');
    const missingDelete = failure(await call(h, 'deleteAnnotation', { file: SEED_000, id: created.annotation.id }));
    expect(missingDelete.kind).toBe('not-found');
  });

  it('keeps unknown fields of an existing sidecar through create and update', async () => {
    const text = 'Heading\nThe first claim is here. The second claim is there.\n';
    const folder = await makeSet('Loose set', { 'a.txt': text });
    const bytes = await readFile(path.join(folder, 'a.txt'));
    const existing = {
      format: 'research-annotator/sidecar',
      version: 1,
      rootExtra: { from: 'another tool' },
      article: { file: 'a.txt', sha256: sha256(bytes), articleExtra: [1, 2, 3] },
      annotations: [
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
          type: 'Annotation',
          motivation: 'tagging',
          created: '2025-01-01T00:00:00Z',
          modified: '2025-01-01T00:00:00Z',
          annotationExtra: 'kept',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'Old', bodyExtra: true },
            { type: 'Image', id: 'https://example.org/x.png' },
          ],
          target: {
            source: 'a.txt',
            targetExtra: 42,
            selector: [
              { type: 'TextQuoteSelector', exact: 'first claim', prefix: 'Heading\nThe ', suffix: ' is here.', selectorExtra: 'q' },
              { type: 'TextPositionSelector', start: 12, end: 23, selectorExtra: 'p' },
              { type: 'XPathSelector', value: '/p[1]' },
            ],
          },
        },
      ],
    };
    expect(Array.from(text).slice(12, 23).join('')).toBe('first claim');
    await writeFile(path.join(folder, sidecarNameFor('a.txt')), JSON.stringify(existing, null, 2));
    const h = await makeService({ initialSet: folder });

    ok(await call(h, 'createAnnotation', { file: 'a.txt', ...passage(text, 36, 48), tags: ['New'] }));
    ok(await call(h, 'updateAnnotation', { file: 'a.txt', id: existing.annotations[0]!.id, tags: ['Old', 'Other'], note: 'n' }));

    const saved = JSON.parse(await readFile(path.join(folder, sidecarNameFor('a.txt')), 'utf8')) as Record<string, unknown>;
    parseSidecar(JSON.stringify(saved), 'a.txt.annotations.json');
    expect(saved['rootExtra']).toEqual({ from: 'another tool' });
    expect(saved['article']).toMatchObject({ articleExtra: [1, 2, 3] });
    const annotations = saved['annotations'] as Record<string, unknown>[];
    expect(annotations).toHaveLength(2);
    const old = annotations[0] as Record<string, unknown> & { body: unknown[]; target: Record<string, unknown> };
    expect(old['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(old['annotationExtra']).toBe('kept');
    expect(old.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Old', bodyExtra: true });
    expect(old.body).toContainEqual({ type: 'Image', id: 'https://example.org/x.png' });
    expect(old.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Other' });
    expect(old.target['targetExtra']).toBe(42);
    expect(old.target['selector']).toEqual(existing.annotations[0]!.target.selector);
  });
});

describe('a corrupt sidecar', () => {
  it('is left untouched: the article is read-only and the brief is refused', async () => {
    const h = await makeService();
    const sidecarName = sidecarNameFor(SEED_000);
    const sidecarPath = path.join(h.defaultSetDir, sidecarName);
    const corrupt = Buffer.from('{"format": ', 'utf8');
    await writeFile(sidecarPath, corrupt);

    const view = ok(await call(h, 'openArticle', { file: SEED_000 }));
    expect(view.readOnlyReason).toContain(sidecarName);
    expect(view.annotations).toEqual([]);

    const text = await readFile(path.join(h.defaultSetDir, SEED_000), 'utf8');
    const refused = failure(await call(h, 'createAnnotation', { file: SEED_000, ...passage(text, 0, 6), tags: ['Peace deal'] }));
    expect(refused.kind).toBe('read-only');
    expect(refused.file).toBe(sidecarName);
    await h.service.flush();
    expect((await readFile(sidecarPath)).equals(corrupt)).toBe(true);

    const session = ok(await call(h, 'getSession', {}));
    const summary = session.set?.articles.find((a) => a.file === SEED_000);
    expect(summary?.problem).toContain(sidecarName);
    expect(session.set?.articles.filter((a) => a.problem !== undefined)).toHaveLength(1);

    const target = path.join(root, 'brief.md');
    h.saveChoices.push(target);
    const brief = failure(await call(h, 'exportBrief', {}));
    expect(brief.kind).toBe('invalid-sidecar');
    expect(brief.file).toBe(sidecarName);
    expect(await exists(target)).toBe(false);
    expect((await readFile(sidecarPath)).equals(corrupt)).toBe(true);
  });
});

describe('moveSidecarAside', () => {
  it('moves an unreadable sidecar aside byte for byte, then the article is writable; a readable one is refused', async () => {
    const h = await makeService();
    const sidecarName = sidecarNameFor(SEED_000);
    const corrupt = Buffer.from([0x7b, 0x00, 0xff, 0x22]);
    await writeFile(path.join(h.defaultSetDir, sidecarName), corrupt);

    const { movedTo, article } = ok(await call(h, 'moveSidecarAside', { file: SEED_000 }));
    expect(movedTo).toBe(`${SEED_000}.annotations.damaged-20250807T102030Z.json`);
    expect((await readFile(path.join(h.defaultSetDir, movedTo))).equals(corrupt)).toBe(true);
    expect(await exists(path.join(h.defaultSetDir, sidecarName))).toBe(false);
    expect(article.readOnlyReason).toBeUndefined();

    const text = await readFile(path.join(h.defaultSetDir, SEED_000), 'utf8');
    ok(await call(h, 'createAnnotation', { file: SEED_000, ...passage(text, 0, 6), tags: ['Peace deal'] }));
    expect((await readSidecarAt(h.defaultSetDir, SEED_000)).annotations).toHaveLength(1);
    expect(failure(await call(h, 'moveSidecarAside', { file: SEED_000 })).kind).toBe('invalid-argument');
    expect((await readdir(h.defaultSetDir)).filter((f) => f.includes('.damaged-'))).toEqual([movedTo]);
  });
});

describe('exportBrief', () => {
  it('writes the Markdown brief where the user chose, or nothing when cancelled', async () => {
    const h = await makeService();
    const text = await readFile(path.join(h.defaultSetDir, SEED_000), 'utf8');
    const quote = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed';
    const start = text.indexOf(quote); // the seed has no astral characters: UTF-16 index = code points
    ok(
      await call(h, 'createAnnotation', {
        file: SEED_000,
        ...passage(text, start, start + quote.length),
        tags: ['Peace deal'],
        note: 'Optimistic timing',
      }),
    );

    const target = path.join(root, 'out', 'brief.md');
    await mkdir(path.dirname(target));
    h.saveChoices.push(target);
    const result = ok(await call(h, 'exportBrief', {}));
    expect(result).toEqual({ path: target, format: 'markdown', articles: 5, annotations: 1 });
    const markdown = await readFile(target, 'utf8');
    expect(markdown).toContain(`# Comparative brief: ${SEED_SET_NAME}`);
    expect(markdown).toContain('## Coverage');
    expect(markdown).toMatch(/^\| *Tag *\|/mu);
    expect(markdown).toMatch(/^\| *Peace deal *\|/mu);
    expect(markdown).toContain('## Peace deal');
    expect(markdown).toContain(`> ${quote}`);
    expect(markdown).toContain('Note: Optimistic timing');

    h.saveChoices.push(null);
    const before = (await readdir(path.dirname(target))).sort();
    expect(ok(await call(h, 'exportBrief', {}))).toBeNull();
    expect((await readdir(path.dirname(target))).sort()).toEqual(before);
    expect((await readdir(h.defaultSetDir)).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});

describe('the brief in a scope, with progress', () => {
  /** Tags two seed passages: one asserted claim in 000 ("Peace deal"), one untagged-stance claim in 003 ("Sanctions"). */
  async function tagTwo(h: Harness): Promise<void> {
    const text000 = await readFile(path.join(h.defaultSetDir, SEED_000), 'utf8');
    const q1 = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed';
    const a = ok(await call(h, 'createAnnotation', { file: SEED_000, ...passage(text000, text000.indexOf(q1), text000.indexOf(q1) + q1.length), tags: ['Peace deal'] }));
    ok(await call(h, 'updateAnnotation', { file: SEED_000, id: a.annotation.id, stance: 'asserts' }));
    const text003 = await readFile(path.join(h.defaultSetDir, SEED_003), 'utf8');
    const start = Array.from(text003).findIndex((_c, i, all) => all.slice(i, i + 5).join('') === 'peace');
    ok(await call(h, 'createAnnotation', { file: SEED_003, ...passage(text003, start, start + 5), tags: ['Sanctions'] }));
  }

  /** A brief's progress on the seed set with two tagged claims. */
  const BRIEF_STEPS = ['reading 0/5', 'reading 1/5', 'reading 2/5', 'reading 3/5', 'reading 4/5', 'reading 5/5', 'matching 0/2', 'matching 1/2', 'matching 2/2', 'writing 5/5', 'done 0/0'];
  const progress = (h: Harness, task: 'view' | 'export') =>
    h.events.flatMap((e) => (e.type === 'briefProgress' && e.task === task ? [`${e.phase} ${e.done}/${e.total}`] : []));

  it('builds the Brief view for the options given, and lists the whole scope to choose from', async () => {
    const h = await makeService();
    await tagTwo(h);
    const all = ok(await call(h, 'getBrief', {}));
    expect(all.coverage.tags.map((t) => t.label)).toEqual(['Peace deal', 'Sanctions']);
    expect(all.quotes).toHaveLength(2);

    const narrowed = ok(await call(h, 'getBrief', { options: { stances: ['asserts'], order: 'frequency' } }));
    expect(narrowed.coverage.tags.map((t) => t.label)).toEqual(['Peace deal']);
    expect(narrowed.quotes.map((q) => q.file)).toEqual([SEED_000]);
    expect(narrowed.markdown).toContain('Filtered: only stances Asserts.');
    // The choices stay whole: every tag of the codebook and every article.
    expect(narrowed.scope.tags.map((t) => t.label)).toEqual(expect.arrayContaining(['Peace deal', 'Sanctions', ...STARTER_TAGS.map((t) => t.label)]));
    expect(narrowed.scope.articles).toHaveLength(5);
    expect(narrowed.scope.articles.find((a) => a.file === SEED_000)?.title).toMatch(/\S/u);

    const noStance = ok(await call(h, 'getBrief', { options: { stances: ['none'], excludeArticles: [SEED_000] } }));
    expect(noStance.coverage.tags.map((t) => t.label)).toEqual(['Sanctions']);
    expect(noStance.coverage.articles.map((a) => a.file)).not.toContain(SEED_000);
    // The set's two tagged claims are matched for possible corroboration whatever the scope (it is narrowed after).
    expect(progress(h, 'view')).toEqual([...Array.from({ length: 3 }, () => BRIEF_STEPS).flat()]);
  });

  it('exports only what the scope covers, in every format, reporting progress to the end', async () => {
    const h = await makeService();
    await tagTwo(h);
    const options = { excludeTags: ['Sanctions'] };
    for (const [file, check] of [
      [
        'brief.md',
        (out: string) => {
          expect(out).toContain('## Peace deal');
          expect(out).not.toContain('## Sanctions');
        },
      ],
      ['brief.csv', (out: string) => expect(out.trim().split('\n')).toHaveLength(2)],
      ['brief.jsonld', (out: string) => expect(JSON.parse(out).total).toBe(1)],
    ] as const) {
      const target = path.join(root, file);
      h.saveChoices.push(target);
      const result = ok(await call(h, 'exportBrief', { options }));
      expect(result).toMatchObject({ path: target, articles: 5, annotations: 1 });
      check(await readFile(target, 'utf8'));
    }
    const steps = progress(h, 'export');
    expect(steps).toEqual([...Array.from({ length: 3 }, () => BRIEF_STEPS).flat()]);
  });

  it('ends the progress when the export fails, and refuses options that are not valid', async () => {
    const h = await makeService();
    await writeFile(path.join(h.defaultSetDir, sidecarNameFor(SEED_003)), '{ not json');
    h.saveChoices.push(path.join(root, 'brief.md'));
    expect(failure(await call(h, 'exportBrief', {})).kind).toBe('invalid-sidecar');
    expect(progress(h, 'export').at(-1)).toBe('done 0/0');

    for (const options of [{ stances: ['maybe'] }, { articles: ['../outside.txt'] }, { order: 'random' }, { tags: [''] }, { extra: true }]) {
      const error = failure(await call(h, 'getBrief', { options } as unknown as CallArgs<'getBrief'>));
      expect(error.kind).toBe('invalid-argument');
    }
  });
});

describe('sets', () => {
  it('chooseSet opens the chosen folder, or returns null when cancelled', async () => {
    const h = await makeService();
    const folder = await makeSet('Chosen', { 'b.txt': '\n  Second  \nbody', 'a.txt': 'First\n', 'notes.md': 'not an article' });
    h.folderChoices.push(folder);
    const set = ok(await call(h, 'chooseSet', {}));
    expect(set).toEqual({
      folder,
      name: 'Chosen',
      articles: [
        { file: 'a.txt', title: 'First', annotationCount: 0 },
        { file: 'b.txt', title: 'Second', annotationCount: 0 },
      ],
      tags: [],
    });
    expect(ok(await call(h, 'getSession', {})).set?.folder).toBe(folder);

    h.folderChoices.push(null);
    expect(ok(await call(h, 'chooseSet', {}))).toBeNull();
    expect(ok(await call(h, 'getSession', {})).set?.folder).toBe(folder);
  });

  it('openRecentSet opens only folders opened before', async () => {
    const h = await makeService();
    const never = await makeSet('Never opened', { 'a.txt': 'A\n' });
    const refused = failure(await call(h, 'openRecentSet', { folder: never }));
    expect(refused.kind).toBe('outside-set');
    expect(ok(await call(h, 'getSession', {})).set?.folder).toBe(h.defaultSetDir);

    h.folderChoices.push(never);
    ok(await call(h, 'chooseSet', {}));
    const session = ok(await call(h, 'getSession', {}));
    expect(session.recentSets.map((r) => r.folder)).toEqual([never, h.defaultSetDir]);

    const reopened = ok(await call(h, 'openRecentSet', { folder: h.defaultSetDir }));
    expect(reopened.folder).toBe(h.defaultSetDir);
    expect(reopened.articles).toHaveLength(5);
    expect(ok(await call(h, 'getSession', {})).set?.folder).toBe(h.defaultSetDir);
  });
});

describe('concurrency', () => {
  it('serializes 20 simultaneous creates on one article: all of them are saved', async () => {
    const h = await makeService();
    const text = await readFile(path.join(h.defaultSetDir, SEED_000), 'utf8');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(h, 'createAnnotation', { file: SEED_000, ...passage(text, i * 5, i * 5 + 4), tags: [i % 2 ? 'Odd' : 'Even'] }),
      ),
    );
    const ids = results.map((r) => ok(r).annotation.id);
    expect(new Set(ids).size).toBe(20);
    await h.service.flush();

    const stored = (await readSidecarAt(h.defaultSetDir, SEED_000)).annotations;
    expect(stored.map((a) => a.id).sort()).toEqual([...ids].sort());
    const labels = parseSetFile(await readFile(path.join(h.defaultSetDir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME).tags.map(
      (t) => t.label,
    );
    expect(labels.filter((l) => l === 'Odd')).toHaveLength(1);
    expect(labels.filter((l) => l === 'Even')).toHaveLength(1);
    expect(ok(await call(h, 'getSession', {})).set?.articles.find((a) => a.file === SEED_000)?.annotationCount).toBe(20);
  });
});

describe('re-anchoring when the article changed', () => {
  const TEXT = 'Intro line.\nThe talks will resume in May. Nothing else.\nA closing remark about the corridor.\n';
  const KEPT = 'The talks will resume in May.';
  const GONE = 'A closing remark about the corridor.';

  async function annotated(): Promise<{ h: Harness; folder: string; ids: string[] }> {
    const folder = await makeSet('Changing', { 'a.txt': TEXT });
    const h = await makeService({ initialSet: folder });
    const ids: string[] = [];
    for (const exact of [KEPT, GONE]) {
      const start = Array.from(TEXT).join('').indexOf(exact);
      const created = ok(await call(h, 'createAnnotation', { file: 'a.txt', ...passage(TEXT, start, start + exact.length), tags: ['T'] }));
      ids.push(created.annotation.id);
    }
    return { h, folder, ids };
  }

  it('reports moved and orphaned annotations, writes new places and the new hash, keeps the orphan as stored', async () => {
    const { h, folder, ids } = await annotated();
    const before = await readSidecarAt(folder, 'a.txt');
    const edited = 'UPDATE: corrected.\n' + TEXT.replace(GONE, 'Nothing more.');
    await writeFile(path.join(folder, 'a.txt'), edited);

    const view = ok(await call(h, 'openArticle', { file: 'a.txt' }));
    expect(view.reanchored).toEqual({ moved: 1, fuzzy: 0, orphan: 1 });
    expect(view.annotations.map((a) => a.status)).toEqual(['moved', 'orphan']);
    const movedStart = edited.indexOf(KEPT);
    expect(view.annotations[0]).toMatchObject({ start: movedStart, end: movedStart + KEPT.length });

    const after = await readSidecarAt(folder, 'a.txt');
    expect(after.article.sha256).toBe(sha256(Buffer.from(edited)));
    expect(after.annotations[1]).toEqual(before.annotations[1]);
    const position = after.annotations[0]!.target.selector.find((s) => s.type === 'TextPositionSelector');
    expect(position).toMatchObject({ start: movedStart, end: movedStart + KEPT.length });

    // The next open is exact; the orphan stays an orphan, listed, never dropped.
    const again = ok(await call(h, 'openArticle', { file: 'a.txt' }));
    expect(again.reanchored).toBeUndefined();
    expect(again.annotations.map((a) => [a.id, a.status])).toEqual([
      [ids[0], 'exact'],
      [ids[1], 'orphan'],
    ]);
  });

  it('re-attaches an orphan to new text, and refuses text that does not match', async () => {
    const { h, folder, ids } = await annotated();
    const edited = TEXT.replace(GONE, 'A different closing remark.');
    await writeFile(path.join(folder, 'a.txt'), edited);
    ok(await call(h, 'openArticle', { file: 'a.txt' }));
    const start = edited.indexOf('A different closing remark.');
    const target = passage(edited, start, start + 'A different closing remark.'.length);

    const refused = failure(await call(h, 'reattachAnnotation', { file: 'a.txt', id: ids[1]!, ...target, exact: 'something else' }));
    expect(refused.kind).toBe('invalid-argument');

    const done = ok(await call(h, 'reattachAnnotation', { file: 'a.txt', id: ids[1]!, ...target }));
    expect(done.annotation).toMatchObject({ status: 'exact', start: target.start, end: target.end, exact: target.exact, tags: ['T'] });
    const stored = (await readSidecarAt(folder, 'a.txt')).annotations[1]!;
    expect(stored.target.selector.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: target.exact });
  });

  it('marks a corrected typo for review until confirmed, also across restarts', async () => {
    const typo = 'Intro line.\nThe talks wil resume in May after a long pause. Nothing else.\n';
    const folder = await makeSet('Typo', { 'a.txt': typo });
    const h = await makeService({ initialSet: folder });
    const quote = 'The talks wil resume in May after a long pause.';
    const start = typo.indexOf(quote);
    const { annotation } = ok(await call(h, 'createAnnotation', { file: 'a.txt', ...passage(typo, start, start + quote.length), tags: ['T'] }));
    const fixed = typo.replace('wil ', 'will ');
    await writeFile(path.join(folder, 'a.txt'), fixed);

    const view = ok(await call(h, 'openArticle', { file: 'a.txt' }));
    expect(view.reanchored).toEqual({ moved: 0, fuzzy: 1, orphan: 0 });
    expect(view.annotations[0]).toMatchObject({ status: 'fuzzy', exact: quote.replace('wil ', 'will ') });
    expect(view.annotations[0]!.score).toBeGreaterThan(0.9);
    expect((await readSidecarAt(folder, 'a.txt')).annotations[0]!['ra:anchorReview']).toMatchObject({ previousExact: quote });

    const restarted = await makeService({ dataDir: h.dataDir });
    const reopened = ok(await call(restarted, 'openArticle', { file: 'a.txt' }));
    expect(reopened.annotations[0]!.status).toBe('fuzzy');
    const current = reopened.annotations[0]!;
    ok(await call(restarted, 'reattachAnnotation', { file: 'a.txt', id: annotation.id, start: current.start!, end: current.end!, exact: current.exact }));
    expect((await readSidecarAt(folder, 'a.txt')).annotations[0]!['ra:anchorReview']).toBeUndefined();
    expect(ok(await call(restarted, 'openArticle', { file: 'a.txt' })).annotations[0]!.status).toBe('exact');
  });
});

describe('brief progress', () => {
  it('is reported at each whole percent, with the start and the end', () => {
    const seen: string[] = [];
    const report = inWholePercents((done, total) => seen.push(`${done}/${total}`));
    for (let done = 0; done <= 1_000; done++) report(done, 1_000);
    expect(seen).toHaveLength(101);
    expect(seen.slice(0, 3)).toEqual(['0/1000', '10/1000', '20/1000']);
    expect(seen.at(-1)).toBe('1000/1000');
    const few: string[] = [];
    const small = inWholePercents((done, total) => few.push(`${done}/${total}`));
    for (let done = 0; done <= 3; done++) small(done, 3);
    expect(few).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });
});
