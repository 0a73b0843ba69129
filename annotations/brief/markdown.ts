/**
 * The comparative brief as Markdown: renders the BriefModel (model.ts) as an
 * mdast tree serialized by mdast-util-to-markdown (+ GFM tables). Pure: the
 * caller gathers the input (node/brief-input.ts) and writes the file.
 *
 * Everything the user typed (quotes, notes, titles, outlets, tags, the set
 * name) goes into mdast `text`/`inlineCode` nodes or `briefQuotes` nodes, which
 * the serializer escapes (markdown-text.ts, markdown-quote.ts). Never build
 * Markdown by string concatenation here: a quote containing `<script>` or
 * `[x](javascript:…)` must come out as text, not markup.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { differenceLabel } from '../matching/difference-label';
import { formatAnnotationLink } from '../links/annotation-link';
import { isWebAddress } from '../model/article-meta';
import { STANCE_LABELS } from '../model/claim';
import { briefQuotes, briefQuotesHandler, type QuoteBlock, quoteBlock, textLines } from './markdown-quote';
import { textHandler } from './markdown-text';
import {
  type BriefClaimGroup,
  type BriefModel,
  type BriefModelQuote,
  type BriefSource,
  type BriefTagSection,
  buildBriefModel,
  oneLine,
  shortTitle,
} from './model';
import { type BriefInput, type BriefQuote, STANCE_FILTER_LABELS } from './types';
import { inQuotationMarks } from '../text/quotation';

export { shortTitle } from './model';

/** Shown instead of 0 so silences stand out in the coverage table. */
const SILENT = '—';
/**
 * Details that differ and possible corroboration list at most this many
 * pairs or claims (their counts are given in full): past that, a list is
 * no longer read, and the brief of a large set would be mostly this.
 */
const LISTED_AT_MOST = 200;
/** Quotes in the corroboration lists are cut to this many code points. */
const SHORT_QUOTE_LENGTH = 160;

export interface MarkdownOptions {
  /** Leave out the Coverage section (the Brief view shows it as a heatmap). */
  omitCoverage?: boolean;
}

export function briefToMarkdown(input: BriefInput, options: MarkdownOptions = {}): string {
  return modelToMarkdown(buildBriefModel(input), options);
}

export function modelToMarkdown(model: BriefModel, options: MarkdownOptions = {}): string {
  return treeToMarkdown(modelToTree(model, options));
}

/** The brief's serializer: GFM tables, user text through escapeText, quotes in one step. */
export function treeToMarkdown(tree: Root): string {
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()], handlers: { text: textHandler, briefQuotes: briefQuotesHandler } });
}

export function buildBriefTree(input: BriefInput, options: MarkdownOptions = {}): Root {
  return modelToTree(buildBriefModel(input), options);
}

export function modelToTree(model: BriefModel, options: MarkdownOptions = {}): Root {
  const ctx = new Context(model);
  return {
    type: 'root',
    children: [
      ...titleSection(model),
      ...glanceSection(model, ctx),
      ...sourcesSection(model),
      ...(options.omitCoverage ? [] : coverageSection(model, ctx)),
      ...model.sections.flatMap((s) => tagSection(s, ctx)),
      ...corroborationSection(model, ctx),
      ...differencesSection(model, ctx),
      ...possibleSection(model, ctx),
      ...coOccurrenceSection(model),
      ...orphansSection(model, ctx),
      ...untaggedSection(model, ctx),
    ],
  };
}

/** The parts of a quote block that do not depend on the section it is shown in. */
interface QuoteParts {
  lines: string[];
  /** The claim facts line and the note, those that are set. */
  claim: string[];
  corroboration: string;
  location: string;
}

/** Lookups shared by the sections. */
class Context {
  private readonly byFile = new Map<string, BriefSource>();
  private readonly groupFiles = new Map<number, string[]>();
  private readonly quoteParts = new Map<BriefModelQuote, QuoteParts>();

  constructor(readonly model: BriefModel) {
    for (const s of model.sources) this.byFile.set(s.file, s);
  }

  /** The quote's link back into the app, when the brief asks for them (BriefOptions.quoteLinks). */
  linkOf(quote: BriefModelQuote): string | undefined {
    const { setFolder, options } = this.model.scope;
    return options.quoteLinks === true && setFolder !== undefined ? formatAnnotationLink({ set: setFolder, article: quote.file, annotation: quote.id }) : undefined;
  }

  source(file: string): BriefSource {
    return this.byFile.get(file) ?? { number: 0, file, title: oneLine(file), label: oneLine(file) };
  }

  label(file: string): string {
    return this.source(file).label;
  }

  /** What a quote shows wherever it appears, worked out once though it appears under each of its tags. */
  partsOf(quote: BriefModelQuote): QuoteParts {
    let parts = this.quoteParts.get(quote);
    if (!parts) {
      const claim = claimFacts(quote);
      const note = quote.note.trim();
      parts = {
        lines: textLines(quote.exact),
        claim: [...(claim.length > 0 ? [claim.join(' · ')] : []), ...(note !== '' ? [`Note: ${note}`] : [])],
        corroboration: corroborationText(quote, this),
        location: locationText(quote),
      };
      this.quoteParts.set(quote, parts);
    }
    return parts;
  }

  /** Distinct files of a claim group, in order; cached so each quote costs O(articles), not O(group). */
  filesOf(index: number, group: BriefClaimGroup): string[] {
    let files = this.groupFiles.get(index);
    if (!files) {
      files = [...new Set(group.quotes.map((q) => q.file))];
      this.groupFiles.set(index, files);
    }
    return files;
  }
}

// ---- Sections ----

function titleSection(model: BriefModel): RootContent[] {
  const { scope } = model;
  const facts = [
    `Exported ${formatUtc(scope.exportedAt)}`,
    plural(scope.articles, 'article'),
    plural(scope.claims, 'claim'),
    plural(scope.tags, 'tag'),
    ...(scope.untagged > 0 ? [plural(scope.untagged, 'untagged highlight')] : []),
    ...(scope.orphans > 0 ? [plural(scope.orphans, 'orphaned annotation')] : []),
  ];
  const out: RootContent[] = [heading(1, `Comparative brief: ${oneLine(scope.setName)}`), paragraph([text(facts.join(' · '))])];
  const filters = filterText(model);
  if (filters !== '') out.push(paragraph([text(filters)]));
  return out;
}

function filterText(model: BriefModel): string {
  const o = model.scope.options;
  const parts: string[] = [];
  const list = (values: string[]) => values.map(oneLine).join(', ');
  if (o.tags) parts.push(`only tags ${list(o.tags)}`);
  if (o.excludeTags?.length) parts.push(`without tags ${list(o.excludeTags)}`);
  if (o.articles) parts.push(`only articles ${list(o.articles)}`);
  if (o.excludeArticles?.length) parts.push(`without articles ${list(o.excludeArticles)}`);
  if (o.stances) parts.push(`only stances ${o.stances.map((s) => STANCE_FILTER_LABELS[s]).join(', ')}`);
  const sentences: string[] = [];
  if (parts.length > 0) sentences.push(`Filtered: ${parts.join('; ')}.`);
  if (o.order === 'frequency') sentences.push('Topics are ordered by number of claims.');
  return sentences.join(' ');
}

/** A few generated findings, so the reader knows where to look first. */
function glanceSection(model: BriefModel, ctx: Context): RootContent[] {
  if (model.sections.length === 0) return [];
  const items: PhrasingContent[][] = [];
  const n = model.scope.articles;

  const busiest = [...model.sections].sort((a, b) => b.claims - a.claims)[0] as BriefTagSection;
  items.push([text(`Most covered topic: ${busiest.label} (${plural(busiest.claims, 'claim')} from ${n - busiest.silent.length} of ${n} sources).`)]);

  const opposed = model.sections.filter((s) => s.contrast?.strength === 'opposed');
  const differing = model.sections.filter((s) => s.contrast?.strength === 'differing');
  items.push([
    text(
      opposed.length > 0
        ? `Contested (a source disputes what another asserts or speculates): ${opposed.map((s) => s.label).join('; ')}.`
        : 'No topic is contested outright: no source disputes what another asserts.',
    ),
  ]);
  if (differing.length > 0) items.push([text(`Stances differ without a dispute on: ${differing.map((s) => s.label).join('; ')}.`)]);

  const { corroboration } = model;
  const independent = corroboration.groups.filter((g) => g.independentSources >= 2);
  items.push([
    text(
      `${count(corroboration.corroborated)} of ${plural(model.scope.claims, 'claim')} ${corroboration.corroborated === 1 ? 'is' : 'are'} corroborated by at least two independent sources` +
        ` (${plural(independent.length, 'linked claim')}); ${count(corroboration.singleSource.length)} rest${corroboration.singleSource.length === 1 ? 's' : ''} on a single source.`,
    ),
  ]);
  if (model.possible) {
    const { count, claims } = model.possible;
    items.push([
      text(
        count === 0
          ? 'Possible corroboration, not reviewed: none (every likely match the matcher found was confirmed or dismissed).'
          : `Possible corroboration, not reviewed: ${plural(count, 'passage')} likely to state ${plural(claims.length, 'claim')} elsewhere; not counted above until the analyst confirms them.`,
      ),
    ]);
  }
  const contested = corroboration.groups.filter((g) => g.contested).length;
  if (contested > 0) items.push([text(`${plural(contested, 'linked claim')} ${contested === 1 ? 'is' : 'are'} disputed by one of its own sources.`)]);

  const gaps = model.sections.filter((s) => s.silent.length > 0);
  if (gaps.length > 0) {
    items.push([
      text(
        `Not covered by every source: ${gaps
          .map((s) => `${s.label} (silent: ${s.silent.map((f) => ctx.label(f)).join('; ')})`)
          .join(', ')}.`,
      ),
    ]);
  } else items.push([text('Every source speaks to every topic.')]);
  return [heading(2, 'At a glance'), bulletList(items)];
}

function sourcesSection(model: BriefModel): RootContent[] {
  if (model.sources.length === 0) return [heading(2, 'Sources'), paragraph([text('No articles.')])];
  return [
    heading(2, 'Sources'),
    {
      type: 'list',
      // Numbered so "column 3" of the coverage table maps to item 3.
      ordered: true,
      spread: false,
      children: model.sources.map((s) => {
        const facts = [
          s.source ?? 'outlet not stated',
          ...(s.author ? [`by ${s.author}`] : []),
          ...(s.published ? [`published ${s.published}`] : []),
          ...(s.accessed ? [`accessed ${s.accessed}`] : []),
        ];
        // A web page's address leads to it, as an autolink (isWebAddress admits no character that
        // could end one early); one that is no web address is only shown, as text.
        const address: PhrasingContent[] =
          s.url === undefined ? [] : [isWebAddress(s.url) ? { type: 'html', value: `<${s.url}>` } : text(s.url), text(' — ')];
        return listItem([text(`${s.title} — ${facts.join(', ')} — `), ...address, { type: 'inlineCode', value: oneLine(s.file) }]);
      }),
    },
  ];
}

function coverageSection(model: BriefModel, ctx: Context): RootContent[] {
  const { coverage } = model;
  if (coverage.tags.length === 0) return [heading(2, 'Coverage'), paragraph([text('No claims are tagged yet.')])];
  const rows: string[][] = [
    ['Tag', ...coverage.articles.map((f) => ctx.label(f)), 'Total'],
    ...coverage.tags.map((label, i) => [oneLine(label), ...(coverage.counts[i] ?? []).map(countCell), countCell(coverage.rowTotals[i] ?? 0)]),
    ['Total', ...coverage.columnTotals.map(countCell), countCell(coverage.total)],
  ];
  const table: Table = {
    type: 'table',
    // Counts read better right-aligned; the tag column stays left.
    align: ['left', ...coverage.articles.map(() => 'right' as const), 'right'],
    children: rows.map(tableRow),
  };
  return [
    heading(2, 'Coverage'),
    table,
    paragraph([
      text(
        `Each cell counts the claims with that tag; a claim with several tags counts once per tag. ${SILENT} marks a source that is silent on the topic. Columns follow the numbered sources above.`,
      ),
    ]),
  ];
}

function tagSection(section: BriefTagSection, ctx: Context): RootContent[] {
  const n = ctx.model.scope.articles;
  const out: RootContent[] = [heading(2, oneLine(section.label))];
  if (section.description.trim() !== '') out.push(paragraph(multiline(section.description)));
  out.push(paragraph([text(`${plural(section.claims, 'claim')} from ${section.sources.length} of ${n} sources.`)]));
  for (const { file, quotes } of section.sources) {
    out.push(heading(3, sourceHeading(ctx.source(file))), briefQuotes(quotes.map((q) => quoteOf(q, section.label, ctx))));
  }
  const closing: PhrasingContent[][] = [];
  // Semicolons, because titles often contain commas.
  if (section.silent.length > 0) closing.push([text(`Silent: ${section.silent.map((f) => ctx.label(f)).join('; ')}`)]);
  if (section.contrast) {
    closing.push([
      text(
        section.contrast.strength === 'opposed'
          ? 'Contrasts (direct: a source disputes what another asserts or speculates):'
          : 'Contrasts (weaker: stances differ, but no source disputes what another asserts or speculates):',
      ),
    ]);
  } else if (section.agreement) {
    closing.push([text(`Contrasts: none. Every source that takes a stance: ${STANCE_LABELS[section.agreement]}.`)]);
  }
  if (closing.length > 0) out.push(paragraph(joinLines(closing)));
  if (section.contrast) {
    out.push(
      bulletList(
        section.contrast.positions.map((p) => {
          const holders = p.files.map((f, i) => {
            const who = p.claimants[i] ?? [];
            return who.length > 0 ? `${ctx.label(f)}, citing ${who.map(oneLine).join(', ')}` : ctx.label(f);
          });
          return [text(`${STANCE_LABELS[p.stance]}: ${holders.join('; ')}`)];
        }),
      ),
    );
  }
  return out;
}

function corroborationSection(model: BriefModel, ctx: Context): RootContent[] {
  if (model.scope.claims === 0) return [];
  const { groups, singleSource } = model.corroboration;
  const out: RootContent[] = [
    heading(2, 'Corroboration'),
    paragraph([
      text(
        'Claims the analyst linked as the same claim across articles. Independent sources are distinct outlets: two articles from one outlet count once; an article without a stated outlet counts as its own source.',
      ),
    ]),
  ];
  if (model.corroboration.copies.length > 0) {
    const copies = model.corroboration.copies.map((g) => g.map((f) => ctx.label(f)).join(', ')).join('; ');
    out.push(paragraph([text(`Copies of one story (near-duplicate articles) count as one source, whatever outlet carries them: ${copies}.`)]));
  }
  if (groups.length === 0) out.push(paragraph([text('No claim is linked to a claim of another article.')]));
  groups.forEach((group, i) => out.push(...groupBlock(group, i, ctx)));

  out.push(heading(3, 'Single-source claims'));
  if (singleSource.length === 0) {
    out.push(paragraph([text('None: every claim is corroborated by at least two independent sources.')]));
    return out;
  }
  out.push(
    paragraph([
      text(
        `${count(singleSource.length)} of ${plural(model.scope.claims, 'claim')} rest on a single source. By topic (a claim with several tags is counted under its first) and source:`,
      ),
    ]),
  );
  // singleSource is in section order then set order: one pass groups it.
  const items: PhrasingContent[][] = [];
  let i = 0;
  while (i < singleSource.length) {
    const tag = (singleSource[i] as BriefModelQuote).tags[0] as string;
    const perSource: { file: string; count: number }[] = [];
    let total = 0;
    for (; i < singleSource.length && (singleSource[i] as BriefModelQuote).tags[0] === tag; i++) {
      const file = (singleSource[i] as BriefModelQuote).file;
      const last = perSource[perSource.length - 1];
      if (last && last.file === file) last.count += 1;
      else perSource.push({ file, count: 1 });
      total += 1;
    }
    items.push([text(`${oneLine(tag)} (${total}): ${perSource.map((p) => `${ctx.label(p.file)} (${p.count})`).join('; ')}`)]);
  }
  out.push(bulletList(items));
  return out;
}

function differencesSection(model: BriefModel, ctx: Context): RootContent[] {
  // Only where claims are linked: with no link there is nothing to set side by side.
  if (model.corroboration.groups.length === 0) return [];
  const out: RootContent[] = [
    heading(2, 'Details that differ'),
    paragraph([text('Claims linked as the same claim whose reports disagree on a detail: a number, a date, a person’s role, a place, a name. Both quotes are given; neither is taken as right.')]),
  ];
  if (model.differences.length === 0) {
    out.push(paragraph([text('None: no two claims linked as the same claim differ in these details.')]));
    return out;
  }
  const shown = model.differences.slice(0, LISTED_AT_MOST);
  if (shown.length < model.differences.length) {
    out.push(paragraph([text(`${model.differences.length} pairs differ; the first ${shown.length} are listed, in the order of Corroboration.`)]));
  }
  for (const { here, there, differences } of shown) {
    const where = (q: BriefModelQuote) => [ctx.label(q.file), ...(q.location ? [`¶ ${q.location.paragraph}`] : [])].join(' · ');
    out.push(
      heading(3, `${ctx.label(here.file)} / ${ctx.label(there.file)}`),
      bulletList([
        [text(`${inQuotationMarks(oneLine(here.exact))} — ${where(here)}`)],
        [text(`${inQuotationMarks(oneLine(there.exact))} — ${where(there)}`)],
      ]),
      paragraph([text(`Differs: ${differences.map((d) => `${differenceLabel(d)} ${inQuotationMarks(oneLine(d.here))}${readsAs(d.hereReads)} / ${inQuotationMarks(oneLine(d.there))}${readsAs(d.thereReads)}`).join('; ')}.`)]),
    );
  }
  return out;
}

function possibleSection(model: BriefModel, ctx: Context): RootContent[] {
  if (!model.possible || model.scope.claims === 0) return [];
  const out: RootContent[] = [
    heading(2, 'Possible corroboration, not reviewed'),
    paragraph([
      text('Passages of other articles that the matcher found likely to state a claim, which the analyst has neither confirmed nor dismissed. Suggestions only: none of them is counted in this brief.'),
    ]),
  ];
  if (model.possible.claims.length === 0) {
    out.push(paragraph([text('None.')]));
    return out;
  }
  const shown = model.possible.claims.slice(0, LISTED_AT_MOST);
  if (shown.length < model.possible.claims.length) {
    out.push(paragraph([text(`${model.possible.claims.length} claims have such passages; the first ${shown.length} are listed, by topic and source.`)]));
  }
  for (const { claim, passages } of shown) {
    out.push(
      paragraph([text(`${inQuotationMarks(shortQuote(claim.exact))} — ${ctx.label(claim.file)}`)]),
      bulletList(passages.map((p) => [text(`${inQuotationMarks(shortQuote(p.text))} — ${ctx.label(p.file)} (score ${p.score.toFixed(2)})`)])),
    );
  }
  return out;
}

function groupBlock(group: BriefClaimGroup, index: number, ctx: Context): RootContent[] {
  const sources =
    group.independentSources >= 2
      ? `${group.independentSources} independent sources`
      : `${plural(group.articles, 'article')}, 1 independent source (same outlet)`;
  const facts = [`Tags: ${group.tags.map(oneLine).join(', ')}`];
  if (group.stances.length > 0) facts.push(`Stances: ${group.stances.map((s) => STANCE_LABELS[s]).join(', ')}`);
  const lines: PhrasingContent[][] = [[text(facts.join(' · '))]];
  if (group.contested) lines.push([text('Contested: one source disputes what another asserts or speculates.')]);
  return [
    heading(3, `Claim ${index + 1} — ${sources}`),
    paragraph(joinLines(lines)),
    bulletList(
      group.quotes.map((q) => {
        const who = [ctx.label(q.file), ...(q.location ? [`¶ ${q.location.paragraph}`] : []), ...claimFacts(q)];
        return [text(`${inQuotationMarks(shortQuote(q.exact))} — ${who.join(' · ')}`)];
      }),
    ),
  ];
}

function coOccurrenceSection(model: BriefModel): RootContent[] {
  if (model.scope.claims === 0) return [];
  const out: RootContent[] = [heading(2, 'Co-occurrence')];
  if (model.coOccurrence.length === 0) {
    out.push(paragraph([text('No claim carries two tags.')]));
    return out;
  }
  out.push(
    paragraph([text('Tags applied together on the same claim, most frequent first.')]),
    {
      type: 'table',
      align: ['left', 'left', 'right'],
      children: [['Tag', 'With', 'Claims'], ...model.coOccurrence.map((p) => [oneLine(p.tags[0]), oneLine(p.tags[1]), String(p.count)])].map(tableRow),
    },
  );
  return out;
}

function orphansSection(model: BriefModel, ctx: Context): RootContent[] {
  if (model.orphans.length === 0) return [];
  return [
    heading(2, 'Orphaned annotations'),
    paragraph([text('Not found in the current text of their article (it changed since they were made). Shown as stored; excluded from the counts above.')]),
    ...perSource(model.orphans, ctx),
  ];
}

function untaggedSection(model: BriefModel, ctx: Context): RootContent[] {
  if (model.untagged.length === 0) return [];
  return [heading(2, 'Untagged highlights'), ...perSource(model.untagged, ctx)];
}

/** Quotes already grouped by article, shown without a section tag: a heading per article, then its quotes. */
function perSource(quotes: BriefModelQuote[], ctx: Context): RootContent[] {
  const out: RootContent[] = [];
  let run: QuoteBlock[] = [];
  quotes.forEach((q, i) => {
    if (i === 0 || q.file !== (quotes[i - 1] as BriefModelQuote).file) {
      run = [];
      out.push(heading(3, sourceHeading(ctx.source(q.file))), briefQuotes(run));
    }
    run.push(quoteOf(q, null, ctx));
  });
  return out;
}

// ---- Quotes ----

/** The quote as a blockquote, then its facts, one per line (see markdown-quote.ts). */
function quoteOf(quote: BriefModelQuote, sectionTag: string | null, ctx: Context): QuoteBlock {
  const parts = ctx.partsOf(quote);
  const facts = [...parts.claim];
  if (sectionTag === null) {
    if (quote.tags.length > 0) facts.push(`Tags: ${quote.tags.map(oneLine).join(', ')}`);
  } else {
    const others = quote.tags.filter((t) => t !== sectionTag).map(oneLine);
    if (others.length > 0) facts.push(`Also tagged: ${others.join(', ')}`);
    facts.push(parts.corroboration);
  }
  facts.push(parts.location);
  // Each line of the quote is a paragraph of the article, so it stays one here.
  const block = quoteBlock(parts.lines, facts);
  const link = ctx.linkOf(quote);
  return link === undefined ? block : { ...block, link };
}

/** "Claimed by: …", the stance and the confidence, those that are set. */
function claimFacts(quote: BriefModelQuote): string[] {
  const facts: string[] = [];
  if (quote.attribution) facts.push(`Claimed by: ${oneLine(quote.attribution)}`);
  if (quote.stance) facts.push(`Stance: ${STANCE_LABELS[quote.stance]}`);
  if (quote.confidence) facts.push(`Confidence: ${quote.confidence}`);
  return facts;
}

function corroborationText(quote: BriefModelQuote, ctx: Context): string {
  const index = quote.group;
  const group = index === null ? undefined : ctx.model.corroboration.groups[index];
  if (index === null || !group) return 'Single source';
  const others = ctx
    .filesOf(index, group)
    .filter((f) => f !== quote.file)
    .map((f) => ctx.label(f));
  const prefix = quote.singleSource ? 'Single source (same outlet)' : 'Corroborated';
  return `${prefix}: same claim in ${others.join('; ')} (claim ${index + 1} under Corroboration)`;
}

export function locationText(quote: Pick<BriefQuote, 'status' | 'location'>): string {
  const loc = quote.location;
  if (quote.status === 'orphan' || loc === null) return 'Not found in the current text';
  const where = `¶ ${loc.paragraph}, characters ${loc.start}–${loc.end}`;
  if (quote.status === 'moved') return `${where} (moved since it was highlighted)`;
  if (quote.status === 'fuzzy') return `${where} (approximate match: the text changed since it was highlighted)`;
  return where;
}

function sourceHeading(source: BriefSource): string {
  return source.source ? `${source.title} — ${source.source}` : source.title;
}

/** How the tool read a text whose words alone do not say ("last month" as April 2025), after the quote; '' for none. */
function readsAs(reading: string | undefined): string {
  return reading ? ` (${oneLine(reading)})` : '';
}


function shortQuote(exact: string): string {
  return shortTitle(oneLine(exact), SHORT_QUOTE_LENGTH);
}

// ---- Formatting helpers ----

/** `YYYY-MM-DD HH:MM UTC`, independent of the machine's time zone. */
export function formatUtc(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** A count in prose, its thousands grouped ("10,000 claims"), as a reader of a large set's brief reads it. */
function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

function count(n: number): string {
  return n.toLocaleString('en');
}

function countCell(n: number): string {
  return n === 0 ? SILENT : String(n);
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

function listItem(children: PhrasingContent[]): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(children)] };
}

function bulletList(items: PhrasingContent[][]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map(listItem) };
}

/** Free text whose line breaks matter (descriptions): lines joined by hard breaks. */
function multiline(value: string): PhrasingContent[] {
  return joinLines(textLines(value).map((line) => [text(line)]));
}

function joinLines(lines: PhrasingContent[][]): PhrasingContent[] {
  return lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'break' } as const, ...line]));
}

function tableRow(cells: string[]): TableRow {
  return { type: 'tableRow', children: cells.map((c): TableCell => ({ type: 'tableCell', children: [text(c)] })) };
}

