/**
 * The matcher measured against gold clusters (gold.ts).
 *
 * - Claims: the first CLAIMS_PER_CLUSTER passages of each cluster are tagged
 *   as claims (a big cluster does not outweigh the rest); each is matched
 *   against the whole set as the app would, with `elsewhere`.
 * - recall: of the cluster's passages in other articles, the share found
 *   among the claim's `likely` candidates. A candidate finds a gold passage
 *   when it covers at least half of it and the gold passage covers at least
 *   a third of the candidate (a two-sentence candidate around a one-sentence
 *   gold passage finds it; a whole paragraph does not).
 * - first: of the (claim, article) pairs where the article holds a gold
 *   passage and at least one candidate is listed, the share whose best
 *   candidate finds one.
 * - first in every article: the same, over every (claim, article) pair
 *   where the article holds a gold passage, an article with no candidate
 *   listed counted as not right (what a reader of the command's report,
 *   who cannot tell an article left out from one passed over, would count).
 * - first, any of its propositions: the same pairs, where the best
 *   candidate may also find a passage of another cluster that the claim's
 *   own passage is in (a passage the annotator put in two clusters states
 *   two propositions, and a passage stating either is a right answer for it).
 * - unrelated: of the (claim, article of another story) pairs, the share
 *   where the article has a `likely` candidate. Background stories
 *   (`related`) and other-language articles are not counted.
 * - in story: of the (claim, article of the claim's own story that holds no
 *   gold passage of its cluster) pairs, the share where the article has a
 *   `likely` candidate: the story rule's price, measured as far as the
 *   clusters hold every passage that states their proposition (the seeds
 *   are one story).
 * - differences: on every pair of a cluster's passages that give the same
 *   slot (e.g. the corridor's width) different values, whether
 *   `differencesBetween` names a difference of that kind whose two texts
 *   are the gold texts (their places in the passage overlap); and on pairs whose
 *   values are equal, the differences of that kind it names between those
 *   texts anyway (false).
 * - differences through the listing: the same differing slots, between each
 *   claim and the gold passages of other articles, named only where the
 *   claim's candidates list a passage that finds the gold one, and named
 *   between the claim and that candidate's text, as the command names them
 *   (`match --json`): the differences an analyst is shown depend on the
 *   passage being suggested at all.
 */
import { differencesBetween } from '../../annotations/matching/differences';
import { publicationDateOf } from '../../annotations/matching/relative-dates';
import { quantitiesIn, type Dimension, type Quantity } from '../../annotations/matching/quantities';
import { elsewhere, type Candidate } from '../../annotations/matching/elsewhere';
import { MatchIndex } from '../../annotations/matching/index';
import type { Cluster, GoldPassage, GoldSet, Part } from './gold';

export const CLAIMS_PER_CLUSTER = 4;

export interface Figures {
  part: Part | 'all';
  clusters: number;
  claims: number;
  goldPairs: number;
  found: number;
  recall: number;
  firstPairs: number;
  firstRight: number;
  first: number;
  firstAnyRight: number;
  firstAny: number;
  /** (claim, article) pairs where the article holds a gold passage, listed or not; `first` over them. */
  firstEveryPairs: number;
  firstEvery: number;
  /** Likely candidates over all claims, and per claim (one decimal). */
  likely: number;
  likelyPerClaim: number;
  unrelatedPairs: number;
  unrelatedLikely: number;
  unrelated: number;
  inStoryPairs: number;
  inStoryLikely: number;
  inStory: number;
  differingSlots: number;
  differencesNamed: number;
  differences: number;
  agreeingSlots: number;
  falseDifferences: number;
  /** Agreeing slots given in two units ("10 km" / "6.2 miles"), and the differences named on them: the "no false difference for units that agree". */
  unitSlots: number;
  falseUnitDifferences: number;
  /** Differing slots between a claim and a gold passage of another article, and those named on the candidate listed for it. */
  listedSlots: number;
  listedNamed: number;
  differencesListed: number;
  /** Gold passages not found, for reading (claim cluster, claim file → gold file). */
  misses: string[];
}

export function buildIndex(set: GoldSet): MatchIndex {
  const index = new MatchIndex();
  for (const [file, text] of set.articles) index.setArticle(file, text);
  return index;
}

export function finds(candidate: { start: number; end: number }, gold: { start: number; end: number }): boolean {
  const overlap = Math.min(candidate.end, gold.end) - Math.max(candidate.start, gold.start);
  return overlap >= 0.5 * (gold.end - gold.start) && overlap >= (candidate.end - candidate.start) / 3;
}

/** A claim's candidates, best first: the matcher's, or a baseline's measured the same way. */
export type Matcher = (claim: { file: string; text: string }) => readonly Candidate[];

export function evaluate(set: GoldSet, index: MatchIndex, part: Part | 'all', match: Matcher = (claim) => elsewhere(index, claim).candidates): Figures {
  const f: Figures = {
    part, clusters: 0, claims: 0, goldPairs: 0, found: 0, recall: 0, firstPairs: 0, firstRight: 0, first: 0, firstAnyRight: 0, firstAny: 0, firstEveryPairs: 0, firstEvery: 0,
    likely: 0, likelyPerClaim: 0, unrelatedPairs: 0, unrelatedLikely: 0, unrelated: 0, inStoryPairs: 0, inStoryLikely: 0, inStory: 0, differingSlots: 0, differencesNamed: 0, differences: 0,
    agreeingSlots: 0, falseDifferences: 0, unitSlots: 0, falseUnitDifferences: 0, listedSlots: 0, listedNamed: 0, differencesListed: 0, misses: [],
  };
  const clusters = set.clusters.filter((c) => part === 'all' || c.part === part);
  for (const cluster of clusters) {
    f.clusters++;
    for (const claim of cluster.passages.slice(0, CLAIMS_PER_CLUSTER)) {
      f.claims++;
      const candidates = match({ file: claim.file, text: claim.quote });
      f.likely += candidates.filter((c) => c.likely).length;
      scoreRecall(f, cluster, claim, candidates, alsoIn(set, cluster, claim));
      scoreUnrelated(f, set, index, claim, candidates);
      scoreInStory(f, set, index, cluster, claim, candidates);
      scoreListedDifferences(f, set, index, cluster, claim, candidates);
    }
    scoreDifferences(f, set, cluster);
  }
  f.recall = ratio(f.found, f.goldPairs);
  f.likelyPerClaim = Math.round((f.likely / Math.max(1, f.claims)) * 10) / 10;
  f.first = ratio(f.firstRight, f.firstPairs);
  f.firstAny = ratio(f.firstAnyRight, f.firstPairs);
  f.firstEvery = ratio(f.firstRight, f.firstEveryPairs);
  f.differencesListed = ratio(f.listedNamed, f.listedSlots);
  f.unrelated = ratio(f.unrelatedLikely, f.unrelatedPairs);
  f.inStory = ratio(f.inStoryLikely, f.inStoryPairs);
  f.differences = ratio(f.differencesNamed, f.differingSlots);
  return f;
}

/** The other clusters the claim's passage is in: a passage of theirs in its article and it each cover the other. */
function alsoIn(set: GoldSet, cluster: Cluster, claim: GoldPassage): Cluster[] {
  return set.clusters.filter((c) => c !== cluster && c.passages.some((p) => p.file === claim.file && finds(p, claim) && finds(claim, p)));
}

function scoreRecall(f: Figures, cluster: Cluster, claim: GoldPassage, candidates: readonly Candidate[], also: readonly Cluster[]): void {
  const golds = cluster.passages.filter((p) => p.file !== claim.file);
  for (const gold of golds) {
    f.goldPairs++;
    if (candidates.some((c) => c.likely && c.file === gold.file && finds(c, gold))) f.found++;
    else f.misses.push(`${cluster.id}: ${claim.file} → ${gold.file}`);
  }
  for (const file of new Set(golds.map((g) => g.file))) {
    f.firstEveryPairs++;
    const best = candidates.find((c) => c.file === file);
    if (!best) continue;
    f.firstPairs++;
    const right = golds.some((g) => g.file === file && finds(best, g));
    if (right) f.firstRight++;
    if (right || also.some((c) => c.passages.some((g) => g.file === file && finds(best, g)))) f.firstAnyRight++;
  }
}

function scoreUnrelated(f: Figures, set: GoldSet, index: MatchIndex, claim: GoldPassage, candidates: readonly Candidate[]): void {
  const story = set.storyOf.get(claim.file);
  if (story === undefined) return;
  const near = new Set([story, ...(set.related[story] ?? []), 'X']);
  for (const file of index.files()) {
    const other = set.storyOf.get(file);
    if (other === undefined || near.has(other)) continue;
    f.unrelatedPairs++;
    if (candidates.some((c) => c.file === file && c.likely)) f.unrelatedLikely++;
  }
}

function scoreInStory(f: Figures, set: GoldSet, index: MatchIndex, cluster: Cluster, claim: GoldPassage, candidates: readonly Candidate[]): void {
  const story = set.storyOf.get(claim.file);
  const holding = new Set(cluster.passages.map((p) => p.file));
  for (const file of index.files()) {
    if (file === claim.file || holding.has(file) || set.storyOf.get(file) !== story || index.article(file)?.english === false) continue;
    f.inStoryPairs++;
    if (candidates.some((c) => c.file === file && c.likely)) f.inStoryLikely++;
  }
}

function scoreDifferences(f: Figures, set: GoldSet, cluster: Cluster): void {
  const passages = cluster.passages;
  for (const [i, a] of passages.entries()) {
    for (const b of passages.slice(i + 1)) {
      if (a.file === b.file) continue;
      for (const da of a.details) {
        const db = b.details.find((d) => d.slot === da.slot && d.kind === da.kind);
        if (!db) continue;
        const named = differencesBetween(a.quote, b.quote, { here: publishedOn(set, a.file), there: publishedOn(set, b.file) }).filter(
          (d) => d.kind === da.kind && pointsAt(a.quote, d.here, da.text) && pointsAt(b.quote, d.there, db.text),
        );
        if (da.value !== db.value) {
          f.differingSlots++;
          if (named.length > 0) f.differencesNamed++;
        } else {
          f.agreeingSlots++;
          f.falseDifferences += named.length;
          if (inTwoUnits(da.text, db.text)) {
            f.unitSlots++;
            f.falseUnitDifferences += named.length;
          }
        }
      }
    }
  }
}

/** An article's publication date, as the matcher dates relative days by it. */
function publishedOn(set: GoldSet, file: string) {
  return publicationDateOf(set.published.get(file));
}

function scoreListedDifferences(f: Figures, set: GoldSet, index: MatchIndex, cluster: Cluster, claim: GoldPassage, candidates: readonly Candidate[]): void {
  for (const gold of cluster.passages) {
    if (gold.file === claim.file) continue;
    const slots = claim.details.flatMap((d) => {
      const other = gold.details.find((g) => g.slot === d.slot && g.kind === d.kind);
      return other && other.value !== d.value ? [{ here: d, there: other }] : [];
    });
    if (slots.length === 0) continue;
    f.listedSlots += slots.length;
    const listed = candidates.find((c) => c.file === gold.file && finds(c, gold));
    const text = listed && index.article(gold.file)?.text.slice(listed.start, listed.end);
    if (!text) continue;
    const named = differencesBetween(claim.quote, text, { here: publishedOn(set, claim.file), there: publishedOn(set, gold.file) });
    for (const { here, there } of slots) {
      if (named.some((d) => d.kind === here.kind && pointsAt(claim.quote, d.here, here.text) && pointsAt(text, d.there, there.text))) f.listedNamed++;
    }
  }
}

const MEASURED = new Set<Dimension>(['length', 'area', 'temperature', 'speed']);

/**
 * Whether two texts of a detail each give a measure of one dimension, in
 * two units: the figure as written converts to the value by another factor
 * ("10 km": 1,000; "6.2 miles": 1,609.3). A measure in its dimension's own
 * unit has no figure of its own (factor 1).
 */
export function inTwoUnits(a: string, b: string): boolean {
  const x = quantitiesIn(a).find((q) => MEASURED.has(q.dimension));
  const y = quantitiesIn(b).find((q) => MEASURED.has(q.dimension));
  if (!x || !y || x.dimension !== y.dimension) return false;
  const factor = (q: Quantity) => (q.written === undefined || q.written === 0 ? 1 : q.value / q.written);
  return Math.abs(factor(x) / factor(y) - 1) > 0.01;
}

/**
 * Whether a difference's text in a passage is the annotated detail's: their
 * places in the passage overlap ("around 12:50 pm" is "12:50 pm local
 * time"), or, where either is not found as written, one text holds the other.
 */
function pointsAt(quote: string, named: string, detail: string): boolean {
  const text = quote.toLowerCase();
  const x = named.toLowerCase();
  const y = detail.toLowerCase();
  const places = (part: string) => {
    const found: number[] = [];
    for (let k = text.indexOf(part); k >= 0; k = text.indexOf(part, k + 1)) found.push(k);
    return found;
  };
  const xs = places(x);
  const ys = places(y);
  if (xs.length === 0 || ys.length === 0) return x.includes(y) || y.includes(x);
  return xs.some((p) => ys.some((q) => p < q + y.length && q < p + x.length));
}

/** A share rounded as the bench prints it; 0 when there is nothing to count. */
export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((n / d) * 1000) / 1000;
}
