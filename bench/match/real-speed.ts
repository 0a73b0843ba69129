/**
 * `research-annotator match` on real news text, timed as speed.ts times it
 * on the large generated set: against reading and parsing the same set, in
 * the same run. The set is the news gold's articles and the seeds, each
 * sentence of a line or more tagged as a claim. The generated set's text,
 * walked from a few stories' word pairs, reads as one story throughout, so
 * each of its claims has several times the likely candidates of a real
 * report's and the scoring weighs more; here the details weigh most. No
 * target: the issue's is the large set's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describeRange } from '../../annotations/anchoring/describe';
import { workerCount, type MatchOptions } from '../../annotations/cli/match-workers';
import { sentenceSpansUtf16 } from '../../annotations/matching/sentences';
import { createAnnotation } from '../../annotations/model/annotation';
import { sha256Hex } from '../../annotations/node/files';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../../annotations/sidecar/schema';
import { CodePointIndex, stripBom } from '../../annotations/text/code-points';
import type { Measure } from '../measure';
import { median, round } from '../reanchor/run';
import { GOLD, ROOT } from './gold';
import { timeMatch, WORKER_SCRIPT } from './speed';

/** A sentence shorter than this (a dateline, a byline) is not tagged. */
const MIN_CLAIM = 40;

/** Writes the set into `folder`: `articles` articles at most, seeds first; returns how many articles and claims. */
async function writeNewsSet(folder: string, articles: number): Promise<{ articles: number; claims: number }> {
  const files = [path.join(ROOT, 'seeds'), path.join(GOLD, 'news/articles')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(dir, f)),
  );
  let claims = 0;
  const chosen = files.slice(0, articles);
  for (const source of chosen) {
    const file = path.basename(source);
    const bytes = readFileSync(source);
    const text = stripBom(bytes.toString('utf8'));
    const index = new CodePointIndex(text);
    const annotations = sentenceSpansUtf16(text)
      .filter((s) => s.end - s.start >= MIN_CLAIM)
      .map((s, k) => {
        const { quote, position } = describeRange(index, index.toCodePoint(s.start), index.toCodePoint(s.end));
        return createAnnotation({ id: `urn:uuid:${file}-${k}`, now: '2026-01-01T00:00:00.000Z', source: file, quote, position, tags: ['claim'] });
      });
    claims += annotations.length;
    await writeFile(path.join(folder, file), bytes);
    await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar({ ...emptySidecar(file, sha256Hex(bytes)), annotations }));
  }
  return { articles: chosen.length, claims };
}

export async function realSpeed(config: { articles: number; runs: number }, log: (line: string) => void): Promise<Measure[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ra-match-news-'));
  try {
    const size = await writeNewsSet(folder, config.articles);
    const workers = workerCount(size.claims, undefined, 0);
    const ways: { name: string; options: MatchOptions }[] = [
      { name: 'default', options: { format: 'json', workers, workerScript: WORKER_SCRIPT } },
      { name: 'one-thread', options: { format: 'json', workers: 1 } },
    ];
    const { base: baseline, wall, cpuTime: cpu, bytes: written } = await timeMatch(folder, ways, config.runs);
    const of = (m: ReadonlyMap<string, number[]>, name: string) => median(m.get(name) ?? []);
    const bytes = written.get('default') ?? 0;
    log(
      `real news text: ${size.articles} articles (the seeds and the news gold), ${size.claims} claims (every sentence); reading and parsing ${round(baseline)} ms; --json on ${workers || 1} thread${workers > 1 ? 's' : ''} (the default here) ${round(of(wall, 'default'))} ms (${round(of(cpu, 'default'))} ms CPU), on one thread ${round(of(wall, 'one-thread'))} ms (${round(of(cpu, 'one-thread'))} ms CPU), ${round(bytes / 1e6, 1)} MB`,
    );
    return [
      { id: 'match-news-text-ratio', value: round(of(wall, 'default') / baseline, 2), unit: '× read+parse', baseline: round(baseline), runs: config.runs },
      { id: 'match-news-text-one-thread-ratio', value: round(of(wall, 'one-thread') / baseline, 2), unit: '× read+parse', baseline: round(baseline), runs: config.runs },
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
