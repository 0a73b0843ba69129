import type { Nodes } from 'mdast';
// A CommonMark parser, to check that hostile text comes back as text. It is a
// dependency of mdast-util-gfm-table, not a direct dependency of the project.
import { fromMarkdown } from 'mdast-util-from-markdown';
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
  return { id, exact, tags: tagLabels, note: '', status: 'exact', location: { paragraph: 1, start: 0, end: exact.length }, ...extra };
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

  it('starts with the title and the counts, claims being tagged annotations', () => {
    expect(md.startsWith('# Comparative brief: Harbour\n\nExported 2025-03-04 09:05 UTC · 3 articles · 4 claims · 1 untagged highlight · 3 tags\n')).toBe(true);
  });

  it('has a coverage table of used tags in codebook order, em dashes for silences, and totals', () => {
    expect(section(md, 'Coverage')).toContain(
      [
        '| Tag    | The Daily Planet reports on the harbour… | Herald | Gazette | Total |',
        '| :----- | ---------------------------------------: | -----: | ------: | ----: |',
        '| Cost   |                                        2 |      — |       — |     2 |',
        '| Safety |                                        2 |      — |       — |     2 |',
        '| Jobs   |                                        — |      1 |       — |     1 |',
        '| Total  |                                        4 |      1 |       — |     5 |',
      ].join('\n'),
    );
    expect(md).not.toContain('Unused');
  });

  it('lists the sources with their file names as inline code', () => {
    expect(section(md, 'Sources')).toBe(
      '## Sources\n\n1. The Daily Planet reports on the harbour expansion plans — `planet.txt`\n2. Herald — `herald.txt`\n3. Gazette — `gazette.txt`\n\n',
    );
  });

  it('orders the sections: coverage, sources, used tags in codebook order, untagged', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Coverage', '## Sources', '## Cost', '## Safety', '## Jobs', '## Untagged highlights']);
  });

  it('lists the silent articles of each tag', () => {
    expect(section(md, 'Cost')).toContain('\nSilent: Herald; Gazette\n');
    expect(section(md, 'Safety')).toContain('\nSilent: Herald; Gazette\n');
    expect(section(md, 'Jobs')).toContain('\nSilent: The Daily Planet reports on the harbour expansion plans; Gazette\n');
  });

  it('shows each quote with its note, other tags and location, in reading order, orphans last', () => {
    expect(section(md, 'Cost')).toBe(
      [
        '## Cost',
        '',
        'Money spent or saved',
        '',
        '### The Daily Planet reports on the harbour expansion plans',
        '',
        '> It will cost 4 billion',
        '>',
        '> and create risks.',
        '',
        'Note: Figure disputed by the port authority\\',
        'Also tagged: Safety\\',
        '¶ 3, characters 120–160',
        '',
        '> A sentence later edited away.',
        '',
        'Not found in the current text',
        '',
        'Silent: Herald; Gazette',
        '',
        '',
      ].join('\n'),
    );
    const safety = section(md, 'Safety');
    expect(safety).toContain('Also tagged: Cost\\\n¶ 3, characters 120–160');
    expect(safety.indexOf('It will cost')).toBeLessThan(safety.indexOf('Nobody will be hurt.'));
    expect(section(md, 'Jobs')).toContain('> 300 new jobs\n\n¶ 2, characters 40–52 (moved since it was highlighted)\n');
  });

  it('puts quotes without tags under Untagged highlights', () => {
    expect(section(md, 'Untagged highlights')).toBe(
      '## Untagged highlights\n\n### Herald\n\n> The weather was fine.\n\nNote: Colour only\\\n¶ 1, characters 0–21\n',
    );
  });

  it('says so when nothing is tagged, and has no untagged section when everything is', () => {
    const none = briefToMarkdown({ ...input, articles: [herald].map((a) => ({ ...a, quotes: a.quotes.filter((q) => q.tags.length === 0) })) });
    expect(none).toContain('## Coverage\n\nNo claims are tagged yet.\n');
    expect(none).toContain('· 0 claims · 1 untagged highlight · 0 tags');
    const all = briefToMarkdown({ ...input, articles: [planet] });
    expect(all).not.toContain('Untagged');
  });
});

describe('briefToMarkdown: golden output', () => {
  it('formats a tiny brief exactly', () => {
    const tiny: BriefInput = {
      setName: 'Tiny',
      exportedAt: new Date(Date.UTC(2024, 11, 31, 23, 59)),
      tags: [{ label: 'Cost', color: '#f6c85f' }],
      articles: [
        { file: 'a.txt', title: 'A', quotes: [quote('1', 'Cheap.', ['Cost'], { location: { paragraph: 2, start: 5, end: 11 } })] },
        { file: 'b.txt', title: 'B', quotes: [] },
      ],
    };
    expect(briefToMarkdown(tiny)).toBe(`# Comparative brief: Tiny

Exported 2024-12-31 23:59 UTC · 2 articles · 1 claim · 1 tag

## Coverage

| Tag   |  A |  B | Total |
| :---- | -: | -: | ----: |
| Cost  |  1 |  — |     1 |
| Total |  1 |  — |     1 |

Each cell counts the highlights with that tag; a highlight with several tags counts once per tag. Columns are listed under Sources.

## Sources

1. A — \`a.txt\`
2. B — \`b.txt\`

## Cost

### A

> Cheap.

¶ 2, characters 5–11

Silent: B
`);
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
    expect(md).toContain('> \\[x]\\(javascript:alert(1))');
    expect(md).toContain('> \\- not a bullet');
    expect(md).toContain('> !\\[img]\\(http://evil.example/t.png)');
    // "1." mid-line is harmless, so only the line starts need escapes.
    expect(md).toContain('Note: 1. step\\\n\\> quoted\\\n\\<script>alert(1)\\</script> \\[x]\\(javascript:alert(1))');
    expect(md).toContain('## #Tag_with \\*stars\\*'); // intraword _ is not emphasis
    expect(md).toContain('| a \\| b \\<script>alert(1)\\</script> |');
    expect(md).toContain('``evil`name`.txt``');
    expect(md).toContain('> \\# untagged \\*too\\*');
  });

  it('leaves no raw HTML tag or link syntax', () => {
    expect(md).not.toMatch(/(^|[^\\])<script/u);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/u);
  });

  it('parses back (CommonMark) to text only, with the quote lines verbatim', () => {
    const tree = fromMarkdown(md);
    const kinds = new Set<string>();
    walk(tree, (node) => kinds.add(node.type));
    for (const markup of ['html', 'link', 'image', 'emphasis', 'strong', 'code']) expect(kinds).not.toContain(markup);
    // Only the brief's own structure: its headings and one list (Sources).
    const headings = tree.children.filter((n) => n.type === 'heading').map(plainText);
    expect(headings).toEqual([
      'Comparative brief: *Set* <script>alert(1)</script>',
      'Coverage',
      'Sources',
      '#Tag_with *stars*',
      'a | b <script>alert(1)</script>',
      'Untagged highlights',
      'a | b <script>alert(1)</script>',
    ]);
    const blockquotes = tree.children.filter((n) => n.type === 'blockquote');
    expect(blockquotes[0]?.children.map(plainText)).toEqual(hostileLines);
    expect(blockquotes[1]?.children.map(plainText)).toEqual(['# untagged *too*']);
    expect(tree.children.filter((n) => n.type === 'list')).toHaveLength(1);
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
