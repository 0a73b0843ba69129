/**
 * The matcher's speed on a large set made from real text (generate.ts),
 * each time against a baseline measured in the same run:
 *   - `research-annotator match`'s work (matchSet) against reading and
 *     parsing the set, and printing its JSON against the same;
 *   - building the index, and adding one article;
 *   - one claim's Elsewhere as the app's core answers it (p95);
 *   - how much the scoring's work bounds (scoring.ts) change: on a sample
 *     of claims, the likely candidates of an exhaustive search that the
 *     bounded one lists too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { anchorAll } from '../../annotations/anchoring/anchor';
import { matchJsonChunks, matchSet } from '../../annotations/cli/match';
import { matchClaim, type ArticleState } from '../../annotations/matching/claim-matches';
import { elsewhere } from '../../annotations/matching/elsewhere';
import { MatchIndex } from '../../annotations/matching/index';
import { SetStore } from '../../annotations/node/set-store';
import type { Measure } from '../measure';
import { mulberry32 } from '../reanchor/generate';
import { median } from '../reanchor/run';
import { generateArticles, writeLargeSet, type LargeArticle, type LargeSetOptions } from './generate';

export interface SpeedOptions extends LargeSetOptions {
  runs: number;
  /** Claims timed one by one (Elsewhere p95). */
  queries: number;
  /** Claims compared with an exhaustive search. */
  agreement: number;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
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

    const baseline: number[] = [];
    const matched: number[] = [];
    const printed: number[] = [];
    // CPU time too: on a machine shared with other work, wall time measures the load as much as the code.
    const baselineCpu: number[] = [];
    const matchedCpu: number[] = [];
    let candidates = 0;
    let likely = 0;
    let bytes = 0;
    for (let r = 0; r < config.runs; r++) {
      let t = performance.now();
      let cpu = process.cpuUsage();
      await readSet(folder);
      baseline.push(performance.now() - t);
      baselineCpu.push(process.cpuUsage(cpu).user / 1000);
      t = performance.now();
      cpu = process.cpuUsage();
      const report = await matchSet(folder);
      matched.push(performance.now() - t);
      matchedCpu.push(process.cpuUsage(cpu).user / 1000);
      t = performance.now();
      bytes = 0;
      for (const chunk of matchJsonChunks(report)) bytes += chunk.length;
      printed.push(performance.now() - t);
      candidates = report.claims.reduce((n, c) => n + c.candidates.length, 0);
      likely = report.claims.reduce((n, c) => n + c.candidates.filter((x) => x.likely).length, 0);
    }
    const base = median(baseline);
    log(`match: ${round(median(matched))} ms (${round(median(matchedCpu))} ms CPU) for ${config.claims} claims (${candidates} candidates, ${likely} likely), its JSON ${round(bytes / 1e6)} MB in ${round(median(printed))} ms; reading and parsing the set ${round(base)} ms (${round(median(baselineCpu))} ms CPU)`);
    measures.push({ id: `match-${size}-ratio`, value: round(median(matched) / base, 2), unit: '× read+parse', baseline: round(base), runs: config.runs, target: { op: '<=', value: 3 } });
    measures.push({ id: `match-${size}-ms`, value: round(median(matched)), unit: 'ms', runs: config.runs });
    measures.push({ id: `match-${size}-cpu-ratio`, value: round(median(matchedCpu) / median(baselineCpu), 2), unit: '× read+parse (CPU)', baseline: round(median(baselineCpu)), runs: config.runs });
    measures.push({ id: `match-${size}-json-ratio`, value: round(median(printed) / base, 2), unit: '× read+parse', baseline: round(base), runs: config.runs });

    const { index, builds, cpu } = buildTimes(articles, config.runs);
    measures.push({ id: `match-index-${config.articles}-build-ms`, value: round(median(builds)), unit: 'ms', runs: config.runs, target: { op: '<=', value: 1000 } });
    measures.push({ id: `match-index-${config.articles}-build-cpu-ms`, value: round(median(cpu)), unit: 'ms (CPU)', runs: config.runs });
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
