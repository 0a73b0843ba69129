/**
 * The comparative brief: a Markdown report of what each article of a set says
 * under each tag. Pure: the caller gathers the input (see node/brief-input.ts)
 * and writes the file.
 *
 * Everything the user typed (quotes, notes, titles, tags, the set name) goes
 * into mdast `text`/`inlineCode` nodes and is serialized by
 * mdast-util-to-markdown, which escapes it. Never build Markdown by string
 * concatenation here: a quote containing `<script>` or `[x](javascript:…)`
 * must come out as text, not markup.
 */
import type {
  BlockContent,
  Blockquote,
  Heading,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Tag } from '../model/codebook';

export interface BriefQuote {
  id: string;
  /** Verbatim quote; may span several lines (paragraphs) of the article. */
  exact: string;
  tags: string[];
  note: string;
  status: 'exact' | 'moved' | 'fuzzy' | 'orphan';
  /** `paragraph` is the 1-based line number; offsets are code points. Null for orphans. */
  location: { paragraph: number; start: number; end: number } | null;
}

export interface BriefArticle {
  file: string;
  title: string;
  quotes: BriefQuote[];
}

export interface BriefInput {
  setName: string;
  /** Injected clock, so the output is reproducible in tests. */
  exportedAt: Date;
  /** Codebook order, already including tags used but missing from the codebook. */
  tags: Tag[];
  /** Set order; also the column order of the coverage table. */
  articles: BriefArticle[];
}

/** Shown instead of 0 so silences stand out in the coverage table. */
const SILENT = '—';
const SHORT_TITLE_LENGTH = 40;

export function briefToMarkdown(input: BriefInput): string {
  return toMarkdown(buildBriefTree(input), { extensions: [gfmTableToMarkdown()] });
}

export function buildBriefTree(input: BriefInput): Root {
  const labels = usedTagLabels(input);
  const descriptions = new Map(input.tags.map((t) => [t.label, t.description ?? '']));
  return {
    type: 'root',
    children: [
      ...titleSection(input, labels),
      ...coverageSection(input, labels),
      ...sourcesSection(input),
      ...labels.flatMap((label) => tagSection(input, label, descriptions.get(label) ?? '')),
      ...untaggedSection(input),
    ],
  };
}

// ---- Sections ----

function titleSection(input: BriefInput, labels: string[]): RootContent[] {
  const quotes = input.articles.flatMap((a) => a.quotes);
  const claims = quotes.filter(isClaim).length;
  const untagged = quotes.length - claims;
  const facts = [
    `Exported ${formatUtc(input.exportedAt)}`,
    plural(input.articles.length, 'article'),
    plural(claims, 'claim'),
    ...(untagged > 0 ? [plural(untagged, 'untagged highlight')] : []),
    plural(labels.length, 'tag'),
  ];
  return [heading(1, `Comparative brief: ${oneLine(input.setName)}`), paragraph([text(facts.join(' · '))])];
}

function coverageSection(input: BriefInput, labels: string[]): RootContent[] {
  if (labels.length === 0) return [heading(2, 'Coverage'), paragraph([text('No claims are tagged yet.')])];
  const counts = labels.map((label) => input.articles.map((a) => a.quotes.filter((q) => hasTag(q, label)).length));
  const columnTotals = input.articles.map((_, col) => sum(counts.map((row) => row[col] ?? 0)));
  const rows: string[][] = [
    ['Tag', ...input.articles.map((a) => shortTitle(articleTitle(a))), 'Total'],
    ...labels.map((label, i) => {
      const row = counts[i] ?? [];
      return [oneLine(label), ...row.map(countCell), countCell(sum(row))];
    }),
    ['Total', ...columnTotals.map(countCell), countCell(sum(columnTotals))],
  ];
  const table: Table = {
    type: 'table',
    // Counts read better right-aligned; the tag column stays left.
    align: ['left', ...input.articles.map(() => 'right' as const), 'right'],
    children: rows.map(tableRow),
  };
  return [
    heading(2, 'Coverage'),
    table,
    // Totals are sums of the cells, so a claim with two tags counts twice there.
    paragraph([text('Each cell counts the highlights with that tag; a highlight with several tags counts once per tag. Columns are listed under Sources.')]),
  ];
}

function sourcesSection(input: BriefInput): RootContent[] {
  return [
    heading(2, 'Sources'),
    {
      type: 'list',
      // Numbered so "column 3" of the coverage table maps to item 3.
      ordered: true,
      spread: false,
      children: input.articles.map((a) => ({
        type: 'listItem',
        spread: false,
        children: [paragraph([text(`${articleTitle(a)} — `), { type: 'inlineCode', value: oneLine(a.file) }])],
      })),
    },
  ];
}

function tagSection(input: BriefInput, label: string, description: string): RootContent[] {
  const out: RootContent[] = [heading(2, oneLine(label))];
  if (description.trim() !== '') out.push(paragraph(multiline(description)));
  const silent: string[] = [];
  for (const article of input.articles) {
    const quotes = article.quotes.filter((q) => hasTag(q, label));
    if (quotes.length === 0) {
      silent.push(articleTitle(article));
      continue;
    }
    out.push(heading(3, articleTitle(article)), ...inReadingOrder(quotes).flatMap((q) => quoteBlock(q, label)));
  }
  // Semicolons, because titles often contain commas.
  if (silent.length > 0) out.push(paragraph([text(`Silent: ${silent.join('; ')}`)]));
  return out;
}

function untaggedSection(input: BriefInput): RootContent[] {
  const out: RootContent[] = [];
  for (const article of input.articles) {
    const quotes = article.quotes.filter((q) => !isClaim(q));
    if (quotes.length > 0) out.push(heading(3, articleTitle(article)), ...inReadingOrder(quotes).flatMap((q) => quoteBlock(q, null)));
  }
  return out.length === 0 ? [] : [heading(2, 'Untagged highlights'), ...out];
}

/** The quote as a blockquote, then a paragraph of facts: note, other tags, location. */
function quoteBlock(quote: BriefQuote, sectionTag: string | null): RootContent[] {
  // Each line of the quote is a paragraph of the article, so it stays one here.
  // Edge whitespace is dropped: it would only be serialized as `&#x20;` noise.
  const lines = quote.exact.split(/\r\n|\r|\n/u).map((l) => l.trim()).filter((l) => l !== '');
  const body: BlockContent[] =
    lines.length > 0 ? lines.map((l) => paragraph([text(l)])) : [paragraph([{ type: 'emphasis', children: [text('(empty highlight)')] }])];
  const blockquote: Blockquote = { type: 'blockquote', children: body };

  const facts: PhrasingContent[][] = [];
  if (quote.note.trim() !== '') facts.push([text('Note: '), ...multiline(quote.note)]);
  const others = distinct(quote.tags).filter((t) => t !== sectionTag).map(oneLine);
  if (sectionTag !== null && others.length > 0) facts.push([text(`Also tagged: ${others.join(', ')}`)]);
  facts.push([text(locationText(quote))]);
  return [blockquote, paragraph(joinLines(facts))];
}

export function locationText(quote: Pick<BriefQuote, 'status' | 'location'>): string {
  const loc = quote.location;
  if (quote.status === 'orphan' || loc === null) return 'Not found in the current text';
  const where = `¶ ${loc.paragraph}, characters ${loc.start}–${loc.end}`;
  if (quote.status === 'moved') return `${where} (moved since it was highlighted)`;
  if (quote.status === 'fuzzy') return `${where} (approximate match: the text changed since it was highlighted)`;
  return where;
}

// ---- Data helpers ----

/** Tags used at least once, in codebook order; unknown labels last, so no quote is ever dropped. */
function usedTagLabels(input: BriefInput): string[] {
  const used = new Set(input.articles.flatMap((a) => a.quotes.flatMap((q) => q.tags)));
  const known = input.tags.map((t) => t.label).filter((l) => used.has(l));
  const unknown = [...used].filter((l) => !input.tags.some((t) => t.label === l)).sort((a, b) => a.localeCompare(b));
  return distinct([...known, ...unknown]);
}

function isClaim(quote: BriefQuote): boolean {
  return quote.tags.length > 0;
}

function hasTag(quote: BriefQuote, label: string): boolean {
  return quote.tags.includes(label);
}

/** Position in the article, orphans last; stable otherwise (sidecar order). */
function inReadingOrder(quotes: BriefQuote[]): BriefQuote[] {
  const key = (q: BriefQuote) => q.location?.start ?? Number.POSITIVE_INFINITY;
  return [...quotes].sort((a, b) => key(a) - key(b));
}

/** A title as a heading or cell needs it: one line, never empty. */
function articleTitle(article: BriefArticle): string {
  return oneLine(article.title) || oneLine(article.file);
}

// ---- Formatting helpers ----

/** Headings, cells and list items cannot hold line breaks: collapse all whitespace. */
function oneLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Truncated by code points (never splitting a surrogate pair), with an ellipsis. */
export function shortTitle(title: string): string {
  const chars = Array.from(title);
  return chars.length <= SHORT_TITLE_LENGTH ? title : `${chars.slice(0, SHORT_TITLE_LENGTH - 1).join('').trimEnd()}…`;
}

/** `YYYY-MM-DD HH:MM UTC`, independent of the machine's time zone. */
export function formatUtc(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function countCell(n: number): string {
  return n === 0 ? SILENT : String(n);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

// ---- mdast node builders ----

function text(value: string): Text {
  return { type: 'text', value };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

/** Free text whose line breaks matter (notes): lines joined by hard breaks. */
function multiline(value: string): PhrasingContent[] {
  return joinLines(value.trim().split(/\r\n|\r|\n/u).map((l) => [text(l.trim())]));
}

function joinLines(lines: PhrasingContent[][]): PhrasingContent[] {
  return lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'break' } as const, ...line]));
}

function tableRow(cells: string[]): TableRow {
  return { type: 'tableRow', children: cells.map((c): TableCell => ({ type: 'tableCell', children: [text(c)] })) };
}
