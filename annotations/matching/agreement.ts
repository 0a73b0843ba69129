/**
 * Agreement across outlets, as evidence for the story rule (elsewhere.ts):
 * a second hop from the claim through the passages that say most of it.
 *
 * A report may retell a claim in words it does not share with the claim
 * but does share with another outlet's retelling. The story rule calls a
 * loose match likely only with evidence (evidence.ts: rare terms shared
 * with the claim); a passage that lacks it is likely all the same when the
 * claim's strongest passages in other articles (its sources) agree on it:
 * at least AGREEMENT_VOTES of them, each from an article that is not the
 * passage's nor a copy of it, match it at AGREEMENT_SCORE or more. Copies
 * of one article count as one source (near-duplicates.ts): a wire story
 * syndicated twice is not two outlets agreeing.
 *
 * The hop scores only the passages in question against each source, never
 * the whole set again: a few dozen term lookups per passage and source.
 *
 * Tried on the tuned gold and not kept: scoring the sources against the
 * whole set and raising any passage two of them match strongly (and the
 * claim weakly), and expanding the claim's query with the terms two sources
 * share (RM3); neither found more than a pair or two more, and both cost
 * whole-set scorings per claim.
 */
import type { IndexedArticle, IndexedPassage, MatchIndex } from './index';
import { queryOf } from './query';
import { passageScorer } from './scoring';

/** The claim's sources: at most this many articles' best passages… */
export const AGREEMENT_SOURCES = 3;
/** …and how many of them must match a passage… */
export const AGREEMENT_VOTES = 2;
/** …each at least this score (the source read as the claim). Tuned on the tuned part of bench/match/gold. */
export const AGREEMENT_SCORE = 0.2;

/** A passage of another article with its score for the claim. */
export interface Found {
  article: number;
  passage: IndexedPassage;
  score: number;
}

/**
 * Which of `asked` the claim's sources agree on (same order). Sources:
 * among `found`, the best passage of each article scoring at least
 * `strong`, best first, leaving out articles in `excluded` (the claim's
 * copies) and copies of a source already taken.
 */
export function agreedOn(index: MatchIndex, found: readonly Found[], asked: readonly Found[], strong: number, excluded: ReadonlySet<string>): boolean[] {
  const answer = asked.map(() => false);
  if (asked.length === 0) return answer;
  const sources = sourcesOf(index, found, strong, excluded);
  if (sources.length < AGREEMENT_VOTES) return answer;
  for (const [i, { article, passage }] of asked.entries()) {
    const file = index.articleAt(article)?.file as string;
    let votes = 0;
    for (const source of sources) if (!source.copies.has(file) && source.score(passage.id) >= AGREEMENT_SCORE) votes++;
    answer[i] = votes >= AGREEMENT_VOTES;
  }
  return answer;
}

interface Source {
  /** Its article's file and those of its copies. */
  copies: Set<string>;
  /** A passage's score with the source as the claim. */
  score: (passage: number) => number;
}

function sourcesOf(index: MatchIndex, found: readonly Found[], strong: number, excluded: ReadonlySet<string>): Source[] {
  const best = new Map<number, Found>();
  for (const f of found) {
    if (f.score < strong) continue;
    const b = best.get(f.article);
    if (!b || f.score > b.score) best.set(f.article, f);
  }
  const sources: Source[] = [];
  for (const { article, passage } of [...best.values()].sort((a, b) => b.score - a.score)) {
    if (sources.length === AGREEMENT_SOURCES) break;
    const { file, text } = index.articleAt(article) as IndexedArticle;
    if (excluded.has(file) || sources.some((s) => s.copies.has(file))) continue;
    const query = queryOf(index, { file, text: text.slice(passage.start, passage.end), start: passage.start, end: passage.end });
    sources.push({ copies: new Set([file, ...index.nearDuplicatesOf(file)]), score: passageScorer(index, query) });
  }
  return sources;
}
