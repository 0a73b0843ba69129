/**
 * `check` and `brief` on a set with one corrupt or foreign sidecar, through the
 * real built command in a child process: exit 1, the file and the problem
 * named on stderr, nothing written (no brief, no change in the set: every
 * file keeps its bytes and mtime). A few representative cases of
 * sidecar/corrupt.test.ts, since each run starts a process.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/describe';
import { createAnnotation } from '../model/annotation';
import { sha256Hex } from '../node/files';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { runCli, type Run } from './test-support';

const EPOCH = '1735689600'; // 2025-01-01T00:00:00Z
const NOW = '2025-01-01T00:00:00.000Z';
const MiB = 1024 * 1024;
/** Files of the set get this mtime, so that any rewrite (even of the same bytes) shows. */
const OLD_MTIME = new Date('2020-01-02T03:04:05.000Z');

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-cli-corrupt-'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function cli(...args: string[]): Run {
  return runCli(root, args, { SOURCE_DATE_EPOCH: EPOCH });
}

const GOOD_TEXT = 'A good article\nOfficials said rockets hit the depot.\n';
const BAD_TEXT = 'An article whose sidecar is broken\nThe ministry denied any involvement.\n';
const BAD_SIDECAR = sidecarNameFor('bad.txt');

/** The sidecar of `text` with one tagged annotation on `quote`, as the app writes it. */
function sidecarOf(file: string, text: string, quote: string, id: string): string {
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(quote));
  const { quote: q, position } = describeRange(index, start, start + Array.from(quote).length);
  const annotation = createAnnotation({ id, now: NOW, source: file, quote: q, position, tags: ['claim'], note: 'A note.' });
  return serializeSidecar({ ...emptySidecar(file, sha256Hex(Buffer.from(text, 'utf8'))), annotations: [annotation] });
}

/** The sidecar of bad.txt as it would be if it were valid; the cases break it. */
const VALID_BAD = sidecarOf('bad.txt', BAD_TEXT, 'The ministry denied', 'urn:uuid:b1');

type Obj = Record<string, unknown>;

function edited(edit: (sidecar: Obj) => void): Buffer {
  const sidecar = JSON.parse(VALID_BAD) as Obj;
  edit(sidecar);
  return Buffer.from(JSON.stringify(sidecar, null, 2) + '\n');
}

function firstAnnotation(sidecar: Obj): Obj {
  return (sidecar['annotations'] as Obj[])[0] as Obj;
}

const NOT_JSON = /the file is not valid JSON/u;

const CASES: [string, () => Buffer, RegExp][] = [
  ['an empty file', () => Buffer.alloc(0), /the file is empty/u],
  ['truncated JSON', () => Buffer.from(VALID_BAD.slice(0, Math.floor(VALID_BAD.length / 2))), NOT_JSON],
  ['NUL bytes inside', () => Buffer.from(VALID_BAD.replace('A note.', 'A\0note.')), /NUL bytes/u],
  ['invalid UTF-8 in a note', () => Buffer.concat([Buffer.from(VALID_BAD.slice(0, VALID_BAD.indexOf('A note.'))), Buffer.from([0xff, 0xfe]), Buffer.from(VALID_BAD.slice(VALID_BAD.indexOf('A note.')))]), /not valid UTF-8/u],
  ['a newer version', () => edited((s) => (s['version'] = 2)), /newer version of Research Annotator/u],
  ['an unknown format string', () => edited((s) => (s['format'] = 'hypothesis/export')), /format: expected "research-annotator\/sidecar"/u],
  ['duplicate annotation ids', () => edited((s) => (s['annotations'] as Obj[]).push(firstAnnotation(s))), /annotations\[1\]\.id: duplicate annotation id "urn:uuid:b1"/u],
  ['a missing target', () => edited((s) => delete firstAnnotation(s)['target']), /annotations\[0\]\.target: missing/u],
  ['JSON that is an array', () => Buffer.from('[]'), /expected an object/u],
  ['100,000 levels of "["', () => Buffer.from('['.repeat(100_000)), NOT_JSON],
  ['an unknown field nested 100,000 levels deep', () => Buffer.from(VALID_BAD.replace('{', `{"x-deep": ${'['.repeat(100_000)}${']'.repeat(100_000)},`)), /nested more than \d+ levels deep/u],
];

/** Valid: a selector of another tool, whose type happens to be a name of Object.prototype. */
const FOREIGN_SELECTOR = () => edited((s) => ((firstAnnotation(s)['target'] as Obj)['selector'] as Obj[]).push({ type: 'constructor' }));

/** Every file of `folder` with its bytes and mtime, and the folder's own mtime (changes when an entry is added or removed). */
async function snapshot(folder: string): Promise<Map<string, { sha256: string; mtimeMs: number }>> {
  const files = new Map<string, { sha256: string; mtimeMs: number }>();
  files.set('.', { sha256: '<dir>', mtimeMs: (await stat(folder)).mtimeMs });
  for (const name of (await readdir(folder)).sort()) {
    const full = path.join(folder, name);
    files.set(name, { sha256: sha256Hex(await readFile(full)), mtimeMs: (await stat(full)).mtimeMs });
  }
  return files;
}

let sets = 0;

/** A set: good.txt with a valid sidecar, bad.txt with `sidecar`; every file and the folder dated OLD_MTIME. */
async function setWith(sidecar: Buffer): Promise<string> {
  const folder = path.join(root, `set-${++sets}`);
  await mkdir(folder);
  await writeFile(path.join(folder, 'good.txt'), GOOD_TEXT);
  await writeFile(path.join(folder, sidecarNameFor('good.txt')), sidecarOf('good.txt', GOOD_TEXT, 'rockets hit the depot', 'urn:uuid:g1'));
  await writeFile(path.join(folder, 'bad.txt'), BAD_TEXT);
  await writeFile(path.join(folder, BAD_SIDECAR), sidecar);
  for (const name of [...(await readdir(folder)), '.']) await utimes(path.join(folder, name), OLD_MTIME, OLD_MTIME);
  return folder;
}

/** check, check --json, brief to stdout and brief --out on a set whose bad.txt sidecar is `bytes`. */
async function expectRefusedAndUntouched(bytes: Buffer, problem: RegExp): Promise<void> {
  const folder = await setWith(bytes);
  const before = await snapshot(folder);
  const named = (stderr: string) => {
    const line = stderr.split('\n').find((l) => l.startsWith(`error: ${BAD_SIDECAR}: `));
    expect(line, `stderr names ${BAD_SIDECAR}:\n${stderr}`).toBeDefined();
    expect(line).toMatch(problem);
  };

  const check = cli('check', folder);
  expect(check.status, check.stderr).toBe(1);
  named(check.stderr);
  expect(check.stdout).toMatch(/^good\.txt\s+1\s+0\s+0\s+0$/mu);

  const json = cli('check', folder, '--json');
  expect(json.status, json.stderr).toBe(1);
  const report = JSON.parse(json.stdout) as { errors: { file: string; message: string }[] };
  expect(report.errors).toEqual([{ file: BAD_SIDECAR, message: expect.stringMatching(problem) }]);

  for (const format of ['markdown', 'jsonld']) {
    const brief = cli('brief', folder, '--format', format);
    expect(brief.status, brief.stderr).toBe(1);
    expect(brief.stdout).toBe('');
    named(brief.stderr);
    expect(brief.stderr).toMatch(/Nothing was written\.\n$/u);
  }

  const out = path.join(root, `brief-${sets}.md`);
  const toFile = cli('brief', folder, '--out', out);
  expect(toFile.status, toFile.stderr).toBe(1);
  named(toFile.stderr);
  await expect(stat(out)).rejects.toThrow();

  expect((await readFile(path.join(folder, BAD_SIDECAR))).equals(bytes)).toBe(true);
  expect(await snapshot(folder)).toEqual(before);
}

describe('check and brief on a set with a corrupt or foreign sidecar', () => {
  it('the set the cases are made from is valid: check and brief exit 0', async () => {
    const folder = await setWith(Buffer.from(VALID_BAD));
    const before = await snapshot(folder);
    expect(cli('check', folder).status).toBe(0);
    const brief = cli('brief', folder);
    expect(brief.status, brief.stderr).toBe(0);
    expect(brief.stdout).toContain('The ministry denied');
    expect(await snapshot(folder)).toEqual(before);
  });

  it.each(CASES)('%s: exit 1, the file named, nothing written', async (_name, bytes, problem) => {
    await expectRefusedAndUntouched(bytes(), problem);
  }, 60_000);

  it("a selector of another tool's type named like Object's members (\"constructor\") is valid: exit 0", async () => {
    const folder = await setWith(FOREIGN_SELECTOR());
    const before = await snapshot(folder);
    const check = cli('check', folder);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).toBe('');
    expect(cli('brief', folder).status).toBe(0);
    expect(await snapshot(folder)).toEqual(before);
  });

  // Refused unread above MAX_JSON_BYTES (node/set-store.ts).
  it('100 MB of spaces: exit 1, named as too large, nothing written', async () => {
    await expectRefusedAndUntouched(Buffer.alloc(100 * MiB, 0x20), /too large|larger than|size limit/u);
  }, 120_000);
});
