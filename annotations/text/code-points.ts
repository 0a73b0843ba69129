/**
 * Offsets in this app count Unicode code points, not UTF-16 code units:
 * sidecars are read by other tools (Python, Rust) that index strings by code
 * point, while JavaScript strings are UTF-16. This module converts between the two.
 */
import { partitionPoint } from './partition-point';

const BOM = '\uFEFF';

/** Removes one leading byte-order mark, and nothing else: every other character counts in offsets. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * A valid surrogate pair: a high surrogate, then a low one. Without the `u`
 * flag on purpose: the pattern must see UTF-16 units (with it, a pair is one
 * character and a class of surrogates matches only lone ones).
 */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * UTF-16 positions of the astral characters (valid surrogate pairs) of `text`,
 * ascending. A lone surrogate is one code point of one unit, as `Array.from` counts it.
 * The regular expression engine scans a long article's text several times
 * faster than a loop over its units (it is indexed as the article opens).
 */
function astralPositions(text: string): Int32Array {
  const found: number[] = [];
  for (const match of text.matchAll(SURROGATE_PAIR)) found.push(match.index);
  return Int32Array.from(found);
}

/** Number of entries of the ascending `values` (mapped by `key`) strictly below `limit`. */
function countBelow(values: Int32Array, limit: number, key: (value: number, index: number) => number): number {
  return partitionPoint(values.length, (i) => key(values[i] as number, i) < limit);
}

function clamp(value: number, max: number): number {
  if (Number.isNaN(value) || value <= 0) return 0;
  return value >= max ? max : Math.floor(value);
}

/**
 * Converts offsets of one text between code points and UTF-16 units in
 * O(log n) per call. Texts without astral characters (most articles) take a
 * fast path where both offsets are equal. Out-of-range inputs are clamped.
 */
export class CodePointIndex {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 positions of the surrogate pairs; empty on the fast path. */
  private readonly astral: Int32Array;

  constructor(text: string) {
    this.text = text;
    this.astral = astralPositions(text);
    this.length = text.length - this.astral.length;
  }

  toUtf16(cp: number): number {
    const point = clamp(cp, this.length);
    if (this.astral.length === 0) return point;
    // The k-th pair starts at code point astral[k] - k; that key ascends strictly.
    return point + countBelow(this.astral, point, (position, k) => position - k);
  }

  /** An offset inside a surrogate pair rounds down to the pair's start. */
  toCodePoint(utf16: number): number {
    const unit = clamp(utf16, this.text.length);
    if (this.astral.length === 0) return unit;
    // Each pair starting before `unit` took two units for one code point. A pair
    // starting at unit - 1 (offset in its middle) is counted too, which rounds down.
    return unit - countBelow(this.astral, unit, (position) => position);
  }

  /** Text between two code-point offsets (clamped; empty when end <= start). */
  slice(start: number, end: number): string {
    const from = this.toUtf16(start);
    const to = this.toUtf16(end);
    return to > from ? this.text.slice(from, to) : '';
  }
}

/** True when UTF-16 offset `at` falls between the two halves of a surrogate pair, i.e. inside one character. */
export function splitsSurrogatePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}
