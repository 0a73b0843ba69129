import { elsewhere } from '../../annotations/matching/elsewhere';
import { buildIndex, evaluate, finds, CLAIMS_PER_CLUSTER } from './evaluate';
import { loadNewsGold, loadSeedGold } from './gold';
const part = (process.argv[2] ?? 'tune') as 'tune';
for (const load of [loadSeedGold, loadNewsGold]) {
  const set = await load();
  const index = buildIndex(set);
  const { misses, ...rest } = evaluate(set, index, part);
  console.log(set.name, JSON.stringify(rest));
  if (process.argv[3] === 'misses') console.log(misses.join('\n'));
  if (process.argv[3] === 'dist') {
    const gold: number[] = [];
    const unrelated: number[] = [];
    for (const c of set.clusters.filter((c) => c.part === part)) {
      for (const claim of c.passages.slice(0, CLAIMS_PER_CLUSTER)) {
        const { candidates } = elsewhere(index, { file: claim.file, text: claim.quote }, { likely: 0, listed: 0, likelyInStory: 0, sameStory: 2 });
        for (const g of c.passages.filter((p) => p.file !== claim.file)) gold.push(Math.max(0, ...candidates.filter((x) => x.file === g.file && finds(x, g)).map((x) => x.score)));
        const story = set.storyOf.get(claim.file);
        if (story) for (const f of index.files()) { const o = set.storyOf.get(f); if (!o || o === story || o === 'X' || (set.related[story] ?? []).includes(o)) continue; unrelated.push(Math.max(0, ...candidates.filter((x) => x.file === f).map((x) => x.score))); }
      }
    }
    const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(p * (s.length - 1))]?.toFixed(3); };
    console.log(' gold  p10..p50', [0.05, 0.1, 0.15, 0.2, 0.3, 0.5].map((p) => q(gold, p)).join(' '));
    console.log(' unrel p90..max', [0.9, 0.95, 0.97, 0.99, 1].map((p) => q(unrelated, p)).join(' '));
  }
}
if (process.argv[3] === 'sim') {
  const set = await loadNewsGold();
  const index = buildIndex(set);
  const same: number[] = [], other: number[] = [];
  for (const a of index.files()) for (const b of index.files()) {
    if (a >= b) continue;
    const sa = set.storyOf.get(a), sb = set.storyOf.get(b);
    if (sa === 'X' || sb === 'X' || (sa === 'A' && sb === 'D') || (sa === 'D' && sb === 'A')) continue;
    const sim = index.articleSimilarity(a, b);
    (sa === sb ? same : other).push(sim);
  }
  const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(p * (s.length - 1))]?.toFixed(3); };
  console.log('same  p0 p2 p5 p10 p50', [0, 0.02, 0.05, 0.1, 0.5].map((p) => q(same, p)).join(' '));
  console.log('other p50 p90 p98 max', [0.5, 0.9, 0.98, 1].map((p) => q(other, p)).join(' '));
  const seeds = buildIndex(await loadSeedGold());
  const fs = seeds.files(); const ss: string[] = [];
  for (const a of fs) for (const b of fs) if (a < b) ss.push(seeds.articleSimilarity(a, b).toFixed(3));
  console.log('seeds', ss.join(' '));
}
if (process.argv[3] === 'grid') {
  type C = { s: number; a: number; rank: number; ratio: number };
  for (const load of [loadSeedGold, loadNewsGold]) {
  const goldSets: C[][] = [];
  const unrel: C[][] = [];
  const likelyPerClaim: number[] = [];
  {
    const set = await load();
    const index = buildIndex(set);
    for (const c of set.clusters.filter((c) => c.part === part)) {
      for (const claim of c.passages.slice(0, CLAIMS_PER_CLUSTER)) {
        const { candidates } = elsewhere(index, { file: claim.file, text: claim.quote }, { likely: 0, listed: 0, likelyInStory: 0, sameStory: 2 });
        const byFile = new Map<string, typeof candidates>();
        for (const x of candidates) byFile.set(x.file, [...(byFile.get(x.file) ?? []), x]);
        const feat = (x: (typeof candidates)[number]): C => {
          const list = byFile.get(x.file)!;
          return { s: x.score, a: index.articleSimilarity(claim.file, x.file), rank: list.indexOf(x) + 1, ratio: x.score / list[0]!.score };
        };
        likelyPerClaim.push(candidates.map(feat).filter((c) => c.s >= 0.45 || (c.s >= 0.15 && c.a >= 0.35 && c.rank <= 1)).length);
        for (const g of c.passages.filter((p) => p.file !== claim.file)) goldSets.push(candidates.filter((x) => x.file === g.file && finds(x, g)).map(feat));
        const story = set.storyOf.get(claim.file);
        if (story) for (const f of index.files()) { const o = set.storyOf.get(f); if (!o || o === story || o === 'X' || (set.related[story] ?? []).includes(o)) continue; unrel.push((byFile.get(f) ?? []).map(feat)); }
      }
    }
  }
  const results: string[] = [];
  for (const T1 of [0.3, 0.35, 0.4, 0.45, 0.5]) for (const T2 of [0.1, 0.15]) for (const A of [0.2, 0.25, 0.3, 0.35]) for (const R of [1, 2]) {
    const rule = (c: C) => c.s >= T1 || (c.s >= T2 && c.a >= A && c.rank <= R);
    const rec = goldSets.filter((g) => g.some(rule)).length / goldSets.length;
    const fp = unrel.filter((u) => u.some(rule)).length / unrel.length;
    if (fp <= 0.02 && (T2 === 0.15 || T2 === 0.1) && T1 === 0.45) results.push(`${rec.toFixed(3)} fp=${fp.toFixed(3)} T1=${T1} T2=${T2} A=${A} R=${R}`);
  }
  console.log(results.sort().reverse().slice(0, 12).join('\n'));
  console.log('gold pairs', goldSets.length, 'with no candidate', goldSets.filter((g) => g.length === 0).length, 'likely/claim', likelyPerClaim.reduce((a, b) => a + b, 0) / likelyPerClaim.length);
  }
}
if (process.argv[3] === 'none') {
  for (const load of [loadSeedGold, loadNewsGold]) {
    const set = await load();
    const index = buildIndex(set);
    for (const c of set.clusters.filter((c) => c.part === part)) {
      for (const claim of c.passages.slice(0, CLAIMS_PER_CLUSTER)) {
        const { candidates } = elsewhere(index, { file: claim.file, text: claim.quote }, { likely: 0, listed: 0, likelyInStory: 0, sameStory: 2 });
        for (const g of c.passages.filter((p) => p.file !== claim.file)) {
          if (candidates.some((x) => x.file === g.file && finds(x, g))) continue;
          const top = candidates.filter((x) => x.file === g.file)[0];
          console.log(`[${c.id}] ${claim.quote.slice(0, 70)}\n   GOLD ${g.quote.slice(0, 90)}\n   TOP ${top ? top.score + ' ' + set.articles.get(g.file)!.slice(top.start, top.end).slice(0, 90) : '-'}`);
        }
      }
    }
  }
}
