/**
 * The matcher's benchmark (bench/README.md, "The same claim in other sources"):
 * its quality on the gold clusters (gold/), the tuned part and the held-out
 * part apart; its speed on a 500-article set made from real text
 * (speed.ts); its answers to bad input (bad-input.ts). Every time is
 * printed against a baseline measured in the same run.
 */
import type { MatchIndex } from '../../annotations/matching/index';
import type { Measure, RunOptions } from '../measure';
import { badInput } from './bad-input';
import { buildIndex, evaluate, ratio, type Figures } from './evaluate';
import { loadNewsGold, loadSeedGold, storyOfCluster, type GoldSet } from './gold';
import { realSpeed } from './real-speed';
import { speed } from './speed';
import { TfIdfBaseline } from './tfidf-baseline';

export const FULL = { seed: 17, articles: 500, claims: 10_000, chars: 4000, runs: 1, queries: 300, agreement: 200, copies: 2000, newsArticles: Number.POSITIVE_INFINITY, newsRuns: 3 };
export const SMOKE = { seed: 17, articles: 20, claims: 400, chars: 2000, runs: 1, queries: 20, agreement: 20, copies: 50, newsArticles: 12, newsRuns: 1 };

/** The baseline's thresholds tried; the one kept is chosen on the tuned news, as the matcher's were. */
const BASELINE_THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

/**
 * The plain TF-IDF baseline's threshold: on the tuned part of the news, the
 * one with the best recall that calls at most 3% of other-story articles
 * likely (the target for the matcher).
 */
function baselineThreshold(news: GoldSet, baseline: TfIdfBaseline): number {
  const index = buildIndex(news);
  let best = { threshold: BASELINE_THRESHOLDS.at(-1) as number, recall: -1 };
  for (const threshold of BASELINE_THRESHOLDS) {
    const f = evaluate(news, index, 'tune', (claim) => baseline.candidates(claim, threshold));
    if (f.unrelated <= 0.03 && f.recall > best.recall) best = { threshold, recall: f.recall };
  }
  return best.threshold;
}

function quality(name: string, f: Figures, news: boolean, base: Figures): Measure[] {
  const suffix = f.part === 'held-out' ? '-heldout' : '';
  const id = (what: string) => `match-${name}-${what}${suffix}`;
  const measures: Measure[] = [
    { id: id('recall'), value: f.recall, unit: 'share', baseline: base.recall, runs: f.goldPairs, target: { op: '>=', value: news ? 0.9 : 0.85 } },
    { id: id('first'), value: f.first, unit: 'share', baseline: base.first, runs: f.firstPairs, target: { op: '>=', value: 0.9 } },
    { id: id('first-any-proposition'), value: f.firstAny, unit: 'share', baseline: base.firstAny, runs: f.firstPairs },
    { id: id('first-every-article'), value: f.firstEvery, unit: 'share', baseline: base.firstEvery, runs: f.firstEveryPairs },
  ];
  if (news) measures.push({ id: id('unrelated-likely'), value: f.unrelated, unit: 'share', baseline: base.unrelated, runs: f.unrelatedPairs, target: { op: '<=', value: 0.03 } });
  if (f.inStoryPairs > 0) measures.push({ id: id('in-story-likely'), value: f.inStory, unit: 'share', runs: f.inStoryPairs });
  measures.push({ id: id('likely-per-claim'), value: f.likelyPerClaim, unit: 'candidates', runs: f.claims });
  if (f.differingSlots > 0) measures.push({ id: id('differences-named'), value: f.differences, unit: 'share', runs: f.differingSlots, target: { op: '>=', value: 0.8 } });
  if (f.listedSlots > 0) measures.push({ id: id('differences-named-listed'), value: f.differencesListed, unit: 'share', runs: f.listedSlots });
  if (f.agreeingSlots > 0) measures.push({ id: id('false-differences'), value: f.falseDifferences, unit: 'count', runs: f.agreeingSlots, target: { op: '<=', value: 0 } });
  if (f.unitSlots > 0) measures.push({ id: id('false-differences-units'), value: f.falseUnitDifferences, unit: 'count', runs: f.unitSlots, target: { op: '<=', value: 0 } });
  return measures;
}

/**
 * Each story's clusters in the mixed set, one line each: a story added to
 * the held-out part later can be read apart from those whose misses were
 * read in earlier rounds.
 */
function storyFigures(news: GoldSet, index: MatchIndex, log: (line: string) => void): void {
  const stories = [...new Set(news.clusters.map((c) => storyOfCluster(news, c)))].sort();
  for (const story of stories) {
    const clusters = news.clusters.filter((c) => storyOfCluster(news, c) === story);
    const part = clusters[0]?.part ?? 'held-out';
    const f = evaluate({ ...news, clusters }, index, part);
    log(`news, story ${story} (${part}, in the mixed set): ${f.clusters} clusters, recall ${f.recall} (${f.found}/${f.goldPairs}), first ${f.first}, unrelated ${f.unrelated} (${f.unrelatedLikely}/${f.unrelatedPairs}), differences ${f.differencesNamed}/${f.differingSlots}, false ${f.falseDifferences}/${f.agreeingSlots}`);
  }
}

/**
 * The news gold mixes four stories; an analyst's set is more often one
 * story alone. Each story's clusters measured on a set of its own articles
 * only (the tuned story apart from the held-out ones, pooled): how much of
 * the mixed set's figures a one-story set keeps.
 */
function storiesAlone(news: GoldSet, log: (line: string) => void): Measure[] {
  const measures: Measure[] = [];
  for (const part of ['tune', 'held-out'] as const) {
    let found = 0;
    let pairs = 0;
    let firstRight = 0;
    let firstPairs = 0;
    const stories = new Set(news.clusters.filter((c) => c.part === part).map((c) => storyOfCluster(news, c)));
    for (const story of stories) {
      const articles = new Map([...news.articles].filter(([file]) => news.storyOf.get(file) === story));
      const clusters = news.clusters.filter((c) => c.part === part && storyOfCluster(news, c) === story);
      const alone: GoldSet = { ...news, articles, clusters };
      const f = evaluate(alone, buildIndex(alone), part);
      log(`news, story ${story} alone (${articles.size} articles): recall ${f.recall} (${f.found}/${f.goldPairs}), first ${f.first}, in story ${f.inStory}, likely per claim ${f.likelyPerClaim}`);
      found += f.found;
      pairs += f.goldPairs;
      firstRight += f.firstRight;
      firstPairs += f.firstPairs;
    }
    const suffix = part === 'held-out' ? '-heldout' : '';
    measures.push(
      { id: `match-news-story-alone-recall${suffix}`, value: ratio(found, pairs), unit: 'share', runs: pairs, target: { op: '>=', value: 0.9 } },
      { id: `match-news-story-alone-first${suffix}`, value: ratio(firstRight, firstPairs), unit: 'share', runs: firstPairs, target: { op: '>=', value: 0.9 } },
    );
  }
  return measures;
}

export async function run({ smoke = false, log = () => {} }: RunOptions = {}): Promise<Measure[]> {
  const measures: Measure[] = [];
  const sets = [await loadSeedGold(), await loadNewsGold()];
  const news = sets[1] as GoldSet;
  const threshold = baselineThreshold(news, new TfIdfBaseline(news.articles));
  log(`baseline: plain TF-IDF over sentences, likely from cosine ${threshold} (chosen on the tuned news)`);
  for (const set of sets) {
    const index = buildIndex(set);
    const baseline = new TfIdfBaseline(set.articles);
    for (const part of ['tune', 'held-out'] as const) {
      const f = evaluate(set, index, part);
      const base = evaluate(set, index, part, (claim) => baseline.candidates(claim, threshold));
      log(`${set.name} ${part}: ${f.clusters} clusters, ${f.claims} claims, ${f.goldPairs} gold pairs; recall ${f.recall}, first ${f.first} (any of the claim's propositions ${f.firstAny}; in every article holding a gold passage ${f.firstEvery}), unrelated ${f.unrelated} (${f.unrelatedLikely}/${f.unrelatedPairs}), in story ${f.inStory} (${f.inStoryLikely}/${f.inStoryPairs}), likely per claim ${f.likelyPerClaim}, differences ${f.differencesNamed}/${f.differingSlots} (through the listing ${f.listedNamed}/${f.listedSlots}), false ${f.falseDifferences}/${f.agreeingSlots} (in two units that agree ${f.falseUnitDifferences}/${f.unitSlots})`);
      log(`${set.name} ${part}, TF-IDF baseline: recall ${base.recall}, first ${base.first}, unrelated ${base.unrelated} (${base.unrelatedLikely}/${base.unrelatedPairs}), in story ${base.inStory}, likely per claim ${base.likelyPerClaim}`);
      measures.push(...quality(set.name, f, set.name === 'news', base));
    }
    if (set === news) storyFigures(news, index, log);
  }

  measures.push(...storiesAlone(news, log));

  const config = smoke ? SMOKE : FULL;
  const large = await speed(config, log);
  measures.push(...large.measures);
  measures.push(...(await realSpeed({ articles: config.newsArticles, runs: config.newsRuns }, log)));
  measures.push(...(await badInput({ copies: config.copies, largeSetElsewhere: large.elsewhereMedian, largeSetArticles: config.articles, log })));
  return measures;
}
