/**
 * The units of agreement (the contract in docs/agreement.md): the words of an
 * article, as `Intl.Segmenter` (granularity word, locale en) finds them,
 * keeping the word-like segments; offsets in code points of the text as read
 * for offsets (BOM removed), like every offset of the app.
 */
import { CodePointIndex } from '../text/code-points';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Word k spans [starts[k], ends[k]) in code points; ascending, not overlapping. */
export interface Words {
  starts: Int32Array;
  ends: Int32Array;
}

export function wordsOf(text: string): Words {
  const index = new CodePointIndex(text);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    starts.push(index.toCodePoint(s.index));
    ends.push(index.toCodePoint(s.index + s.segment.length));
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** First word whose end is after `offset` (words ending at or before it do not reach it). */
function firstEndingAfter(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words.ends[mid] as number) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Marks in `into` (one byte per word) the words that [start, end) covers at
 * least one code point of. An empty range covers nothing.
 */
export function markCovered(words: Words, start: number, end: number, into: Uint8Array): void {
  for (let k = firstEndingAfter(words, start); k < words.starts.length && (words.starts[k] as number) < end; k++) into[k] = 1;
}
