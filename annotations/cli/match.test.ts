/**
 * `research-annotator match`, the real bundled command on a copy of the
 * seed set: the documented JSON, the counterpart found, an existing
 * annotation named, a dismissed pair left out, and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRange } from '../anchoring/describe';
import { createAnnotation } from '../model/annotation';
import { dismiss } from '../matching/decisions';
import { sha256Hex } from '../node/files';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { writeAnnotatedSeedSet } from '../node/annotated-seed-set';
import { writeClaimHeavySeedSet } from '../node/claim-heavy-set';
import { matchJson as reportJson, matchJsonChunks, matchSet } from './match';
import { CLI_BIN, folderSnapshot, runCli } from './test-support';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const A = '000_5070c6c1e48426b5.txt';
const B = '002_629f6f8c301c9278.txt';
const C = '004_f5d7da63b06ad7bc.txt';
const CLAIM = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const COUNTERPART = '“Armenia and Azerbaijan could strike a peace deal pretty soon,” U.S. Secretary of State Marco Rubio said ahead of the leaders’ recent meeting.';
const DISMISSED = 'The memorandum will be preliminary in nature';

/** Exactly the documented shape: strict objects, so no extra field slips in. */
const matchJson = z.strictObject({
  claims: z.array(
    z.strictObject({
      file: z.string(),
      id: z.string(),
      candidates: z.array(
        z.strictObject({
          file: z.string(),
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
          score: z.number().min(0).max(1),
          likely: z.boolean(),
          annotation: z.string().nullable(),
          differences: z.array(z.strictObject({ kind: z.enum(['number', 'date', 'person', 'place', 'name']), here: z.string(), there: z.string() })),
        }),
      ),
    }),
  ),
});

let folder: string;

async function annotate(file: string, quote: string, id: string, tags: string[]) {
  const text = await readFile(path.join(folder, file), 'utf8');
  const index = new CodePointIndex(text);
  const at = index.toCodePoint(text.indexOf(quote));
  const { quote: q, position } = describeRange(index, at, at + Array.from(quote).length);
  return { annotation: createAnnotation({ id, now: '2026-01-01T00:00:00.000Z', source: file, quote: q, position, tags }), index, at };
}

async function writeSidecar(file: string, annotations: unknown[]) {
  const bytes = await readFile(path.join(folder, file));
  await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar({ ...emptySidecar(file, sha256Hex(bytes)), annotations } as never));
}

async function snapshot(): Promise<Record<string, string>> {
  const files = (await readdir(folder)).sort();
  const entries = await Promise.all(
    files.map(async (f) => [f, `${(await readFile(path.join(folder, f))).toString('base64')} ${(await stat(path.join(folder, f))).mtimeMs}`] as const),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-'));
  await mkdir(folder, { recursive: true });
  for (const f of (await readdir(SEEDS)).filter((f) => f.endsWith('.txt'))) await copyFile(path.join(SEEDS, f), path.join(folder, f));
  const claim = await annotate(A, CLAIM, 'urn:uuid:claim', ['claim']);
  const dismissedText = await readFile(path.join(folder, C), 'utf8');
  const cIndex = new CodePointIndex(dismissedText);
  const start = cIndex.toCodePoint(dismissedText.indexOf(DISMISSED));
  const sentenceEnd = cIndex.toCodePoint(dismissedText.indexOf('.', dismissedText.indexOf(DISMISSED)) + 1);
  const { claim: withDismissal } = dismiss(claim.annotation, { file: C, text: cIndex, start, end: sentenceEnd }, '2026-01-01T00:00:00.000Z');
  await writeSidecar(A, [withDismissal]);
  const existing = await annotate(B, COUNTERPART, 'urn:uuid:existing', []);
  await writeSidecar(B, [existing.annotation]);
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The built command with `args`, as a line for sh (each word quoted). */
function shellCli(...args: string[]): string {
  return [process.execPath, CLI_BIN, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
}

describe('research-annotator match', () => {
  it('prints the documented JSON, finds the counterpart as the existing annotation, and writes nothing', async () => {
    const before = await snapshot();
    const run = runCli(folder, ['match', folder, '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(await snapshot()).toEqual(before);
    const report = matchJson.parse(JSON.parse(run.stdout));
    expect(report.claims.map((c) => [c.file, c.id])).toEqual([[A, 'urn:uuid:claim']]);
    const candidates = report.claims[0]!.candidates;
    const counterpart = candidates.find((c) => c.file === B && c.text.includes('could strike a peace deal pretty soon'));
    expect(counterpart).toMatchObject({ likely: true, annotation: 'urn:uuid:existing' });
    expect(candidates.every((c) => c.file !== A)).toBe(true);
    // Ordered by score, at most three per article.
    expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((x, y) => y - x));
    for (const file of new Set(candidates.map((c) => c.file))) expect(candidates.filter((c) => c.file === file).length).toBeLessThanOrEqual(3);
    // Offsets are code points of the article.
    const text = new CodePointIndex(await readFile(path.join(folder, counterpart!.file), 'utf8'));
    expect(text.slice(counterpart!.start, counterpart!.end)).toBe(counterpart!.text);
  });

  it('leaves out the pair the analyst dismissed', () => {
    const run = runCli(folder, ['match', folder, '--json']);
    const report = matchJson.parse(JSON.parse(run.stdout));
    expect(report.claims[0]!.candidates.some((c) => c.text.includes(DISMISSED))).toBe(false);
  });

  it('shows how far it has got on a terminal, one line rewritten in place, and nothing of it in a pipe', () => {
    // A pseudo-terminal from util-linux's script(1): stderr is a TTY there, as in a shell.
    const tty = spawnSync('script', ['-qec', `${shellCli('match', folder)} > /dev/null`, '/dev/null'], { encoding: 'utf8' });
    expect(tty.status, tty.stderr).toBe(0);
    const lines = tty.stdout.split('\r\x1b[K');
    expect(lines.slice(1, 3)).toEqual(['reading the set…', 'matching claims: 1 of 1']);
    // Cleared before the notes and the end: the last line written is empty.
    expect(lines.at(-1)?.trim()).toBe('');
    const piped = runCli(folder, ['match', folder]);
    expect(piped.stderr).not.toContain('\x1b');
  });

  it('ends quietly when the reader of its output stops reading (`match … | head`)', async () => {
    // The annotated seed set: its report is larger than a pipe holds, so the command is still writing when the pipe closes.
    const seedSet = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-pipe-'));
    try {
      await writeAnnotatedSeedSet(seedSet);
      // As a user pipes it, in a shell: head reads ten bytes and exits, closing the pipe.
      const run = spawnSync('sh', ['-c', `${shellCli('match', seedSet, '--json')} | head -c 10`], { encoding: 'utf8' });
      expect(run.stdout).toBe('{\n  "claim');
      expect(run.stderr).not.toMatch(/internal error|EPIPE/u);
    } finally {
      await rm(seedSet, { recursive: true, force: true });
    }
  });

  it('stops matching when the reader of its output stops (`match … | head`), rather than matching the rest for nobody', async () => {
    // The seeds in four copies, every sentence a claim: a report of megabytes, written a chunk at a time while claims are matched.
    const root = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-head-'));
    const set = path.join(root, 'set');
    try {
      expect(await writeClaimHeavySeedSet(SEEDS, set, 4)).toBeGreaterThan(500);
      const whole = spawnSync('sh', ['-c', `${shellCli('match', set, '--json', '--workers', '1')} | wc -c`], { encoding: 'utf8' });
      expect(Number(whole.stdout)).toBeGreaterThan(2_000_000);
      // What it says of the set once every claim is matched: the copies of each article.
      expect(whole.stderr).toContain('note: copies of one story');
      const head = spawnSync('sh', ['-c', `${shellCli('match', set, '--json', '--workers', '1')} | head -c 10`], { encoding: 'utf8' });
      expect(head.stdout).toBe('{\n  "claim');
      // It ended at the first chunk the closed pipe refused, long before the end.
      expect(head.stderr).not.toContain('note: copies of one story');
      expect(head.stderr).not.toMatch(/internal error|EPIPE/u);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('prints a readable report without --json', () => {
    const run = runCli(folder, ['match', folder]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(A);
    expect(run.stdout).toMatch(/likely {2}002_629f6f8c301c9278\.txt \d+–\d+ {2}“/u);
    expect(run.stdout).toMatch(/1 claim, \d+ likely candidates? in \d+ articles?\./u);
  });

  it('counts, in its summary, the claims too short to match, each named in a note', async () => {
    const set = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-short-'));
    try {
      for (const f of (await readdir(SEEDS)).filter((f) => f.endsWith('.txt'))) await copyFile(path.join(SEEDS, f), path.join(set, f));
      // Two claims in one article: a sentence, and a single word of it.
      const text = await readFile(path.join(set, A), 'utf8');
      const index = new CodePointIndex(text);
      const at = index.toCodePoint(text.indexOf(CLAIM));
      const claim = (id: string, end: number) => {
        const { quote, position } = describeRange(index, at, end);
        return createAnnotation({ id, now: '2026-01-01T00:00:00.000Z', source: A, quote, position, tags: ['claim'] });
      };
      const sidecar = emptySidecar(A, sha256Hex(Buffer.from(text)));
      await writeFile(path.join(set, sidecarNameFor(A)), serializeSidecar({ ...sidecar, annotations: [claim('urn:uuid:whole', at + CLAIM.length), claim('urn:uuid:word', at + 'Rubio'.length)] }));
      const run = runCli(set, ['match', set]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/\n2 claims \(1 not matched: the notes say why\), \d+ likely candidates in \d+ articles\.\n$/u);
      expect(run.stderr).toContain(`note: ${A}: claim urn:uuid:word: too short to match`);
    } finally {
      await rm(set, { recursive: true, force: true });
    }
  });

  it('says why the report is empty on a set with no tagged annotation (the seeds as they ship)', async () => {
    const plain = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-plain-'));
    try {
      for (const f of await readdir(SEEDS)) await copyFile(path.join(SEEDS, f), path.join(plain, f));
      const run = runCli(plain, ['match', plain]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('0 claims, 0 likely candidates in 0 articles.\n');
      expect(run.stderr).toContain('note: no tagged annotation in this set, so no claim to match');
      const json = runCli(plain, ['match', plain, '--json']);
      expect(JSON.parse(json.stdout)).toEqual({ claims: [] });
      expect(runCli(folder, ['match', folder]).stderr).not.toContain('no tagged annotation');
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it('says which tagged annotations it cannot match (an orphan, a sidecar whose article is gone), and matches the rest', async () => {
    const set = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-unmatched-'));
    try {
      await writeAnnotatedSeedSet(set);
      const whole = matchJson.parse(JSON.parse(runCli(set, ['match', set, '--json']).stdout));
      const claimsOf = (report: z.infer<typeof matchJson>, file: string) => report.claims.filter((c) => c.file === file).length;
      // The claim quoted above, edited out of its article: its annotation is an orphan now.
      const text = await readFile(path.join(set, A), 'utf8');
      expect(text).toContain(CLAIM);
      await writeFile(path.join(set, A), text.replace(CLAIM, 'A sentence written in its place since.'));
      // B's article gone, its sidecar left behind.
      await rm(path.join(set, B));
      const before = await folderSnapshot(set);
      const run = runCli(set, ['match', set, '--json']);
      expect(run.status, run.stderr).toBe(0);
      const report = matchJson.parse(JSON.parse(run.stdout));
      expect(claimsOf(report, A)).toBe(claimsOf(whole, A) - 1);
      expect(claimsOf(report, B)).toBe(0);
      expect(report.claims.length).toBe(whole.claims.length - 1 - claimsOf(whole, B));
      expect(run.stderr).toContain(`note: ${A}: 1 tagged annotation is an orphan (its quote is no longer in the article): not matched; \`research-annotator check\` lists it\n`);
      expect(run.stderr).toContain(`note: ${B}.annotations.json: its article ${B} is not in the set: ${claimsOf(whole, B)} tagged annotations not matched\n`);
      expect(await folderSnapshot(set)).toEqual(before);
      // Every claim unmatched: the notes say why, not that the set has no tagged annotation.
      for (const f of (await readdir(set)).filter((f) => f.endsWith('.txt'))) await rm(path.join(set, f));
      const none = runCli(set, ['match', set]);
      expect(none.status, none.stderr).toBe(0);
      expect(none.stdout).toBe('0 claims, 0 likely candidates in 0 articles.\n');
      expect(none.stderr).toContain(`note: ${A}.annotations.json: its article ${A} is not in the set`);
      expect(none.stderr).not.toContain('no tagged annotation');
    } finally {
      await rm(set, { recursive: true, force: true });
    }
  });

  it('prints the JSON a claim at a time, to the byte what the whole report stringified is', async () => {
    const seedSet = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-seeds-'));
    try {
      await writeAnnotatedSeedSet(seedSet);
      const report = await matchSet(seedSet);
      expect(report.claims.length).toBeGreaterThan(40);
      const whole = JSON.stringify(reportJson(report), null, 2) + '\n';
      // Small chunks: many of them, each cut between two claims.
      const chunks = [...matchJsonChunks(report, 4096)];
      expect(chunks.length).toBeGreaterThan(10);
      expect(chunks.join('')).toBe(whole);
      expect(runCli(seedSet, ['match', seedSet, '--json']).stdout).toBe(whole);
      const empty = { ...report, claims: [] };
      expect([...matchJsonChunks(empty)].join('')).toBe(JSON.stringify(reportJson(empty), null, 2) + '\n');
    } finally {
      await rm(seedSet, { recursive: true, force: true });
    }
  }, 60_000);

  it('on worker threads prints, to the byte, what it prints on one thread', async () => {
    const seedSet = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-workers-'));
    try {
      await writeAnnotatedSeedSet(seedSet);
      for (const format of [['--json'], []]) {
        const one = runCli(seedSet, ['match', seedSet, ...format], { RA_MATCH_WORKERS: '1' });
        expect(one.status, one.stderr).toBe(0);
        expect(one.stdout.length).toBeGreaterThan(10_000);
        // Two threads: a worker scores, this thread reads the details from the scorings. Three workers for 44 claims:
        // runs of one claim each, coming back out of order.
        for (const count of ['2', '3']) {
          const workers = runCli(seedSet, ['match', seedSet, ...format, '--workers', count]);
          expect(workers.status, workers.stderr).toBe(0);
          expect(workers.stdout).toBe(one.stdout);
          expect(workers.stderr).toBe(one.stderr);
        }
      }
    } finally {
      await rm(seedSet, { recursive: true, force: true });
    }
  }, 60_000);

  it('dates a claim\'s "last month" by its article\'s published date in the sidecar, on one thread and on workers', async () => {
    // Two reports of story F (bench/match/gold/news): one dates the attack "last month", the other "May 2".
    const news = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/match/gold/news/articles');
    const set = await mkdtemp(path.join(os.tmpdir(), 'annotator-match-dated-'));
    const [here, there] = ['f01-newindianexpress.txt', 'f12-newszop-toi.txt'];
    const claimText = 'following the Pahalgam terror attack last month';
    try {
      for (const f of [here, there]) await copyFile(path.join(news, f), path.join(set, f));
      const text = await readFile(path.join(set, here), 'utf8');
      const index = new CodePointIndex(text);
      const at = index.toCodePoint(text.indexOf(claimText));
      const { quote, position } = describeRange(index, at, at + claimText.length);
      const claim = createAnnotation({ id: 'urn:uuid:dated', now: '2026-01-01T00:00:00.000Z', source: here, quote, position, tags: ['claim'] });
      const withDate = async (published?: string) => {
        const sidecar = emptySidecar(here, sha256Hex(Buffer.from(text)));
        await writeFile(path.join(set, sidecarNameFor(here)), serializeSidecar({ ...sidecar, article: { ...sidecar.article, ...(published ? { published } : {}) }, annotations: [claim] } as never));
      };
      const mayTwo = (args: string[] = []) => {
        const run = runCli(set, ['match', set, '--json', ...args]);
        expect(run.status, run.stderr).toBe(0);
        const report = matchJson.parse(JSON.parse(run.stdout));
        return report.claims[0]?.candidates.find((c) => c.file === there && c.text.includes('after the May 2 Pahalgam attack'));
      };
      await withDate('2025-05-10T09:00:00+05:30');
      expect(mayTwo()?.differences).toEqual([{ kind: 'date', here: 'last month', there: 'May 2' }]);
      expect(mayTwo(['--workers', '2'])?.differences).toEqual([{ kind: 'date', here: 'last month', there: 'May 2' }]);
      // The JSON keeps the contract's three fields; the readable report says how "last month" was read.
      expect(runCli(set, ['match', set]).stdout).toContain('differs (date): “last month” (April 2025) / “May 2”');
      // Undated, "last month" is no date: nothing to set against "May 2".
      await withDate(undefined);
      expect(mayTwo()?.differences).toEqual([]);
    } finally {
      await rm(set, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a number of workers (--workers, RA_MATCH_WORKERS) that is not one', () => {
    for (const [args, env] of [[['--workers', 'two'], {}], [[], { RA_MATCH_WORKERS: '-1' }]] as const) {
      const run = runCli(folder, ['match', folder, ...args], env);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/takes a number of worker threads/u);
    }
  });

  it('refuses a wrong command line with status 2', () => {
    const run = runCli(folder, ['match']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/missing argument: the set folder to match/u);
  });
});
