/**
 * The brief stays honest with the matcher: a suggestion never counts as
 * corroboration (it is listed apart, with its count in At a glance), copies
 * of one story are one source, and the details that differ between claims
 * linked as the same claim are named with both quotes.
 */
import { describe, expect, it } from 'vitest';
import type { Tag } from '../model/codebook';
import { briefToMarkdown } from './markdown';
import { buildBriefModel } from './model';
import type { BriefArticle, BriefInput, BriefMatching, BriefQuote } from './types';

const tags: Tag[] = [{ label: 'Protest', color: '#f6c85f' }];

function quote(id: string, exact: string, sameClaimAs: string[] = []): BriefQuote {
  return { id, exact, tags: ['Protest'], note: '', status: 'exact', location: { paragraph: 1, start: 0, end: exact.length }, sameClaimAs };
}

const ARTICLES: BriefArticle[] = [
  { file: 'a.txt', title: 'A', source: 'Outlet A', quotes: [quote('a1', 'Over 100,000 people marched in the capital on Sunday.')] },
  { file: 'b.txt', title: 'B', source: 'Outlet B', quotes: [quote('b1', 'Police said 120,000 people marched in the capital on Sunday.')] },
  { file: 'c.txt', title: 'C', source: 'Outlet C', quotes: [] },
];

function input(articles: BriefArticle[], matching?: BriefMatching): BriefInput {
  return { setName: 'Set', exportedAt: new Date(0), tags, articles, ...(matching ? { matching } : {}) };
}

const SUGGESTED: BriefMatching = {
  possible: [{ claim: 'a1', file: 'b.txt', text: 'Police said 120,000 people marched in the capital on Sunday.', score: 0.8 }],
  copies: [],
};

function linked(): BriefArticle[] {
  const [a, b, c] = ARTICLES as [BriefArticle, BriefArticle, BriefArticle];
  return [
    { ...a, quotes: [quote('a1', a.quotes[0]?.exact ?? '', ['b1'])] },
    { ...b, quotes: [quote('b1', b.quotes[0]?.exact ?? '', ['a1'])] },
    c,
  ];
}

describe('the brief and the matcher', () => {
  it('never counts a suggestion: the counts are those of the brief without it; the suggestion is listed apart', () => {
    const without = buildBriefModel(input(ARTICLES));
    const withSuggestion = buildBriefModel(input(ARTICLES, SUGGESTED));
    expect(withSuggestion.corroboration).toEqual(without.corroboration);
    expect(withSuggestion.corroboration.corroborated).toBe(0);
    expect(withSuggestion.corroboration.singleSource.map((q) => q.id)).toEqual(['a1', 'b1']);
    expect(withSuggestion.sections).toEqual(without.sections);
    expect(withSuggestion.possible?.count).toBe(1);
    expect(without.possible).toBeNull();

    const markdown = briefToMarkdown(input(ARTICLES, SUGGESTED));
    expect(markdown).toContain('0 of 2 claims are corroborated by at least two independent sources');
    expect(markdown).toContain('Possible corroboration, not reviewed: 1 passage likely to state 1 claim elsewhere; not counted above');
    expect(markdown).toContain('## Possible corroboration, not reviewed');
    expect(markdown).toContain('“Police said 120,000 people marched in the capital on Sunday.” — Outlet B (score 0.80)');
    // Without the matcher, the brief says nothing of suggestions.
    expect(briefToMarkdown(input(ARTICLES))).not.toContain('Possible corroboration');
  });

  it('counts the claim once confirmed, and names the details that differ with both quotes', () => {
    const model = buildBriefModel(input(linked(), { possible: [], copies: [] }));
    expect(model.corroboration.corroborated).toBe(2);
    expect(model.possible).toEqual({ claims: [], count: 0 });
    expect(model.differences).toHaveLength(1);
    expect(model.differences[0]?.differences).toEqual([{ kind: 'number', here: 'Over 100,000 people', there: '120,000 people' }]);
    const markdown = briefToMarkdown(input(linked(), { possible: [], copies: [] }));
    expect(markdown).toContain('2 of 2 claims are corroborated by at least two independent sources');
    expect(markdown).toContain('Possible corroboration, not reviewed: none');
    const details = markdown.slice(markdown.indexOf('## Details that differ'), markdown.indexOf('## Possible corroboration'));
    expect(details).toContain('* “Over 100,000 people marched in the capital on Sunday.” — Outlet A · ¶ 1');
    expect(details).toContain('* “Police said 120,000 people marched in the capital on Sunday.” — Outlet B · ¶ 1');
    expect(details).toContain('Differs: number “Over 100,000 people” / “120,000 people”.');
  });

  it('dates each quote\'s "last month" by its article\'s publication date', () => {
    const articles = (published: string | undefined): BriefArticle[] => [
      { file: 'a.txt', title: 'A', source: 'Outlet A', ...(published ? { published } : {}), quotes: [quote('a1', 'The strikes followed the Pahalgam attack last month.', ['b1'])] },
      { file: 'b.txt', title: 'B', source: 'Outlet B', quotes: [quote('b1', 'The strikes followed the May 2 Pahalgam attack.', ['a1'])] },
    ];
    expect(buildBriefModel(input(articles('2025-05-10'))).differences[0]?.differences).toEqual([{ kind: 'date', here: 'last month', there: 'May 2', hereReads: 'April 2025' }]);
    // The brief says how it read "last month".
    expect(briefToMarkdown(input(articles('2025-05-10')))).toContain('Differs: date “last month” (April 2025) / “May 2”.');
    expect(buildBriefModel(input(articles(undefined))).differences).toEqual([]);
    expect(buildBriefModel(input(articles('2025-06-01'))).differences).toEqual([]);
  });

  it('leaves out suggestions for claims or articles outside the brief’s scope, and those in a copy of the claim’s article', () => {
    const scoped = buildBriefModel({ ...input(ARTICLES, SUGGESTED), options: { excludeArticles: ['b.txt'] } });
    expect(scoped.possible?.count).toBe(0);
    const copy = buildBriefModel(input(ARTICLES, { ...SUGGESTED, copies: [['a.txt', 'b.txt']] }));
    expect(copy.possible?.count).toBe(0);
  });

  it('counts copies of one story as one source, whatever outlets carry them', () => {
    const apart = buildBriefModel(input(linked(), { possible: [], copies: [] }));
    expect(apart.corroboration.groups[0]?.independentSources).toBe(2);
    const copies = buildBriefModel(input(linked(), { possible: [], copies: [['a.txt', 'b.txt']] }));
    expect(copies.corroboration.groups[0]?.independentSources).toBe(1);
    expect(copies.corroboration.corroborated).toBe(0);
    expect(copies.corroboration.copies).toEqual([['a.txt', 'b.txt']]);
    expect(briefToMarkdown(input(linked(), { possible: [], copies: [['a.txt', 'b.txt']] }))).toContain(
      'Copies of one story (near-duplicate articles) count as one source, whatever outlet carries them: Outlet A, Outlet B.',
    );
  });
});

describe('long lists', () => {
  it('lists at most 200 differing pairs, and says how many there are', () => {
    const pairs = 250;
    const a: BriefArticle = { file: 'a.txt', title: 'A', source: 'Outlet A', quotes: [] };
    const b: BriefArticle = { file: 'b.txt', title: 'B', source: 'Outlet B', quotes: [] };
    for (let i = 0; i < pairs; i++) {
      a.quotes.push(quote(`a${i}`, `Over ${i + 10} people marched in town ${i}.`, [`b${i}`]));
      b.quotes.push(quote(`b${i}`, `About ${(i + 10) * 3} people marched in town ${i}.`, [`a${i}`]));
    }
    const markdown = briefToMarkdown(input([a, b]));
    expect(markdown).toContain('250 pairs differ; the first 200 are listed, in the order of Corroboration.');
    const details = markdown.slice(markdown.indexOf('## Details that differ'), markdown.indexOf('## Co-occurrence'));
    expect(details.match(/^Differs: /gmu)).toHaveLength(200);
  });
});

describe('the brief of a large set', () => {
  it('groups the thousands of its counts in prose (“1,200 claims”, “1,199 passages”)', () => {
    const many = Array.from({ length: 1200 }, (_, k) => quote(`q${k}`, `Claim number ${k} of the set.`));
    const articles: BriefArticle[] = [{ file: 'a.txt', title: 'A', source: 'Outlet A', quotes: many }, ARTICLES[2] as BriefArticle];
    const possible = many.slice(1).map((q) => ({ claim: q.id, file: 'c.txt', text: 'A passage of C.', score: 0.5 }));
    const markdown = briefToMarkdown(input(articles, { possible, copies: [] }));
    expect(markdown).toContain('· 2 articles · 1,200 claims · 1 tag');
    expect(markdown).toContain('0 of 1,200 claims are corroborated by at least two independent sources (0 linked claims); 1,200 rest on a single source.');
    expect(markdown).toContain('Possible corroboration, not reviewed: 1,199 passages likely to state 1,199 claims elsewhere');
    expect(markdown).toContain('1,200 of 1,200 claims rest on a single source.');
  });
});
