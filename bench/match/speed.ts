/**
 * The matcher's speed on a large set made from real text (generate.ts),
 * each time against a baseline measured in the same run:
 *   - `research-annotator match`'s work (runMatch: read, match, the
 *     report written, to nowhere) against reading and parsing the set, on
 *     worker threads as the command runs by default and on one thread, and
 *     with `--json`;
 *   - building the index, and adding one article;
 *   - one claim's Elsewhere as the app's core answers it (p95);
 *   - how much the scoring's work bounds (scoring.ts) change: on a sample
 *     of claims, the likely candidates of an exhaustive search that the
 *     bounded one lists too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { anchorAll } from '../../annotations/anchoring/anchor';
import path from 'node:path';
import { runMatch } from '../../annotations/cli/match';
import { workerCount, type MatchOptions } from '../../annotations/cli/match-workers';
import { matchClaim, type ArticleState } from '../../annotations/matching/claim-matches';
import { elsewhere } from '../../annotations/matching/elsewhere';
import { MatchIndex } from '../../annotations/matching/index';
import { SetStore } from '../../annotations/node/set-store';
import type { Measure } from '../measure';
import { mulberry32 } from '../reanchor/generate';
import { median, round } from '../reanchor/run';
import { generateArticles, writeLargeSet, type LargeArticle, type LargeSetOptions } from './generate';

export interface SpeedOptions extends LargeSetOptions {
  runs: number;
  /** Claims timed one by one (Elsewhere p95). */
  queries: number;
  /** Claims compared with an exhaustive search. */
  agreement: number;
}

/** The worker of the built command (npm run bench builds it first): what the installed command starts. */
export const WORKER_SCRIPT = path.join(__dirname, '../cli/match-worker.cjs');

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

/** What `timeMatch` measures, each time a list of the runs' (medians are taken by the caller), by way's name. */
export interface MatchTimes {
  /** Reading and parsing the set, wall and CPU time: the baseline. */
  base: number;
  baseCpu: number;
  wall: ReadonlyMap<string, number[]>;
  /** CPU time too, of every thread of the process: on a machine shared with other work, wall time measures the load as much as the code. */
  cpuTime: ReadonlyMap<string, number[]>;
  /** The UTF-8 bytes each way wrote, as writing them would encode the text. */
  bytes: ReadonlyMap<string, number>;
}

/**
 * `research-annotator match`'s work (runMatch: read, match, the report
 * written, to nowhere) each way, `runs` times, in turns with reading and
 * parsing the set, and the ways in turns too (reversed every other run).
 */
export async function timeMatch(folder: string, ways: readonly { name: string; options: MatchOptions }[], runs: number): Promise<MatchTimes> {
  const baseline: number[] = [];
  const baselineCpu: number[] = [];
  const wall = new Map<string, number[]>(ways.map((w) => [w.name, []]));
  const cpuTime = new Map<string, number[]>(ways.map((w) => [w.name, []]));
  const bytes = new Map<string, number>();
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    await readSet(folder);
    baseline.push(performance.now() - t);
    baselineCpu.push(cpuMs(cpu));
    for (const way of r % 2 === 0 ? ways : [...ways].reverse()) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      let written = 0;
      await runMatch(folder, way.options, { out: (text) => void (written += typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength), err: () => {} });
      wall.get(way.name)?.push(performance.now() - t);
      cpuTime.get(way.name)?.push(cpuMs(cpu));
      bytes.set(way.name, written);
    }
  }
  return { base: median(baseline), baseCpu: median(baselineCpu), wall, cpuTime, bytes };
}

/** Reading and parsing the set as any command must: list, read every article and sidecar (validated). */
async function readSet(folder: string): Promise<number> {
  const store = await SetStore.open(folder);
  let annotations = 0;
  for (const file of await store.listArticleFiles()) {
    await store.readArticle(file);
    annotations += (await store.readSidecar(file))?.annotations.length ?? 0;
  }
  return annotations;
}

export async function speed(config: SpeedOptions, log: (line: string) => void): Promise<{ measures: Measure[]; elsewhereMedian: number }> {
  const measures: Measure[] = [];
  let elsewhereMedian = 0;
  const size = `${config.articles}x${config.claims >= 1000 ? `${config.claims / 1000}k` : config.claims}`;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ra-match-bench-'));
  try {
    const articles = generateArticles(config);
    await writeLargeSet(folder, articles, config.claims);
    log(`set: ${articles.length} articles, ${config.claims} claims, ${round(articles.reduce((n, a) => n + a.text.length, 0) / 1e6, 2)} MB`);

    // The command on one thread per core (what it does by default on an idle machine; on a busy one it keeps to fewer, two at least), on one thread, and with --json.
    const workers = workerCount(config.claims, undefined, 0);
    const ways: { name: string; options: MatchOptions }[] = [
      { name: 'workers', options: { format: 'human', workers, workerScript: WORKER_SCRIPT } },
      { name: 'one-thread', options: { format: 'human', workers: 1 } },
      { name: 'json', options: { format: 'json', workers, workerScript: WORKER_SCRIPT } },
    ];
    const { base, baseCpu, wall, cpuTime, bytes } = await timeMatch(folder, ways, config.runs);
    const of = (m: ReadonlyMap<string, number[]>, name: string) => median(m.get(name) ?? []);
    log(`reading and parsing the set: ${round(base)} ms (${round(baseCpu)} ms CPU); match on ${workers} threads (${workers === 2 ? 'by stage: a worker scores, the main thread reads the details; ' : ''}${os.availableParallelism()} cores, load average ${round(os.loadavg()[0] ?? 0)}: by default the command would take ${workerCount(config.claims)}): ${round(of(wall, 'workers'))} ms (${round(of(cpuTime, 'workers'))} ms CPU); on one thread ${round(of(wall, 'one-thread'))} ms (${round(of(cpuTime, 'one-thread'))} ms CPU); --json on those threads ${round(of(wall, 'json'))} ms (${round(of(cpuTime, 'json'))} ms CPU), ${round((bytes.get('json') ?? 0) / 1e6)} MB (the sink counts the UTF-8 bytes, as writing them would encode the text)`);
    const ratio = (name: string) => round(of(wall, name) / base, 2);
    const cpuRatio = (name: string) => round(of(cpuTime, name) / baseCpu, 2);
    measures.push({ id: `match-${size}-ratio`, value: ratio('workers'), unit: '× read+parse', baseline: round(base), runs: config.runs, target: { op: '<=', value: 3 } });
    measures.push({ id: `match-${size}-ms`, value: round(of(wall, 'workers')), unit: 'ms', runs: config.runs });
    measures.push({ id: `match-${size}-cpu-ratio`, value: cpuRatio('workers'), unit: '× read+parse (CPU)', baseline: round(baseCpu), runs: config.runs });
    measures.push({ id: `match-${size}-one-thread-ratio`, value: ratio('one-thread'), unit: '× read+parse', baseline: round(base), runs: config.runs });
    measures.push({ id: `match-${size}-one-thread-cpu-ratio`, value: cpuRatio('one-thread'), unit: '× read+parse (CPU)', baseline: round(baseCpu), runs: config.runs });
    measures.push({ id: `match-${size}-json-ratio`, value: ratio('json'), unit: '× read+parse', baseline: round(base), runs: config.runs });

    // At least three builds: one alone, right after the command's runs, may take in a collection of their garbage.
    const { index, builds, cpu } = buildTimes(articles, Math.max(3, config.runs));
    measures.push({ id: `match-index-${config.articles}-build-ms`, value: round(median(builds)), unit: 'ms', runs: builds.length, target: { op: '<=', value: 1000 } });
    measures.push({ id: `match-index-${config.articles}-build-cpu-ms`, value: round(median(cpu)), unit: 'ms (CPU)', runs: builds.length });
    const adds: number[] = [];
    const first = articles[0] as LargeArticle;
    for (let r = 0; r < 21; r++) {
      const t = performance.now();
      index.setArticle(first.file, first.text);
      adds.push(performance.now() - t);
    }
    measures.push({ id: 'match-index-add-one-ms', value: round(median(adds), 2), unit: 'ms', runs: adds.length, target: { op: '<=', value: 20 } });

    const states = await articleStates(folder, index, articles);
    const random = mulberry32(config.seed);
    const times: number[] = [];
    const files = [...states.keys()];
    const sample: { file: string; start: number; end: number; text: string }[] = [];
    for (let q = 0; q < Math.max(config.queries, config.agreement); q++) {
      const file = files[Math.floor(random() * files.length)] as string;
      const state = states.get(file) as ArticleState;
      const claim = state.annotations[Math.floor(random() * state.annotations.length)];
      if (!claim) continue;
      if (q < config.queries) {
        const t = performance.now();
        matchClaim(index, states, file, claim);
        times.push(performance.now() - t);
      }
      if (q < config.agreement) sample.push({ file, start: claim.start, end: claim.end, text: state.text.slice(claim.start, claim.end) });
    }
    elsewhereMedian = median(times);
    measures.push({ id: `match-elsewhere-${config.articles}-p95-ms`, value: round(percentile(times, 0.95), 2), unit: 'ms', runs: times.length, target: { op: '<=', value: 50 } });
    measures.push(...agreement(index, sample, log));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { measures, elsewhereMedian };
}

function buildTimes(articles: readonly LargeArticle[], runs: number): { index: MatchIndex; builds: number[]; cpu: number[] } {
  const builds: number[] = [];
  const cpu: number[] = [];
  let index = new MatchIndex();
  for (let r = 0; r < runs; r++) {
    index = new MatchIndex();
    const t = performance.now();
    const c = process.cpuUsage();
    for (const a of articles.slice(1)) index.setArticle(a.file, a.text);
    builds.push(performance.now() - t);
    cpu.push(process.cpuUsage(c).user / 1000);
  }
  return { index, builds, cpu };
}

/** Each article's text and anchored annotations, as the app's core holds them. */
async function articleStates(folder: string, index: MatchIndex, articles: readonly LargeArticle[]): Promise<Map<string, ArticleState>> {
  const states = new Map<string, ArticleState>();
  const store = await SetStore.open(folder);
  for (const a of articles) {
    const text = index.article(a.file)?.text;
    const list = (await store.readSidecar(a.file))?.annotations ?? [];
    if (!text) continue;
    const anchored = anchorAll(text, list);
    states.set(a.file, { text, annotations: list.map((annotation, i) => ({ annotation, start: anchored[i]?.start ?? 0, end: anchored[i]?.end ?? 0 })) });
  }
  return states;
}

/** The bounded search against the exhaustive one, on the sample of claims. */
function agreement(index: MatchIndex, sample: readonly { file: string; start: number; end: number; text: string }[], log: (line: string) => void): Measure[] {
  const key = (c: { file: string; start: number; end: number }) => `${c.file}\0${c.start}\0${c.end}`;
  let identical = 0;
  let exhaustiveLikely = 0;
  let listed = 0;
  let bounded = 0;
  let exhaustive = 0;
  for (const claim of sample) {
    let t = performance.now();
    const fast = elsewhere(index, claim).candidates;
    bounded += performance.now() - t;
    t = performance.now();
    const full = elsewhere(index, claim, undefined, { exhaustive: true }).candidates;
    exhaustive += performance.now() - t;
    if (JSON.stringify(fast) === JSON.stringify(full)) identical++;
    const found = new Set(fast.filter((c) => c.likely).map(key));
    for (const c of full.filter((x) => x.likely)) {
      exhaustiveLikely++;
      if (found.has(key(c))) listed++;
    }
  }
  log(`work bounds: ${identical} of ${sample.length} claims list exactly what an exhaustive search lists; ${listed} of its ${exhaustiveLikely} likely candidates listed likely; ${round(bounded)} ms against ${round(exhaustive)} ms exhaustive`);
  return [
    { id: 'match-bounds-likely-kept', value: round(exhaustiveLikely === 0 ? 1 : listed / exhaustiveLikely, 3), unit: 'share', runs: sample.length },
    { id: 'match-bounds-identical', value: round(identical / Math.max(1, sample.length), 3), unit: 'share', runs: sample.length },
  ];
}
