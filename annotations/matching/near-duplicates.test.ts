import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_CONTAINMENT, sampledShingles, ShingleIndex } from './near-duplicates';
import { sentenceSpansUtf16 } from './sentences';
import { tokenize } from './tokens';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const story = readFileSync(path.join(SEEDS, '002_629f6f8c301c9278.txt'), 'utf8');
const other = readFileSync(path.join(SEEDS, '000_5070c6c1e48426b5.txt'), 'utf8');
const sentences = [story, other].flatMap((text) => sentenceSpansUtf16(text).map((s) => text.slice(s.start, s.end))).filter((s) => s.length > 60);

function indexOf(texts: Record<string, string>): ShingleIndex {
  const index = new ShingleIndex();
  for (const [file, text] of Object.entries(texts)) index.set(file, sampledShingles(tokenize(text)));
  return index;
}

/** The groups by comparing every pair: what the sketch must find. */
function pairwiseGroups(texts: Record<string, string>): string[][] {
  const files = Object.keys(texts).sort();
  const sets = new Map(files.map((f) => [f, sampledShingles(tokenize(texts[f] as string))]));
  const parent = new Map(files.map((f) => [f, f]));
  const find = (f: string): string => (parent.get(f) === f ? f : find(parent.get(f) as string));
  for (const a of files) {
    for (const b of files) {
      const [x, y] = [sets.get(a) as Set<number>, sets.get(b) as Set<number>];
      const [small, large] = x.size <= y.size ? [x, y] : [y, x];
      if (a >= b || small.size < 6) continue;
      if ([...small].filter((h) => large.has(h)).length / small.size >= NEAR_DUPLICATE_CONTAINMENT) parent.set(find(b), find(a));
    }
  }
  const groups = new Map<string, string[]>();
  for (const f of files) groups.set(find(f), [...(groups.get(find(f)) ?? []), f]);
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}

describe('ShingleIndex', () => {
  it('groups a story with its copies: boilerplate around it, cut short, and a copy of a copy', () => {
    const half = story.slice(0, Math.floor(story.length * 0.6));
    const index = indexOf({ 'a.txt': story, 'b.txt': `Advertisement\n${story}\nShare this`, 'c.txt': half, 'd.txt': other });
    expect(index.groups()).toEqual([['a.txt', 'b.txt', 'c.txt']]);
    expect(index.duplicatesOf('c.txt')).toEqual(['a.txt', 'b.txt']);
    expect(index.duplicatesOf('d.txt')).toEqual([]);
  });

  it('forgets a removed copy, and an article too short to call a copy', () => {
    const index = indexOf({ 'a.txt': story, 'b.txt': story, 'short.txt': 'Armenia and Azerbaijan signed.' });
    index.remove('b.txt');
    expect(index.groups()).toEqual([]);
    expect(index.duplicatesOf('short.txt')).toEqual([]);
  });

  it('finds the same groups as comparing every pair (property)', () => {
    const article = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 7 }), fc.array(fc.nat(), { maxLength: 4 }), (articles, copies) => {
        const texts: Record<string, string> = Object.fromEntries(articles.map((text, i) => [`${i}.txt`, text]));
        // Some articles copied with boilerplate, so that groups form.
        for (const [k, c] of copies.entries()) texts[`copy-${k}.txt`] = `Site ${k}\n${articles[c % articles.length] as string}`;
        expect(indexOf(texts).groups()).toEqual(pairwiseGroups(texts));
      }),
      { numRuns: 60 },
    );
  });
});
