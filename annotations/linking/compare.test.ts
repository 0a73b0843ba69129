import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { compareSources, compareView } from './compare';
import { LinkGraph, type SetAnnotation } from './link-groups';

function claim(id: string, file: string, extra: Record<string, unknown> = {}): SetAnnotation {
  const annotation: Annotation = {
    ...createAnnotation({
      id,
      now: '2025-01-01T00:00:00.000Z',
      source: file,
      quote: { type: 'TextQuoteSelector', exact: `Quote ${id}` },
      position: { type: 'TextPositionSelector', start: 0, end: 7 },
      tags: ['Peace deal'],
    }),
    ...extra,
  };
  return { file, annotation, start: 0, end: 7 };
}

const ARTICLES = [
  { file: 'a.txt', title: 'A', source: 'Reuters' },
  { file: 'b.txt', title: 'B', source: 'reuters ' },
  { file: 'c.txt', title: 'C' },
  { file: 'd.txt', title: 'D', source: 'AP' },
];

describe('compareSources', () => {
  it('makes one column per outlet (case and spaces aside) and one per article with no outlet, in set order', () => {
    expect(compareSources(ARTICLES)).toEqual([
      { key: 'outlet:reuters', label: 'Reuters', files: ['a.txt', 'b.txt'] },
      { key: 'file:c.txt', label: 'C', files: ['c.txt'] },
      { key: 'outlet:ap', label: 'AP', files: ['d.txt'] },
    ]);
  });
});

describe('compareView', () => {
  it('shows how each source treats each linked claim: its stance, disputes across a dispute link, reports by default, silent', () => {
    const claims = [
      claim('a1', 'a.txt', { 'ra:stance': 'asserts', 'ra:sameClaimAs': ['c1'] }),
      claim('c1', 'c.txt'),
      claim('d1', 'd.txt', { 'ra:stance': 'disputes', 'ra:disputes': ['a1'] }),
    ];
    const { sources, rows } = compareView(ARTICLES, new LinkGraph(claims).groups());
    expect(sources).toHaveLength(3);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row).toMatchObject({ id: 'a1', label: 'Quote a1', tags: ['Peace deal'], disagreement: true, silent: 0 });
    expect(row?.cells.map((c) => c.treatment)).toEqual(['asserts', 'reports', 'disputes']);
    expect(row?.cells[2]?.quotes).toEqual([{ id: 'd1', file: 'd.txt', exact: 'Quote d1', start: 0, end: 7, stance: 'disputes', side: 'disputing' }]);
  });

  it('draws only groups across articles, shows the strongest treatment of a source with several quotes as mixed, and sorts fuller rows first', () => {
    const claims = [
      // Two articles of one outlet, one asserting, one speculating; a third source silent.
      claim('a1', 'a.txt', { 'ra:stance': 'speculates', 'ra:sameClaimAs': ['b1'] }),
      claim('b1', 'b.txt', { 'ra:stance': 'asserts' }),
      // A link inside one article only: no row.
      claim('c1', 'c.txt', { 'ra:sameClaimAs': ['c2'] }),
      claim('c2', 'c.txt'),
      // Three sources.
      claim('a2', 'a.txt', { 'ra:sameClaimAs': ['c3', 'd2'] }),
      claim('c3', 'c.txt'),
      claim('d2', 'd.txt', { 'ra:stance': 'speculates' }),
    ];
    const { rows } = compareView(ARTICLES, new LinkGraph(claims).groups());
    expect(rows.map((r) => r.id)).toEqual(['a2', 'a1']);
    expect(rows[1]?.cells.map((c) => [c.treatment, c.mixed, c.quotes.length])).toEqual([
      ['asserts', true, 2],
      ['silent', false, 0],
      ['silent', false, 0],
    ]);
    expect(rows[1]).toMatchObject({ disagreement: false, silent: 2 });
  });
});
