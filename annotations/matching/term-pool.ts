/**
 * Every passage's distinct terms and counts, packed one passage after
 * another in two flat arrays, found by passage number (offset, length).
 * Scoring reads the terms of a thousand passages per claim; read from
 * their own small arrays, each costs several cache misses, from here one.
 * A removed passage leaves a hole, and the arrays are packed again when
 * holes make up half of them.
 */
export class TermPool {
  ids = new Int32Array(4096);
  counts = new Uint16Array(4096);
  /** Where each passage's terms start in `ids`/`counts`, and how many there are (by passage number). */
  offsets: Int32Array = new Int32Array(1024);
  lengths: Int32Array = new Int32Array(1024);
  private used = 0;
  private holes = 0;

  /** Stores the terms of passage `id` (its number must not be stored already). */
  set(id: number, termIds: Int32Array, termCounts: Uint16Array): void {
    if (id >= this.offsets.length) {
      this.offsets = grow(this.offsets, id * 2);
      this.lengths = grow(this.lengths, id * 2);
    }
    if (this.used + termIds.length > this.ids.length) this.pack(termIds.length);
    this.ids.set(termIds, this.used);
    this.counts.set(termCounts, this.used);
    this.offsets[id] = this.used;
    this.lengths[id] = termIds.length;
    this.used += termIds.length;
  }

  delete(id: number): void {
    this.holes += this.lengths[id] as number;
    this.lengths[id] = 0;
  }

  /** Packs the live passages' terms to the front, with room for `more` (and grows the arrays if need be). */
  private pack(more: number): void {
    const live = this.used - this.holes;
    const size = Math.max(this.ids.length, 2 * (live + more));
    const ids = new Int32Array(size);
    const counts = new Uint16Array(size);
    let at = 0;
    for (let id = 0; id < this.lengths.length; id++) {
      const length = this.lengths[id] as number;
      if (length === 0) continue;
      const from = this.offsets[id] as number;
      ids.set(this.ids.subarray(from, from + length), at);
      counts.set(this.counts.subarray(from, from + length), at);
      this.offsets[id] = at;
      at += length;
    }
    this.ids = ids;
    this.counts = counts;
    this.used = at;
    this.holes = 0;
  }
}

function grow(array: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}
