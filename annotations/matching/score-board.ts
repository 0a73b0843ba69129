/**
 * Scratch space for scoring one claim over the passages of an index: a
 * score per passage number (0 for a passage not found) and the passages
 * found, so that only they are read and reset. Reused from claim to claim,
 * grown with the index: scoring allocates nothing per passage.
 */
export class ScoreBoard {
  /**
   * Score of each passage found; 0 for the others (every term adds a
   * positive amount); -∞ for a passage set aside (it is never found).
   */
  scores = new Float64Array(0);
  /** Passage numbers found since `reset`, `count` of them. */
  touched = new Int32Array(0);
  count = 0;
  /** At least the highest score of a passage found (scores only grow; a dropped passage's stays counted). */
  highest = 0;
  /**
   * Passages whose score reached `watch` (set per claim), in the order they
   * did, `crossedCount` of them; one dropped since has score 0 (skip it).
   * Fewer than those found: what only a passage that high can matter to
   * reads these instead.
   */
  crossed = new Int32Array(0);
  crossedCount = 0;
  watch = Infinity;
  /**
   * While a claim is scored: each passage's weight (index.passageWeights),
   * which its score is multiplied by once every term is added; what it
   * ends with is at least its score so far times that. Undefined once applied.
   */
  pending: Float64Array | undefined;
  private spare = new Float64Array(0);
  private slots = new Int32Array(0);

  /** Room for `count` numbers, reused (overwritten by the next call). */
  scratch(): Float64Array {
    if (this.spare.length < this.count) this.spare = new Float64Array(Math.max(this.count, this.spare.length * 2));
    return this.spare;
  }

  /** A number per term of the index, all 0: the caller sets some and must set them back to 0. */
  termSlots(terms: number): Int32Array {
    if (this.slots.length < terms) this.slots = new Int32Array(Math.max(terms, this.slots.length * 2, 1024));
    return this.slots;
  }

  /** Starts a claim, with room for passage numbers below `capacity`. */
  reset(capacity: number): void {
    for (let k = 0; k < this.count; k++) this.scores[this.touched[k] as number] = 0;
    this.count = 0;
    this.highest = 0;
    this.crossedCount = 0;
    this.watch = Infinity;
    if (capacity > this.scores.length) {
      const size = Math.max(capacity, this.scores.length * 2, 1024);
      this.scores = new Float64Array(size);
      this.touched = new Int32Array(size);
      this.crossed = new Int32Array(size);
    }
  }

  /** Adds a positive amount to the passage's score, finding it if it was not. */
  add(id: number, amount: number): void {
    const score = this.scores[id] as number;
    if (score === 0) this.touched[this.count++] = id;
    const sum = score + amount;
    this.scores[id] = sum;
    if (sum > this.highest) this.highest = sum;
    if (sum >= this.watch && score < this.watch) this.crossed[this.crossedCount++] = id;
  }

  /** Adds a positive amount to the passage's score if it was found. */
  addIfFound(id: number, amount: number): void {
    const score = this.scores[id] as number;
    if (score === 0) return;
    const sum = score + amount;
    this.scores[id] = sum;
    if (sum > this.highest) this.highest = sum;
    if (sum >= this.watch && score < this.watch) this.crossed[this.crossedCount++] = id;
  }

  /** Keeps only the found passages for which `keep` holds; the others are forgotten (score 0). */
  retain(keep: (id: number) => boolean): void {
    let n = 0;
    for (let k = 0; k < this.count; k++) {
      const id = this.touched[k] as number;
      if (keep(id)) this.touched[n++] = id;
      else this.scores[id] = 0;
    }
    this.count = n;
  }
}

/** Per article, the best score among a board's found passages, in typed arrays reused from claim to claim. */
export class ArticleBest {
  best = new Float64Array(0);
  /** Article numbers with a found passage, `count` of them. */
  articles = new Int32Array(0);
  count = 0;
  private stamps = new Uint32Array(0);
  private round = 0;
  private spare = new Float64Array(0);

  /** Room for `count` numbers, reused (overwritten by the next call). */
  scratch(): Float64Array {
    if (this.spare.length < this.count) this.spare = new Float64Array(Math.max(this.count, this.spare.length * 2));
    return this.spare;
  }

  /** Fills `best` and `articles` from the board's passages that reached its watch (owners: article of each passage). */
  collect(board: ScoreBoard, owners: Int32Array, capacity: number): void {
    if (capacity > this.best.length) {
      const size = Math.max(capacity, this.best.length * 2, 256);
      this.best = new Float64Array(size);
      this.articles = new Int32Array(size);
      this.stamps = new Uint32Array(size);
      this.round = 0;
    }
    this.count = 0;
    if (++this.round === 0xffffffff) {
      this.stamps.fill(0);
      this.round = 1;
    }
    const pending = board.pending;
    for (let k = 0; k < board.crossedCount; k++) {
      const id = board.crossed[k] as number;
      const article = owners[id] as number;
      // The score the passage is sure to end with: its weight is still to be applied.
      const score = (board.scores[id] as number) * (pending ? (pending[id] as number) : 1);
      if (score < board.watch) continue;
      if (this.stamps[article] !== this.round) {
        this.stamps[article] = this.round;
        this.best[article] = score;
        this.articles[this.count++] = article;
      } else if (score > (this.best[article] as number)) this.best[article] = score;
    }
  }
}

/**
 * The passages of a board that reached a floor, grouped by article, in typed
 * arrays reused from claim to claim: group g is article `articles[g]`, its
 * passages `ids[starts[g]]` up to `ids[starts[g + 1]]`, in the order the
 * board's watch list has them. Groups come in the order their articles are
 * first met. Replaces a map of arrays built anew for every claim.
 */
export class ArticleGroups {
  ids = new Int32Array(0);
  articles = new Int32Array(0);
  starts = new Int32Array(1);
  count = 0;
  /** Per article number: its group in this round (valid where `stamps` holds the round). */
  private groupOf = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private round = 0;
  private picked = new Int32Array(0);
  private cursor = new Int32Array(0);

  /** Groups the passages of the board's watch list (`crossed`) whose score is not under `floor` (owners: article of each passage). */
  collect(board: ScoreBoard, floor: number, owners: Int32Array, capacity: number): void {
    if (capacity > this.groupOf.length) {
      const size = Math.max(capacity, this.groupOf.length * 2, 256);
      this.groupOf = new Int32Array(size);
      this.stamps = new Uint32Array(size);
      this.round = 0;
    }
    if (++this.round === 0xffffffff) {
      this.stamps.fill(0);
      this.round = 1;
    }
    const listed = board.crossedCount;
    if (listed + 1 > this.starts.length) {
      const size = Math.max(listed + 1, this.starts.length * 2, 256);
      this.ids = new Int32Array(size);
      this.picked = new Int32Array(size);
      this.cursor = new Int32Array(size);
      this.articles = new Int32Array(size);
      this.starts = new Int32Array(size + 1);
    }
    const { scores, crossed } = board;
    const { groupOf, stamps, round, picked, cursor, articles, starts, ids } = this;
    let n = 0;
    let groups = 0;
    // starts[g + 1] counts group g's passages first, then (summed) is where it ends.
    for (let k = 0; k < listed; k++) {
      const id = crossed[k] as number;
      if ((scores[id] as number) < floor) continue;
      picked[n++] = id;
      const article = owners[id] as number;
      if (stamps[article] !== round) {
        stamps[article] = round;
        groupOf[article] = groups;
        articles[groups] = article;
        starts[++groups] = 0;
      }
      const g = (groupOf[article] as number) + 1;
      starts[g] = (starts[g] as number) + 1;
    }
    starts[0] = 0;
    for (let g = 0; g < groups; g++) {
      starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
      cursor[g] = starts[g] as number;
    }
    for (let j = 0; j < n; j++) {
      const id = picked[j] as number;
      const g = groupOf[owners[id] as number] as number;
      ids[cursor[g] as number] = id;
      cursor[g] = (cursor[g] as number) + 1;
    }
    this.count = groups;
  }
}
