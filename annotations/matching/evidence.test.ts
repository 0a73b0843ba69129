import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { elsewhere, LIKELY, THRESHOLDS, type Thresholds } from './elsewhere';
import { inStoryCount, SAMPLED } from './evidence';
import { Postings } from './postings';
import { MatchIndex } from './index';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const NEWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/match/gold/news/articles');
const seed = (file: string) => readFileSync(path.join(SEEDS, file), 'utf8');
const FILES = ['000_5070c6c1e48426b5.txt', '001_d1768d0c86569b34.txt', '002_629f6f8c301c9278.txt', '003_8d5387ac8c00ce0b.txt', '004_f5d7da63b06ad7bc.txt'];
/** The story rule with no evidence asked for: how the matcher read the seeds before. */
const ANY_EVIDENCE: Thresholds = { ...THRESHOLDS, evidence: { terms: 1, termWeight: 0 } };

function seedIndex(): MatchIndex {
  const index = new MatchIndex();
  for (const f of FILES) index.setArticle(f, seed(f));
  return index;
}

/** The likely candidates of a claim of seed 000, as their text. */
function likelyTexts(index: MatchIndex, claim: string, thresholds: Thresholds = THRESHOLDS): string[] {
  const texts = new Map(FILES.map((f) => [f, new CodePointIndex(seed(f))]));
  return elsewhere(index, { file: FILES[0]!, text: claim }, thresholds)
    .candidates.filter((c) => c.likely)
    .map((c) => texts.get(c.file)!.slice(c.start, c.end));
}

describe('evidence for the story rule', () => {
  const index = seedIndex();

  it('does not call a generic sentence that shares one word with the claim likely', () => {
    // Seed 002's "Still, there are signs for optimism." shares "optimism", and nothing else, with this claim.
    const claim = 'the optimism voiced by the American side may indicate compromises already reached or being shaped on this issue';
    expect(likelyTexts(index, claim, ANY_EVIDENCE)).toContain('Still, there are signs for optimism.');
    expect(likelyTexts(index, claim)).not.toContain('Still, there are signs for optimism.');
    const constitution = 'Baku has consistently emphasized the need to amend Armenia’s Constitution as a precondition for peace.';
    expect(likelyTexts(index, constitution, ANY_EVIDENCE)).toContain('This, however, could change.');
    expect(likelyTexts(index, constitution)).not.toContain('This, however, could change.');
  });

  it('keeps a paraphrase that shares a name and an uncommon word likely, however loosely it scores', () => {
    // Rubio and "agreement"/"deal": two terms few passages of the set hold; Armenia and Azerbaijan do not count.
    const claim = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
    const found = elsewhere(index, { file: FILES[0]!, text: claim }).candidates.find((c) => c.file === FILES[2] && c.start < 300);
    expect(found?.likely).toBe(true);
    expect(found!.score).toBeLessThan(LIKELY);
  });

  it('asks for evidence only on the story rule: a passage that says most of the claim is likely on its score', () => {
    const claim = 'Armenia fears this could compromise its sovereignty';
    const strong = elsewhere(index, { file: FILES[2]!, text: claim }).candidates.filter((c) => c.score >= LIKELY);
    expect(strong.length).toBeGreaterThan(0);
    for (const c of strong) expect(c.likely).toBe(true);
  });

  it('only takes `likely` away, and from passages under LIKELY only', () => {
    const claim = 'Baku has consistently emphasized the need to amend Armenia’s Constitution as a precondition for peace.';
    const off = elsewhere(index, { file: FILES[0]!, text: claim }, ANY_EVIDENCE).candidates;
    const on = elsewhere(index, { file: FILES[0]!, text: claim }).candidates;
    expect(on.filter((c) => c.likely).length).toBeGreaterThan(0);
    expect(on.filter((c) => c.likely).length).toBeLessThan(off.filter((c) => c.likely).length);
    for (const c of on.filter((c) => c.likely)) expect(off.some((o) => o.file === c.file && o.start === c.start && o.likely)).toBe(true);
    for (const o of off.filter((c) => c.likely && c.score >= LIKELY)) expect(on.some((c) => c.file === o.file && c.start === o.start && c.likely)).toBe(true);
  });

  it("counts rarity in the claim's story: other stories joining the set make no more of its passages likely", () => {
    // Counted over the set, "Armenia", "Azerbaijan" and "conflict" turn rare once articles on the DRC–Rwanda deal and the
    // Alaska summit join the seeds, and passages sharing only those became likely on the story rule (three, for this claim).
    const mixed = seedIndex();
    for (const file of readdirSync(NEWS).filter((f) => /^[bc]\d/u.test(f))) mixed.setArticle(file, readFileSync(path.join(NEWS, file), 'utf8'));
    expect(mixed.size).toBeGreaterThan(FILES.length + 10);
    const claim = { file: FILES[2]!, text: 'The Armenia-Azerbaijan conflict has endured for over three decades.' };
    // Counted per article: which of an article's passages leads may shift with the set's weights (the claim's figure
    // lifts those stating one of its kind: figure-kinds.ts), but the story rule must call no more of them likely.
    const likelyInSeeds = (index: MatchIndex) => FILES.map((f) => elsewhere(index, claim).candidates.filter((c) => c.likely && c.file === f).length);
    const alone = likelyInSeeds(index);
    expect(alone.reduce((a, b) => a + b)).toBeGreaterThan(0);
    likelyInSeeds(mixed).forEach((n, k) => expect(n, FILES[k]).toBeLessThanOrEqual(alone[k] as number));
  });

  it('counts a term\'s passages in the story exactly up to SAMPLED, and to within a few in a hundred beyond', () => {
    // 40 articles, passage p in article p % 40; the story is articles 0–9 (a quarter of every list).
    const owners = Int32Array.from({ length: 20_000 }, (_, p) => p % 40);
    const members = Uint8Array.from({ length: 40 }, (_, a) => (a < 10 ? 1 : 0));
    const listOf = (size: number) => {
      const list = new Postings();
      for (let p = 0; p < size; p++) list.add(p, 1);
      return list;
    };
    const exact = (size: number) => Array.from({ length: size }, (_, p) => p % 40).filter((a) => a < 10).length;
    expect(inStoryCount(listOf(SAMPLED), owners, members)).toBe(exact(SAMPLED));
    expect(inStoryCount(listOf(333), owners, members)).toBe(exact(333));
    for (const size of [SAMPLED + 1, 5_000, 19_999]) {
      const counted = inStoryCount(listOf(size), owners, members);
      expect(Math.abs(counted - exact(size)) / exact(size)).toBeLessThan(0.05);
    }
    expect(inStoryCount(listOf(0), owners, members)).toBe(0);
  });

  it('reads the story again when asked at another similarity, on the same set', () => {
    const withOthers = () => {
      const index = seedIndex();
      for (const file of readdirSync(NEWS).filter((f) => /^[bc]\d/u.test(f))) index.setArticle(file, readFileSync(path.join(NEWS, file), 'utf8'));
      return index;
    };
    const claims = [
      'The Armenia-Azerbaijan conflict has endured for over three decades.',
      'Baku has consistently emphasized the need to amend Armenia’s Constitution as a precondition for peace.',
      'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.',
    ];
    const likelyOf = (index: MatchIndex, thresholds: Thresholds) =>
      claims.map((text) => elsewhere(index, { file: FILES[2]!, text }, thresholds).candidates.filter((c) => c.likely).map((c) => `${c.file}:${c.start}`));
    const fresh = likelyOf(withOthers(), THRESHOLDS);
    const reused = withOthers();
    likelyOf(reused, { ...THRESHOLDS, sameStory: 0.05 });
    expect(likelyOf(reused, THRESHOLDS)).toEqual(fresh);
  });
});
