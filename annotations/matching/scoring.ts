/**
 * A claim scored over the passages of an index: BM25 (bm25.ts) of every
 * passage holding one of its terms, divided by the claim's own BM25 (the
 * claim matched against itself), so 1 says everything the claim says.
 *
 * Terms go rarest first. Two bounds keep the work small whatever the set:
 *   - the visit budget: once the postings of the terms so far exceed
 *     MAX_VISITS, the remaining (common) terms only add to the passages
 *     already found; a set of thousands of copies of one story answers as
 *     fast as any other. It depends on the claim and the set only.
 *   - the bar (given by the caller, elsewhere.ts): the score a passage must
 *     reach to be listed at all, read from the scores so far. When even all
 *     the remaining terms together cannot lift a passage not yet found to
 *     the bar, none is opened any more, and found passages that cannot
 *     reach it are dropped. This changes no result: whatever it leaves out
 *     would have scored under the bar.
 */
import { K1, termScore } from './bm25';
import type { MatchIndex } from './index';
import { ScoreBoard } from './score-board';

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

/** Postings visited per claim, at most, before common terms only add to passages found. */
export const MAX_VISITS = 20_000;
/** Scores are compared with the bar this far below it: rounding to three decimals must not reorder them. */
const MARGIN = 0.002;
/** The bar is read after this many visits, then after four times as many, and so on. */
const FIRST_CHECK = 1000;

/** The score a passage must reach to matter, given the board so far (0: every passage matters). */
export type Bar = (board: ScoreBoard) => number;

const boards = new WeakMap<MatchIndex, ScoreBoard>();

/** The board of `index` (reused: read it before scoring the next claim), scores in [0, 1]. */
export function scoreClaim(index: MatchIndex, query: readonly QueryTerm[], own: number, bar?: Bar): ScoreBoard {
  let board = boards.get(index);
  if (!board) boards.set(index, (board = new ScoreBoard()));
  board.reset(index.passageCapacity);
  const average = index.averageLength;
  const norms = index.passageNorms;
  const owners = index.passageArticles;
  const self = claimScore(query, average);
  // The most the terms from q on can add to a passage's score.
  const rest = new Float64Array(query.length + 1);
  for (let q = query.length - 1; q >= 0; q--) rest[q] = (rest[q + 1] as number) + ((query[q] as QueryTerm).weight * (K1 + 1)) / self;

  let visits = 0;
  let opening = true;
  let check = FIRST_CHECK;
  for (const [q, term] of query.entries()) {
    const lists = term.ids.map((id) => index.postingsAt(id));
    const size = lists.reduce((n, list) => n + list.size, 0);
    if (opening && visits + size > MAX_VISITS) opening = false;
    if (opening && bar && visits >= check) {
      check *= 4;
      const needed = bar(board) - MARGIN;
      const left = rest[q] as number;
      if (left < needed) {
        opening = false;
        board.retain((id) => (board.scores[id] as number) + left >= needed);
      }
    }
    // termScore(weight, tf, …) / self, with the passage's length norm read from the index.
    const scale = (term.weight * (K1 + 1)) / self;
    if (opening) {
      visits += size;
      if (lists.length === 1) {
        const { ids, counts } = lists[0] as (typeof lists)[number];
        for (let k = 0; k < size; k++) {
          const id = ids[k] as number;
          if (owners[id] !== own) board.add(id, (scale * (counts[k] as number)) / ((counts[k] as number) + (norms[id] as number)), q);
        }
      } else {
        // Several spellings: a passage's count is theirs together.
        const tf = new Map<number, number>();
        for (const { ids, counts, size: n } of lists) for (let k = 0; k < n; k++) tf.set(ids[k] as number, (tf.get(ids[k] as number) ?? 0) + (counts[k] as number));
        for (const [id, count] of tf) if (owners[id] !== own) board.add(id, (scale * count) / (count + (norms[id] as number)), q);
      }
    } else if (lists.length === 1 && size < 4 * board.count) {
      const { ids, counts } = lists[0] as (typeof lists)[number];
      for (let k = 0; k < size; k++) {
        const id = ids[k] as number;
        if (board.has(id) && owners[id] !== own) board.add(id, (scale * (counts[k] as number)) / ((counts[k] as number) + (norms[id] as number)), q);
      }
    } else {
      const found = board.count;
      for (let k = 0; k < found; k++) {
        const id = board.touched[k] as number;
        const passage = index.passageAt(id);
        if (!passage) continue;
        let count = 0;
        for (const t of term.ids) count += countIn(passage.termIds, passage.termCounts, t);
        if (count > 0) board.add(id, (scale * count) / (count + (norms[id] as number)), q);
      }
    }
  }
  for (let k = 0; k < board.count; k++) {
    const id = board.touched[k] as number;
    board.scores[id] = Math.min(1, board.scores[id] as number);
  }
  return board;
}

/** The claim matched against itself: what a passage saying all of it would score. */
function claimScore(query: readonly QueryTerm[], average: number): number {
  const length = query.reduce((n, q) => n + q.count, 0);
  return query.reduce((s, q) => s + termScore(q.weight, q.count, length, average), 0);
}

/** How many times a passage holds term `t` (its terms are sorted). */
function countIn(termIds: Int32Array, termCounts: Uint16Array, t: number): number {
  let low = 0;
  let high = termIds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((termIds[middle] as number) < t) low = middle + 1;
    else high = middle;
  }
  return termIds[low] === t ? (termCounts[low] as number) : 0;
}
