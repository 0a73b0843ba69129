import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { searchArticles, type SearchableArticle } from './set-search';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seeds: SearchableArticle[] = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
    return { file, title: file, text, annotations: [] };
  });

/** The original text at a hit's code-point range. */
function at(text: string, hit: { start: number; end: number }): string {
  return new CodePointIndex(text).slice(hit.start, hit.end);
}

describe('searching a set', () => {
  it('finds a phrase across the seed articles, grouped by article in set order, at code-point offsets of the original text', () => {
    const results = searchArticles(seeds, 'PEACE AGREEMENT');
    expect(results.articles.length).toBeGreaterThan(1);
    expect(results.articles.map((a) => a.file)).toEqual([...results.articles.map((a) => a.file)].sort());
    for (const group of results.articles) {
      const text = seeds.find((s) => s.file === group.file)!.text;
      for (const hit of group.hits) {
        expect(hit.kind).toBe('text');
        expect(at(text, hit).toLowerCase()).toBe('peace agreement');
        expect(hit.snippet.match.toLowerCase()).toBe('peace agreement');
      }
      const starts = group.hits.map((h) => h.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(results.total).toBe(results.articles.reduce((n, a) => n + a.hits.length + a.more, 0));
  });

  it('matches curly apostrophes in the seeds with a straight one', () => {
    const results = searchArticles(seeds, "Armenia's");
    const text = seeds.find((s) => s.file === results.articles[0]!.file)!.text;
    expect(at(text, results.articles[0]!.hits[0]!)).toBe('Armenia’s');
  });

  it('reports offsets into texts with emoji, NBSP and accents, and snippets around them', () => {
    const text = 'Intro 🇦🇲🤝🇦🇿 line.\nThe Café\u00a0accord — “signed” in Zürich.\nLater: a café accord again.';
    const results = searchArticles([{ file: 'a.txt', title: 'A', text, annotations: [] }], 'cafe accord', { context: 12 });
    const hits = results.articles[0]!.hits;
    expect(hits.map((h) => at(text, h))).toEqual(['Café\u00a0accord', 'café accord']);
    expect(hits[0]!.start).toBe(Array.from(text).indexOf('C'));
    expect(hits[0]!.snippet).toEqual({ before: '…line. The ', match: 'Café accord', after: ' — “signed”…' });
  });

  it('finds quotes and notes of annotations, naming the annotation', () => {
    const article: SearchableArticle = {
      file: 'b.txt',
      title: 'B',
      text: 'Nothing here.',
      annotations: [
        { id: 'urn:1', exact: 'Rubio expressed confidence', note: '' },
        { id: 'urn:2', exact: 'Other quote', note: 'Compare with Rubio in Politico' },
      ],
    };
    const results = searchArticles([article], 'rubio');
    expect(results.articles[0]!.hits.map((h) => [h.kind, h.annotationId, h.start, h.end])).toEqual([
      ['quote', 'urn:1', 0, 5],
      ['note', 'urn:2', 13, 18],
    ]);
  });

  it('caps the listed matches per article and in all, and counts the rest', () => {
    const text = 'deal '.repeat(40);
    const articles = ['1', '2', '3'].map((n) => ({ file: `${n}.txt`, title: n, text, annotations: [] }));
    const results = searchArticles(articles, 'deal', { perArticle: 10, limit: 25 });
    expect(results.total).toBe(120);
    expect(results.articles.map((a) => [a.hits.length, a.more])).toEqual([
      [10, 30],
      [10, 30],
      [5, 35],
    ]);
    expect(results.more).toBe(95);
  });

  it('lists nothing for a blank query or a query not in the set', () => {
    expect(searchArticles(seeds, '  ')).toMatchObject({ total: 0, articles: [] });
    expect(searchArticles(seeds, 'zzqx-not-there')).toMatchObject({ total: 0, articles: [], more: 0 });
  });
});
