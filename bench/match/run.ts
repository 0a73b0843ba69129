/**
 * The matcher's benchmark (bench/README.md, "The same claim in other sources"):
 * its quality on the gold clusters (gold/), the tuned part and the held-out
 * part apart, and its speed on a 500-article set made from real text
 * (generate.ts), each time against a baseline measured in the same run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { matchSet } from '../../annotations/cli/match';
import { matchClaim, type ArticleState } from '../../annotations/matching/claim-matches';
import { MatchIndex } from '../../annotations/matching/index';
import { SetStore } from '../../annotations/node/set-store';
import { anchorAll } from '../../annotations/anchoring/anchor';
import type { Measure, RunOptions } from '../measure';
import { mulberry32 } from '../reanchor/generate';
import { median } from '../reanchor/run';
import { buildIndex, evaluate, type Figures } from './evaluate';
import { generateArticles, writeLargeSet } from './generate';
import { loadNewsGold, loadSeedGold } from './gold';

export const FULL = { seed: 17, articles: 500, claims: 10_000, chars: 4000, runs: 1, queries: 300 };
export const SMOKE = { seed: 17, articles: 20, claims: 400, chars: 2000, runs: 1, queries: 20 };

function quality(name: string, f: Figures, news: boolean): Measure[] {
  const suffix = f.part === 'held-out' ? '-heldout' : '';
  const id = (what: string) => `match-${name}-${what}${suffix}`;
  const measures: Measure[] = [
    { id: id('recall'), value: f.recall, unit: 'share', runs: f.goldPairs, target: { op: '>=', value: news ? 0.9 : 0.85 } },
    { id: id('first'), value: f.first, unit: 'share', runs: f.firstPairs, target: { op: '>=', value: 0.9 } },
  ];
  if (news) measures.push({ id: id('unrelated-likely'), value: f.unrelated, unit: 'share', runs: f.unrelatedPairs, target: { op: '<=', value: 0.03 } });
  if (f.differingSlots > 0) measures.push({ id: id('differences-named'), value: f.differences, unit: 'share', runs: f.differingSlots, target: { op: '>=', value: 0.8 } });
  if (f.agreeingSlots > 0) measures.push({ id: id('false-differences'), value: f.falseDifferences, unit: 'count', runs: f.agreeingSlots, target: { op: '<=', value: 0 } });
  return measures;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

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

export async function run({ smoke = false, log = () => {} }: RunOptions = {}): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const load of [loadSeedGold, loadNewsGold]) {
    const set = await load();
    const index = buildIndex(set);
    for (const part of ['tune', 'held-out'] as const) {
      const f = evaluate(set, index, part);
      log(`${set.name} ${part}: ${f.clusters} clusters, ${f.claims} claims, ${f.goldPairs} gold pairs; recall ${f.recall}, first ${f.first}, unrelated ${f.unrelated} (${f.unrelatedLikely}/${f.unrelatedPairs}), differences ${f.differencesNamed}/${f.differingSlots}, false ${f.falseDifferences}/${f.agreeingSlots}`);
      measures.push(...quality(set.name, f, set.name === 'news'));
    }
  }

  const config = smoke ? SMOKE : FULL;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ra-match-bench-'));
  try {
    const articles = generateArticles(config);
    await writeLargeSet(folder, articles, config.claims);
    log(`set: ${articles.length} articles, ${config.claims} claims, ${round(articles.reduce((n, a) => n + a.text.length, 0) / 1e6, 2)} MB`);

    const baseline: number[] = [];
    const matched: number[] = [];
    let candidates = 0;
    for (let r = 0; r < config.runs; r++) {
      let t = performance.now();
      await readSet(folder);
      baseline.push(performance.now() - t);
      t = performance.now();
      const report = await matchSet(folder);
      matched.push(performance.now() - t);
      candidates = report.claims.reduce((n, c) => n + c.candidates.length, 0);
    }
    const ratio = median(matched) / median(baseline);
    log(`match: ${round(median(matched))} ms for ${config.claims} claims (${candidates} candidates), reading and parsing the set ${round(median(baseline))} ms`);
    measures.push({ id: 'match-500x10k-ratio', value: round(ratio, 2), unit: '× read+parse', baseline: round(median(baseline)), runs: config.runs, target: { op: '<=', value: 3 } });
    measures.push({ id: 'match-500x10k-ms', value: round(median(matched)), unit: 'ms', runs: config.runs });

    const builds: number[] = [];
    let index = new MatchIndex();
    for (let r = 0; r < config.runs; r++) {
      index = new MatchIndex();
      const t = performance.now();
      for (const a of articles.slice(1)) index.setArticle(a.file, a.text);
      builds.push(performance.now() - t);
    }
    measures.push({ id: 'match-index-500-build-ms', value: round(median(builds)), unit: 'ms', runs: config.runs, target: { op: '<=', value: 1000 } });
    const adds: number[] = [];
    for (let r = 0; r < 21; r++) {
      const t = performance.now();
      index.setArticle((articles[0] as { file: string }).file, (articles[0] as { text: string }).text);
      adds.push(performance.now() - t);
    }
    measures.push({ id: 'match-index-add-one-ms', value: round(median(adds), 2), unit: 'ms', runs: adds.length, target: { op: '<=', value: 20 } });

    // Elsewhere for one claim, as the app's core answers it: candidates, existing annotations, differences.
    const states = new Map<string, ArticleState>();
    const store = await SetStore.open(folder);
    for (const a of articles) {
      const text = index.article(a.file)?.text;
      const list = (await store.readSidecar(a.file))?.annotations ?? [];
      if (!text) continue;
      const anchored = anchorAll(text, list);
      states.set(a.file, { text, annotations: list.map((annotation, i) => ({ annotation, start: anchored[i]?.start ?? 0, end: anchored[i]?.end ?? 0 })) });
    }
    const random = mulberry32(config.seed);
    const times: number[] = [];
    const files = [...states.keys()];
    for (let q = 0; q < config.queries; q++) {
      const file = files[Math.floor(random() * files.length)] as string;
      const state = states.get(file) as ArticleState;
      const claim = state.annotations[Math.floor(random() * state.annotations.length)];
      if (!claim) continue;
      const t = performance.now();
      matchClaim(index, states, file, claim);
      times.push(performance.now() - t);
    }
    measures.push({ id: 'match-elsewhere-500-p95-ms', value: round(percentile(times, 0.95), 2), unit: 'ms', runs: times.length, target: { op: '<=', value: 50 } });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return measures;
}
