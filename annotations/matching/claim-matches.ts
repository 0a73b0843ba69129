/**
 * Elsewhere for the claims of a set: each tagged annotation's candidates
 * (elsewhere.ts) with their text, the annotation a candidate already is,
 * the details that differ (differences.ts), and without the pairs the
 * analyst dismissed (decisions.ts). What `research-annotator match` prints
 * and what the app's Elsewhere list shows.
 */
import { tagsOf, type Annotation } from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';
import { isDismissed, mayDismiss } from './decisions';
import { analyze, differencesOf, type Analysis, type Difference } from './differences';
import { elsewhereWithPassages, THRESHOLDS, type Candidate, type ElsewhereNote, type ElsewhereResult } from './elsewhere';
import type { IndexedPassage, MatchIndex } from './index';
import type { PublicationDate } from './relative-dates';

/** An annotation where it is in the current text (anchored), code points. */
export interface Placed {
  annotation: Annotation;
  start: number;
  end: number;
}

export interface ArticleState {
  text: CodePointIndex;
  /** Its annotations that were found in the text (orphans left out). */
  annotations: readonly Placed[];
  /** When it was published, as its details say: what dates its passages' "last month" (relative-dates.ts). */
  published?: PublicationDate;
}

export interface MatchedCandidate {
  file: string;
  start: number;
  end: number;
  text: string;
  score: number;
  likely: boolean;
  /** The annotation this passage already is (it covers at least half of the shorter of the two), or null. */
  annotation: string | null;
  differences: Difference[];
  /** The candidate's article is a copy (near-duplicate) of the claim's: not an independent source. */
  copyOfClaimArticle: boolean;
  /** The claim's terms the passage shares (stems or place keys), rarest first; empty in `matchAll`'s report. */
  shared: string[];
}

/** What a candidate's passage says against the claim: the same whatever the analyst decided. */
export interface CandidateDetails {
  text: string;
  differences: Difference[];
}

export interface ClaimMatch {
  file: string;
  id: string;
  /** The claim's text where it is now. */
  text: string;
  candidates: MatchedCandidate[];
  /** Why a claim has no candidates, when it cannot have any. */
  note?: ElsewhereNote;
}

/**
 * Analyses of passages already read, by file and range (`${file}\0${start}\0${end}`):
 * a caller that keeps one across calls shares them. Without it, a passage's
 * analysis is kept with the index's passage (and goes with it when its
 * article changes).
 */
export type AnalysisCache = Map<string, Analysis>;

/** Analyses kept in a caller's cache, at most (then it starts again). */
const MAX_CACHED = 50_000;

/** Each passage's details, read once: many claims meet the same passages. */
const analyses = new WeakMap<IndexedPassage, Analysis>();

/**
 * `published`: the passage's article's (ArticleState). A caller's cache holds
 * analyses made with the dates the caller's states give (it drops them when
 * those change: set-matches.ts); the index's passages, with the dates of the
 * states they were first read with.
 */
function analysisOf(passage: IndexedPassage | undefined, cache: AnalysisCache | undefined, file: string, start: number, end: number, text: string, published: PublicationDate | undefined): Analysis {
  if (cache) {
    const key = `${file}\0${start}\0${end}`;
    let found = cache.get(key);
    if (!found) {
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, (found = analyze(text, published)));
    }
    return found;
  }
  if (!passage) return analyze(text, published);
  let found = analyses.get(passage);
  if (!found) analyses.set(passage, (found = analyze(text, published)));
  return found;
}

/**
 * The claim's details. A claim over the range of one of the index's
 * passages (a whole sentence, as most claims are) shares that passage's,
 * read once for it and for every claim it is a candidate of; with a
 * caller's cache, the ones the cache holds for that range (only read here:
 * the cache is the candidates'). Either is used only if it was read from
 * the claim's text as it is now.
 */
function claimAnalysisOf(index: MatchIndex, cache: AnalysisCache | undefined, file: string, start: number, end: number, text: string, published: PublicationDate | undefined): Analysis {
  const passage = passageOver(index, file, start, end);
  const found = !passage ? undefined : cache ? cache.get(`${file}\0${start}\0${end}`) : analysisOf(passage, undefined, file, start, end, text, published);
  // One read from another text of the article (the index or the cache behind a change) is not this claim's.
  return found?.text === text ? found : analyze(text, published);
}

export function matchClaim(
  index: MatchIndex,
  articles: ReadonlyMap<string, ArticleState>,
  file: string,
  claim: Placed,
  cache?: AnalysisCache,
  /** The index's scoring of the claim's text, when the caller keeps it (the app does, until the index changes). */
  scored?: (claimText: string) => ElsewhereResult,
  /** Candidate k's text and differences, when the caller keeps them with its scoring: they follow from the texts alone. */
  detailsOf?: (k: number, claimText: string) => CandidateDetails,
): ClaimMatch {
  const own = articles.get(file);
  const claimText = claimTextOf(articles, { file, claim });
  const result: ElsewhereResult & { passages?: IndexedPassage[] } = scored
    ? scored(claimText)
    : elsewhereWithPassages(index, { file, text: claimText, start: claim.start, end: claim.end });
  const claimAnalysis = claimAnalysisOf(index, cache, file, claim.start, claim.end, claimText, own?.published);
  const analysisAt = (k: number, text: string, published: PublicationDate | undefined) => {
    const c = result.candidates[k] as Candidate;
    return analysisOf(result.passages?.[k], cache, c.file, c.start, c.end, text, published);
  };
  return withDetails(articles, { file, claim }, claimText, result, claimAnalysis, analysisAt, detailsOf);
}

/**
 * A claim's match from its scoring done elsewhere (another thread's index:
 * match-workers.ts), on a thread that holds the articles but no index: the
 * same match, to the byte, as `matchSetClaim` makes.
 */
export function matchScoredClaim(articles: ReadonlyMap<string, ArticleState>, { file, claim }: SetClaim, scored: ScoredClaim, analyses: PassageAnalyses): ClaimMatch {
  const claimText = claimTextOf(articles, { file, claim });
  const claimAnalysis = analyses.of(scored.claimPassage, claimText, articles.get(file)?.published);
  const analysisAt = (k: number, text: string, published: PublicationDate | undefined) => analyses.of(scored.passages[k] as number, text, published);
  return withDetails(articles, { file, claim }, claimText, scored.result, claimAnalysis, analysisAt);
}

/** A claim scored on another thread: its candidates, and the index passage (its number there) of each and of the claim's own range. */
export interface ScoredClaim {
  result: ElsewhereResult;
  passages: Int32Array;
  /** -1 when the claim's range is not one of the index's passages. */
  claimPassage: number;
}

/**
 * The details of the passages of one reading of a set, by their number in
 * the index that scored them, each read once: many claims meet the same
 * passages. What `matchScoredClaim` reads them from.
 */
export class PassageAnalyses {
  private readonly byPassage: (Analysis | undefined)[] = [];

  /** The analysis of passage `id`, whose text is `text` (read the first time only); a range that is no passage (-1) is read each time. */
  of(id: number, text: string, published: PublicationDate | undefined): Analysis {
    if (id < 0) return analyze(text, published);
    let found = this.byPassage[id];
    if (!found) this.byPassage[id] = found = analyze(text, published);
    return found;
  }
}

/** The claim's candidates with their text, the annotation each already is and the details that differ; dismissed pairs left out. */
function withDetails(
  articles: ReadonlyMap<string, ArticleState>,
  { file, claim }: SetClaim,
  claimText: string,
  result: ElsewhereResult & { passages?: IndexedPassage[] },
  claimAnalysis: Analysis,
  /** The details of candidate k's passage, whose text is `text`. */
  analysisAt: (k: number, text: string, published: PublicationDate | undefined) => Analysis,
  detailsOf?: (k: number, claimText: string) => CandidateDetails,
): ClaimMatch {
  const claimDismisses = mayDismiss(claim.annotation);
  const candidates: MatchedCandidate[] = [];
  for (const [k, c] of result.candidates.entries()) {
    const article = articles.get(c.file);
    if (!article) continue;
    const details = detailsOf?.(k, claimText);
    const text = details?.text ?? article.text.slice(c.start, c.end);
    const existing = coveringAnnotation(article.annotations, c.start, c.end);
    const annotation = existing?.annotation.id ?? null;
    if ((claimDismisses || mayDismiss(existing?.annotation)) && isDismissed(claim.annotation, { file: c.file, start: c.start, end: c.end, text, annotation }, existing?.annotation)) {
      continue;
    }
    candidates.push({
      file: c.file,
      start: c.start,
      end: c.end,
      text,
      annotation,
      score: c.score,
      likely: c.likely,
      differences: details?.differences ?? differencesOf(claimAnalysis, analysisAt(k, text, article.published)),
      copyOfClaimArticle: c.copyOfClaimArticle,
      shared: c.shared,
    });
  }
  return { file, id: claim.annotation.id, text: claimText, candidates, ...(result.note ? { note: result.note } : {}) };
}

/** A tagged annotation of the set, with its article. */
export interface SetClaim {
  file: string;
  claim: Placed;
}

/** Every tagged annotation of the set, by article file then position: the order of `match`'s report. */
export function setClaims(placed: ReadonlyMap<string, readonly Placed[]>): SetClaim[] {
  const claims: SetClaim[] = [];
  for (const file of [...placed.keys()].sort()) {
    const tagged = (placed.get(file) as readonly Placed[]).filter((p) => tagsOf(p.annotation).length > 0).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const claim of tagged) claims.push({ file, claim });
  }
  return claims;
}

/** One claim of `setClaims` matched as the report has it. */
export function matchSetClaim(index: MatchIndex, articles: ReadonlyMap<string, ArticleState>, setClaim: SetClaim): ClaimMatch {
  const scored = (text: string) => scoreSetClaim(index, setClaim, text);
  return matchClaim(index, articles, setClaim.file, setClaim.claim, undefined, scored);
}

/** The index's passage over exactly [start, end) of `file`, if there is one (a claim over a whole sentence). */
export function passageOver(index: MatchIndex, file: string, start: number, end: number): IndexedPassage | undefined {
  return index.article(file)?.passages.find((p) => p.start === start && p.end === end);
}

/** What `matchSetClaim` scores, alone: the claim's candidates in the index, with their passages. */
export function scoreSetClaim(index: MatchIndex, { file, claim }: SetClaim, text: string): ElsewhereResult & { passages: (IndexedPassage | undefined)[] } {
  // The terms shared are for the app's "why suggested": the report has no use for them.
  return elsewhereWithPassages(index, { file, text, start: claim.start, end: claim.end }, THRESHOLDS, { shared: false });
}

/** The claim's text where it is now in its article ('' when the article is not read). */
export function claimTextOf(articles: ReadonlyMap<string, ArticleState>, { file, claim }: SetClaim): string {
  return articles.get(file)?.text.slice(claim.start, claim.end) ?? '';
}

/** Every tagged annotation of the set matched, by article file then position. */
export function matchAll(index: MatchIndex, articles: ReadonlyMap<string, ArticleState>): ClaimMatch[] {
  const placed = new Map([...articles].map(([file, article]) => [file, article.annotations]));
  return setClaims(placed).map((c) => matchSetClaim(index, articles, c));
}

/** The annotation that best covers [start, end): overlapping at least half of the shorter of the two. */
export function coveringAnnotation(annotations: readonly Placed[], start: number, end: number): Placed | undefined {
  let best: Placed | undefined;
  let bestOverlap = 0;
  for (const p of annotations) {
    const overlap = Math.min(end, p.end) - Math.max(start, p.start);
    if (overlap <= 0 || overlap < 0.5 * Math.min(end - start, p.end - p.start)) continue;
    if (overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
  }
  return best;
}
