/**
 * "Elsewhere": the passages of other articles that likely state a claim.
 *
 * 1. The claim's terms (terms.ts), each with the other spellings the set
 *    has of it (a capitalized word's consonant skeleton: "Nakhichevan" finds
 *    "Nakhchivan").
 * 2. BM25 (bm25.ts) over every passage holding one of them, rarest terms
 *    first; common terms only add to passages already found, and the work
 *    per claim is bounded (MAX_VISITS), so a set of thousands of copies of
 *    one story answers as fast as any other.
 * 3. The score is the passage's BM25 divided by the claim's own (the claim
 *    matched against itself): 1 says everything the claim says, in the
 *    set's weighting; 0 nothing.
 * 4. Per other article the best passages that do not overlap, at most
 *    PER_ARTICLE: the likely ones (below), and weaker ones above LISTED.
 * 5. `likely`: a passage that says most of the claim (score ≥ LIKELY), or
 *    one of the two best of an article on the same story as the claim's
 *    (articleSimilarity ≥ SAME_STORY) that says some of it (score ≥
 *    LIKELY_IN_STORY). Reports retell a claim in their own words, so within
 *    the story a weaker lexical match is still the likely counterpart;
 *    across stories that share a vocabulary ("peace deal", "White House")
 *    only a strong one is.
 */
import { idf, termScore } from './bm25';
import type { IndexedPassage, MatchIndex } from './index';
import { termsOf } from './terms';

/** A claim: a tagged annotation's text in its article. */
export interface Claim {
  file: string;
  text: string;
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
  /** The claim's terms the passage shares, rarest first (for "why suggested"). */
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
/** Articles this alike (index.articleSimilarity) are on one story. */
export const SAME_STORY = 0.35;
/** How many of an article's best passages the story rule may call likely. */
const LIKELY_PER_STORY_ARTICLE = 2;
/** Weaker candidates down to this score are still listed, as `likely: false`. */
export const LISTED = 0.25;
export const PER_ARTICLE = 3;
/** A claim with fewer distinct terms than this says too little to be matched. */
export const MIN_CLAIM_TERMS = 3;
/** At most this many candidates per claim (likely ones first). */
export const MAX_CANDIDATES = 50;
/** Postings visited per claim, at most: bounds the work whatever the set. */
const MAX_VISITS = 20_000;
/** A claim's rarest terms only: a whole article highlighted is not 2,000 queries. */
const MAX_QUERY_TERMS = 48;

interface QueryTerm {
  terms: string[];
  weight: number;
  count: number;
}

/** The thresholds, for measuring them (bench/match); the app uses the defaults. */
export interface Thresholds {
  likely: number;
  likelyInStory: number;
  sameStory: number;
  listed: number;
}

export const THRESHOLDS: Thresholds = { likely: LIKELY, likelyInStory: LIKELY_IN_STORY, sameStory: SAME_STORY, listed: LISTED };

export function elsewhere(index: MatchIndex, claim: Claim, thresholds: Thresholds = THRESHOLDS): ElsewhereResult {
  const own = index.article(claim.file);
  if (own && !own.english) return { candidates: [], note: 'not-english' };
  const query = queryOf(index, claim.text);
  if (query.length === 0 && claim.text.trim() === '') return { candidates: [], note: 'empty' };
  if (query.length < MIN_CLAIM_TERMS) return { candidates: [], note: 'too-short' };

  const average = index.averageLength;
  const claimLength = query.reduce((n, q) => n + q.count, 0);
  const self = query.reduce((s, q) => s + termScore(q.weight, q.count, claimLength, average), 0);
  const scores = new Map<IndexedPassage, number>();
  let visits = 0;
  for (const q of query) {
    const postings = q.terms.map((t) => index.postingsOf(t));
    const size = postings.reduce((n, p) => n + p.size, 0);
    // A term held by more passages than the budget left only adds to the passages already found.
    const open = visits + size <= MAX_VISITS;
    if (open) {
      for (const [i, set] of postings.entries()) {
        const term = q.terms[i] as string;
        for (const passage of set) {
          if (passage.file === claim.file) continue;
          const tf = passage.terms.get(term) as number;
          scores.set(passage, (scores.get(passage) ?? 0) + termScore(q.weight, tf, passage.length, average));
        }
      }
      visits += size;
    } else {
      for (const [passage, score] of scores) {
        const tf = q.terms.reduce((n, t) => n + (passage.terms.get(t) ?? 0), 0);
        if (tf > 0) scores.set(passage, score + termScore(q.weight, tf, passage.length, average));
      }
      visits += scores.size;
    }
  }

  const copies = new Set(index.nearDuplicatesOf(claim.file));
  const byArticle = new Map<string, { passage: IndexedPassage; score: number }[]>();
  for (const [passage, raw] of scores) {
    const score = Math.min(1, raw / self);
    // Below the story rule's floor nothing is ever likely; between it and LISTED only the story rule can make it so.
    if (score < Math.min(thresholds.listed, thresholds.likelyInStory)) continue;
    const list = byArticle.get(passage.file) ?? [];
    list.push({ passage, score });
    byArticle.set(passage.file, list);
  }
  const candidates: Candidate[] = [];
  for (const [file, list] of byArticle) {
    list.sort((a, b) => b.score - a.score || a.passage.start - b.passage.start);
    const kept: typeof list = [];
    for (const item of list) {
      if (kept.length === PER_ARTICLE) break;
      if (kept.some((k) => overlaps(k.passage, item.passage))) continue;
      kept.push(item);
    }
    const sameStory = index.articleSimilarity(claim.file, file) >= thresholds.sameStory;
    for (const [rank, { passage, score }] of kept.entries()) {
      const likely = score >= thresholds.likely || (sameStory && rank < LIKELY_PER_STORY_ARTICLE && score >= thresholds.likelyInStory);
      if (!likely && score < thresholds.listed) continue;
      candidates.push({
        file,
        start: passage.start,
        end: passage.end,
        score: round(score),
        likely,
        copyOfClaimArticle: copies.has(file),
        shared: query.filter((q) => q.terms.some((t) => passage.terms.has(t))).map((q) => q.terms[0] as string),
      });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.file.localeCompare(b.file) || a.start - b.start);
  // Likely ones first when the list is cut, each part by score.
  const cut = [...candidates.filter((c) => c.likely), ...candidates.filter((c) => !c.likely)].slice(0, MAX_CANDIDATES);
  return { candidates: candidates.filter((c) => cut.includes(c)) };
}

/** The claim's distinct terms with their other spellings, rarest first. */
function queryOf(index: MatchIndex, text: string): QueryTerm[] {
  const n = Math.max(index.distinctPassages, 1);
  const counts = new Map<string, { count: number; capital: boolean }>();
  for (const t of termsOf(text)) {
    const entry = counts.get(t.term) ?? { count: 0, capital: false };
    entry.count++;
    entry.capital ||= t.capital;
    counts.set(t.term, entry);
  }
  const query: QueryTerm[] = [];
  for (const [term, { count, capital }] of counts) {
    const terms = capital ? [term, ...index.spellingsOf(term)] : [term];
    const df = Math.max(...terms.map((t) => index.passageFrequency(t)));
    query.push({ terms, weight: idf(df, n), count });
  }
  query.sort((a, b) => b.weight - a.weight);
  return query.slice(0, MAX_QUERY_TERMS);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
