/**
 * "Elsewhere": the passages of other articles that likely state a claim.
 *
 * 1. The claim's terms (query.ts), each with the other spellings the set
 *    has of it (a capitalized word's consonant skeleton: "Nakhichevan" finds
 *    "Nakhchivan").
 * 2. BM25 over every passage holding one of them, divided by the claim's
 *    own (scoring.ts): 1 says everything the claim says, in the set's
 *    weighting; 0 nothing. The work per claim is bounded whatever the set.
 * 3. Only passages that can be listed are followed: once MAX_CANDIDATES
 *    articles surely have a likely passage, a passage scoring under the
 *    weakest of them cannot be listed (the list is cut there), and the
 *    scoring drops it (`listingBar`).
 * 4. Per other article the best passages that do not overlap, at most
 *    PER_ARTICLE: the likely ones (below), and weaker ones above LISTED. A
 *    two-sentence passage gives way to one of its sentences that scores
 *    nearly as much (isWeakPair).
 * 5. `likely`: a passage that says most of the claim (score ≥ LIKELY), or
 *    one of the two best of an article on the same story as the claim's
 *    (storySimilaritiesTo ≥ SAME_STORY) that says some of it (score ≥
 *    LIKELY_IN_STORY, and ≥ LIKELY_IN_STORY_SHARE of the claim's best
 *    score anywhere), and shares enough with the claim (evidence.ts) or
 *    is agreed on by the claim's strongest passages in other outlets
 *    (agreement.ts).
 *    Reports retell a claim in their own words, so within the story a
 *    weaker lexical match is still the likely counterpart; across stories
 *    that share a vocabulary ("peace deal", "White House") only a strong
 *    one is.
 */
import { ON_ONE_STORY, type IndexedArticle, type IndexedPassage, type MatchIndex } from './index';
import { clauseOf, FIGURE, isClause } from './clauses';
import { agreedOn } from './agreement';
import { ClaimEvidence, demandsEvidence, type EvidenceRule } from './evidence';
import { figureKinds, sharesFigureKind, type FigureKinds } from './figure-kinds';
import { ArticleBest, ArticleGroups, type ScoreBoard } from './score-board';
import { scoreClaim, type QueryTerm } from './scoring';
import { kthLargest } from './select';
import { queryOf } from './query';

/** A claim: a tagged annotation's text in its article. */
export interface Claim {
  file: string;
  text: string;
  /**
   * Where the text is in its article (code points), when it is there: its
   * terms are then read from the index rather than from the text again
   * (the same terms, but a word or place name the range cuts is left out).
   */
  start?: number;
  end?: number;
}

export interface Candidate {
  file: string;
  /** Code points in the candidate's article. */
  start: number;
  end: number;
  /** In [0, 1]: how much of the claim the passage says (see above). */
  score: number;
  likely: boolean;
  /** The candidate's article is a near-duplicate (a copy) of the claim's own. */
  copyOfClaimArticle: boolean;
  /** The claim's terms the passage shares, rarest first (for "why suggested"); empty when the caller did not ask for them. */
  shared: string[];
}

export type ElsewhereNote = 'too-short' | 'not-english' | 'empty';

export interface ElsewhereResult {
  candidates: Candidate[];
  /** Why there can be no candidates, when that is so. */
  note?: ElsewhereNote;
}

/** At or above this score a candidate is `likely` anywhere: the tool's own threshold, measured in `npm run bench`. */
export const LIKELY = 0.45;
/** In an article on the claim's story, one of its two best passages is `likely` from this score. */
export const LIKELY_IN_STORY = 0.1;
/**
 * And only from this share of the claim's best score anywhere: a claim that
 * has a close counterpart somewhere does not call every loose match of its
 * story likely too.
 */
export const LIKELY_IN_STORY_SHARE = 0.25;
/**
 * Articles this alike (index.storySimilaritiesTo) are on one story. Reports of
 * a disaster or a crime share fewer rare names than reports of one summit
 * (each outlet tells its own part: the tolls, the tower in Bangkok), so the
 * bar sits where the tuned stories gain in a mixed set and alone and other
 * stories' articles are still rarely called likely (docs/matching.md,
 * *Figures*).
 */
export const SAME_STORY = ON_ONE_STORY;
/** How many of an article's best passages the story rule may call likely. */
const LIKELY_PER_STORY_ARTICLE = 2;
/** Weaker candidates down to this score are still listed, as `likely: false`. */
export const LISTED = 0.25;
export const PER_ARTICLE = 3;
/** A claim with fewer distinct terms than this says too little to be matched. */
export const MIN_CLAIM_TERMS = 3;
/** At most this many candidates per claim (likely ones first). */
export const MAX_CANDIDATES = 50;
/** A two-sentence passage is listed only if it scores more than this share of each of its sentences' score above it. */
const PAIR_GAIN = 0.95;
/** Scores are compared with the bar this far below it (rounding to three decimals must not reorder them). */
const MARGIN = 0.002;
/**
 * A passage that states a figure of a kind the claim states (figure-kinds.ts)
 * scores this share more, up to 1: two reports of one fact give its figure
 * in one kind, most usefully where the figures differ. Chosen on the tuned
 * and the read held-out stories, then measured once on those nobody has
 * read (docs/matching.md, *Figures of one kind*).
 */
export const FIGURE_GAIN = 0.2;

/** The thresholds, for measuring them (bench/match); the app uses the defaults. */
export interface Thresholds {
  likely: number;
  likelyInStory: number;
  likelyInStoryShare: number;
  sameStory: number;
  listed: number;
  /** What a passage likely on the story rule alone must share with the claim (evidence.ts). */
  evidence: EvidenceRule;
}

/** A passage likely on the story rule alone shares this many of the claim's distinct terms… */
export const EVIDENCE_TERMS = 2;
/**
 * …each of at least this IDF (bm25.ts) over the passages of the claim's
 * story: held by no more than about a fifth of them, so the places and
 * words every passage of the story has are no evidence. Tuned on the tuned
 * part of bench/match/gold.
 */
export const EVIDENCE_TERM_WEIGHT = 1.4;

export const THRESHOLDS: Thresholds = {
  likely: LIKELY, likelyInStory: LIKELY_IN_STORY, likelyInStoryShare: LIKELY_IN_STORY_SHARE, sameStory: SAME_STORY, listed: LISTED,
  evidence: { terms: EVIDENCE_TERMS, termWeight: EVIDENCE_TERM_WEIGHT },
};

export interface ElsewhereOptions {
  /** Follow every passage of every term (no bar, no work bounds): what the bounds are measured against. */
  exhaustive?: boolean;
  /** Other work bounds than scoring.ts's MAX_VISITS and REFINED (for measuring them). */
  maxVisits?: number;
  refined?: number;
  /** False: leave each candidate's `shared` empty (the command line prints none). */
  shared?: boolean;
}

export function elsewhere(index: MatchIndex, claim: Claim, thresholds: Thresholds = THRESHOLDS, options: ElsewhereOptions = {}): ElsewhereResult {
  const { candidates, note } = elsewhereWithPassages(index, claim, thresholds, options);
  return note ? { candidates, note } : { candidates };
}

/** `elsewhere`, with the index's passage of each candidate (same order): what claim-matches reads their details from. */
export function elsewhereWithPassages(
  index: MatchIndex,
  claim: Claim,
  thresholds: Thresholds = THRESHOLDS,
  options: ElsewhereOptions = {},
): ElsewhereResult & { passages: (IndexedPassage | undefined)[] } {
  const own = index.article(claim.file);
  if (own && !own.english) return { candidates: [], passages: [], note: 'not-english' };
  const query = queryOf(index, claim);
  if (query.length === 0 && claim.text.trim() === '') return { candidates: [], passages: [], note: 'empty' };
  if (query.length < MIN_CLAIM_TERMS) return { candidates: [], passages: [], note: 'too-short' };

  const ownId = own?.id ?? -1;
  // The story rule reaches the articles alike to the claim's through their neighbours; the evidence rule counts a
  // term's rarity over those alike to it directly, so that another story drawn in by a neighbour does not make the
  // claim's own words look rare.
  const similarity = own ? index.storySimilaritiesTo(ownId) : new Float64Array(0);
  const direct = own ? index.similaritiesTo(ownId) : similarity;
  const evidence = new ClaimEvidence(index, query, thresholds.evidence, { own: ownId, similarity: direct, sameStory: thresholds.sameStory });
  const figures = figureBoost(index, claim);
  // The story rule's bar counts an article whose best passage is likely on that rule as sure to keep a likely passage.
  // With evidence asked for, that holds only if the passages that win the article share enough with the claim, which
  // is known at the end: checked then, and when it does not hold, the claim is scored again without that shortcut.
  let scored = scoreAndKeep(index, query, ownId, similarity, thresholds, options, evidence, figures, true);
  if (!scored.confirmed) scored = scoreAndKeep(index, query, ownId, similarity, thresholds, options, evidence, figures, false);
  const copies = new Set(index.nearDuplicatesOf(claim.file));
  const { board } = scored;
  const kept = withAgreement(index, scored.kept, copies, thresholds);
  const listed = cut(index, kept);
  const shared = options.shared === false ? undefined : sharedTerms(index, board, query, listed);
  const candidates = listed.map((k, i): Candidate => {
    const file = index.articleAt(k.article)?.file as string;
    return {
      file,
      start: k.passage.start,
      end: k.passage.end,
      score: k.score,
      likely: k.likely,
      copyOfClaimArticle: copies.has(file),
      shared: shared ? (shared[i] as string[]) : NOTHING_SHARED,
    };
  });
  const passages: (IndexedPassage | undefined)[] = listed.map((k) => k.passage);
  const asClause = own ? claimAsClause(own, claim, query) : undefined;
  if (asClause) {
    for (const [i, c] of candidates.entries()) {
      const clause = clauseIn(index, c, asClause);
      if (!clause) continue;
      // Why it was suggested: the claim's terms the clause holds, not those of the rest of its sentence.
      const sharedHere = new Set(query.filter((q) => q.ids.some((id) => clause.held.has(id))).map((q) => q.terms[0]));
      candidates[i] = { ...c, start: clause.start, end: clause.end, shared: c.shared.length === 0 ? c.shared : c.shared.filter((t) => sharedHere.has(t)) };
      // Its details are the clause's, read from its text: no longer the passage's.
      passages[i] = undefined;
    }
  }
  return { candidates, passages };
}

/**
 * When the claim is a clause of its sentence (clauses.ts), its terms' weights
 * by term number, to find each candidate's clause by; else undefined.
 */
function claimAsClause(own: IndexedArticle, claim: Claim, query: readonly QueryTerm[]): { weights: Map<number, number>; figure: boolean } | undefined {
  const text = own.text;
  let start = claim.start;
  let end = claim.end;
  if (start === undefined || end === undefined || text.slice(start, end) !== claim.text) {
    const at = text.text.indexOf(claim.text);
    if (at < 0) return undefined;
    start = text.toCodePoint(at);
    end = text.toCodePoint(at + claim.text.length);
  }
  const from = start;
  const sentence = own.passages.find((p) => p.sentences === 1 && p.start <= from && from < p.end);
  if (!sentence || !isClause(end - start, sentence.end - sentence.start)) return undefined;
  const weights = new Map<number, number>();
  for (const q of query) for (const id of q.ids) weights.set(id, Math.max(weights.get(id) ?? 0, q.weight));
  return { weights, figure: FIGURE.test(claim.text) };
}

/**
 * The clause of a candidate that says most of the claim (code points), with
 * the terms it holds, when it is less than the whole passage.
 */
function clauseIn(
  index: MatchIndex,
  c: Candidate,
  { weights, figure }: { weights: ReadonlyMap<number, number>; figure: boolean },
): { start: number; end: number; held: Set<number> } | undefined {
  const article = index.article(c.file);
  if (!article) return undefined;
  const from = article.text.toUtf16(c.start);
  const terms = index.termSpans(c.file, c.start, c.end);
  const clause = clauseOf(article.text.text.slice(from, article.text.toUtf16(c.end)), from, terms, weights, figure);
  if (!clause) return undefined;
  const start = article.text.toCodePoint(clause.start);
  const end = article.text.toCodePoint(clause.end);
  if (start === c.start && end === c.end) return undefined;
  return { start, end, held: new Set(terms.filter((t) => t.start >= clause.start && t.end <= clause.end).map((t) => t.id)) };
}

/**
 * Scores the claim and keeps each article's best passages. `storyRule`:
 * the listing bar counts articles likely on the story rule as sure (see
 * listingBar). `confirmed` is false when the bar did so, evidence is asked
 * for, and the passages kept do not bear out what the bar assumed: then
 * what the bar left out might have been listed.
 */
function scoreAndKeep(
  index: MatchIndex,
  query: readonly QueryTerm[],
  ownId: number,
  similarity: Float64Array,
  thresholds: Thresholds,
  options: ElsewhereOptions,
  evidence: ClaimEvidence,
  figures: FigureBoost | undefined,
  storyRule: boolean,
): { board: ScoreBoard; kept: Kept[]; confirmed: boolean } {
  let assumed = 0;
  // The board holds scores before the figures' gain; a passage may gain it at the end, so what the bar asks of it there is
  // asked of it here less that gain. The story rule's share is of the claim's best score on its words alone.
  const gain = figures?.factor ?? 1;
  const bar = options.exhaustive
    ? undefined
    : (b: ScoreBoard, ceiling: number) => {
        const value = listingBar(index, b, similarity, thresholds, ceiling, storyRule);
        if (value > assumed) assumed = value;
        return value / gain;
      };
  const { maxVisits, refined } = options.exhaustive ? { maxVisits: Infinity, refined: Infinity } : options;
  // Only a passage of at least this score can be sure to be likely (the bar) or be kept (the floor below).
  const watch = Math.min(thresholds.likely, thresholds.likelyInStory, thresholds.listed) / gain;
  const board = scoreClaim(index, query, ownId, {
    watch,
    ...(options.exhaustive ? {} : { bar }),
    ...(maxVisits === undefined ? {} : { maxVisits }),
    ...(refined === undefined ? {} : { refined }),
  });
  const floor = Math.max(Math.min(thresholds.listed, thresholds.likelyInStory) / gain, bar ? bar(board, Math.min(1, board.highest)) - MARGIN : 0);
  const kept = bestPerArticle(index, board, floor, similarity, thresholds, evidence, figures);
  const confirmed = !storyRule || assumed === 0 || !demandsEvidence(thresholds.evidence) || bearsOut(kept, board, assumed);
  return { board, kept, confirmed };
}

/**
 * Whether MAX_CANDIDATES articles do have a likely passage as high as the
 * bar assumed: the weakest sure article's best score times PAIR_GAIN (its
 * sentence in its place), which is `bar` ÷ PAIR_GAIN.
 */
function bearsOut(kept: readonly Kept[], board: ScoreBoard, bar: number): boolean {
  const level = bar / PAIR_GAIN;
  const articles = new Set<number>();
  for (const k of kept) if (k.likely && (board.scores[k.passage.id] as number) >= level) articles.add(k.article);
  return articles.size >= MAX_CANDIDATES;
}

/** What every candidate shares when the caller did not ask (one frozen list, not one per candidate). */
const NOTHING_SHARED: string[] = Object.freeze([]) as unknown as string[];

/** For each listed passage, the claim's terms it holds (by their first spelling), rarest first. */
function sharedTerms(index: MatchIndex, board: ScoreBoard, query: readonly QueryTerm[], listed: readonly Kept[]): string[][] {
  const slots = board.termSlots(index.termCount);
  for (const [q, term] of query.entries()) for (const id of term.ids) slots[id] = q + 1;
  const { ids, offsets, lengths } = index.pool;
  const shared = listed.map(({ passage }) => {
    const held: number[] = [];
    const from = offsets[passage.id] as number;
    for (let j = from; j < from + (lengths[passage.id] as number); j++) {
      const slot = slots[ids[j] as number] as number;
      if (slot !== 0 && !held.includes(slot - 1)) held.push(slot - 1);
    }
    return held.sort((a, b) => a - b).map((q) => (query[q] as QueryTerm).terms[0] as string);
  });
  for (const term of query) for (const id of term.ids) slots[id] = 0;
  return shared;
}

const bests = new WeakMap<MatchIndex, ArticleBest>();

/**
 * The score a passage must reach to be listed: when MAX_CANDIDATES other
 * articles each have a passage that is likely whatever else is found (its
 * score only grows, and an article's best passage is always kept, or one
 * of its sentences in its place), the list is cut at the weakest of them;
 * until then 0. `storyRule`: an article counts whose best passage is likely
 * on the story rule too (when that rule asks for evidence, scoreAndKeep
 * checks at the end that the articles bear it out).
 */
function listingBar(index: MatchIndex, board: ScoreBoard, similarity: Float64Array, thresholds: Thresholds, ceiling: number, storyRule: boolean): number {
  // Fewer passages on the watch list than MAX_CANDIDATES cannot be in as many articles.
  if (board.crossedCount < MAX_CANDIDATES) return 0;
  let best = bests.get(index);
  if (!best) bests.set(index, (best = new ArticleBest()));
  best.collect(board, index.passageArticles, index.articleCapacity);
  if (best.count < MAX_CANDIDATES) return 0;
  const sure = best.scratch();
  let n = 0;
  // The best score in the end is at most `ceiling`: a passage of this score stays likely whatever is found after it.
  const inStory = Math.max(thresholds.likelyInStory, thresholds.likelyInStoryShare * ceiling);
  for (let k = 0; k < best.count; k++) {
    const article = best.articles[k] as number;
    const score = best.best[article] as number;
    if (score >= thresholds.likely || (storyRule && score >= inStory && (similarity[article] ?? 0) >= thresholds.sameStory)) sure[n++] = score;
  }
  // An article's best passage may give way to one of its sentences (isWeakPair), at PAIR_GAIN of its score, and that
  // sentence must itself be followed: the bar is lowered twice by that factor.
  return n < MAX_CANDIDATES ? 0 : PAIR_GAIN * PAIR_GAIN * kthLargest(sure, n, MAX_CANDIDATES);
}

interface Kept {
  article: number;
  passage: IndexedPassage;
  /** Rounded to three decimals, as printed. */
  score: number;
  likely: boolean;
  /** Likely on the story rule but for its evidence (evidence.ts): kept, whatever its score, for agreement.ts to decide. */
  blocked: boolean;
}

/**
 * The passages the story rule turned down for want of evidence are likely
 * when the claim's sources agree on them (agreement.ts); of the others
 * that are not likely, only those from LISTED are listed.
 */
function withAgreement(index: MatchIndex, kept: Kept[], copies: ReadonlySet<string>, thresholds: Thresholds): Kept[] {
  const asked = kept.filter((k) => k.blocked);
  if (asked.length === 0) return kept;
  const agreed = agreedOn(index, kept.filter((k) => k.likely), asked, thresholds.likely, copies);
  for (const [i, k] of asked.entries()) k.likely = agreed[i] as boolean;
  return kept.filter((k) => k.likely || k.score >= thresholds.listed);
}

/**
 * Per other article its best passages that do not overlap, at most
 * PER_ARTICLE, each likely or not by the thresholds, the weaker ones kept
 * down to LISTED; passages under `floor` are not looked at.
 */
function bestPerArticle(
  index: MatchIndex,
  board: ScoreBoard,
  floor: number,
  similarity: Float64Array,
  thresholds: Thresholds,
  evidence: ClaimEvidence,
  figures: FigureBoost | undefined,
): Kept[] {
  let groups = articleGroups.get(index);
  if (!groups) articleGroups.set(index, (groups = new ArticleGroups()));
  // Every passage at or above the floor reached the board's watch (the floor is never under it).
  groups.collect(board, floor, index.passageArticles, index.articleCapacity);
  const { ids, articles, starts } = groups;
  // The share the story rule asks is of the claim's best score on its words, read before any passage gains for its figures.
  const inStory = Math.max(thresholds.likelyInStory, thresholds.likelyInStoryShare * Math.min(1, board.highest));
  if (figures) withFigureGain(board, ids, starts[groups.count] as number, figures, index);
  const ranges: Ranges = { scores: board.scores, starts: index.passageStarts, ends: index.passageEnds, sentences: index.passageSentences };
  const kept: Kept[] = [];
  const best: number[] = [];
  for (let g = 0; g < groups.count; g++) {
    const article = articles[g] as number;
    const from = starts[g] as number;
    const to = starts[g + 1] as number;
    sortBest(ids, from, to, ranges);
    best.length = 0;
    for (let j = from; j < to && best.length < PER_ARTICLE; j++) {
      const id = ids[j] as number;
      if (to - from > 1 && isWeakPair(id, ids, from, to, ranges)) continue;
      if (!overlapsAny(best, id, ranges) && !repeatsAny(index, best, id, ranges)) best.push(id);
    }
    const sameStory = (similarity[article] ?? 0) >= thresholds.sameStory;
    for (let rank = 0; rank < best.length; rank++) {
      const id = best[rank] as number;
      const score = ranges.scores[id] as number;
      const storyRule = score < thresholds.likely && sameStory && rank < LIKELY_PER_STORY_ARTICLE && score >= inStory;
      const likely = score >= thresholds.likely || (storyRule && evidence.holds(id));
      const blocked = storyRule && !likely;
      if (likely || blocked || score >= thresholds.listed) kept.push({ article, passage: index.passageAt(id) as IndexedPassage, score: round(score), likely, blocked });
    }
  }
  return kept;
}

/** The claim's kinds of figures, and what a passage stating one of them has its score multiplied by (1 + FIGURE_GAIN). */
interface FigureBoost {
  kinds: FigureKinds;
  factor: number;
}

/** None for a claim that states no figure of a kind: its scores stay as the terms give them. */
function figureBoost(index: MatchIndex, claim: Claim): FigureBoost | undefined {
  const indexed = claim.start !== undefined && claim.end !== undefined ? index.figureKindsIn(claim.file, claim.start, claim.end, claim.text) : undefined;
  const kinds = indexed ?? figureKinds(claim.text);
  return kinds.size === 0 || index.size === 0 ? undefined : { kinds, factor: 1 + FIGURE_GAIN };
}

/** The passages ids[0, count) (the board's, at or above the floor) that state a figure of the claim's kinds, scored with their gain, up to 1. */
function withFigureGain(board: ScoreBoard, ids: Int32Array, count: number, { kinds, factor }: FigureBoost, index: MatchIndex): void {
  for (let j = 0; j < count; j++) {
    const id = ids[j] as number;
    if (sharesFigureKind(kinds, index.figureKindsAt(id))) board.scores[id] = Math.min(1, (board.scores[id] as number) * factor);
  }
}

const articleGroups = new WeakMap<MatchIndex, ArticleGroups>();

/** What the choice of an article's passages reads, by passage number: typed arrays, not the passages' objects. */
interface Ranges {
  scores: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
  sentences: Uint8Array;
}

/** ids[from, to) best first: by score, then position. An article has a few passages here: sorted in place by insertion. */
function sortBest(ids: Int32Array, from: number, to: number, { scores, starts, ends }: Ranges): void {
  for (let i = from + 1; i < to; i++) {
    const p = ids[i] as number;
    const score = scores[p] as number;
    let j = i - 1;
    for (; j >= from; j--) {
      const q = ids[j] as number;
      const other = scores[q] as number;
      if (other > score || (other === score && ((starts[q] as number) < (starts[p] as number) || (starts[q] === starts[p] && (ends[q] as number) <= (ends[p] as number))))) break;
      ids[j + 1] = q;
    }
    ids[j + 1] = p;
  }
}

/**
 * Whether passage `pair` is a two-sentence one that says little more than
 * one of its sentences among ids[from, to) (it scores at least PAIR_GAIN of
 * the pair's): the sentence is the passage that states the claim, the other
 * one only rides along.
 */
function isWeakPair(pair: number, ids: Int32Array, from: number, to: number, { scores, starts, ends, sentences }: Ranges): boolean {
  if (sentences[pair] === 1) return false;
  const enough = PAIR_GAIN * (scores[pair] as number);
  const start = starts[pair] as number;
  const end = ends[pair] as number;
  for (let j = from; j < to; j++) {
    const s = ids[j] as number;
    if (sentences[s] === 1 && (starts[s] as number) >= start && (ends[s] as number) <= end && (scores[s] as number) >= enough) return true;
  }
  return false;
}

function overlapsAny(chosen: readonly number[], id: number, { starts, ends }: Ranges): boolean {
  for (const c of chosen) if ((starts[c] as number) < (ends[id] as number) && (starts[id] as number) < (ends[c] as number)) return true;
  return false;
}

/**
 * Whether passage `id` says in the same words what one already chosen in its
 * article says: web text repeats a caption, a headline or a pull quote, and
 * the repeat would take a place among the article's passages and show the
 * analyst one passage twice. The same words score the same, so only passages
 * of one score are compared, by their terms.
 */
function repeatsAny(index: MatchIndex, chosen: readonly number[], id: number, { scores }: Ranges): boolean {
  for (const c of chosen) if (scores[c] === scores[id] && sameTerms(index.passageAt(c), index.passageAt(id))) return true;
  return false;
}

function sameTerms(a: IndexedPassage | undefined, b: IndexedPassage | undefined): boolean {
  if (!a || !b || a.length !== b.length || a.termIds.length !== b.termIds.length) return false;
  for (let k = 0; k < a.termIds.length; k++) if (a.termIds[k] !== b.termIds[k] || a.termCounts[k] !== b.termCounts[k]) return false;
  return true;
}

/** At most MAX_CANDIDATES, likely ones first when the list is cut, in order of score (then file and position). */
function cut(index: MatchIndex, kept: Kept[]): Kept[] {
  const fileOf = (k: Kept) => index.articleAt(k.article)?.file as string;
  const order = (a: Kept, b: Kept) => b.score - a.score || fileOf(a).localeCompare(fileOf(b)) || a.passage.start - b.passage.start;
  if (kept.length > MAX_CANDIDATES) {
    const key = (k: Kept) => (k.likely ? 2 : 0) + k.score;
    const bar = kthLargest(Float64Array.from(kept, key), kept.length, MAX_CANDIDATES);
    const above = kept.filter((k) => key(k) > bar);
    const at = kept.filter((k) => key(k) === bar).sort(order);
    kept = [...above, ...at.slice(0, MAX_CANDIDATES - above.length)];
  }
  return kept.sort(order);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
