/**
 * The matcher's evaluation, small: the tuned part of the gold clusters
 * (gold/README.md) must stay above a floor a little under its measured
 * figures, so a change that loses quality fails `npm test`. The held-out
 * part is measured by `npm run bench -- match` only.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, evaluate } from './evaluate';
import { loadNewsGold, loadSeedGold } from './gold';

describe('matcher on the tuned gold clusters', () => {
  it('news: finds the gold passages, first in their article, rarely in another story, and names the differing details', async () => {
    const set = await loadNewsGold();
    const f = evaluate(set, buildIndex(set), 'tune');
    expect(f.goldPairs).toBeGreaterThan(300);
    expect(f.recall).toBeGreaterThanOrEqual(0.91);
    expect(f.first).toBeGreaterThanOrEqual(0.86);
    expect(f.unrelated).toBeLessThanOrEqual(0.01);
    // The evidence the story rule asks for (evidence.ts) keeps loose matches of the story from being called likely.
    expect(f.inStory).toBeLessThanOrEqual(0.42);
    expect(f.likelyPerClaim).toBeLessThanOrEqual(17);
    expect(f.differences).toBeGreaterThanOrEqual(0.95);
    expect(f.falseDifferences).toBe(0);
  }, 30_000);

  it('seeds: finds paraphrases across the five outlets', async () => {
    const set = await loadSeedGold();
    const f = evaluate(set, buildIndex(set), 'tune');
    expect(f.recall).toBeGreaterThanOrEqual(0.85);
    expect(f.first).toBeGreaterThanOrEqual(0.76);
    expect(f.inStory).toBeLessThanOrEqual(0.7);
  }, 30_000);

  it('never proposes a passage of an article in another language', async () => {
    const set = await loadNewsGold();
    const index = buildIndex(set);
    expect(index.article('x01-dasdeutscheblatt-de.txt')?.english).toBe(false);
    expect(index.article('x02-newsonair-hi.txt')?.english).toBe(false);
  });
});
