/**
 * Scratch space for scoring one claim over the passages of an index: a
 * score per passage number, which passages were touched (so that only they
 * are read and reset), and which of the claim's terms each one holds (as
 * bits, for "why suggested"). Reused from claim to claim, grown with the
 * index: scoring allocates nothing per passage.
 */
export class ScoreBoard {
  scores = new Float64Array(0);
  /** Bits of the claim's terms 0–31 and 32–63 that the passage holds. */
  low = new Uint32Array(0);
  high = new Uint32Array(0);
  /** Passage numbers touched since `reset`, in the order first touched. */
  touched = new Int32Array(0);
  count = 0;
  /** `round` when the passage was touched in this round. */
  private stamps = new Uint32Array(0);
  private round = 0;

  /** Starts a claim, with room for passage numbers below `capacity`. */
  reset(capacity: number): void {
    if (capacity > this.scores.length) {
      const size = Math.max(capacity, this.scores.length * 2, 1024);
      this.scores = new Float64Array(size);
      this.low = new Uint32Array(size);
      this.high = new Uint32Array(size);
      this.touched = new Int32Array(size);
      this.stamps = new Uint32Array(size);
      this.round = 0;
    }
    this.count = 0;
    this.round++;
    if (this.round === 0xffffffff) {
      this.stamps.fill(0);
      this.round = 1;
    }
  }

  has(id: number): boolean {
    return this.stamps[id] === this.round;
  }

  /** Adds `score` to the passage for the claim's term number `term` (below 64). */
  add(id: number, score: number, term: number): void {
    if (this.stamps[id] !== this.round) {
      this.stamps[id] = this.round;
      this.scores[id] = 0;
      this.low[id] = 0;
      this.high[id] = 0;
      this.touched[this.count++] = id;
    }
    this.scores[id] = (this.scores[id] as number) + score;
    if (term < 32) this.low[id] = ((this.low[id] as number) | (1 << term)) >>> 0;
    else this.high[id] = ((this.high[id] as number) | (1 << (term - 32))) >>> 0;
  }

  /** Keeps only the touched passages for which `keep` holds (the others are left out of `touched`, not reset). */
  retain(keep: (id: number) => boolean): void {
    let n = 0;
    for (let k = 0; k < this.count; k++) {
      const id = this.touched[k] as number;
      if (keep(id)) this.touched[n++] = id;
    }
    this.count = n;
  }

  /** Whether the passage holds the claim's term number `term`. */
  holds(id: number, term: number): boolean {
    return term < 32 ? (((this.low[id] as number) >>> term) & 1) === 1 : (((this.high[id] as number) >>> (term - 32)) & 1) === 1;
  }
}

/** Per article, the best score among a board's touched passages, in typed arrays reused from claim to claim. */
export class ArticleBest {
  best = new Float64Array(0);
  /** Article numbers with a touched passage, `count` of them. */
  articles = new Int32Array(0);
  count = 0;
  private stamps = new Uint32Array(0);
  private round = 0;

  /** Fills `best` and `articles` from the board's touched passages (owners: article of each passage). */
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
    for (let k = 0; k < board.count; k++) {
      const id = board.touched[k] as number;
      const article = owners[id] as number;
      const score = board.scores[id] as number;
      if (this.stamps[article] !== this.round) {
        this.stamps[article] = this.round;
        this.best[article] = score;
        this.articles[this.count++] = article;
      } else if (score > (this.best[article] as number)) this.best[article] = score;
    }
  }
}
