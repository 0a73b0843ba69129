import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { agreedOn, type Found } from './agreement';
import { elsewhere, LIKELY } from './elsewhere';
import { MatchIndex } from './index';

const NEWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/match/gold/news/articles');
const news = (file: string) => readFileSync(path.join(NEWS, file), 'utf8');
/**
 * The peace-deal stories of the gold (A to G, and X), whose shared words are what the story rule weighs a claim's
 * against. Not the whole folder: each story of another kind that joins the gold moves every term's weight a little,
 * and the retold passage below wins its article by a few thousandths.
 */
const PEACE_DEALS = readdirSync(NEWS).filter((file) => /^[a-gx]\d/u.test(file));

/** Story A's claim (a14) and the passage of a18 that retells it in other words. */
const CLAIM = 'The agreement also includes separate deals between the U.S. and both Armenia and Azerbaijan to foster cooperation in energy, technology, and the economy.';
const RETOLD = 'Both countries are also expected to sign bilateral economic deals with the US.';

function likelyIn(index: MatchIndex, file: string): string[] {
  const text = index.article(file)!.text;
  return elsewhere(index, { file: 'a14-gayaone.txt', text: CLAIM })
    .candidates.filter((c) => c.likely && c.file === file)
    .map((c) => text.slice(c.start, c.end));
}

/** The claim's passages in `files` that say most of it, and the retold passage, as agreedOn reads them. */
function found(index: MatchIndex, files: readonly string[]): { strong: Found[]; retold: Found } {
  const at = (file: string, start: number, end: number, score: number): Found => {
    const article = index.article(file)!;
    return { article: article.id, passage: article.passages.find((p) => p.start === start && p.end === end)!, score };
  };
  const candidates = elsewhere(index, { file: 'a14-gayaone.txt', text: CLAIM }).candidates;
  const strong = candidates.filter((c) => files.includes(c.file) && c.score >= LIKELY).map((c) => at(c.file, c.start, c.end, c.score));
  const { text } = index.article('a18-tag24.txt')!;
  const start = text.toCodePoint(text.text.indexOf(RETOLD));
  const retold = at('a18-tag24.txt', start, start + [...RETOLD].length, 0);
  return { strong, retold };
}

describe('agreement across outlets', () => {
  it('calls likely a retelling in other words that the claim’s strongest passages in other outlets agree on', () => {
    const index = new MatchIndex();
    for (const file of PEACE_DEALS) index.setArticle(file, news(file));
    // It shares no rare word with the claim ("economic" and "economy" are one; "deals", "US" are the story's own):
    // the story rule's evidence alone turns it down, and a01, a10 and a08 (each saying most of the claim) match it.
    expect(likelyIn(index, 'a18-tag24.txt')).toContain(RETOLD);
  });

  it('counts copies of one article as one outlet', () => {
    const index = new MatchIndex();
    for (const file of ['a14-gayaone.txt', 'a18-tag24.txt', 'a01-wpxi.txt', 'a10-cenet.txt']) index.setArticle(file, news(file));
    index.setArticle('a01-copy.txt', news('a01-wpxi.txt'));
    expect(index.nearDuplicatesOf('a01-wpxi.txt')).toEqual(['a01-copy.txt']);
    const copies = found(index, ['a01-wpxi.txt', 'a01-copy.txt']);
    expect(copies.strong.length).toBeGreaterThanOrEqual(2);
    expect(agreedOn(index, copies.strong, [copies.retold], LIKELY, new Set())).toEqual([false]);
    const outlets = found(index, ['a01-wpxi.txt', 'a01-copy.txt', 'a10-cenet.txt']);
    expect(agreedOn(index, outlets.strong, [outlets.retold], LIKELY, new Set())).toEqual([true]);
  });
});
