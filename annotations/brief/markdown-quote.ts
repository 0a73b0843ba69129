/**
 * The brief's quotes as one mdast node per run of quotes, written in one step.
 *
 * A brief of 10,000 annotations holds some 20,000 quotes (one per tag), each a
 * blockquote plus a paragraph of facts: in plain mdast about ten nodes, and
 * mdast-util-to-markdown does real work for each (trackers, peeks, joins).
 * That was most of the brief's time budget, for output whose shape never
 * varies. So the quotes of one source under one heading are one `briefQuotes`
 * node, and its handler writes their lines itself, escaping text with the same
 * `escapeText` as every other text node.
 *
 * What it stands for is `briefQuotesToMdast`: markdown-quote.test.ts proves the
 * handler writes byte for byte what mdast-util-to-markdown writes for that.
 * Root-level only (the type allows nothing else): inside a container the
 * library's joins and indents would differ.
 */
import type { Blockquote, Data, Node, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';
import { escapeText } from './markdown-text';

export interface QuoteBlock {
  /** The quote's paragraphs: trimmed, not empty, one line each. None: an empty highlight. */
  readonly lines: readonly string[];
  /** The facts under it (claim, note, corroboration, location): trimmed, not empty, one line each. */
  readonly facts: readonly string[];
  /** Its link back into the app, written after the facts (links/annotation-link.ts: no character in it needs escaping). */
  readonly link?: string;
}

/** The text of a quote's link back into the app. */
export const QUOTE_LINK_TEXT = 'Open in Research Annotator';

export interface BriefQuotesNode extends Node {
  type: 'briefQuotes';
  quotes: QuoteBlock[];
  data?: Data;
}

declare module 'mdast' {
  interface RootContentMap {
    briefQuotes: BriefQuotesNode;
  }
}

const EMPTY_QUOTE = '(empty highlight)';

/** Lines of free text: split at line breaks, trimmed, blank ones dropped. */
export function textLines(value: string): string[] {
  if (!value.includes('\n') && !value.includes('\r')) {
    const line = value.trim();
    return line === '' ? [] : [line];
  }
  return value
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** `quote` may be given already split by textLines (a quote is repeated under each of its tags). */
export function quoteBlock(quote: string | readonly string[], facts: readonly string[]): QuoteBlock {
  const factLines: string[] = [];
  for (const fact of facts) {
    if (fact.includes('\n') || fact.includes('\r')) factLines.push(...textLines(fact));
    else if (fact.trim() !== '') factLines.push(fact.trim());
  }
  return { lines: typeof quote === 'string' ? textLines(quote) : quote, facts: factLines };
}

export function briefQuotes(quotes: QuoteBlock[]): BriefQuotesNode {
  return { type: 'briefQuotes', quotes };
}

// The blockquote of a quote reads the same under each of its tags: written once.
const blockquotes = new WeakMap<readonly string[], string>();

function writeBlockquote(lines: readonly string[]): string {
  let written = blockquotes.get(lines);
  if (written === undefined) {
    written = lines.length === 0 ? `> *${EMPTY_QUOTE}*` : lines.map((line) => `> ${escapeText(line, LINE)}`).join('\n>\n');
    blockquotes.set(lines, written);
  }
  return written;
}

const LINE = { before: '\n', after: '\n' };
const BEFORE_BREAK = { before: '\n', after: '\\' };

function writeQuote({ lines, facts, link }: QuoteBlock): string {
  const quote = writeBlockquote(lines);
  // In a link destination `&name` could read as a character reference: the library escapes it, and so do we.
  const linked = link === undefined ? '' : `[${QUOTE_LINK_TEXT}](${link.replace(/&(?=[#A-Za-z])/gu, '\\&')})`;
  if (facts.length === 0) return linked === '' ? quote : `${quote}\n\n${linked}`;
  // Facts are lines joined by hard breaks, which a root-level paragraph writes as `\` + line ending.
  let out = `${quote}\n\n`;
  const last = facts.length - 1;
  for (let i = 0; i < last; i++) out += `${escapeText(facts[i] as string, BEFORE_BREAK)}\\\n`;
  if (linked === '') return out + escapeText(facts[last] as string, LINE);
  return `${out}${escapeText(facts[last] as string, BEFORE_BREAK)}\\\n${linked}`;
}

export const briefQuotesHandler: Handle = (node: BriefQuotesNode, parent) => {
  if (parent?.type !== 'root') throw new Error(`briefQuotes must be a child of the root, not of ${parent?.type ?? 'nothing'}`);
  return node.quotes.map(writeQuote).join('\n\n');
};

/** The plain mdast the node stands for: per quote, a blockquote of paragraphs, then the facts joined by hard breaks. */
export function briefQuotesToMdast(node: BriefQuotesNode): RootContent[] {
  const text = (value: string): PhrasingContent => ({ type: 'text', value });
  return node.quotes.flatMap(({ lines, facts, link }): RootContent[] => {
    const blockquote: Blockquote = {
      type: 'blockquote',
      children:
        lines.length === 0
          ? [{ type: 'paragraph', children: [{ type: 'emphasis', children: [text(EMPTY_QUOTE)] }] }]
          : lines.map((line) => ({ type: 'paragraph', children: [text(line)] })),
    };
    const linked: PhrasingContent[] = link === undefined ? [] : [{ type: 'link', url: link, children: [text(QUOTE_LINK_TEXT)] }];
    if (facts.length === 0 && linked.length === 0) return [blockquote];
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        ...facts.flatMap((line, i): PhrasingContent[] => (i === 0 ? [text(line)] : [{ type: 'break' }, text(line)])),
        ...linked.flatMap((node): PhrasingContent[] => (facts.length === 0 ? [node] : [{ type: 'break' }, node])),
      ],
    };
    return [blockquote, paragraph];
  });
}
