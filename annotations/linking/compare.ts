/**
 * The compare view: the groups of claims the analyst linked (link-groups.ts)
 * as rows, the sources as columns, and in each cell how the source treats
 * the claim:
 *   - disputes: a passage on the disputing side of a dispute link, or one
 *     whose stance is "disputes";
 *   - asserts / reports / speculates: the passage's stance; a passage with
 *     no stance set reports the claim (the outlet relays it, no more);
 *   - silent: the source has no passage in the group.
 * A source with several passages in a row shows the strongest treatment
 * (in TREATMENT_ORDER) and says it is mixed.
 *
 * A source is an outlet (an article's `source`, compared case-insensitively,
 * as the brief counts independent sources) or, for an article with no outlet,
 * the article itself. Only confirmed links make rows: a suggestion is never
 * drawn here.
 */
import type { CompareCellView, CompareQuoteView, CompareRowView, CompareSourceView, CompareView, Treatment } from '../api/view-types';
import { quoteSelectorOf, tagsOf } from '../model/annotation';
import { claimOf } from '../model/claim';
import type { GroupMember, LinkGroup } from './link-groups';

export interface CompareArticle {
  file: string;
  title: string;
  /** The outlet, when set. */
  source?: string;
}

/** Strongest first: a dispute is what the analyst must see. */
export const TREATMENT_ORDER: readonly Exclude<Treatment, 'silent'>[] = ['disputes', 'asserts', 'speculates', 'reports'];

/** Columns in the order of the articles given (set order). */
export function compareSources(articles: readonly CompareArticle[]): CompareSourceView[] {
  const byKey = new Map<string, CompareSourceView>();
  for (const a of articles) {
    const outlet = a.source?.replace(/\s+/gu, ' ').trim() ?? '';
    const key = outlet === '' ? `file:${a.file}` : `outlet:${outlet.toLocaleLowerCase('en')}`;
    const found = byKey.get(key);
    if (found) found.files.push(a.file);
    else byKey.set(key, { key, label: outlet === '' ? a.title : outlet, files: [a.file] });
  }
  return [...byKey.values()];
}

/** `groups`: of the set's claims (tagged, found in the text), members in set then reading order. */
export function compareView(articles: readonly CompareArticle[], groups: readonly LinkGroup[]): CompareView {
  const sources = compareSources(articles);
  const column = new Map<string, number>();
  sources.forEach((s, i) => s.files.forEach((f) => column.set(f, i)));
  const rows: { row: CompareRowView; order: number }[] = [];
  groups.forEach((group, order) => {
    const files = new Set(group.members.map((m) => m.file));
    if (files.size < 2) return;
    const quotes = sources.map((): CompareQuoteView[] => []);
    for (const m of group.members) {
      const c = column.get(m.file);
      if (c !== undefined) (quotes[c] as CompareQuoteView[]).push(quoteOf(m));
    }
    const cells = quotes.map(cellOf);
    const spoken = cells.filter((c) => c.treatment !== 'silent');
    const first = group.members.find((m) => m.side === 'claim') ?? (group.members[0] as GroupMember);
    rows.push({
      order,
      row: {
        id: (group.members[0] as GroupMember).annotation.id,
        label: quoteOf(first).exact,
        tags: [...new Set(group.members.flatMap((m) => tagsOf(m.annotation)))],
        cells,
        disagreement: spoken.some((c) => c.treatment === 'disputes') && spoken.some((c) => c.treatment !== 'disputes'),
        silent: cells.length - spoken.length,
      },
    });
  });
  rows.sort((a, b) => a.row.silent - b.row.silent || a.order - b.order);
  return { sources, rows: rows.map((r) => r.row) };
}

function quoteOf(member: GroupMember): CompareQuoteView {
  const { stance } = claimOf(member.annotation);
  return {
    id: member.annotation.id,
    file: member.file,
    exact: quoteSelectorOf(member.annotation)?.exact ?? '',
    start: member.start,
    end: member.end,
    ...(stance ? { stance } : {}),
    side: member.side,
  };
}

export function treatmentOf(quote: CompareQuoteView): Exclude<Treatment, 'silent'> {
  if (quote.side === 'disputing') return 'disputes';
  return quote.stance ?? 'reports';
}

function cellOf(quotes: CompareQuoteView[]): CompareCellView {
  if (quotes.length === 0) return { treatment: 'silent', quotes, mixed: false };
  const treatments = new Set(quotes.map(treatmentOf));
  const treatment = TREATMENT_ORDER.find((t) => treatments.has(t)) as Exclude<Treatment, 'silent'>;
  return { treatment, quotes, mixed: treatments.size > 1 };
}
