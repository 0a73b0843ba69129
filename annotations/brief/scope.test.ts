import { describe, expect, it } from 'vitest';
import { selectQuotes } from './filter';
import {
  includesArticle,
  includesStance,
  includesTag,
  isNarrowed,
  summarizeScope,
  withArticles,
  withOrder,
  withStance,
  withTags,
} from './scope';
import type { BriefArticle, BriefOptions, BriefQuote } from './types';

const choices = { tags: ['Peace deal', 'Sanctions', 'Corridor'], articles: ['a.txt', 'b.txt'] };

function quote(id: string, tags: string[], extra: Partial<BriefQuote> = {}): BriefQuote {
  return { id, exact: id, tags, note: '', status: 'exact', location: { paragraph: 1, start: 0, end: 1 }, sameClaimAs: [], ...extra };
}

describe('brief scope edits', () => {
  it('excludes and re-includes tags and articles, back to the empty scope', () => {
    let o: BriefOptions = {};
    o = withTags(o, ['Sanctions'], false);
    o = withArticles(o, ['b.txt'], false);
    expect(o).toEqual({ excludeTags: ['Sanctions'], excludeArticles: ['b.txt'] });
    expect([includesTag(o, 'Sanctions'), includesTag(o, 'Peace deal'), includesArticle(o, 'b.txt')]).toEqual([false, true, false]);
    expect(isNarrowed(o)).toBe(true);
    o = withArticles(withTags(o, ['Sanctions'], true), ['b.txt'], true);
    expect(o).toEqual({});
    expect(isNarrowed(o)).toBe(false);
  });

  it('ticks all or none at once, without duplicates', () => {
    const none = withTags(withTags({}, ['Corridor'], false), choices.tags, false);
    expect(none.excludeTags).toEqual(['Corridor', 'Peace deal', 'Sanctions']);
    expect(withTags(none, choices.tags, true)).toEqual({});
  });

  it('keeps stances as a list, in canonical order, only while some are unticked', () => {
    let o = withStance({}, 'disputes', false);
    o = withStance(o, 'none', false);
    expect(o.stances).toEqual(['asserts', 'reports', 'speculates']);
    expect([includesStance(o, 'asserts'), includesStance(o, 'none')]).toEqual([true, false]);
    o = withStance(withStance(o, 'none', true), 'disputes', true);
    expect(o).toEqual({});
  });

  it('sets the order, which does not narrow the scope', () => {
    expect(withOrder({}, 'frequency')).toEqual({ order: 'frequency' });
    expect(withOrder({ order: 'frequency' }, 'codebook')).toEqual({});
    expect(isNarrowed({ order: 'frequency' })).toBe(false);
  });

  it('keeps untagged highlights when tags are excluded (an inclusion list would drop them)', () => {
    const article: BriefArticle = { file: 'a.txt', title: 'A', quotes: [quote('peace', ['Peace deal']), quote('sanctions', ['Sanctions']), quote('plain', [])] };
    const kept = selectQuotes([article], withTags({}, ['Sanctions'], false)).map((s) => s.quote.id);
    expect(kept).toEqual(['peace', 'plain']);
  });

  it('summarizes the scope in plain words', () => {
    expect(summarizeScope({}, choices)).toEqual({ tags: 'all 3 tags', articles: 'all 2 articles', stances: 'all 5 stances' });
    const o = withStance(withArticles(withTags({}, ['Corridor'], false), choices.articles, false), 'asserts', false);
    expect(summarizeScope(o, choices)).toEqual({ tags: '2 of 3 tags', articles: 'no articles', stances: '4 of 5 stances' });
    expect(summarizeScope({}, { tags: [], articles: ['a.txt'] }).tags).toBe('no tags');
  });
});
