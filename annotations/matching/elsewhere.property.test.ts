/**
 * Properties of Elsewhere on sets made of real sentences (the seeds'): the
 * list's shape whatever the set, the work bounds changing nothing against
 * an exhaustive search, and an index changed article by article answering
 * as one built at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elsewhere, LIKELY, MAX_CANDIDATES, PER_ARTICLE } from './elsewhere';
import { figureKinds } from './figure-kinds';
import { MatchIndex } from './index';
import { sentenceSpansUtf16 } from './sentences';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const sentences = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => {
    const text = readFileSync(path.join(SEEDS, f), 'utf8');
    return sentenceSpansUtf16(text).map((s) => text.slice(s.start, s.end));
  })
  .filter((s) => s.length > 50);

const sentence = fc.constantFrom(...sentences);
/** Sentences that state a figure of a kind (figure-kinds.ts): a claim of these lifts the passages stating one of its kinds. */
const figured = fc.constantFrom(...sentences.filter((s) => figureKinds(s).size > 0));
const article = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
const set = fc.array(article, { minLength: 2, maxLength: 8 });

function indexOf(articles: readonly string[]): MatchIndex {
  const index = new MatchIndex();
  articles.forEach((text, i) => index.setArticle(`${i}.txt`, text));
  return index;
}

describe('elsewhere (property)', () => {
  it('lists other articles only, at most three non-overlapping passages each, by score, likely ones above the threshold', () => {
    fc.assert(
      fc.property(set, sentence, (articles, claim) => {
        const { candidates } = elsewhere(indexOf(articles), { file: '0.txt', text: claim });
        expect(candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
        expect(candidates.every((c) => c.file !== '0.txt' && c.score >= 0 && c.score <= 1 && c.end > c.start)).toBe(true);
        expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
        for (const c of candidates.filter((x) => x.score >= LIKELY)) expect(c.likely).toBe(true);
        for (const file of new Set(candidates.map((c) => c.file))) {
          const own = candidates.filter((c) => c.file === file);
          expect(own.length).toBeLessThanOrEqual(PER_ARTICLE);
          for (const [i, a] of own.entries()) for (const b of own.slice(i + 1)) expect(a.start < b.end && b.start < a.end).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('lists exactly what an exhaustive search lists', () => {
    fc.assert(
      fc.property(set, sentence, (articles, claim) => {
        const index = indexOf(articles);
        expect(elsewhere(index, { file: '0.txt', text: claim })).toEqual(elsewhere(index, { file: '0.txt', text: claim }, undefined, { exhaustive: true }));
      }),
      { numRuns: 80 },
    );
  });

  it('lists exactly what an exhaustive search lists when the claim states a figure, whose kind lifts passages at the end', () => {
    fc.assert(
      fc.property(set, figured, (articles, claim) => {
        const index = indexOf(articles);
        expect(elsewhere(index, { file: '0.txt', text: claim })).toEqual(elsewhere(index, { file: '0.txt', text: claim }, undefined, { exhaustive: true }));
      }),
      { numRuns: 80 },
    );
  });

  it('lists exactly what an exhaustive search lists on sets large enough for the listing bar to stop the search', () => {
    // Most articles retell the claim among other sentences: more than MAX_CANDIDATES articles surely have a likely passage.
    const retelling = fc.record({ before: fc.array(sentence, { maxLength: 2 }), retells: fc.boolean(), after: fc.array(sentence, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(retelling, { minLength: 70, maxLength: 90 }), fc.oneof(sentence, figured), (parts, claim) => {
        const articles = parts.map(({ before, retells, after }) => [...before, ...(retells ? [claim] : []), ...after, 'Nothing more was said.'].join(' '));
        const index = indexOf(articles);
        const bounded = elsewhere(index, { file: '0.txt', text: claim });
        expect(bounded).toEqual(elsewhere(index, { file: '0.txt', text: claim }, undefined, { exhaustive: true }));
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });

  it('answers the same from an index changed article by article as from one built at once', () => {
    fc.assert(
      fc.property(set, set, sentence, (before, after, claim) => {
        const changed = indexOf(before);
        after.forEach((text, i) => changed.setArticle(`${i}.txt`, text));
        for (let i = after.length; i < before.length; i++) changed.removeArticle(`${i}.txt`);
        const fresh = indexOf(after);
        expect(changed.files()).toEqual(fresh.files());
        expect(elsewhere(changed, { file: '0.txt', text: claim })).toEqual(elsewhere(fresh, { file: '0.txt', text: claim }));
      }),
      { numRuns: 60 },
    );
  });
});
