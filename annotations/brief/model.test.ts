import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Stance } from '../model/claim';
import type { Tag } from '../model/codebook';
import { buildSeedSetInput } from './fixtures/seed-set';
import { briefToMarkdown } from './markdown';
import { buildBriefModel, shortLabel } from './model';
import type { BriefArticle, BriefInput, BriefQuote } from './types';

const tags: Tag[] = ['A', 'B', 'C', 'D'].map((label, i) => ({ label, color: '#f6c85f', description: `Topic ${label}`, order: i }));

let seq = 0;
function q(tagLabels: string[], extra: Partial<BriefQuote> = {}): BriefQuote {
  seq += 1;
  return { id: `q${seq}`, exact: `Quote ${seq}`, tags: tagLabels, note: '', status: 'exact', location: { paragraph: seq, start: seq * 10, end: seq * 10 + 5 }, sameClaimAs: [], ...extra };
}
function article(file: string, quotes: BriefQuote[], extra: Partial<BriefArticle> = {}): BriefArticle {
  return { file, title: file.toUpperCase(), quotes, ...extra };
}
function input(articles: BriefArticle[], options: BriefInput['options'] = {}): BriefInput {
  return { setName: 'Set', exportedAt: new Date(0), tags, articles, options };
}

describe('buildBriefModel: scope, coverage and silences', () => {
  const x = article('x.txt', [q(['A', 'B']), q(['A']), q([], { id: 'hx' }), q(['C'], { status: 'orphan', location: null, id: 'ox' })]);
  const y = article('y.txt', [q(['B'])]);
  const z = article('z.txt', []);
  const model = buildBriefModel(input([x, y, z]));

  it('counts articles, claims (tagged, found), tags used, untagged and orphans', () => {
    expect(model.scope).toMatchObject({ articles: 3, claims: 3, tags: 2, untagged: 1, orphans: 1, filtered: false });
  });

  it('builds the coverage matrix with row, column and grand totals; zeros are silences', () => {
    expect(model.coverage).toEqual({
      tags: ['A', 'B'],
      articles: ['x.txt', 'y.txt', 'z.txt'],
      counts: [
        [2, 0, 0],
        [1, 1, 0],
      ],
      rowTotals: [2, 2],
      columnTotals: [3, 1, 0],
      total: 4,
    });
    expect(model.sections.map((s) => [s.label, s.silent])).toEqual([
      ['A', ['y.txt', 'z.txt']],
      ['B', ['z.txt']],
    ]);
    expect(model.sections[0]?.description).toBe('Topic A');
  });

  it('lists orphans (not as claims) and untagged highlights apart', () => {
    expect(model.orphans.map((o) => [o.id, o.location, o.tags])).toEqual([['ox', null, ['C']]]);
    expect(model.untagged.map((u) => u.id)).toEqual(['hx']);
    expect(model.coverage.tags).not.toContain('C');
  });

  it('puts quotes in reading order within each source', () => {
    const a = article('a.txt', [q(['A'], { id: 'late', location: { paragraph: 9, start: 900, end: 910 } }), q(['A'], { id: 'early', location: { paragraph: 1, start: 1, end: 5 } })]);
    expect(buildBriefModel(input([a])).sections[0]?.sources[0]?.quotes.map((x) => x.id)).toEqual(['early', 'late']);
  });
});

describe('buildBriefModel: options', () => {
  const x = article('x.txt', [q(['A', 'B'], { stance: 'asserts' }), q(['C'], { stance: 'disputes' }), q(['C']), q([], { id: 'hl' })]);
  const y = article('y.txt', [q(['C'], { stance: 'asserts' }), q(['C'], { stance: 'reports' })]);

  it('includes and excludes tags; a quote whose tags are all excluded disappears', () => {
    const only = buildBriefModel(input([x, y], { tags: ['A', 'C'] }));
    expect(only.coverage.tags).toEqual(['A', 'C']);
    expect(only.sections[0]?.sources[0]?.quotes[0]?.tags).toEqual(['A']);
    expect(only.untagged).toEqual([]); // an explicit tag list leaves untagged highlights out
    const without = buildBriefModel(input([x, y], { excludeTags: ['C'] }));
    expect(without.coverage.tags).toEqual(['A', 'B']);
    expect(without.scope.claims).toBe(1);
    expect(without.untagged.map((u) => u.id)).toEqual(['hl']);
  });

  it('includes and excludes articles', () => {
    expect(buildBriefModel(input([x, y], { articles: ['y.txt'] })).sources.map((s) => s.file)).toEqual(['y.txt']);
    const m = buildBriefModel(input([x, y], { excludeArticles: ['x.txt'] }));
    expect(m.coverage.articles).toEqual(['y.txt']);
    expect(m.scope).toMatchObject({ articles: 1, claims: 2, filtered: true });
  });

  it('keeps only the given stances (quotes without stance go too)', () => {
    const m = buildBriefModel(input([x, y], { stances: ['asserts'] }));
    expect(m.scope.claims).toBe(2);
    expect(m.coverage.counts).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
  });

  it('orders sections by codebook or by frequency (codebook breaking ties)', () => {
    expect(buildBriefModel(input([x, y])).sections.map((s) => s.label)).toEqual(['A', 'B', 'C']);
    expect(buildBriefModel(input([x, y], { order: 'frequency' })).sections.map((s) => s.label)).toEqual(['C', 'A', 'B']);
  });

  it('puts tags missing from the codebook last, alphabetically', () => {
    const m = buildBriefModel(input([article('a.txt', [q(['zeta', 'A', 'alpha'])])]));
    expect(m.coverage.tags).toEqual(['A', 'alpha', 'zeta']);
  });
});

describe('buildBriefModel: contrasts', () => {
  const contrast = (stances: [string, Stance | undefined][]) => {
    const byFile = new Map<string, BriefQuote[]>();
    for (const [file, stance] of stances) byFile.set(file, [...(byFile.get(file) ?? []), q(['A'], stance ? { stance } : {})]);
    const section = buildBriefModel(input([...byFile].map(([f, quotes]) => article(f, quotes)))).sections[0];
    return { contrast: section?.contrast ?? null, agreement: section?.agreement ?? null };
  };

  it('is opposed when one source asserts and another disputes, listing each stance with its sources', () => {
    expect(contrast([['a', 'asserts'], ['b', 'disputes'], ['c', 'asserts']]).contrast).toEqual({
      strength: 'opposed',
      positions: [
        { stance: 'asserts', files: ['a', 'c'], claimants: [[], []] },
        { stance: 'disputes', files: ['b'], claimants: [[]] },
      ],
    });
    expect(contrast([['a', 'speculates'], ['b', 'disputes']]).contrast?.strength).toBe('opposed');
  });

  it('is weaker (differing) for asserts vs reports, asserts vs speculates, disputes vs reports', () => {
    expect(contrast([['a', 'asserts'], ['b', 'reports']]).contrast?.strength).toBe('differing');
    expect(contrast([['a', 'asserts'], ['b', 'speculates']]).contrast?.strength).toBe('differing');
    expect(contrast([['a', 'disputes'], ['b', 'reports']]).contrast?.strength).toBe('differing');
  });

  it('is no contrast within one source, nor without stances; agreement when all sources share one stance', () => {
    expect(contrast([['a', 'asserts'], ['a', 'disputes']])).toEqual({ contrast: null, agreement: null });
    expect(contrast([['a', undefined], ['b', 'asserts']])).toEqual({ contrast: null, agreement: null });
    expect(contrast([['a', 'reports'], ['b', 'reports']])).toEqual({ contrast: null, agreement: 'reports' });
  });

  it('keeps who the source quotes as holding the stance', () => {
    const m = buildBriefModel(input([article('a', [q(['A'], { stance: 'asserts', attribution: ' Marco Rubio ' })]), article('b', [q(['A'], { stance: 'disputes' })])]));
    expect(m.sections[0]?.contrast?.positions[0]?.claimants).toEqual([['Marco Rubio']]);
  });
});

describe('buildBriefModel: corroboration', () => {
  it('groups linked claims into components (links are undirected and transitive)', () => {
    const a = article('a', [q(['A'], { id: 'a1', sameClaimAs: ['b1'] }), q(['A'], { id: 'a2' })]);
    const b = article('b', [q(['A', 'B'], { id: 'b1' })]);
    const c = article('c', [q(['B'], { id: 'c1', sameClaimAs: ['b1', 'unknown-id'] })]);
    const m = buildBriefModel(input([a, b, c]));
    expect(m.corroboration.groups).toHaveLength(1);
    expect(m.corroboration.groups[0]).toMatchObject({ articles: 3, independentSources: 3, tags: ['A', 'B'] });
    expect(m.corroboration.groups[0]?.quotes.map((x) => x.id)).toEqual(['a1', 'b1', 'c1']);
    expect(m.corroboration.singleSource.map((x) => x.id)).toEqual(['a2']);
    expect(m.corroboration.corroborated).toBe(3);
    const a1 = m.sections[0]?.sources[0]?.quotes[0];
    expect(a1).toMatchObject({ id: 'a1', group: 0, singleSource: false });
  });

  it('counts two articles of the same outlet once (case-insensitive); different outlets are independent', () => {
    const a = article('a', [q(['A'], { id: 'a1', sameClaimAs: ['b1'] })], { source: 'Euronews' });
    const b = article('b', [q(['A'], { id: 'b1' })], { source: ' euronews ' });
    const same = buildBriefModel(input([a, b]));
    expect(same.corroboration.groups[0]).toMatchObject({ articles: 2, independentSources: 1 });
    expect(same.corroboration.singleSource.map((x) => x.id)).toEqual(['a1', 'b1']);
    expect(same.sources.map((s) => s.label)).toEqual(['Euronews: A', 'euronews: B']);
    const other = buildBriefModel(input([a, { ...b, source: 'Reuters' }]));
    expect(other.corroboration.groups[0]?.independentSources).toBe(2);
    expect(other.corroboration.singleSource).toEqual([]);
  });

  it('does not count links within one article as corroboration', () => {
    const a = article('a', [q(['A'], { id: 'a1', sameClaimAs: ['a2'] }), q(['A'], { id: 'a2' })]);
    const m = buildBriefModel(input([a]));
    expect(m.corroboration.groups).toEqual([]);
    expect(m.corroboration.singleSource).toHaveLength(2);
  });

  it('ignores links to excluded, orphaned or untagged annotations', () => {
    const a = article('a', [q(['A'], { id: 'a1', sameClaimAs: ['b1', 'b2', 'b3'] })]);
    const b = article('b', [q(['B'], { id: 'b1' }), q(['A'], { id: 'b2', status: 'orphan', location: null }), q([], { id: 'b3' })]);
    expect(buildBriefModel(input([a, b], { excludeTags: ['B'] })).corroboration.groups).toEqual([]);
    expect(buildBriefModel(input([a, b], { excludeArticles: ['b'] })).corroboration.groups).toEqual([]);
    expect(buildBriefModel(input([a, b])).corroboration.groups).toHaveLength(1); // via b1 only
  });

  it('flags a linked claim as contested when a source disputes it', () => {
    const a = article('a', [q(['A'], { id: 'a1', stance: 'asserts', sameClaimAs: ['b1'] })]);
    const b = article('b', [q(['A'], { id: 'b1', stance: 'disputes' })]);
    expect(buildBriefModel(input([a, b])).corroboration.groups[0]).toMatchObject({ stances: ['asserts', 'disputes'], contested: true });
  });

  it('orders groups by independent sources, then size', () => {
    const a = article('a', [q(['A'], { id: 'a1', sameClaimAs: ['b1'] }), q(['A'], { id: 'a2', sameClaimAs: ['b2', 'c2'] })]);
    const b = article('b', [q(['A'], { id: 'b1' }), q(['A'], { id: 'b2' })]);
    const c = article('c', [q(['A'], { id: 'c2' })]);
    expect(buildBriefModel(input([a, b, c])).corroboration.groups.map((g) => g.quotes[0]?.id)).toEqual(['a2', 'a1']);
  });
});

describe('buildBriefModel: co-occurrence', () => {
  it('counts pairs of tags on the same claim, most frequent first, at most 15', () => {
    const a = article('a', [q(['A', 'B']), q(['B', 'A', 'C']), q(['C', 'D']), q(['A'])]);
    expect(buildBriefModel(input([a])).coOccurrence).toEqual([
      { tags: ['A', 'B'], count: 2 },
      { tags: ['A', 'C'], count: 1 },
      { tags: ['B', 'C'], count: 1 },
      { tags: ['C', 'D'], count: 1 },
    ]);
    const many = Array.from({ length: 8 }, (_, i) => `T${i}`);
    expect(buildBriefModel(input([article('m', [q(many)])])).coOccurrence).toHaveLength(15);
  });
});

describe('the seed set fixture', () => {
  const seed = buildSeedSetInput((file) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'));
  const model = buildBriefModel(seed);

  it('quotes the seed texts verbatim at their stated location', () => {
    for (const a of seed.articles) {
      const text = readFileSync(new URL(`../../seeds/${a.file}`, import.meta.url), 'utf8');
      const points = Array.from(text);
      const lines = text.split('\n');
      for (const quote of a.quotes) {
        if (quote.location === null) continue;
        expect(points.slice(quote.location.start, quote.location.end).join('')).toBe(quote.exact);
        expect(lines[quote.location.paragraph - 1]).toContain(quote.exact);
      }
    }
  });

  it('covers at least six tags over all five seeds, with corroborated and single-source claims and one orphan', () => {
    expect(model.scope.articles).toBe(5);
    expect(model.scope.tags).toBeGreaterThanOrEqual(6);
    expect(model.coverage.columnTotals.every((n) => n > 0)).toBe(true);
    expect(model.corroboration.groups.some((g) => g.independentSources >= 3)).toBe(true);
    expect(model.corroboration.singleSource.length).toBeGreaterThan(0);
    expect(model.orphans).toHaveLength(1);
    expect(model.sections.some((s) => s.contrast?.strength === 'opposed')).toBe(true);
  });
});

describe('helpers', () => {
  it('shortens labels at a word boundary', () => {
    expect(shortLabel('Washington Prepares Meeting of Armenian and Azerbaijani Leaders')).toBe('Washington Prepares Meeting of…');
    expect(shortLabel('Short title')).toBe('Short title');
  });
});

describe('linear time (guard, not a benchmark)', () => {
  // Judged by how the time grows with the set, not by a bound in seconds: a
  // busy machine slows both sizes alike, a quadratic step does not.
  function articlesOf(perArticle: number): BriefArticle[] {
    const labels = tags.map((t) => t.label);
    const stances: Stance[] = ['asserts', 'disputes', 'reports', 'speculates'];
    const total = 50 * perArticle;
    return Array.from({ length: 50 }, (_, a) => ({
      file: `a${a}.txt`,
      title: `Article ${a}`,
      ...(a % 3 === 0 ? { source: `Outlet ${a % 7}` } : {}),
      quotes: Array.from({ length: perArticle }, (_, i): BriefQuote => {
        const n = a * perArticle + i;
        return {
          id: `id${n}`,
          exact: `Claim number ${n} with *some* text`,
          tags: i % 10 === 0 ? [] : [labels[n % 4] as string, labels[(n + 1) % 4] as string],
          note: i % 5 === 0 ? 'A note' : '',
          status: i % 97 === 0 ? 'orphan' : 'exact',
          location: i % 97 === 0 ? null : { paragraph: i + 1, start: i * 100, end: i * 100 + 40 },
          stance: stances[n % 4] as Stance,
          sameClaimAs: [`id${(n + perArticle) % total}`, `id${(n + 1) % total}`],
        };
      }),
    }));
  }

  /**
   * The fastest run of `big` over the fastest of `small`, the two taken in
   * turn: a burst of other work on a shared machine then slows runs of both,
   * where it slowed only the larger ones when they ran one after the other.
   */
  function growthOf(rounds: number, big: () => unknown, small: () => unknown): number {
    let fastestBig = Infinity;
    let fastestSmall = Infinity;
    const time = (work: () => unknown) => {
      const started = performance.now();
      work();
      return performance.now() - started;
    };
    for (let r = 0; r < rounds; r++) {
      fastestSmall = Math.min(fastestSmall, time(small));
      fastestBig = Math.min(fastestBig, time(big));
    }
    return fastestBig / fastestSmall;
  }

  it('the model and the Markdown of four times the annotations (2,000 → 8,000 over 50 articles) take well under sixteen times as long', { timeout: 60_000 }, () => {
    const small = input(articlesOf(40));
    const big = input(articlesOf(160));
    expect(buildBriefModel(big).scope.claims).toBeGreaterThan(6000);
    for (const build of [buildBriefModel, briefToMarkdown] as ((i: BriefInput) => unknown)[]) {
      build(small);
      const growth = growthOf(3, () => build(big), () => build(small));
      // Linear is four; quadratic sixteen.
      expect(growth, build.name).toBeLessThan(9);
    }
  });
});
