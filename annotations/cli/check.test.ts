/**
 * The real command: bundled by scripts/build.mjs, started through
 * bin/research-annotator.cjs in a child process, on temporary set folders.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRange } from '../anchoring/describe';
import { createAnnotation, type Annotation } from '../model/annotation';
import { sha256Hex } from '../node/files';
import { createService } from '../node/service';
import { ipcCall, ok } from '../node/test-support';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { CLI_BIN, runCli, type Run } from './test-support';


let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-cli-'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function cli(...args: string[]): Run {
  return runCli(root, args);
}

/** Exactly the documented --json shape: strict objects, so no extra field slips in. */
const jsonReport = z.strictObject({
  articles: z.array(
    z.strictObject({
      file: z.string(),
      sidecar: z.string(),
      annotations: z.array(
        z.strictObject({
          id: z.string(),
          status: z.enum(['exact', 'moved', 'fuzzy', 'orphan']),
          start: z.number().int().nonnegative().nullable(),
          end: z.number().int().nonnegative().nullable(),
          score: z.number().min(0).max(1).optional(),
        }),
      ),
    }),
  ),
  errors: z.array(z.strictObject({ file: z.string(), message: z.string().min(1) })),
});

function parseJsonOutput(stdout: string): z.infer<typeof jsonReport> {
  // One JSON value and nothing else: JSON.parse refuses trailing text.
  const value: unknown = JSON.parse(stdout);
  expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  return jsonReport.parse(value);
}

const NOW = '2025-01-01T00:00:00.000Z';

/** Annotates each quote (its first occurrence) in `text` and writes the article and its sidecar. */
async function writeAnnotated(folder: string, file: string, text: string, quotes: Record<string, string>): Promise<void> {
  const index = new CodePointIndex(text);
  const annotations: Annotation[] = Object.entries(quotes).map(([id, quote]) => {
    const at = text.indexOf(quote);
    if (at < 0) throw new Error(`test setup: "${quote}" is not in the text`);
    const start = index.toCodePoint(at);
    const { quote: quoteSelector, position } = describeRange(index, start, start + Array.from(quote).length);
    return createAnnotation({ id, now: NOW, source: file, quote: quoteSelector, position, tags: ['claim'] });
  });
  const bytes = Buffer.from(text, 'utf8');
  await writeFile(path.join(folder, file), bytes);
  const sidecar = { ...emptySidecar(file, sha256Hex(bytes)), annotations };
  await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar(sidecar));
}

async function newSet(name: string): Promise<string> {
  const folder = path.join(root, name);
  await mkdir(folder);
  return folder;
}

/** Every file under `folder` with its bytes and mtime, and the folder's own mtime (changes when an entry is added). */
async function snapshot(folder: string): Promise<Map<string, { bytes: string; mtimeMs: number }>> {
  const files = new Map<string, { bytes: string; mtimeMs: number }>();
  files.set('.', { bytes: '<dir>', mtimeMs: (await stat(folder)).mtimeMs });
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const info = await stat(full);
    if (!info.isFile()) {
      files.set(path.relative(folder, full), { bytes: '<dir>', mtimeMs: info.mtimeMs });
      continue;
    }
    files.set(path.relative(folder, full), { bytes: (await readFile(full)).toString('base64'), mtimeMs: info.mtimeMs });
  }
  return files;
}

const ORIGINAL = [
  'Title of the article',
  'The first claim stays where it was.',
  'Rockets 😀 hit the northern depot on Tuesday.',
  'Officials denied any involvement whatsoever in the events.',
  'Unrelated closing line.',
].join('\n');

/** Text inserted after the first claim (moves what follows) and the denial removed (orphans it). */
const EDITED = ORIGINAL.replace('was.\n', 'was.\nAn added paragraph 😀 shifts everything below.\n').replace(
  'Officials denied any involvement whatsoever in the events.',
  'Nothing to see here.',
);

describe('research-annotator check: a valid set', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await newSet('valid');
    await writeAnnotated(folder, 'a.txt', ORIGINAL, {
      'urn:uuid:exact': 'first claim stays',
      'urn:uuid:moved': 'hit the northern depot',
      'urn:uuid:orphan': 'Officials denied any involvement whatsoever',
    });
    await writeFile(path.join(folder, 'a.txt'), EDITED);
    await writeAnnotated(folder, 'b.txt', 'Another article, unchanged.\n', { 'urn:uuid:b1': 'unchanged' });
    await writeFile(path.join(folder, 'no-sidecar.txt'), 'Never annotated.\n');
  });

  it('reports exact, moved and orphaned annotations in JSON, with code-point offsets, and exits 0', () => {
    const run = cli('check', folder, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = parseJsonOutput(run.stdout);
    expect(report.errors).toEqual([]);
    // Sorted by file; the article without a sidecar is not listed.
    expect(report.articles.map((a) => [a.file, a.sidecar])).toEqual([
      ['a.txt', 'a.txt.annotations.json'],
      ['b.txt', 'b.txt.annotations.json'],
    ]);
    const moved = EDITED.indexOf('hit the northern depot');
    const movedStart = new CodePointIndex(EDITED).toCodePoint(moved);
    expect(report.articles[0]?.annotations).toEqual([
      { id: 'urn:uuid:exact', status: 'exact', start: 25, end: 42 },
      { id: 'urn:uuid:moved', status: 'moved', start: movedStart, end: movedStart + 22 },
      { id: 'urn:uuid:orphan', status: 'orphan', start: null, end: null },
    ]);
    // Two astral characters (one per emoji) precede the moved quote: code points, not UTF-16 units.
    expect(movedStart).toBe(moved - 2);
    expect(report.articles[1]?.annotations).toEqual([{ id: 'urn:uuid:b1', status: 'exact', start: 17, end: 26 }]);
  });

  it('prints a table of counts per article, the orphans, and a summary', () => {
    const run = cli('check', folder);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^article\s+exact\s+moved\s+fuzzy\s+orphan$/u);
    expect(lines[1]).toMatch(/^a\.txt\s+1\s+1\s+0\s+1$/u);
    expect(run.stdout).toContain('article changed since its sidecar was last saved');
    expect(run.stdout).toMatch(/orphan\s+“Officials denied any involvement whatsoever”\s+urn:uuid:orphan/u);
    expect(run.stdout).toMatch(/^b\.txt\s+1\s+0\s+0\s+0$/mu);
    expect(run.stdout).not.toContain('no-sidecar.txt');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 articles checked, 4 annotations (2 exact, 1 moved, 0 fuzzy, 1 orphan); 0 errors.',
    );
  });

  it('abbreviates long quotes to one line', async () => {
    const long = await newSet('long-quote');
    const quote = 'A very long\nquote that goes on and on, well past the sixty code points the report shows';
    await writeAnnotated(long, 'x.txt', `Start. ${quote} End.`, { 'urn:uuid:long': quote });
    await writeFile(path.join(long, 'x.txt'), 'Start. Everything else. End.');
    const run = cli('check', long);
    expect(run.status).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('urn:uuid:long')) ?? '';
    expect(line).toContain('“A very long quote that goes on and on, well past the sixty…”');
  });

  it('says there is nothing to check in a set without sidecars', async () => {
    const empty = await newSet('no-sidecars');
    await writeFile(path.join(empty, 'a.txt'), 'Text.\n');
    const run = cli('check', empty);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^No sidecars in .*no-sidecars: nothing to check/u);
    expect(parseJsonOutput(cli('check', empty, '--json').stdout)).toEqual({ articles: [], errors: [] });
  });
});

describe('research-annotator check and the app agree', () => {
  // The quote and 32 code points of context on each side (describe.ts) are the
  // same at both places: only where each was can tell the two apart.
  const REPEATED = 'In a statement on Monday, both sides said again that the talks will resume next week in Geneva, as officials confirmed to reporters.';
  const QUOTE = 'the talks will resume next week';
  const BEFORE = ['Negotiations', REPEATED, 'A short paragraph between.', REPEATED, 'Closing line.'].join('\n');
  /** Longer than the gap between the two quotes' old places is wide, so that the nearer occurrence to the second one's old place is the first one's. */
  const INSERTED = 'A paragraph inserted above both: it pushes every later passage down by more than the width of the gap between them.\n';

  it('after a paragraph is inserted above a repeated quote: the same place for every annotation as the app opens it', async () => {
    const folder = await newSet('repeated');
    const index = new CodePointIndex(BEFORE);
    const first = index.toCodePoint(BEFORE.indexOf(QUOTE));
    const second = index.toCodePoint(BEFORE.indexOf(QUOTE, BEFORE.indexOf(QUOTE) + 1));
    const annotations = [first, second].map((start, i) => {
      const { quote, position } = describeRange(index, start, start + QUOTE.length);
      return createAnnotation({ id: `urn:uuid:occurrence-${i + 1}`, now: NOW, source: 'a.txt', quote, position, tags: ['claim'] });
    });
    await writeFile(path.join(folder, sidecarNameFor('a.txt')), serializeSidecar({ ...emptySidecar('a.txt', sha256Hex(Buffer.from(BEFORE))), annotations }));
    const after = BEFORE.replace('Negotiations\n', `Negotiations\n${INSERTED}`);
    await writeFile(path.join(folder, 'a.txt'), after);
    const shift = Array.from(INSERTED).length;

    const run = cli('check', folder, '--json');
    expect(run.status).toBe(0);
    const checked = parseJsonOutput(run.stdout).articles[0]?.annotations.map(({ id, status, start, end }) => ({ id, status, start, end }));

    const dataDir = path.join(root, 'repeated-app-data');
    const service = createService({ dataDir, defaultSetDir: path.join(dataDir, 'unused'), seedsDir: path.join(dataDir, 'unused'), initialSet: folder, dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null } });
    try {
      await service.start();
      const opened = ok(await ipcCall(service.handlers, 'openArticle', { file: 'a.txt' })).annotations.map(({ id, status, start, end }) => ({ id, status, start, end }));
      expect(checked).toEqual(opened);
    } finally {
      service.dispose();
    }
    // Each where it really went: the paragraph's length further down.
    expect(checked).toEqual([
      { id: 'urn:uuid:occurrence-1', status: 'moved', start: first + shift, end: first + shift + QUOTE.length },
      { id: 'urn:uuid:occurrence-2', status: 'moved', start: second + shift, end: second + shift + QUOTE.length },
    ]);
  });
});

describe('research-annotator check: problems', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await newSet('problems');
    await writeAnnotated(folder, 'good.txt', 'A good article.\n', { 'urn:uuid:g': 'good' });
    await writeAnnotated(folder, 'bad.txt', 'A bad sidecar.\n', { 'urn:uuid:b': 'bad' });
    const badSidecar = path.join(folder, 'bad.txt.annotations.json');
    const json = JSON.parse(await readFile(badSidecar, 'utf8')) as { annotations: { target: { selector: { exact?: string }[] } }[] };
    const first = json.annotations[0]?.target.selector[0];
    if (first) first.exact = '';
    await writeFile(badSidecar, JSON.stringify(json, null, 2));
    await writeFile(path.join(folder, 'broken.txt'), 'Not JSON beside it.\n');
    await writeFile(path.join(folder, 'broken.txt.annotations.json'), '{ "format": ');
    await writeAnnotated(folder, 'gone.txt', 'This article will be deleted.\n', { 'urn:uuid:x': 'deleted' });
    await rm(path.join(folder, 'gone.txt'));
  });

  it('exits 1 and names each bad file and its problem in JSON', () => {
    const run = cli('check', folder, '--json');
    expect(run.status).toBe(1);
    const report = parseJsonOutput(run.stdout);
    expect(report.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(report.errors).toEqual([
      { file: 'bad.txt.annotations.json', message: 'annotations[0].target.selector[0].exact: expected a non-empty string' },
      { file: 'broken.txt.annotations.json', message: expect.stringMatching(/^the file is not valid JSON/u) },
      { file: 'gone.txt.annotations.json', message: 'article file gone.txt not found' },
    ]);
    // stderr still names the problems for a human watching a script.
    expect(run.stderr).toContain('bad.txt.annotations.json');
  });

  it('exits 1 and prints the errors on stderr, naming the file and the problem', () => {
    const run = cli('check', folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'error: bad.txt.annotations.json: annotations[0].target.selector[0].exact: expected a non-empty string',
    );
    expect(run.stderr).toContain('error: broken.txt.annotations.json: the file is not valid JSON');
    expect(run.stderr).toContain('error: gone.txt.annotations.json: article file gone.txt not found');
    expect(run.stdout).toMatch(/^good\.txt\s+1\s+0\s+0\s+0$/mu);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 article checked, 1 annotation (1 exact, 0 moved, 0 fuzzy, 0 orphan); 3 errors.',
    );
  });

  it('exits 1 with a clear message when the set folder does not exist', () => {
    const missing = path.join(root, 'does-not-exist');
    const run = cli('check', missing);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`The folder "${missing}" does not exist or cannot be read.`);
    const json = parseJsonOutput(cli('check', missing, '--json').stdout);
    expect(json.articles).toEqual([]);
    expect(json.errors).toEqual([{ file: missing, message: expect.stringContaining('does not exist') }]);
  });
});

describe('research-annotator: the command line', () => {
  it.each([
    ['no argument', []],
    ['an unknown command', ['verify', '.']],
    ['a missing folder argument', ['check']],
    ['an extra argument', ['check', 'a', 'b']],
    ['an unknown flag', ['check', '.', '--jsn']],
    ['a value for a boolean flag', ['check', '.', '--json=yes']],
  ])('exits 2 on %s, with a message on stderr and nothing on stdout', (_label, args) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^research-annotator: .+\nRun "research-annotator --help" for usage\.\n$/u);
  });

  it('prints usage with --help and exits 0', () => {
    for (const args of [['--help'], ['check', '--help'], ['-h']]) {
      const run = cli(...args);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Usage: research-annotator check <set-folder> \[--json\]/u);
      expect(run.stdout).toContain('Articles without a sidecar have no annotations and are not listed.');
    }
  });

  it('tells how to build the CLI when the bundle is missing', async () => {
    const lonely = path.join(root, 'lonely/bin');
    await mkdir(lonely, { recursive: true });
    await copyFile(CLI_BIN, path.join(lonely, 'research-annotator.cjs'));
    const result = spawnSync(process.execPath, [path.join(lonely, 'research-annotator.cjs'), 'check', '.'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('Run npm ci (or npm run build) first: the CLI is built by the prepare script.\n');
  });
});

describe('research-annotator check writes nothing', () => {
  it('leaves every file byte for byte, with its mtime, and adds none', async () => {
    const folder = await newSet('untouched');
    await writeAnnotated(folder, 'a.txt', ORIGINAL, { 'urn:uuid:1': 'first claim', 'urn:uuid:2': 'northern depot' });
    await writeFile(path.join(folder, 'a.txt'), EDITED); // moved positions must not be rewritten
    await writeAnnotated(folder, 'b.txt', 'Bee.\n', { 'urn:uuid:3': 'Bee' });
    await writeFile(path.join(folder, 'b.txt.annotations.json'), '{ not json');
    await writeAnnotated(folder, 'c.txt', 'Sea.\n', { 'urn:uuid:4': 'Sea' });
    await rm(path.join(folder, 'c.txt'));
    await writeFile(
      path.join(folder, 'annotation-set.json'),
      JSON.stringify({ format: 'research-annotator/set', version: 1, name: 'Untouched', tags: [] }),
    );
    // Old mtimes, so a rewrite within the same clock tick would still show.
    for (const name of [...(await readdir(folder)), '.']) {
      await utimes(path.join(folder, name), new Date(2001, 0, 1), new Date(2001, 0, 1));
    }
    const before = await snapshot(folder);

    expect(cli('check', folder).status).toBe(1);
    expect(cli('check', folder, '--json').status).toBe(1);

    expect(await snapshot(folder)).toEqual(before);
  });
});
