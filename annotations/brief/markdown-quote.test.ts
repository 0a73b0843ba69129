/**
 * The `briefQuotes` handler writes exactly what mdast-util-to-markdown writes
 * for the plain mdast the node stands for (`briefQuotesToMdast`): on random
 * quotes and facts between the brief's other blocks, and on the whole example
 * brief of the seed set.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildSeedSetInput } from './fixtures/seed-set';
import { buildBriefTree, treeToMarkdown } from './markdown';
import { briefQuotes, briefQuotesToMdast, type QuoteBlock, quoteBlock } from './markdown-quote';
import { formatAnnotationLink } from '../links/annotation-link';

/** The same tree with every briefQuotes node replaced by the plain mdast it stands for. */
function expand(tree: Root): Root {
  return { ...tree, children: tree.children.flatMap((child): RootContent[] => (child.type === 'briefQuotes' ? briefQuotesToMdast(child) : [child])) };
}

const CHARS = [...'abZé019 \t\n\r\u00A0😀', ...'!"#$%&\'()*+,-./:;<=>?[\\]^_`{|}~'];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((c) => c.join(''));
const quoteArb = fc.record({ quote: textArb, facts: fc.array(textArb, { maxLength: 5 }) }).map(({ quote, facts }) => quoteBlock(quote, facts));

function document(first: QuoteBlock[], rest: QuoteBlock[][]): Root {
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 3, children: [{ type: 'text', value: 'Source' }] },
      briefQuotes(first),
      { type: 'paragraph', children: [{ type: 'text', value: 'Silent: none' }] },
      { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'item' }] }] }] },
      ...rest.map(briefQuotes),
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Next' }] },
    ],
  };
}

describe('briefQuotes', () => {
  it('writes what the library writes for its plain mdast (1,000 random documents)', () => {
    fc.assert(
      fc.property(fc.array(quoteArb, { minLength: 1, maxLength: 4 }), fc.array(fc.array(quoteArb, { minLength: 1, maxLength: 3 }), { maxLength: 3 }), (first, rest) => {
        const tree = document(first, rest);
        expect(treeToMarkdown(tree)).toBe(treeToMarkdown(expand(tree)));
      }),
      { numRuns: 1_000, seed: 7 },
    );
  });

  it('writes each quote\'s link back into the app as the library writes the link (300 random documents)', () => {
    const pathArb = fc.array(fc.constantFrom(...CHARS, '/', '\\'), { minLength: 1, maxLength: 20 }).map((c) => `/${c.join('')}`);
    const linkArb = fc.record({ set: pathArb, article: textArb.map((t) => `${t}.txt`), annotation: textArb.map((t) => `urn:x:${t}`) }).map(formatAnnotationLink);
    const linkedArb = fc.tuple(quoteArb, fc.option(linkArb, { nil: undefined })).map(([block, link]) => (link === undefined ? block : { ...block, link }));
    fc.assert(
      fc.property(fc.array(linkedArb, { minLength: 1, maxLength: 4 }), fc.array(fc.array(linkedArb, { minLength: 1, maxLength: 3 }), { maxLength: 2 }), (first, rest) => {
        const tree = document(first, rest);
        expect(treeToMarkdown(tree)).toBe(treeToMarkdown(expand(tree)));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('gives every quote of the seed set\'s brief its link when asked, the rest unchanged', () => {
    const input = buildSeedSetInput((file) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'));
    const plain = treeToMarkdown(buildBriefTree(input));
    const linked = { ...input, setFolder: '/home/ana/Research Annotator/Seed set', options: { ...input.options, quoteLinks: true } };
    const tree = buildBriefTree(linked);
    const markdown = treeToMarkdown(tree);
    expect(markdown).toBe(treeToMarkdown(expand(tree)));
    const quotes = tree.children.flatMap((c) => (c.type === 'briefQuotes' ? c.quotes : []));
    expect(quotes.every((q) => q.link?.startsWith('research-annotator://open?set=%2Fhome%2Fana%2FResearch%20Annotator%2FSeed%20set&article='))).toBe(true);
    // Taking the links out gives the brief without them, byte for byte.
    expect(markdown.replace(/\\\n\[Open in Research Annotator\]\([^)]*\)/gu, '')).toBe(plain);
  });

  it('writes the example brief of the seed set as the plain mdast would be written', () => {
    const input = buildSeedSetInput((file) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'));
    const tree = buildBriefTree(input);
    expect(tree.children.flatMap((c) => (c.type === 'briefQuotes' ? c.quotes : [])).length).toBeGreaterThan(40);
    expect(treeToMarkdown(tree)).toBe(treeToMarkdown(expand(tree)));
  });

  it('keeps the quote paragraphs and the fact lines, trimmed and without blank lines', () => {
    const quote = quoteBlock(' First paragraph.\r\n\n  Second.  ', ['Claimed by: X', 'Note: one\n\ntwo ', ' ']);
    expect(quote.lines).toEqual(['First paragraph.', 'Second.']);
    expect(quote.facts).toEqual(['Claimed by: X', 'Note: one', 'two']);
    expect(treeToMarkdown({ type: 'root', children: [briefQuotes([quote])] })).toBe('> First paragraph.\n>\n> Second.\n\nClaimed by: X\\\nNote: one\\\ntwo\n');
  });

  it('marks an empty highlight, and refuses to be written anywhere but at the root', () => {
    expect(treeToMarkdown({ type: 'root', children: [briefQuotes([quoteBlock('  ', ['¶ 1'])])] })).toBe('> *(empty highlight)*\n\n¶ 1\n');
    const nested = { type: 'blockquote', children: [briefQuotes([quoteBlock('x', [])])] } as unknown as RootContent;
    expect(() => treeToMarkdown({ type: 'root', children: [nested] })).toThrow(/child of the root, not of blockquote/u);
  });
});
