import { describe, expect, it } from 'vitest';
import { ArticleGroups, ScoreBoard } from './score-board';

/** A seeded generator of numbers in [0, 1) (an LCG): the same boards every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The passages of the watch list at or above `floor`, by article in the order first met: a map of arrays. */
function naive(board: ScoreBoard, floor: number, owners: Int32Array): [number, number[]][] {
  const groups = new Map<number, number[]>();
  for (let k = 0; k < board.crossedCount; k++) {
    const id = board.crossed[k] as number;
    if ((board.scores[id] as number) < floor) continue;
    const list = groups.get(owners[id] as number);
    if (list) list.push(id);
    else groups.set(owners[id] as number, [id]);
  }
  return [...groups];
}

function grouped(groups: ArticleGroups): [number, number[]][] {
  return Array.from({ length: groups.count }, (_, g) => [groups.articles[g] as number, [...groups.ids.subarray(groups.starts[g], groups.starts[g + 1])]]);
}

describe('ArticleGroups', () => {
  it('groups the watch list by article as a map of arrays does, claim after claim on the same scratch', () => {
    const random = seeded(7);
    const board = new ScoreBoard();
    const groups = new ArticleGroups();
    for (let round = 0; round < 40; round++) {
      const passages = 1 + Math.floor(random() * 400);
      const articles = 1 + Math.floor(random() * 30);
      const owners = Int32Array.from({ length: passages }, () => Math.floor(random() * articles));
      board.reset(passages);
      board.watch = 0.1;
      // Terms added in random order; some passages later dropped (score 0), as the scoring's retain does.
      for (let n = 0; n < passages * 3; n++) board.add(Math.floor(random() * passages), random() * 0.2);
      board.retain(() => random() > 0.2);
      const floor = random() < 0.2 ? 0 : 0.1 + random() * 0.3;
      groups.collect(board, floor, owners, articles);
      expect(grouped(groups)).toEqual(naive(board, floor, owners));
    }
  });

  it('has no groups for an empty watch list', () => {
    const board = new ScoreBoard();
    board.reset(10);
    const groups = new ArticleGroups();
    groups.collect(board, 0.1, new Int32Array(10), 3);
    expect(groups.count).toBe(0);
  });
});
