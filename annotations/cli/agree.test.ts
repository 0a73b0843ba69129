/**
 * `research-annotator agree`, the real bundled command on two copies of a
 * set on disk: the documented JSON, articles not compared with why, --tags,
 * bad input, and nothing written in either copy.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRange } from '../anchoring/describe';
import { createAnnotation } from '../model/annotation';
import { sha256Hex } from '../node/files';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { folderSnapshot, runCli } from './test-support';

const figure = z.number().nullable();
const agreeJson = z.strictObject({
  compared: z.array(z.string()),
  notCompared: z.array(z.strictObject({ file: z.string(), why: z.string() })),
  overall: z.strictObject({ alpha: figure, kappa: figure, units: z.number().int() }),
  tags: z.array(
    z.strictObject({
      tag: z.string(),
      alpha: figure,
      kappa: figure,
      units: z.number().int(),
      segments: z.strictObject({ agreed: z.number().int(), onlyA: z.number().int(), onlyB: z.number().int() }),
    }),
  ),
});

// A BOM and an astral character before the words: offsets are code points of the text without the BOM.
const SHARED = '\uFEFF😀 Russia said the talks would resume. Security guarantees were discussed at length.\n';
let root: string;
let copyA: string;
let copyB: string;

async function annotate(folder: string, file: string, quote: string, id: string, tags: string[]) {
  const text = (await readFile(path.join(folder, file), 'utf8')).replace(/^\uFEFF/u, '');
  const index = new CodePointIndex(text);
  const at = index.toCodePoint(text.indexOf(quote));
  const { quote: q, position } = describeRange(index, at, at + Array.from(quote).length);
  return createAnnotation({ id, now: '2026-01-01T00:00:00.000Z', source: file, quote: q, position, tags });
}

async function writeSidecar(folder: string, file: string, annotations: unknown[]) {
  const bytes = await readFile(path.join(folder, file));
  await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar({ ...emptySidecar(file, sha256Hex(bytes)), annotations } as never));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-agree-'));
  copyA = path.join(root, 'alice');
  copyB = path.join(root, 'bob');
  for (const copy of [copyA, copyB]) {
    await mkdir(copy);
    await writeFile(path.join(copy, 'a.txt'), SHARED);
  }
  await writeFile(path.join(copyA, 'b.txt'), 'Only Alice has this one.');
  await writeFile(path.join(copyA, 'c.txt'), 'The first wording.');
  await writeFile(path.join(copyB, 'c.txt'), 'The second wording.');
  await writeSidecar(copyA, 'a.txt', [
    await annotate(copyA, 'a.txt', 'Russia said the talks would resume.', 'urn:uuid:a1', ['Russia']),
    await annotate(copyA, 'a.txt', 'Security guarantees', 'urn:uuid:a2', ['Security/Guarantees']),
  ]);
  await writeSidecar(copyB, 'a.txt', [
    await annotate(copyB, 'a.txt', 'Russia said the talks would resume.', 'urn:uuid:b1', ['Russia']),
    await annotate(copyB, 'a.txt', 'discussed at length', 'urn:uuid:b2', ['Security']),
  ]);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// Each test runs the command (four times for the last): room for a loaded machine.
describe('research-annotator agree', { timeout: 60_000 }, () => {
  it('prints the documented JSON over the articles both copies hold with the same text, and writes nothing', async () => {
    const before = [await folderSnapshot(copyA), await folderSnapshot(copyB)];
    const run = runCli(root, ['agree', copyA, copyB, '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect([await folderSnapshot(copyA), await folderSnapshot(copyB)]).toEqual(before);
    const report = agreeJson.parse(JSON.parse(run.stdout));
    expect(report.compared).toEqual(['a.txt']);
    expect(report.notCompared).toEqual([
      { file: 'b.txt', why: 'only in the first copy' },
      { file: 'c.txt', why: 'the two copies hold different text under this name' },
    ]);
    // 12 words (Russia said the talks would resume / Security guarantees were discussed at length); the emoji is not word-like.
    const russia = report.tags.find((t) => t.tag === 'Russia')!;
    expect(russia).toEqual({ tag: 'Russia', alpha: 1, kappa: 1, units: 12, segments: { agreed: 1, onlyA: 0, onlyB: 0 } });
    expect(report.tags.map((t) => t.tag)).toEqual(['Russia', 'Security/Guarantees', 'Security']);
    // Security includes Security/Guarantees: A codes words 7–8, B words 10–12.
    const security = report.tags.find((t) => t.tag === 'Security')!;
    expect(security.segments).toEqual({ agreed: 0, onlyA: 1, onlyB: 1 });
    expect(security.kappa).toBeLessThan(0);
    expect(report.overall.units).toBe(36);
  });

  it('--tags limits the report, and a tag nobody used is not defined (null)', () => {
    const run = runCli(root, ['agree', copyA, copyB, '--json', '--tags', 'Russia,Nobody']);
    expect(run.status, run.stderr).toBe(0);
    const report = agreeJson.parse(JSON.parse(run.stdout));
    expect(report.tags.map((t) => [t.tag, t.alpha, t.kappa])).toEqual([
      ['Russia', 1, 1],
      ['Nobody', null, null],
    ]);
    expect(report.overall.units).toBe(24);
  });

  it('prints a readable report without --json', () => {
    const run = runCli(root, ['agree', copyA, copyB]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Russia +1\.00 +1\.00 +100% \(1 agreed, 0 only A, 0 only B\) +12/mu);
    expect(run.stdout).toContain('c.txt: the two copies hold different text under this name');
  });

  it('refuses the same folder twice, and a folder that is not a set, with a clear message', async () => {
    const same = runCli(root, ['agree', copyA, path.join(copyA, '.')]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('are the same folder');
    const empty = path.join(root, 'empty');
    await mkdir(empty);
    const notSet = runCli(root, ['agree', copyA, empty]);
    expect(notSet.status).toBe(1);
    expect(notSet.stderr).toContain('is not an annotation set');
    const missing = runCli(root, ['agree', copyA, path.join(root, 'nowhere')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    const one = runCli(root, ['agree', copyA]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('agree needs two set folders');
  });
});
