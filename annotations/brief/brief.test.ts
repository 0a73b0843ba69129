import type { Nodes } from 'mdast';
// A CommonMark + GFM parser (what react-markdown with remark-gfm and GitHub
// read), to check that hostile text comes back as text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { Tag } from '../model/codebook';
import { type BriefArticle, type BriefInput, type BriefQuote, briefToMarkdown, buildBriefTree, formatUtc, shortTitle } from './brief';

const tags: Tag[] = [
  { label: 'Cost', color: '#f6c85f', description: 'Money spent or saved' },
  { label: 'Unused', color: '#7ec8e3' },
  { label: 'Safety', color: '#f4a582' },
  { label: 'Jobs', color: '#9ad0a4' },
];

function quote(id: string, exact: string, tagLabels: string[], extra: Partial<BriefQuote> = {}): BriefQuote {
  return { id, exact, tags: tagLabels, note: '', status: 'exact', location: { paragraph: 1, start: 0, end: exact.length }, sameClaimAs: [], ...extra };
}

const planet: BriefArticle = {
  file: 'planet.txt',
  title: 'The Daily Planet reports on the harbour expansion plans',
  quotes: [
    quote('p2', 'Nobody will be hurt.', ['Safety'], { location: { paragraph: 7, start: 410, end: 430 } }),
    quote('p1', 'It will cost 4 billion\nand create risks.', ['Cost', 'Safety'], {
      note: 'Figure disputed by the port authority',
      location: { paragraph: 3, start: 120, end: 160 },
    }),
    quote('p3', 'A sentence later edited away.', ['Cost'], { status: 'orphan', location: null }),
  ],
};
const herald: BriefArticle = {
  file: 'herald.txt',
  title: 'Herald',
  quotes: [
    quote('h1', '300 new jobs', ['Jobs'], { status: 'moved', location: { paragraph: 2, start: 40, end: 52 } }),
    quote('h2', 'The weather was fine.', [], { note: 'Colour only', location: { paragraph: 1, start: 0, end: 21 } }),
  ],
};
const gazette: BriefArticle = { file: 'gazette.txt', title: 'Gazette', quotes: [] };

const input: BriefInput = {
  setName: 'Harbour',
  exportedAt: new Date(Date.UTC(2025, 2, 4, 9, 5, 59)),
  tags,
  articles: [planet, herald, gazette],
};

/** The text between a `## heading` line and the next `## ` heading. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start + 1, end === -1 ? undefined : end + 1);
}

describe('briefToMarkdown: content', () => {
  const md = briefToMarkdown(input);

  it('starts with the title and the counts; orphans are not counted as claims', () => {
    expect(
      md.startsWith(
        '# Comparative brief: Harbour\n\nExported 2025-03-04 09:05 UTC · 3 articles · 3 claims · 3 tags · 1 untagged highlight · 1 orphaned annotation\n',
      ),
    ).toBe(true);
  });

  it('has a coverage table of used tags in codebook order, em dashes for silences, and totals', () => {
    expect(section(md, 'Coverage')).toContain(
      [
        '| Tag    | The Daily Planet reports on… | Herald | Gazette | Total |',
        '| :----- | ---------------------------: | -----: | ------: | ----: |',
        '| Cost   |                            1 |      — |       — |     1 |',
        '| Safety |                            2 |      — |       — |     2 |',
        '| Jobs   |                            — |      1 |       — |     1 |',
        '| Total  |                            3 |      1 |       — |     4 |',
      ].join('\n'),
    );
    expect(md).not.toContain('Unused');
  });

  it('lists the sources with outlet, author, date and the file name as inline code', () => {
    const md2 = briefToMarkdown({ ...input, articles: [{ ...planet, source: 'Daily Planet', author: 'L. Lane', published: '2025-03-01' }, herald] });
    expect(section(md2, 'Sources')).toBe(
      '## Sources\n\n1. The Daily Planet reports on the harbour expansion plans — Daily Planet, by L. Lane, published 2025-03-01 — `planet.txt`\n2. Herald — outlet not stated — `herald.txt`\n\n',
    );
    expect(md2).toContain('### The Daily Planet reports on the harbour expansion plans — Daily Planet\n');
  });

  it('gives a web page its address (a link where it is a web address) and the day it was saved', () => {
    const web = { ...planet, source: 'Daily Planet', url: 'https://planet.example/harbour?id=7', accessed: '2025-03-02' };
    const md3 = briefToMarkdown({ ...input, articles: [web, { ...herald, url: 'archive box 12' }] });
    expect(section(md3, 'Sources')).toBe(
      '## Sources\n\n1. The Daily Planet reports on the harbour expansion plans — Daily Planet, accessed 2025-03-02 — <https://planet.example/harbour?id=7> — `planet.txt`\n2. Herald — outlet not stated — archive box 12 — `herald.txt`\n\n',
    );
  });

  it('orders the sections: glance, sources, coverage, tags, corroboration, co-occurrence, orphans, untagged', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## At a glance',
      '## Sources',
      '## Coverage',
      '## Cost',
      '## Safety',
      '## Jobs',
      '## Corroboration',
      '## Co-occurrence',
      '## Orphaned annotations',
      '## Untagged highlights',
    ]);
  });

  it('lists the silent articles of each tag', () => {
    expect(section(md, 'Cost')).toContain('\nSilent: Herald; Gazette\n');
    expect(section(md, 'Jobs')).toContain('\nSilent: The Daily Planet reports on…; Gazette\n');
  });

  it('shows each quote with its claim facts, note, other tags, corroboration and location, in reading order', () => {
    expect(section(md, 'Cost')).toBe(
      [
        '## Cost',
        '',
        'Money spent or saved',
        '',
        '1 claim from 1 of 3 sources.',
        '',
        '### The Daily Planet reports on the harbour expansion plans',
        '',
        '> It will cost 4 billion',
        '>',
        '> and create risks.',
        '',
        'Note: Figure disputed by the port authority\\',
        'Also tagged: Safety\\',
        'Single source\\',
        '¶ 3, characters 120–160',
        '',
        'Silent: Herald; Gazette',
        '',
        '',
      ].join('\n'),
    );
    const safety = section(md, 'Safety');
    expect(safety.indexOf('It will cost')).toBeLessThan(safety.indexOf('Nobody will be hurt.'));
    expect(section(md, 'Jobs')).toContain('> 300 new jobs\n\nSingle source\\\n¶ 2, characters 40–52 (moved since it was highlighted)\n');
  });

  it('renders attribution, stance, confidence, corroboration and contrasts', () => {
    const md2 = briefToMarkdown({
      ...input,
      articles: [
        { file: 'a.txt', title: 'A', source: 'Alpha', quotes: [quote('a1', 'Yes.', ['Cost'], { stance: 'asserts', attribution: 'Marco Rubio', confidence: 'high' })] },
        { file: 'b.txt', title: 'B', quotes: [quote('b1', 'No.', ['Cost'], { stance: 'disputes', sameClaimAs: ['a1'] })] },
      ],
    });
    expect(md2).toContain('> Yes.\n\nClaimed by: Marco Rubio · Stance: Asserts · Confidence: high\\\nCorroborated: same claim in B (claim 1 under Corroboration)\\\n');
    expect(md2).toContain('Contrasts (direct: a source disputes what another asserts or speculates):\n\n* Asserts: Alpha, citing Marco Rubio\n* Disputes: B\n');
    expect(md2).toContain('### Claim 1 — 2 independent sources\n\nTags: Cost · Stances: Asserts, Disputes\\\nContested: one source disputes what another asserts or speculates.\n');
    expect(md2).toContain('* “Yes.” — Alpha · ¶ 1 · Claimed by: Marco Rubio · Stance: Asserts · Confidence: high\n');
  });

  it('lists orphans apart with their stored quote, and untagged highlights', () => {
    expect(section(md, 'Orphaned annotations')).toContain('> A sentence later edited away.\n\nTags: Cost\\\nNot found in the current text\n');
    expect(section(md, 'Untagged highlights')).toBe(
      '## Untagged highlights\n\n### Herald\n\n> The weather was fine.\n\nNote: Colour only\\\n¶ 1, characters 0–21\n',
    );
  });

  it('says so when nothing is tagged, and has no untagged section when everything is', () => {
    const none = briefToMarkdown({ ...input, articles: [herald].map((a) => ({ ...a, quotes: a.quotes.filter((q) => q.tags.length === 0) })) });
    expect(none).toContain('## Coverage\n\nNo claims are tagged yet.\n');
    expect(none).toContain('· 0 claims · 0 tags · 1 untagged highlight');
    const all = briefToMarkdown({ ...input, articles: [planet] });
    expect(all).not.toContain('Untagged');
  });

  it('can leave out the coverage table (the Brief view draws it)', () => {
    expect(briefToMarkdown(input, { omitCoverage: true })).not.toContain('## Coverage');
  });

  it('states the filters applied', () => {
    const md2 = briefToMarkdown({ ...input, options: { tags: ['Cost'], stances: ['asserts'], order: 'frequency' } });
    expect(md2).toContain('Filtered: only tags Cost; only stances Asserts. Topics are ordered by number of claims.');
  });
});

describe('briefToMarkdown: user text is escaped', () => {
  const hostileLines = [
    '*bold* and _under_ and `code`',
    '# not a heading',
    '1. not a list',
    '> not a quote',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '- not a bullet',
    '![img](http://evil.example/t.png)',
  ];
  const hostile: BriefInput = {
    setName: '*Set* <script>alert(1)</script>',
    exportedAt: new Date(Date.UTC(2025, 0, 1)),
    tags: [{ label: '#Tag_with *stars*', color: '#f6c85f', description: '[x](javascript:alert(1))' }],
    articles: [
      {
        file: 'evil`name`.txt',
        title: 'a | b <script>alert(1)</script>',
        quotes: [
          quote('q1', hostileLines.join('\n'), ['#Tag_with *stars*'], { note: '1. step\n> quoted\n<script>alert(1)</script> [x](javascript:alert(1))' }),
          quote('q2', '# untagged *too*', []),
        ],
      },
    ],
  };
  const md = briefToMarkdown(hostile);

  it('escapes Markdown and HTML syntax in quotes, notes, titles and tags', () => {
    expect(md).toContain('# Comparative brief: \\*Set\\* \\<script>alert(1)\\</script>');
    expect(md).toContain('> \\*bold\\* and \\_under\\_ and \\`code\\`');
    expect(md).toContain('> \\# not a heading');
    expect(md).toContain('> 1\\. not a list');
    expect(md).toContain('> \\> not a quote');
    expect(md).toContain('> \\<script>alert(1)\\</script>');
    expect(md).toContain('> \\[x\\](javascript:alert(1))');
    expect(md).toContain('> \\- not a bullet');
    expect(md).toContain('> !\\[img\\](http&#x3A;//evil.example/t.png)');
    // "1." mid-line is harmless, so only the line starts need escapes.
    expect(md).toContain('Note: 1. step\\\n\\> quoted\\\n\\<script>alert(1)\\</script> \\[x\\](javascript:alert(1))');
    expect(md).toContain('## #Tag_with \\*stars\\*'); // intraword _ is not emphasis
    expect(md).toContain('| a \\| b \\<script>alert(1)\\</script> |');
    expect(md).toContain('``evil`name`.txt``');
    expect(md).toContain('> \\# untagged \\*too\\*');
  });

  it('leaves no raw HTML tag or link syntax', () => {
    expect(md).not.toMatch(/(^|[^\\])<script/u);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/u);
  });

  it('parses back (CommonMark + GFM) to text only, with the quote lines verbatim', () => {
    const tree = fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const kinds = new Set<string>();
    walk(tree, (node) => kinds.add(node.type));
    for (const markup of ['html', 'image', 'emphasis', 'strong', 'delete', 'code']) expect(kinds).not.toContain(markup);
    // GFM links a bare URL in text whatever the escaping (markdown-text.ts): the
    // only links are such http(s) literals, never the `[x](javascript:…)` markup.
    const links: string[] = [];
    walk(tree, (node) => node.type === 'link' && links.push(node.url));
    expect(links).toEqual(['http://evil.example/t.png']);
    // Only the brief's own structure: its headings and one list (Sources).
    const headings = tree.children.filter((n) => n.type === 'heading').map(plainText);
    expect(headings).toEqual([
      'Comparative brief: *Set* <script>alert(1)</script>',
      'At a glance',
      'Sources',
      'Coverage',
      '#Tag_with *stars*',
      'a | b <script>alert(1)</script>',
      'Corroboration',
      'Single-source claims',
      'Co-occurrence',
      'Untagged highlights',
      'a | b <script>alert(1)</script>',
    ]);
    const blockquotes = tree.children.filter((n) => n.type === 'blockquote');
    expect(blockquotes[0]?.children.map(plainText)).toEqual(hostileLines);
    expect(blockquotes[1]?.children.map(plainText)).toEqual(['# untagged *too*']);
    // The brief's own lists: at a glance, sources, single-source claims.
    expect(tree.children.filter((n) => n.type === 'list')).toHaveLength(3);
    const inlineCode: string[] = [];
    walk(tree, (node) => node.type === 'inlineCode' && inlineCode.push(node.value));
    expect(inlineCode).toEqual(['evil`name`.txt']);
  });

  it('builds the tree from text nodes only (no html nodes)', () => {
    const types = new Set<string>();
    walk(buildBriefTree(hostile), (node) => types.add(node.type));
    expect(types).not.toContain('html');
  });
});

describe('helpers', () => {
  it('truncates long titles to 40 code points with an ellipsis, without splitting emoji', () => {
    expect(shortTitle('Short')).toBe('Short');
    const long = `${'😀'.repeat(39)}abc`;
    expect(shortTitle(long)).toBe(`${'😀'.repeat(39)}…`);
    expect(Array.from(shortTitle('x'.repeat(100)))).toHaveLength(40);
  });

  it('formats the export time in UTC', () => {
    expect(formatUtc(new Date('2025-07-09T23:30:00-02:00'))).toBe('2025-07-10 01:30 UTC');
  });
});

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map(plainText).join('') : '';
}
