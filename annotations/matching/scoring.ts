/**
 * A claim scored over the passages of an index: BM25 (bm25.ts) of every
 * passage holding one of its terms, divided by the claim's own BM25 (the
 * claim matched against itself), so 1 says everything the claim says;
 * times the passage's weight (sentences.ts: a line that is not a sentence,
 * such as a headline or a caption, counts for less). Weights are at most 1
 * and applied at the end, so a score so far is at most what the passage
 * ends with and at least that times its weight (ScoreBoard.pending): the
 * bounds below still hold.
 *
 * Terms go rarest first. Two bounds keep the work small whatever the set:
 *   - the visit budget: once the terms so far would have been held by more
 *     than MAX_VISITS distinct passages (copies of one passage count once),
 *     the remaining (common) terms only add to the passages already found;
 *     a set of thousands of copies of one story answers fast and still
 *     reaches what the claim's rarer terms find in them.
 *   - the bar (given by the caller, elsewhere.ts): the score a passage must
 *     reach to be listed at all, read from the scores so far. When even all
 *     the remaining terms together cannot lift a passage not yet found to
 *     the bar, none is opened any more, and found passages that cannot
 *     reach it are dropped. This changes no result: whatever it leaves out
 *     would have scored under the bar.
 */
import { K1, termScore } from './bm25';
import type { MatchIndex } from './index';
import type { Postings } from './postings';
import { ScoreBoard } from './score-board';
import { kthLargest } from './select';

/** One of the claim's distinct terms. */
export interface QueryTerm {
  /** The term and its other spellings in the set; the first names it in `shared`. */
  terms: string[];
  /** Their numbers in the index, for those the set has. */
  ids: number[];
  weight: number;
  /** Times the claim has it. */
  count: number;
}

/**
 * Postings a claim opens, at most, counting each distinct passage once:
 * after them, common terms only add to the passages already found. Exact
 * on sets where a claim's terms have no more postings than this in all (every gold claim of bench/match has
 * fewer); on larger sets, a passage sharing only the claim's most common
 * terms is not followed (bench/match measures how often that changes the
 * list against an exhaustive search).
 */
export const MAX_VISITS = 20_000;
/**
 * Passages found by the rarer terms that the common terms left (after the
 * budget) are added to, at most: the best so far, when adding those terms
 * to all the passages found would cost far more. Never reached on sets of
 * fewer passages; on larger ones it bounds the work as MAX_VISITS does.
 */
export const REFINED = 2000;
/**
 * And postings opened at most, copies counted each, as a multiple of the
 * budget: thousands of copies of one story cost work, however few distinct
 * passages they hold, and the work per claim stays bounded.
 */
const RAW_VISITS = 10;
/** Scores are compared with the bar this far below it: rounding to three decimals must not reorder them. */
const MARGIN = 0.002;
/** The bar is first read after this many visits, then after twice as many, and so on. */
const FIRST_CHECK = 500;

/**
 * The score a passage must reach to matter, given the board so far and the
 * most any passage can still score in the end (`ceiling`; 0: every passage
 * matters).
 */
export type Bar = (board: ScoreBoard, ceiling: number) => number;

export interface ScoreOptions {
  /** The listing bar (elsewhere.ts); none: every passage is followed. */
  bar?: Bar;
  /** Postings opened at most (MAX_VISITS). */
  maxVisits?: number;
  /** Passages the terms after the budget are added to, at most (REFINED). */
  refined?: number;
  /** The board keeps a list of the passages that reach this score (ScoreBoard.crossed); none below it is in it. */
  watch?: number;
}

const boards = new WeakMap<MatchIndex, ScoreBoard>();

/** The board of `index` (reused: read it before scoring the next claim), scores in [0, 1]. */
export function scoreClaim(index: MatchIndex, query: readonly QueryTerm[], own: number, options: ScoreOptions = {}): ScoreBoard {
  let board = boards.get(index);
  if (!board) boards.set(index, (board = new ScoreBoard()));
  board.reset(index.passageCapacity);
  board.watch = options.watch ?? Number.MIN_VALUE;
  // Weights are applied once the terms are added (one product per passage found, not one per posting).
  board.pending = index.passageWeights;
  // The claim's own article is left out by marking its passages as found with no score at all (-∞): the
  // loops over postings then need not ask whose each passage is. Unmarked again before anything else is scored.
  const ownPassages = index.articleAt(own)?.passages ?? [];
  for (const p of ownPassages) board.scores[p.id] = -Infinity;
  try {
    return score(index, board, query, options);
  } finally {
    for (const p of ownPassages) board.scores[p.id] = 0;
  }
}

function score(index: MatchIndex, board: ScoreBoard, query: readonly QueryTerm[], { bar, maxVisits = MAX_VISITS, refined = REFINED }: ScoreOptions): ScoreBoard {
  const average = index.averageLength;
  const norms = index.passageNorms;
  const self = claimScore(query, average);
  // The most the terms from q on can add to a passage's score: each at its largest count, in the shortest passage.
  const rest = new Float64Array(query.length + 1);
  const smallest = index.smallestPassageNorm;
  for (let q = query.length - 1; q >= 0; q--) {
    const term = query[q] as QueryTerm;
    let most = 0;
    for (const id of term.ids) most += index.postingsAt(id).maxCount;
    rest[q] = (rest[q + 1] as number) + (term.weight * (K1 + 1) * most) / (most + smallest) / self;
  }
  /**
   * Stops opening passages. Those found that cannot reach the bar with the
   * terms left are dropped; of the others, only the REFINED best so far
   * are followed through the common terms left.
   */
  const close = (q: number, needed: number) => {
    const left = rest[q] as number;
    if (needed > 0) board.retain((id) => (board.scores[id] as number) + left >= needed);
    // Only where following them all would cost far more than following the REFINED best (choosing those costs too).
    const perPassage = Math.max(index.averageLength, 1);
    if (board.count > refined && q < query.length && Math.min(postingsOf(index, query.slice(q)), board.count * perPassage) > 2 * refined * perPassage) {
      const scores = board.scratch();
      for (let k = 0; k < board.count; k++) scores[k] = board.scores[board.touched[k] as number] as number;
      const least = kthLargest(scores, board.count, refined);
      board.retain((id) => (board.scores[id] as number) >= least);
    }
  };

  let visits = 0;
  // The budget counts distinct passages: copies of one story add work, not evidence, and a claim met in a thousand
  // copies must still reach the passages its rarer terms share with them (up to RAW_VISITS times the budget).
  let budget = 0;
  let check = FIRST_CHECK;
  let q = 0;
  for (; q < query.length; q++) {
    const term = query[q] as QueryTerm;
    const lists = term.ids.map((id) => index.postingsAt(id));
    const size = lists.reduce((n, list) => n + list.size, 0);
    const distinct = term.ids.reduce((n, id) => n + index.distinctFrequencyAt(id), 0);
    if (budget + distinct > maxVisits || visits + size > RAW_VISITS * maxVisits) {
      close(q, bar ? bar(board, Math.min(1, board.highest + (rest[q] as number))) - MARGIN : 0);
      break;
    }
    // The bar is never above the best score so far: no use reading it while the terms left could add more.
    if (bar && visits >= check && (rest[q] as number) < board.highest) {
      check *= 2;
      const needed = bar(board, Math.min(1, board.highest + (rest[q] as number))) - MARGIN;
      if ((rest[q] as number) < needed) {
        close(q, needed);
        break;
      }
    }
    visits += size;
    budget += distinct;
    // termScore(weight, tf, …) / self, with the passage's length norm read from the index.
    const scale = (term.weight * (K1 + 1)) / self;
    if (lists.length === 1) {
      const { ids, counts } = lists[0] as Postings;
      for (let k = 0; k < size; k++) {
        const id = ids[k] as number;
        const tf = counts[k] as number;
        board.add(id, (scale * tf) / (tf + (norms[id] as number)));
      }
    } else {
      // Several spellings: a passage's count is theirs together.
      const tfs = new Map<number, number>();
      for (const { ids, counts, size: n } of lists) for (let k = 0; k < n; k++) tfs.set(ids[k] as number, (tfs.get(ids[k] as number) ?? 0) + (counts[k] as number));
      for (const [id, tf] of tfs) board.add(id, (scale * tf) / (tf + (norms[id] as number)));
    }
  }
  if (q < query.length) refine(index, board, query.slice(q), self);
  const weights = index.passageWeights;
  for (let k = 0; k < board.count; k++) {
    const id = board.touched[k] as number;
    board.scores[id] = Math.min(1, board.scores[id] as number) * (weights[id] as number);
  }
  board.pending = undefined;
  return board;
}

/**
 * The terms left after opening stopped, added to the passages found only:
 * by walking each term's postings, or, when those are far longer than the
 * passages found, in one pass over each found passage's own terms.
 */
/** The postings of the terms, in all. */
function postingsOf(index: MatchIndex, terms: readonly QueryTerm[]): number {
  return terms.reduce((n, term) => n + term.ids.reduce((m, id) => m + index.postingsAt(id).size, 0), 0);
}

function refine(index: MatchIndex, board: ScoreBoard, terms: readonly QueryTerm[], self: number): void {
  const postings = postingsOf(index, terms);
  // A passage's terms are read at random places (about two cache misses each); postings in order.
  if (postings <= 2 * board.count * Math.max(index.averageLength, 1)) walkPostings(index, board, terms, self);
  else walkPassages(index, board, terms, self);
}

function walkPostings(index: MatchIndex, board: ScoreBoard, terms: readonly QueryTerm[], self: number): void {
  const norms = index.passageNorms;
  for (const term of terms) {
    const scale = (term.weight * (K1 + 1)) / self;
    if (term.ids.length === 1) {
      const { ids, counts, size } = index.postingsAt(term.ids[0] as number);
      for (let k = 0; k < size; k++) {
        const id = ids[k] as number;
        const tf = counts[k] as number;
        board.addIfFound(id, (scale * tf) / (tf + (norms[id] as number)));
      }
      continue;
    }
    // Several spellings: a passage's count is theirs together.
    const tfs = new Map<number, number>();
    for (const t of term.ids) {
      const { ids, counts, size } = index.postingsAt(t);
      for (let k = 0; k < size; k++) if ((board.scores[ids[k] as number] as number) !== 0) tfs.set(ids[k] as number, (tfs.get(ids[k] as number) ?? 0) + (counts[k] as number));
    }
    for (const [id, tf] of tfs) board.addIfFound(id, (scale * tf) / (tf + (norms[id] as number)));
  }
}

function walkPassages(index: MatchIndex, board: ScoreBoard, terms: readonly QueryTerm[], self: number): void {
  const norms = index.passageNorms;
  const wanted = board.termSlots(index.termCount);
  const scales = terms.map((term) => (term.weight * (K1 + 1)) / self);
  const tfs = new Float64Array(terms.length);
  for (const [slot, term] of terms.entries()) for (const id of term.ids) wanted[id] = slot + 1;
  const { ids, counts, offsets, lengths } = index.pool;
  for (let k = 0; k < board.count; k++) {
    const id = board.touched[k] as number;
    const from = offsets[id] as number;
    const to = from + (lengths[id] as number);
    let held = false;
    for (let j = from; j < to; j++) {
      const slot = wanted[ids[j] as number] as number;
      if (slot === 0) continue;
      tfs[slot - 1] = (tfs[slot - 1] as number) + (counts[j] as number);
      held = true;
    }
    if (!held) continue;
    const norm = norms[id] as number;
    let amount = 0;
    for (let slot = 0; slot < tfs.length; slot++) {
      const tf = tfs[slot] as number;
      if (tf === 0) continue;
      amount += ((scales[slot] as number) * tf) / (tf + norm);
      tfs[slot] = 0;
    }
    board.add(id, amount);
  }
  for (const term of terms) for (const id of term.ids) wanted[id] = 0;
}

/** The claim matched against itself: what a passage saying all of it would score. */
function claimScore(query: readonly QueryTerm[], average: number): number {
  const length = query.reduce((n, q) => n + q.count, 0);
  return query.reduce((s, q) => s + termScore(q.weight, q.count, length, average), 0);
}

/**
 * The query's score of single passages, as `scoreClaim` gives it without
 * work bounds, read from each passage's own terms: for a few passages,
 * where scoring the whole set would cost far more.
 */
export function passageScorer(index: MatchIndex, query: readonly QueryTerm[]): (id: number) => number {
  const self = claimScore(query, index.averageLength);
  const slots = new Map<number, number>();
  for (const [q, term] of query.entries()) for (const id of term.ids) slots.set(id, q);
  const tfs = new Float64Array(query.length);
  return (id) => {
    const { ids, counts, offsets, lengths } = index.pool;
    const from = offsets[id] as number;
    for (let j = from; j < from + (lengths[id] as number); j++) {
      const q = slots.get(ids[j] as number);
      if (q !== undefined) tfs[q] = (tfs[q] as number) + (counts[j] as number);
    }
    const norm = index.passageNorms[id] as number;
    let amount = 0;
    for (const [q, term] of query.entries()) {
      const tf = tfs[q] as number;
      if (tf === 0) continue;
      amount += (term.weight * (K1 + 1) * tf) / (tf + norm);
      tfs[q] = 0;
    }
    return Math.min(1, amount / self) * (index.passageWeights[id] as number);
  };
}
