import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/describe';
import { createAnnotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { matchAll, matchClaim, type AnalysisCache, type ArticleState, type Placed } from './claim-matches';
import { analyze, differencesOf } from './differences';
import { elsewhere } from './elsewhere';
import { MatchIndex } from './index';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const FILES = ['000_5070c6c1e48426b5.txt', '001_d1768d0c86569b34.txt', '002_629f6f8c301c9278.txt', '003_8d5387ac8c00ce0b.txt', '004_f5d7da63b06ad7bc.txt'];
const CLAIM = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';

function setUp(): { index: MatchIndex; articles: Map<string, ArticleState>; claim: Placed } {
  const index = new MatchIndex();
  const articles = new Map<string, ArticleState>();
  let claim: Placed | undefined;
  for (const file of FILES) {
    const text = readFileSync(path.join(SEEDS, file), 'utf8');
    index.setArticle(file, text);
    const cp = index.article(file)?.text as CodePointIndex;
    const annotations: Placed[] = [];
    if (file === FILES[0]) {
      const start = cp.toCodePoint(text.indexOf(CLAIM));
      const end = start + Array.from(CLAIM).length;
      const { quote, position } = describeRange(cp, start, end);
      claim = { annotation: createAnnotation({ id: 'urn:uuid:claim', now: '2026-01-01T00:00:00.000Z', source: file, quote, position, tags: ['claim'] }), start, end };
      annotations.push(claim);
    }
    articles.set(file, { text: cp, annotations });
  }
  return { index, articles, claim: claim as Placed };
}

describe('matchClaim', () => {
  it('gives the same candidates with or without the caller’s analysis cache and scoring, and fills the cache', () => {
    const { index, articles, claim } = setUp();
    const plain = matchClaim(index, articles, FILES[0]!, claim);
    const cache: AnalysisCache = new Map();
    let asked = 0;
    const scored = (text: string) => {
      asked++;
      return elsewhere(index, { file: FILES[0]!, text });
    };
    expect(matchClaim(index, articles, FILES[0]!, claim, cache, scored)).toEqual(plain);
    expect(asked).toBe(1);
    expect(cache.size).toBe(plain.candidates.length);
    expect(plain.candidates.some((c) => c.file === FILES[2] && c.likely && c.text.includes('peace deal pretty soon'))).toBe(true);
  });

  it('reads a claim over an indexed passage’s range with that passage’s details, the same as read from its own text', () => {
    const { index, articles } = setUp();
    const article = articles.get(FILES[0]!)!;
    let differing = 0;
    // Every sentence of seed 000 as a claim: each is the range of one of the index's passages.
    for (const p of index.article(FILES[0]!)!.passages.filter((x) => x.sentences === 1)) {
      const claimText = article.text.slice(p.start, p.end);
      const annotation = createAnnotation({ id: `urn:uuid:${p.id}`, now: '2026-01-01T00:00:00.000Z', source: FILES[0]!, ...describeRange(article.text, p.start, p.end), tags: ['claim'] });
      const { candidates } = matchClaim(index, articles, FILES[0]!, { annotation, start: p.start, end: p.end });
      for (const c of candidates) {
        expect(c.differences).toEqual(differencesOf(analyze(claimText), analyze(c.text)));
        if (c.differences.length > 0) differing++;
      }
    }
    expect(differing).toBeGreaterThan(0);
  });

  it('reads the claim from its own text when the index or the caller’s cache read another text at its range', () => {
    const { index, articles, claim } = setUp();
    matchClaim(index, articles, FILES[0]!, claim);
    // The article changed and the index is behind: the same range now says 2,000 more people, in Doha.
    const old = articles.get(FILES[0]!)!.text.text;
    const changed = 'Rubio expressed confidence that 2,000 more people in Doha agreement between Baku and Yerevan could be signed.';
    const padded = changed + ' '.repeat(Array.from(CLAIM).length - Array.from(changed).length);
    const text = new CodePointIndex(old.replace(CLAIM, padded));
    const moved = new Map(articles).set(FILES[0]!, { text, annotations: articles.get(FILES[0]!)!.annotations });
    const stale: AnalysisCache = new Map([[`${FILES[0]}\0${claim.start}\0${claim.end}`, analyze(CLAIM)]]);
    for (const cache of [undefined, stale]) {
      const { candidates, text: claimText } = matchClaim(index, moved, FILES[0]!, claim, cache);
      expect(claimText).toBe(padded);
      expect(candidates.length).toBeGreaterThan(0);
      for (const c of candidates) expect(c.differences).toEqual(differencesOf(analyze(padded), analyze(c.text)));
    }
  });

  it('matches every tagged annotation of the set once, in file order', () => {
    const { index, articles } = setUp();
    expect(matchAll(index, articles).map((m) => m.id)).toEqual(['urn:uuid:claim']);
  });
});
