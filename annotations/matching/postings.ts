/**
 * One term's postings: the ids of the passages holding it, each with how
 * many times it holds it, in growable typed arrays. Scoring a claim walks
 * these lists for every term it has, so they are packed numbers rather
 * than sets of objects. Order is not kept: a removal moves the last entry
 * into the removed one's place.
 */
export class Postings {
  ids = new Int32Array(4);
  counts = new Uint16Array(4);
  size = 0;
  /** At least the largest count listed (not lowered by removals): a bound for scoring. */
  maxCount = 0;

  add(id: number, count: number): void {
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const counts = new Uint16Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.ids[this.size] = id;
    // A term repeated more than a Uint16 holds is saturated: BM25 flattens repeats long before.
    this.counts[this.size] = Math.min(count, 0xffff);
    if (count > this.maxCount) this.maxCount = Math.min(count, 0xffff);
    this.size++;
  }

  /** Removes the passage; false when it was not listed. */
  remove(id: number): boolean {
    const at = this.ids.subarray(0, this.size).indexOf(id);
    if (at < 0) return false;
    this.size--;
    this.ids[at] = this.ids[this.size] as number;
    this.counts[at] = this.counts[this.size] as number;
    return true;
  }
}
