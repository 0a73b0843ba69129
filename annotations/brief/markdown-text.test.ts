/**
 * escapeText: user text comes back from a CommonMark + GFM parser (the one
 * react-markdown and remark-gfm use, and the grammar GitHub renders) exactly as
 * it went in, as plain text, wherever the brief puts it.
 */
import fc from 'fast-check';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeText, textHandler } from './markdown-text';

function serialize(tree: Root): string {
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()], handlers: { text: textHandler } });
}

function parse(markdown: string): Root {
  return stripPositions(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
}

function stripPositions<T extends Nodes>(node: T): T {
  const { position: _position, ...rest } = node as T & { position?: unknown };
  if ('children' in rest) (rest as { children: Nodes[] }).children = (rest.children as Nodes[]).map(stripPositions);
  return rest as T;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Every place the brief puts user text, as the parser gives the tree back. */
function everywhere(v: string): Root {
  const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: [text(v)] },
    { type: 'paragraph', children: [text(v)] },
    { type: 'paragraph', children: [text('a'), { type: 'break' }, text(v), { type: 'break' }, text(v)] },
    { type: 'paragraph', children: [{ type: 'inlineCode', value: 'c' }, text(v), { type: 'inlineCode', value: 'd' }] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [text(v)] }, { type: 'paragraph', children: [text(v)] }] },
    {
      type: 'list',
      ordered: false,
      start: null,
      spread: false,
      children: [{ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: [text(v)] }] }],
    },
    {
      type: 'table',
      align: [null, null],
      children: [
        { type: 'tableRow', children: [cell(v), cell('h')] },
        { type: 'tableRow', children: [cell('b'), cell(v)] },
      ],
    },
    { type: 'paragraph', children: [text(v)] },
  ];
  return { type: 'root', children };
}

/** No code point that CommonMark itself rewrites (NUL) and no GFM autolink literal (w, h, @ are left out). */
const CHARS = [
  ...'abZé019 \t\n\r\u00A0😀',
  ...'!"#$%&\'()*+,-./:;<=>?[\\]^_`{|}~',
];
const valueArb = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 }).map((c) => c.join(''));

describe('escapeText', () => {
  it('round-trips any text through CommonMark + GFM, as text, in every place (3,000 random values)', () => {
    fc.assert(
      fc.property(valueArb, (v) => {
        const tree = everywhere(v);
        expect(parse(serialize(tree))).toEqual(tree);
      }),
      { numRuns: 3_000, seed: 4_242 },
    );
  }, 60_000);

  it('keeps markup out after web addresses, which GFM links (2,000 random values)', () => {
    // Links are allowed here (GFM makes them from plain addresses, holding the
    // address as text); markup is not, and the text must read the same.
    const pieces = ['http://', 'https://', 'HTTP://', 'www.', 'example.com', '/path', 'a@b.co', ' ', 'x', '<', '>', '&', 'amp;', '*', '_', '[', ']', '(', ')', '`', '\\', '~', '!', 'img src=x onerror=f()', '</script>', '.', ':'];
    const urlish = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((p) => p.join('').trim()).filter((v) => v !== '');
    fc.assert(
      fc.property(urlish, (v) => {
        const tree = parse(serialize({ type: 'root', children: [{ type: 'paragraph', children: [text(v)] }] }));
        const kinds = new Set<string>();
        const flat = (node: Nodes): string => {
          kinds.add(node.type);
          if (node.type === 'text') return node.value;
          return 'children' in node ? node.children.map(flat).join('') : '';
        };
        expect(flat(tree)).toBe(v);
        for (const markup of ['html', 'image', 'emphasis', 'strong', 'delete', 'inlineCode', 'linkReference']) expect(kinds).not.toContain(markup);
      }),
      { numRuns: 2_000, seed: 99 },
    );
  }, 60_000);

  it('breaks a GFM address before an escape it would swallow', () => {
    expect(escapeText('see http://example.com/report<img src=x>', { before: 'x', after: 'x' })).toBe('see http&#x3A;//example.com/report\\<img src=x>');
    expect(escapeText('www.example.com', { before: 'x', after: 'x' })).toBe('www&#x2E;example.com');
  });

  it.each([
    ['*bold* and _under_ and `code`', '\\*bold\\* and \\_under\\_ and \\`code\\`'],
    ['snake_case stays', 'snake_case stays'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['a < b & c', 'a < b & c'],
    ['&amp; &#33;', '\\&amp; \\&#33;'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![img](http://evil.example/t.png)', '!\\[img\\](http&#x3A;//evil.example/t.png)'],
    ['a | b ~struck~', 'a \\| b \\~struck\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two&#xA;lines'],
    ['Topic #', 'Topic \\#'],
    ['C# and #1', 'C# and #1'],
  ])('escapes markup anywhere: %j → %j', (value, expected) => {
    expect(escapeText(value, { before: 'x', after: 'x' })).toBe(expected);
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['2) nor this', '2\\) nor this'],
    ['> not a quote', '\\> not a quote'],
    ['- not a bullet', '\\- not a bullet'],
    ['+ nor this', '\\+ nor this'],
    ['===', '\\==='],
    [':-- not a table', '\\:-- not a table'],
    ['    not code', '&#x20;   not code'],
  ])('escapes line-start markup at a line start only: %j → %j', (value, expected) => {
    expect(escapeText(value, { before: '\n', after: '\n' })).toBe(expected);
    expect(escapeText(value, { before: 'x', after: 'x' })).toBe(value);
  });

  it('keeps edge whitespace, which parsers would strip, as character references', () => {
    expect(escapeText(' padded\t', { before: '\n', after: '\n' })).toBe('&#x20;padded&#x9;');
    expect(escapeText(' padded ', { before: '|', after: '|' })).toBe('&#x20;padded&#x20;');
    expect(escapeText(' inline ', { before: '`', after: '`' })).toBe(' inline ');
  });

  it('escapes a final & or < that the next node would complete', () => {
    expect(escapeText('a &', { before: 'x', after: 'amp;' })).toBe('a \\&');
    expect(escapeText('a <', { before: 'x', after: '/b>' })).toBe('a \\<');
    expect(escapeText('a &', { before: 'x', after: ' ' })).toBe('a &');
  });
});
