/**
 * The structured comparative brief: what the Markdown writer (markdown.ts) and
 * the app's Brief view render. Pure and linear in the number of annotations.
 *
 * Definitions (the brief's vocabulary):
 *
 * - Claim: an annotation with at least one (included) tag that is found in the
 *   current text. Orphans (status 'orphan') are never counted as claims: they
 *   are listed apart with their stored quote. Untagged highlights are listed
 *   apart too.
 * - Silent: an included article with no claim under a tag.
 * - Contrast (per tag): the stances present among the tag's claims, each with
 *   the articles holding it, when at least two distinct stances are held and at
 *   least two articles take a stance (one article contradicting itself is not
 *   a contrast between sources). Strength:
 *     'opposed'   — someone disputes while someone else asserts or speculates
 *                   (a direct contradiction);
 *     'differing' — otherwise: the sources differ in commitment, not in
 *                   direction (asserts vs reports neutrally, asserts vs
 *                   speculates, disputes vs reports neutrally). "Reports" is a
 *                   neutral account, so it never makes a contrast "opposed".
 *   Computed from per-tag stance buckets: O(claims × tags per claim).
 * - Corroboration: connected components (union-find) of the undirected graph of
 *   `sameClaimAs` links between claims. Links to unknown ids, to filtered-out
 *   annotations, orphans or untagged highlights are ignored. Independent
 *   sources of a component = distinct outlets, where an article's outlet is its
 *   `source` (trimmed, case-insensitive) and an article without one is its own
 *   outlet. So two articles of the same outlet count once, and links inside one
 *   article add nothing. Near-duplicate articles (copies of one wire story,
 *   when the matcher found them: `input.matching.copies`) are one source
 *   too, whatever outlets carry them. A claim is single-source when its
 *   component has one independent source (including claims linked to
 *   nothing). Only links stored in the sidecars count: a suggestion of the
 *   matcher never does.
 * - Details that differ: for each pair of claims linked directly as the same
 *   claim, the details in which the two quotes disagree (numbers, dates,
 *   people, places, names: matching/differences.ts).
 * - Possible corroboration: the matcher's likely matches the analyst has not
 *   reviewed (`input.matching.possible`), for claims and articles in scope,
 *   but not in copies of the claim's own article (they cannot corroborate
 *   it), listed apart; they change no count.
 * - Co-occurrence: pairs of tags applied together on one claim, most frequent
 *   first, top 15.
 */
import { analyze, differencesOf, type Analysis, type Difference } from '../matching/differences';
import { publicationDateOf, type PublicationDate } from '../matching/relative-dates';
import type { Stance } from '../model/claim';
import { isFiltered, selectArticles, selectQuotes } from './filter';
import type { BriefArticle, BriefInput, BriefOptions, BriefPossibleMatch, BriefQuote } from './types';

export type { BriefArticle, BriefInput, BriefOptions, BriefQuote } from './types';

export const CO_OCCURRENCE_LIMIT = 15;

export interface BriefModel {
  scope: BriefScope;
  sources: BriefSource[];
  coverage: BriefCoverage;
  sections: BriefTagSection[];
  corroboration: BriefCorroboration;
  coOccurrence: BriefTagPair[];
  /** Annotations not found in the current text (tagged or not), in source order. */
  orphans: BriefModelQuote[];
  /** Highlights without any tag, found in the text, in source then reading order. */
  untagged: BriefModelQuote[];
  /** Pairs of claims linked as the same claim whose quotes differ in details, in Corroboration's order. */
  differences: BriefDifferingPair[];
  /** Likely matches not reviewed; null when the brief was made without the matcher. */
  possible: BriefPossible | null;
}

export interface BriefDifferingPair {
  here: BriefModelQuote;
  there: BriefModelQuote;
  differences: Difference[];
}

export interface BriefPossible {
  /** Claims with likely matches not reviewed, in section then set and reading order. */
  claims: { claim: BriefModelQuote; passages: { file: string; text: string; score: number }[] }[];
  /** Passages in all. */
  count: number;
}

export interface BriefScope {
  setName: string;
  /** The set's folder, where the input gives it: quotes link back into the app with it. */
  setFolder?: string;
  exportedAt: Date;
  /** Included articles. */
  articles: number;
  /** Claims: tagged annotations found in the text. */
  claims: number;
  /** Tags with at least one claim (= sections). */
  tags: number;
  untagged: number;
  orphans: number;
  /** The options as applied; `filtered` is true when any option narrows the brief. */
  options: BriefOptions;
  filtered: boolean;
}

export interface BriefSource {
  /** 1-based position among the included articles (the coverage column + 1). */
  number: number;
  file: string;
  /** Never empty: the title, else the file name, on one line. */
  title: string;
  source?: string;
  author?: string;
  published?: string;
  /** A web page's address and the day it was saved or read, as entered. */
  url?: string;
  accessed?: string;
  /**
   * Short name for lists and table headers: the outlet when it names one
   * article only, "outlet: short title" when it names several, else the short title.
   */
  label: string;
}

export interface BriefCoverage {
  /** Row labels, in section order. */
  tags: string[];
  /** Column files, in set order. */
  articles: string[];
  /** counts[row][column]: claims with that tag in that article; 0 = silent. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  /** Sum of the cells: a claim with two tags counts twice. */
  total: number;
}

/** A quote as the brief shows it, with its article and corroboration facts. */
export interface BriefModelQuote extends Omit<BriefQuote, 'sameClaimAs'> {
  file: string;
  /** Included tags only. */
  tags: string[];
  /** Index in `corroboration.groups`, or null when the claim is linked to no claim of another article. */
  group: number | null;
  /** True for a claim resting on one independent source; false for orphans and untagged highlights. */
  singleSource: boolean;
}

export interface BriefTagSection {
  label: string;
  description: string;
  claims: number;
  /** Articles that speak to the tag, in set order, each with its claims in reading order. */
  sources: { file: string; quotes: BriefModelQuote[] }[];
  /** Files of the included articles with no claim under this tag. */
  silent: string[];
  contrast: BriefContrast | null;
  /** Stance held by every article that takes one, when at least two articles take one and agree. */
  agreement: Stance | null;
}

export interface BriefContrast {
  strength: 'opposed' | 'differing';
  /** In the order asserts, disputes, speculates, reports; sources in set order. */
  positions: BriefPosition[];
}

export interface BriefPosition {
  stance: Stance;
  files: string[];
  /** Per file (same order), who the source quotes as holding the stance; empty when it is the source's own voice. */
  claimants: string[][];
}

export interface BriefClaimGroup {
  /** Claims in set then reading order. */
  quotes: BriefModelQuote[];
  /** Distinct articles. */
  articles: number;
  /** Distinct outlets (an article without outlet is its own). */
  independentSources: number;
  /** Union of the included tags, in section order. */
  tags: string[];
  /** Stances present, in STANCE order. */
  stances: Stance[];
  /** Someone disputes while someone else asserts or speculates. */
  contested: boolean;
}

export interface BriefCorroboration {
  /** Linked claims spanning at least two articles; most independent sources first. */
  groups: BriefClaimGroup[];
  /** Claims with one independent source, in section order (a claim with two tags appears once, under its first). */
  singleSource: BriefModelQuote[];
  /** Claims with at least two independent sources. */
  corroborated: number;
  /** Included articles that are copies of one story (near-duplicates), each group counted as one source. */
  copies: string[][];
}

export interface BriefTagPair {
  tags: [string, string];
  count: number;
}

const STANCE_ORDER: readonly Stance[] = ['asserts', 'disputes', 'speculates', 'reports'];

interface Claim {
  quote: BriefModelQuote;
  /** Index of the article among the included ones. */
  column: number;
  links: string[];
}

export function buildBriefModel(input: BriefInput): BriefModel {
  const options = input.options ?? {};
  const articles = selectArticles(input.articles, options);
  const columnOf = new Map(articles.map((a, i) => [a.file, i]));
  const perOutlet = new Map<string, number>();
  for (const a of articles) perOutlet.set(outletKey(a), (perOutlet.get(outletKey(a)) ?? 0) + 1);
  const sources = articles.map((a, i) => toSource(a, i, (perOutlet.get(outletKey(a)) ?? 0) > 1));

  // ---- One pass over the selected quotes (filter.ts): classify, count ----
  const claims: Claim[] = [];
  const orphans: BriefModelQuote[] = [];
  const untagged: BriefModelQuote[] = [];
  const tagCounts = new Map<string, number>();
  for (const { article, quote: raw, tags } of selectQuotes(input.articles, options)) {
    const quote = toModelQuote(raw, article.file, tags);
    if (raw.status === 'orphan' || raw.location === null) orphans.push(quote);
    else if (tags.length === 0) untagged.push(quote);
    else {
      claims.push({ quote, column: columnOf.get(article.file) ?? 0, links: raw.sameClaimAs });
      for (const t of tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
    }
  }

  const labels = sectionOrder(input, tagCounts, options.order ?? 'codebook');
  const row = new Map(labels.map((l, i) => [l, i]));
  for (const { quote } of claims) quote.tags.sort((a, b) => (row.get(a) ?? 0) - (row.get(b) ?? 0));

  // ---- Coverage, per-tag buckets, stance buckets, co-occurrence ----
  const counts = labels.map(() => articles.map(() => 0));
  const buckets = labels.map(() => articles.map((): BriefModelQuote[] => []));
  const stances = labels.map(() => new Map<Stance, Map<number, Set<string>>>());
  const pairs = new Map<number, BriefTagPair>();
  for (const { quote, column } of claims) {
    for (const t of quote.tags) {
      const r = row.get(t) as number;
      (counts[r] as number[])[column]! += 1;
      (buckets[r] as BriefModelQuote[][])[column]!.push(quote);
      if (quote.stance) {
        const held = stances[r] as Map<Stance, Map<number, Set<string>>>;
        const columns = held.get(quote.stance) ?? new Map<number, Set<string>>();
        const who = columns.get(column) ?? new Set<string>();
        if (quote.attribution) who.add(quote.attribution);
        columns.set(column, who);
        held.set(quote.stance, columns);
      }
    }
    for (let i = 0; i < quote.tags.length; i++) {
      for (let j = i + 1; j < quote.tags.length; j++) {
        const pair: [string, string] = [quote.tags[i] as string, quote.tags[j] as string];
        // Tags are distinct and in row order, so (row of first, row of second) names the pair.
        const key = (row.get(pair[0]) ?? 0) * labels.length + (row.get(pair[1]) ?? 0);
        const entry = pairs.get(key) ?? { tags: pair, count: 0 };
        entry.count += 1;
        pairs.set(key, entry);
      }
    }
  }
  const rowTotals = counts.map(sum);
  const columnTotals = articles.map((_, c) => sum(counts.map((r) => r[c] ?? 0)));
  const coverage: BriefCoverage = {
    tags: labels,
    articles: articles.map((a) => a.file),
    counts,
    rowTotals,
    columnTotals,
    total: sum(rowTotals),
  };

  const copies = input.matching?.copies ?? [];
  const corroboration = corroborate(claims, independenceKeys(articles, copies), labels, row);
  corroboration.copies = copies.map((g) => g.filter((f) => columnOf.has(f))).filter((g) => g.length > 1);

  const descriptions = new Map(input.tags.map((t) => [t.label, t.description ?? '']));
  const sections: BriefTagSection[] = labels.map((label, r) => {
    const perArticle = buckets[r] as BriefModelQuote[][];
    const { contrast, agreement } = contrastOf(stances[r] as Map<Stance, Map<number, Set<string>>>, articles);
    return {
      label,
      description: descriptions.get(label) ?? '',
      claims: rowTotals[r] ?? 0,
      sources: perArticle.flatMap((quotes, c) =>
        quotes.length === 0 ? [] : [{ file: (articles[c] as BriefArticle).file, quotes: inReadingOrder(quotes) }],
      ),
      silent: perArticle.flatMap((quotes, c) => (quotes.length === 0 ? [(articles[c] as BriefArticle).file] : [])),
      contrast,
      agreement,
    };
  });

  const coOccurrence = [...pairs.values()]
    .sort(
      (a, b) =>
        b.count - a.count ||
        (row.get(a.tags[0]) ?? 0) - (row.get(b.tags[0]) ?? 0) ||
        (row.get(a.tags[1]) ?? 0) - (row.get(b.tags[1]) ?? 0),
    )
    .slice(0, CO_OCCURRENCE_LIMIT);

  const filtered = isFiltered(options);

  return {
    scope: {
      setName: input.setName,
      ...(input.setFolder === undefined ? {} : { setFolder: input.setFolder }),
      exportedAt: input.exportedAt,
      articles: articles.length,
      claims: claims.length,
      tags: labels.length,
      untagged: untagged.length,
      orphans: orphans.length,
      options,
      filtered,
    },
    sources,
    coverage,
    sections,
    corroboration,
    coOccurrence,
    orphans,
    untagged: groupedInReadingOrder(untagged),
    differences: differingPairs(claims, row, articles.map((a) => publicationDateOf(a.published))),
    possible: input.matching ? possibleMatches(claims, input.matching.possible, columnOf, row, copies) : null,
  };
}

// ---- Details that differ, possible corroboration ----

/**
 * Each pair of claims linked directly as the same claim (once), with the
 * details their quotes disagree on; `published`: each column's publication
 * date, which dates a quote's "last month".
 */
function differingPairs(claims: Claim[], row: Map<string, number>, published: readonly (PublicationDate | undefined)[]): BriefDifferingPair[] {
  const byId = new Map<string, Claim>();
  for (const c of claims) if (!byId.has(c.quote.id)) byId.set(c.quote.id, c);
  const seen = new Set<string>();
  const pairs: { pair: BriefDifferingPair; order: number[] }[] = [];
  // Each quote read once, however many links it has.
  const analyses = new Map<Claim, Analysis>();
  const analysisOf = (c: Claim) => analyses.get(c) ?? analyses.set(c, analyze(c.quote.exact, published[c.column])).get(c)!;
  for (const a of claims) {
    for (const id of a.links) {
      const b = byId.get(id);
      if (!b || b === a || b.column === a.column) continue;
      const [here, there] = a.column < b.column || (a.column === b.column && position(a.quote) <= position(b.quote)) ? [a, b] : [b, a];
      const key = `${here.quote.id}\0${there.quote.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const differences = differencesOf(analysisOf(here), analysisOf(there));
      if (differences.length === 0) continue;
      const group = here.quote.group ?? Number.POSITIVE_INFINITY;
      pairs.push({ pair: { here: here.quote, there: there.quote, differences }, order: [group, row.get(here.quote.tags[0] ?? '') ?? 0, here.column, position(here.quote), there.column, position(there.quote)] });
    }
  }
  pairs.sort((x, y) => {
    for (let i = 0; i < x.order.length; i++) if (x.order[i] !== y.order[i]) return (x.order[i] as number) - (y.order[i] as number);
    return 0;
  });
  return pairs.map((p) => p.pair);
}

function possibleMatches(
  claims: Claim[],
  possible: readonly BriefPossibleMatch[],
  columnOf: Map<string, number>,
  row: Map<string, number>,
  copies: readonly string[][],
): BriefPossible {
  const byId = new Map<string, Claim>();
  for (const c of claims) if (!byId.has(c.quote.id)) byId.set(c.quote.id, c);
  const copyGroup = new Map<string, number>();
  copies.forEach((g, i) => g.forEach((f) => copyGroup.set(f, i)));
  const found = new Map<Claim, { file: string; text: string; score: number }[]>();
  let count = 0;
  for (const p of possible) {
    const claim = byId.get(p.claim);
    if (!claim || !columnOf.has(p.file)) continue;
    // A copy of the claim's own article cannot corroborate it.
    const group = copyGroup.get(p.file);
    if (group !== undefined && group === copyGroup.get(claim.quote.file)) continue;
    const list = found.get(claim) ?? [];
    list.push({ file: p.file, text: p.text, score: p.score });
    found.set(claim, list);
    count++;
  }
  const ordered = [...found.keys()].sort(
    (a, b) => (row.get(a.quote.tags[0] as string) ?? 0) - (row.get(b.quote.tags[0] as string) ?? 0) || a.column - b.column || position(a.quote) - position(b.quote),
  );
  return {
    claims: ordered.map((c) => ({
      claim: c.quote,
      passages: (found.get(c) ?? []).sort((x, y) => y.score - x.score || (columnOf.get(x.file) ?? 0) - (columnOf.get(y.file) ?? 0)),
    })),
    count,
  };
}

// ---- Options ----

/** Codebook order (unknown labels last, alphabetically), or most claims first with codebook order breaking ties. */
function sectionOrder(input: BriefInput, counts: Map<string, number>, order: 'codebook' | 'frequency'): string[] {
  const known = distinct(input.tags.map((t) => t.label)).filter((l) => counts.has(l));
  const knownSet = new Set(known);
  const unknown = [...counts.keys()].filter((l) => !knownSet.has(l)).sort((a, b) => a.localeCompare(b));
  const labels = [...known, ...unknown];
  if (order === 'frequency') {
    const position = new Map(labels.map((l, i) => [l, i]));
    labels.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
  return labels;
}

// ---- Sources ----

function toSource(article: BriefArticle, index: number, sharedOutlet: boolean): BriefSource {
  const title = oneLine(article.title) || oneLine(article.file);
  const outlet = article.source ? oneLine(article.source) : '';
  let label = shortLabel(title);
  if (outlet !== '') label = sharedOutlet ? `${outlet}: ${shortLabel(title)}` : outlet;
  return {
    number: index + 1,
    file: article.file,
    title,
    ...(outlet !== '' ? { source: outlet } : {}),
    ...(article.author && oneLine(article.author) !== '' ? { author: oneLine(article.author) } : {}),
    ...(article.published && oneLine(article.published) !== '' ? { published: oneLine(article.published) } : {}),
    ...(article.url && oneLine(article.url) !== '' ? { url: oneLine(article.url) } : {}),
    ...(article.accessed && oneLine(article.accessed) !== '' ? { accessed: oneLine(article.accessed) } : {}),
    label,
  };
}

/**
 * Per article, the source it counts as: its outlet, merged with the outlets
 * of its near-duplicates (a wire story copied by several sites is one
 * source, and so is every other article of those outlets).
 */
function independenceKeys(articles: BriefArticle[], copies: readonly string[][]): string[] {
  const keys = articles.map(outletKey);
  if (copies.length === 0) return keys;
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    return root;
  };
  const keyOf = new Map(articles.map((a, i) => [a.file, keys[i] as string]));
  for (const group of copies) {
    const members = group.flatMap((f) => (keyOf.has(f) ? [find(keyOf.get(f) as string)] : []));
    for (const k of members.slice(1)) parent.set(k, members[0] as string);
  }
  return keys.map(find);
}

/** The independence key: the outlet (case-insensitive) when set, else the article itself. */
function outletKey(article: BriefArticle): string {
  const outlet = article.source ? oneLine(article.source).toLocaleLowerCase('en') : '';
  return outlet !== '' ? `outlet:${outlet}` : `file:${article.file}`;
}

// ---- Quotes ----

function toModelQuote(raw: BriefQuote, file: string, tags: string[]): BriefModelQuote {
  return {
    id: raw.id,
    file,
    exact: raw.exact,
    tags,
    note: raw.note,
    status: raw.status,
    location: raw.status === 'orphan' ? null : raw.location,
    // Always the same keys (unset ones undefined): one object shape for the 10,000s of quotes.
    stance: raw.stance || undefined,
    attribution: raw.attribution?.trim() || undefined,
    confidence: raw.confidence || undefined,
    group: null,
    singleSource: false,
  };
}

// ---- Contrasts ----

function contrastOf(
  held: Map<Stance, Map<number, Set<string>>>,
  articles: BriefArticle[],
): Pick<BriefTagSection, 'contrast' | 'agreement'> {
  const present = STANCE_ORDER.filter((s) => held.has(s));
  const speakers = new Set<number>();
  for (const columns of held.values()) for (const c of columns.keys()) speakers.add(c);
  if (speakers.size < 2) return { contrast: null, agreement: null };
  if (present.length === 1) return { contrast: null, agreement: present[0] as Stance };
  const opposed = held.has('disputes') && (held.has('asserts') || held.has('speculates'));
  return {
    contrast: {
      strength: opposed ? 'opposed' : 'differing',
      positions: present.map((stance) => {
        const columns = [...(held.get(stance) as Map<number, Set<string>>)].sort((a, b) => a[0] - b[0]);
        return {
          stance,
          files: columns.map(([c]) => (articles[c] as BriefArticle).file),
          claimants: columns.map(([, who]) => [...who]),
        };
      }),
    },
    agreement: null,
  };
}

// ---- Corroboration (union-find) ----

function corroborate(
  claims: Claim[],
  /** Per included article (by column), the source it counts as. */
  outletKeys: string[],
  labels: string[],
  row: Map<string, number>,
): BriefCorroboration {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const index = new Map<string, number>();
  claims.forEach(({ quote }, i) => {
    if (!index.has(quote.id)) index.set(quote.id, i);
  });
  claims.forEach(({ links }, i) => {
    for (const id of links) {
      const j = index.get(id);
      if (j === undefined || j === i) continue;
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[a] = b;
    }
  });

  // Gather components (in claim order = set then sidecar order).
  const members = new Map<number, number[]>();
  claims.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });

  const groups: { group: BriefClaimGroup; first: number }[] = [];
  let corroborated = 0;
  for (const ids of members.values()) {
    const columns = new Set(ids.map((i) => (claims[i] as Claim).column));
    const independent = new Set([...columns].map((c) => outletKeys[c])).size;
    const quotes = ids.map((i) => (claims[i] as Claim).quote);
    for (const q of quotes) q.singleSource = independent < 2;
    if (independent >= 2) corroborated += quotes.length;
    if (columns.size < 2) continue;
    const stanceSet = new Set(quotes.flatMap((q) => (q.stance ? [q.stance] : [])));
    const tagSet = new Set(quotes.flatMap((q) => q.tags));
    groups.push({
      first: ids[0] as number,
      group: {
        quotes: sortByColumnThenPosition(ids.map((i) => claims[i] as Claim)),
        articles: columns.size,
        independentSources: independent,
        tags: labels.filter((l) => tagSet.has(l)),
        stances: STANCE_ORDER.filter((s) => stanceSet.has(s)),
        contested: stanceSet.has('disputes') && (stanceSet.has('asserts') || stanceSet.has('speculates')),
      },
    });
  }
  groups.sort(
    (a, b) =>
      b.group.independentSources - a.group.independentSources ||
      b.group.quotes.length - a.group.quotes.length ||
      (row.get(a.group.tags[0] ?? '') ?? 0) - (row.get(b.group.tags[0] ?? '') ?? 0) ||
      a.first - b.first,
  );
  groups.forEach(({ group }, g) => {
    for (const q of group.quotes) q.group = g;
  });

  // Single-source claims in section order, each under its first tag, then set and reading order.
  const single = claims.filter(({ quote }) => quote.singleSource);
  single.sort(
    (a, b) =>
      (row.get(a.quote.tags[0] as string) ?? 0) - (row.get(b.quote.tags[0] as string) ?? 0) ||
      a.column - b.column ||
      position(a.quote) - position(b.quote),
  );
  return { groups: groups.map((g) => g.group), singleSource: single.map((c) => c.quote), corroborated, copies: [] };
}

// ---- Ordering helpers ----

function position(quote: BriefModelQuote): number {
  return quote.location?.start ?? Number.POSITIVE_INFINITY;
}

/** Reading order, stable for equal positions. */
function inReadingOrder(quotes: BriefModelQuote[]): BriefModelQuote[] {
  return [...quotes].sort((a, b) => position(a) - position(b));
}

function sortByColumnThenPosition(items: Claim[]): BriefModelQuote[] {
  return [...items].sort((a, b) => a.column - b.column || position(a.quote) - position(b.quote)).map((i) => i.quote);
}

/** Quotes already grouped by article (set order); sorted within each article. */
function groupedInReadingOrder(quotes: BriefModelQuote[]): BriefModelQuote[] {
  const out: BriefModelQuote[] = [];
  let start = 0;
  for (let i = 1; i <= quotes.length; i++) {
    if (i === quotes.length || (quotes[i] as BriefModelQuote).file !== (quotes[start] as BriefModelQuote).file) {
      out.push(...inReadingOrder(quotes.slice(start, i)));
      start = i;
    }
  }
  return out;
}

// ---- Text helpers (shared with markdown.ts) ----

const SHORT_TITLE_LENGTH = 40;

/** Headings, cells and list items cannot hold line breaks: collapse all whitespace. */
export function oneLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Truncated by code points (never splitting a surrogate pair), with an ellipsis. */
export function shortTitle(title: string, length = SHORT_TITLE_LENGTH): string {
  const chars = Array.from(title);
  return chars.length <= length ? title : `${chars.slice(0, length - 1).join('').trimEnd()}…`;
}

const LABEL_LENGTH = 32;

/** A title cut at a word boundary to at most LABEL_LENGTH code points, with an ellipsis. */
export function shortLabel(title: string): string {
  const chars = Array.from(title);
  if (chars.length <= LABEL_LENGTH) return title;
  const head = chars.slice(0, LABEL_LENGTH - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= LABEL_LENGTH / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
