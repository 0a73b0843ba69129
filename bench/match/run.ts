/**
 * The matcher's benchmark (bench/README.md, "The same claim in other sources"):
 * its quality on the gold clusters (gold/), the tuned part and the held-out
 * part apart; its speed on a 500-article set made from real text
 * (speed.ts); its answers to bad input (bad-input.ts). Every time is
 * printed against a baseline measured in the same run.
 */
import type { Measure, RunOptions } from '../measure';
import { badInput } from './bad-input';
import { buildIndex, evaluate, type Figures } from './evaluate';
import { loadNewsGold, loadSeedGold } from './gold';
import { speed } from './speed';

export const FULL = { seed: 17, articles: 500, claims: 10_000, chars: 4000, runs: 1, queries: 300, agreement: 200, copies: 2000 };
export const SMOKE = { seed: 17, articles: 20, claims: 400, chars: 2000, runs: 1, queries: 20, agreement: 20, copies: 50 };

function quality(name: string, f: Figures, news: boolean): Measure[] {
  const suffix = f.part === 'held-out' ? '-heldout' : '';
  const id = (what: string) => `match-${name}-${what}${suffix}`;
  const measures: Measure[] = [
    { id: id('recall'), value: f.recall, unit: 'share', runs: f.goldPairs, target: { op: '>=', value: news ? 0.9 : 0.85 } },
    { id: id('first'), value: f.first, unit: 'share', runs: f.firstPairs, target: { op: '>=', value: 0.9 } },
  ];
  if (news) measures.push({ id: id('unrelated-likely'), value: f.unrelated, unit: 'share', runs: f.unrelatedPairs, target: { op: '<=', value: 0.03 } });
  if (f.inStoryPairs > 0) measures.push({ id: id('in-story-likely'), value: f.inStory, unit: 'share', runs: f.inStoryPairs });
  measures.push({ id: id('likely-per-claim'), value: f.likelyPerClaim, unit: 'candidates', runs: f.claims });
  if (f.differingSlots > 0) measures.push({ id: id('differences-named'), value: f.differences, unit: 'share', runs: f.differingSlots, target: { op: '>=', value: 0.8 } });
  if (f.agreeingSlots > 0) measures.push({ id: id('false-differences'), value: f.falseDifferences, unit: 'count', runs: f.agreeingSlots, target: { op: '<=', value: 0 } });
  return measures;
}

export async function run({ smoke = false, log = () => {} }: RunOptions = {}): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const load of [loadSeedGold, loadNewsGold]) {
    const set = await load();
    const index = buildIndex(set);
    for (const part of ['tune', 'held-out'] as const) {
      const f = evaluate(set, index, part);
      log(`${set.name} ${part}: ${f.clusters} clusters, ${f.claims} claims, ${f.goldPairs} gold pairs; recall ${f.recall}, first ${f.first}, unrelated ${f.unrelated} (${f.unrelatedLikely}/${f.unrelatedPairs}), in story ${f.inStory} (${f.inStoryLikely}/${f.inStoryPairs}), likely per claim ${f.likelyPerClaim}, differences ${f.differencesNamed}/${f.differingSlots}, false ${f.falseDifferences}/${f.agreeingSlots}`);
      measures.push(...quality(set.name, f, set.name === 'news'));
    }
  }

  const config = smoke ? SMOKE : FULL;
  const large = await speed(config, log);
  measures.push(...large.measures);
  measures.push(...(await badInput({ copies: config.copies, largeSetElsewhere: large.elsewhereMedian, largeSetArticles: config.articles, log })));
  return measures;
}
