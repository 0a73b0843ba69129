/**
 * Exact occurrences of short strings ("pieces" of a quote, see fuzzy.ts) in
 * the collapsed article text, for the filter of the whole-text fuzzy search.
 * Both finders are lossless: they return every occurrence, never a guess.
 *
 * - `GramIndex`: a hashed q-gram index of the text, built once per anchorAll
 *   call. A piece is looked up by its rarest q-gram (the smallest bucket);
 *   every candidate is confirmed with startsWith, so hash collisions only cost
 *   time. Lossless because each occurrence of the piece contains that q-gram
 *   at that offset, hence sits in that bucket.
 * - `IndexOfFinder`: a plain indexOf loop, for one annotation at a time
 *   (building the index would cost more than it saves).
 *
 * Why q-grams and not a word index (token -> offsets): in the benchmark
 * article (a pseudo-English vocabulary of ~2,400 words), of the ~800 pieces of
 * the deleted quotes about two thirds hold no whole word (a piece is ~10
 * units: "nisters sa"), and most of the rest only common words with posting
 * lists over 256, so nearly every piece fell back to indexOf, a scan of the
 * whole text per piece. A 6-gram bucket is ~50 positions on average.
 */

export interface PieceFinder {
  /** Every start of `piece` in the text, ascending; null as soon as there are more than `limit`. */
  find(piece: string, limit: number): number[] | null;
}

/** indexOf over the whole text, overlapping occurrences included. */
export class IndexOfFinder implements PieceFinder {
  constructor(private readonly text: string) {}

  find(piece: string, limit: number): number[] | null {
    return indexOfAll(this.text, piece, limit);
  }
}

function indexOfAll(text: string, piece: string, limit: number): number[] | null {
  const found: number[] = [];
  if (piece === '') return null; // matches everywhere: no filtering possible
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
    if (found.length === limit) return null;
    found.push(at);
  }
  return found;
}

/** Buckets bigger than this are slower to confirm one by one than one indexOf pass. */
const INDEXOF_RATHER_THAN_BUCKET = 50_000;

export class GramIndex implements PieceFinder {
  private readonly shift: number;
  /** Bucket b holds positions[starts[b] .. starts[b + 1]), ascending. */
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;

  /**
   * @param q     gram length in UTF-16 units; pieces shorter than q use indexOf.
   * @param bits  log2 of the bucket count. Default: ~16 positions per bucket
   *              (2^10..2^18): a table that stays in cache builds much faster
   *              than one bucket per position, and the extra candidates of a
   *              shared bucket are rejected by startsWith at their first unit.
   */
  constructor(
    private readonly text: string,
    readonly q = 6,
    bits?: number,
  ) {
    const count = Math.max(0, text.length - q + 1);
    const b = bits ?? Math.min(18, Math.max(10, Math.ceil(Math.log2(count + 1)) - 4));
    this.shift = 32 - b;
    const size = 1 << b;
    const bucketOf = new Int32Array(count);
    const starts = new Int32Array(size + 1);
    for (let i = 0; i < count; i++) {
      const bucket = this.bucket(text, i);
      bucketOf[i] = bucket;
      starts[bucket + 1] = (starts[bucket + 1] as number) + 1;
    }
    for (let i = 0; i < size; i++) starts[i + 1] = (starts[i + 1] as number) + (starts[i] as number);
    const fill = starts.slice(0, size);
    const positions = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const bucket = bucketOf[i] as number;
      positions[(fill[bucket] as number)++] = i;
    }
    this.starts = starts;
    this.positions = positions;
  }

  private bucket(s: string, at: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.q; i++) h = Math.imul(h ^ s.charCodeAt(at + i), 0x01000193);
    return Math.imul(h ^ (h >>> 15), 0x9e3779b1) >>> this.shift;
  }

  find(piece: string, limit: number): number[] | null {
    if (piece.length < this.q) return indexOfAll(this.text, piece, limit);
    let bestOffset = 0;
    let bestBucket = 0;
    let bestSize = Infinity;
    for (let offset = 0; offset + this.q <= piece.length; offset++) {
      const bucket = this.bucket(piece, offset);
      const size = (this.starts[bucket + 1] as number) - (this.starts[bucket] as number);
      if (size < bestSize) {
        bestSize = size;
        bestOffset = offset;
        bestBucket = bucket;
        if (size === 0) return [];
      }
    }
    if (bestSize > INDEXOF_RATHER_THAN_BUCKET) return indexOfAll(this.text, piece, limit);
    const found: number[] = [];
    const end = this.starts[bestBucket + 1] as number;
    for (let i = this.starts[bestBucket] as number; i < end; i++) {
      const at = (this.positions[i] as number) - bestOffset;
      if (at < 0 || !this.text.startsWith(piece, at)) continue;
      if (found.length === limit) return null;
      found.push(at);
    }
    return found;
  }
}
