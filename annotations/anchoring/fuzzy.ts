/**
 * Approximate search for a quote whose text changed a little (a typo fixed, a
 * word replaced), on the whitespace-collapsed text. The matcher is Myers'
 * bit-parallel algorithm (approx-string-match); what to accept is decided in
 * fuzzy-rules.ts.
 *
 * Two passes. The window near the expected place is searched with the full
 * error budget (rules a and b). Only if nothing acceptable is there, the whole
 * text is searched, for rule (a)-grade matches only (<= 10% errors, see
 * wholeTextBudget in fuzzy-rules.ts for why), and that pass filters before it
 * verifies, so a deleted passage no longer costs a scan of the whole article:
 *
 *   pigeonhole: split the quote (m units, budget k) into k + 1 disjoint
 *   pieces; k edits touch at most k of them, so any occurrence with <= k
 *   errors contains at least one piece exactly. A piece at quote offset o
 *   found at text position p puts the match start in [p - o - k, p - o + k]
 *   and its end before p - o + m + k; Myers runs on that region only.
 *
 * The filtered pass returns exactly what a Myers scan of the whole text with
 * the same budget returns (the property test checks it): approx-string-match
 * reports only the matches of the lowest error count, so we keep the regions'
 * matches of the lowest count over all regions; and each region starts k units
 * earlier than needed (p - o - 2k) so that the matcher's search for a match's
 * start (over [end - m - errors, end)) sees the same text as in a full scan.
 */
import search from 'approx-string-match';
import { prefixSimilarity, suffixSimilarity } from './context';
import { accepts, AMBIGUITY_MARGIN, contextSimilarity, errorBudget, scoreOf, wholeTextBudget, type Evidence } from './fuzzy-rules';
import type { PieceFinder } from './piece-index';

/** A quote and its context, whitespace-collapsed like the text searched. */
export interface CollapsedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface FuzzyMatch {
  /** UTF-16 offsets in the searched (collapsed) text. */
  start: number;
  end: number;
  score: number;
}

interface Scored extends FuzzyMatch {
  context: number;
  distance: number;
}

/**
 * Units searched on each side of the expected place before the whole text:
 * enough for edits of a few paragraphs around the quote, small enough that
 * the first search is a short scan instead of one of the whole text.
 */
function windowMargin(quoteLength: number): number {
  return 2 * quoteLength + 1000;
}

/**
 * The accepted match, or null (nothing acceptable, or two equally good places).
 * `expected` is where the quote should be (collapsed offset), null if unknown.
 * `pieces` gives the finder of exact occurrences in `text` for the whole-text
 * pass's filter (called only if that pass runs, so an index can be built
 * lazily); without it that pass is a plain Myers scan (same result, slower).
 */
export function findFuzzy(text: string, quote: CollapsedQuote, expected: number | null, pieces?: () => PieceFinder): FuzzyMatch | null {
  const budget = errorBudget(quote.exact.length);
  if (budget < 1) return null; // a quote this short allows no error: exact search already said no
  if (expected !== null) {
    const margin = windowMargin(quote.exact.length);
    const from = Math.max(0, expected - margin);
    const to = Math.min(text.length, expected + quote.exact.length + margin);
    const near = decide(scoreMatches(text, offsetBy(search(text.slice(from, to), quote.exact, budget), from), quote, expected));
    // Only "nothing acceptable nearby" sends us to the whole text; an ambiguous window stays ambiguous.
    if (near !== undefined || (from === 0 && to === text.length)) return near ?? null;
  }
  if (wholeTextBudget(quote.exact.length) < 1) return null; // no index built for nothing
  return findFuzzyInWholeText(text, quote, expected ?? 0, pieces?.());
}

/**
 * The whole-text pass: rule (a)-grade matches only (budget wholeTextBudget),
 * filtered by `pieces` when given, else a full scan. Exported for the tests.
 */
export function findFuzzyInWholeText(text: string, quote: CollapsedQuote, expected: number, pieces?: PieceFinder, limits?: FilterLimits): FuzzyMatch | null {
  const budget = wholeTextBudget(quote.exact.length);
  if (budget < 1) return null;
  const matches = pieces ? filteredSearch(text, quote.exact, budget, pieces, limits) : search(text, quote.exact, budget);
  return decide(scoreMatches(text, matches, quote, expected)) ?? null;
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

function offsetBy(matches: Match[], from: number): Match[] {
  return from === 0 ? matches : matches.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/**
 * When filtering stops paying (a quote of very common words): regions to
 * verify beyond `maxRegionShare` of the text, or more piece hits than
 * `maxHitsPerUnit` per text unit (at least 64). Then a plain scan, with the
 * same result. The tests lift both to exercise the filter on small texts.
 */
export interface FilterLimits {
  maxRegionShare: number;
  maxHitsPerUnit: number;
}
const LIMITS: FilterLimits = { maxRegionShare: 0.25, maxHitsPerUnit: 1 / 64 };
/** Pieces at least this long are rare enough to cut the quote into k + 2 of them and ask two to agree. */
const MIN_PAIRED_PIECE = 6;

/**
 * What `search(text, pattern, k)` returns (same matches, same order: by end),
 * found by the pigeonhole filter described at the top of this file.
 *
 * Refinement when pieces stay long enough: the quote is cut into k + 2 pieces,
 * so an occurrence with <= k errors holds at least two of them exactly; and
 * since only the edits between two intact pieces move one against the other,
 * their diagonals (hit position - offset in the quote) differ by <= k. A hit
 * with no hit of another piece within k diagonals is then no occurrence's:
 * boilerplate phrases that repeat hundreds of times in an article are dropped
 * before Myers runs.
 */
export function filteredSearch(text: string, pattern: string, k: number, pieces: PieceFinder, limits: FilterLimits = LIMITS): Match[] {
  const m = pattern.length;
  const agreeing = Math.floor(m / (k + 2)) >= MIN_PAIRED_PIECE ? 2 : 1;
  const count = k + agreeing;
  const maxHits = Math.max(64, Math.floor(text.length * limits.maxHitsPerUnit));
  const diagonals: number[] = [];
  const pieceOf: number[] = [];
  for (let j = 0; j < count; j++) {
    const o = Math.floor((j * m) / count);
    const piece = pattern.slice(o, Math.floor(((j + 1) * m) / count));
    const hits = pieces.find(piece, maxHits - diagonals.length);
    if (hits === null) return search(text, pattern, k); // too common to be worth filtering
    for (const p of hits) {
      diagonals.push(p - o);
      pieceOf.push(j);
    }
  }
  let kept = diagonals;
  if (agreeing === 2) {
    const order = diagonals.map((_, i) => i).sort((x, y) => (diagonals[x] as number) - (diagonals[y] as number));
    kept = [];
    order.forEach((hit, at) => {
      const d = diagonals[hit] as number;
      const j = pieceOf[hit] as number;
      const agrees = (step: number): boolean => {
        for (let other = at + step; other >= 0 && other < order.length; other += step) {
          const o = order[other] as number;
          if (Math.abs((diagonals[o] as number) - d) > k) return false;
          if (pieceOf[o] !== j) return true;
        }
        return false;
      };
      if (agrees(-1) || agrees(1)) kept.push(d);
    });
  }
  if (kept.length === 0) return [];
  if (kept.length * (m + 3 * k) > text.length * limits.maxRegionShare) return search(text, pattern, k);
  const regions = kept.map((d): [number, number] => [Math.max(0, d - 2 * k), Math.min(text.length, d + m + k)]);
  regions.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of regions) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return verifyRegions(text, pattern, k, merged) ?? search(text, pattern, k);
}

/**
 * Myers over the disjoint, ascending `regions` in ONE call (a call's set-up
 * costs more than a short region's scan): the regions joined by
 * k + 1 units that occur nowhere in the pattern. A match cannot span a
 * separator (k + 1 errors), and one that ends inside it would also exist,
 * with no more errors, in the text, reaching past the region, which the
 * region bounds exclude; the lowest error count is therefore the same as
 * over the text, and so are the matches. Offsets are mapped back; a match
 * that does not map inside one region (never seen; kept as a guard) makes
 * the caller fall back to the plain scan: null.
 */
function verifyRegions(text: string, pattern: string, k: number, regions: readonly [number, number][]): Match[] | null {
  let unit = 0;
  while (pattern.includes(String.fromCharCode(unit))) unit++;
  const separator = String.fromCharCode(unit).repeat(k + 1);
  const parts: string[] = [];
  const joinedStarts: number[] = [];
  let length = 0;
  for (const [from, to] of regions) {
    if (parts.length > 0) {
      parts.push(separator);
      length += separator.length;
    }
    joinedStarts.push(length);
    parts.push(text.slice(from, to));
    length += to - from;
  }
  const found: Match[] = [];
  for (const match of search(parts.join(''), pattern, k)) {
    let low = 0;
    let high = joinedStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((joinedStarts[mid] as number) <= match.start) low = mid;
      else high = mid - 1;
    }
    const [from, to] = regions[low] as [number, number];
    const start = match.start - (joinedStarts[low] as number) + from;
    const end = match.end - (joinedStarts[low] as number) + from;
    if (start < from || end > to) return null;
    found.push({ start, end, errors: match.errors });
  }
  return found;
}

/** Matches (offsets in `text`) trimmed of stray edge spaces, scored, and kept if fuzzy-rules.ts accepts them. */
function scoreMatches(text: string, matches: readonly Match[], quote: CollapsedQuote, expected: number): Scored[] {
  const scored: Scored[] = [];
  for (const match of matches) {
    let start = match.start;
    let end = match.end;
    // Range ends on the characters the quote ends on: no stray space picked up at either edge.
    if (!quote.exact.startsWith(' ')) while (start < end && text[start] === ' ') start++;
    if (!quote.exact.endsWith(' ')) while (end > start && text[end - 1] === ' ') end--;
    if (end <= start) continue;
    const evidence: Evidence = {
      quote: Math.max(0, 1 - match.errors / quote.exact.length),
      prefix: prefixSimilarity(text, start, quote.prefix),
      suffix: suffixSimilarity(text, end, quote.suffix),
    };
    if (!accepts(evidence)) continue;
    scored.push({
      start,
      end,
      score: scoreOf(evidence),
      context: contextSimilarity(evidence) ?? 0,
      distance: Math.abs(start - expected),
    });
  }
  return scored;
}

const better = (a: Scored, b: Scored): boolean =>
  a.context > b.context || (a.context === b.context && (a.score > b.score || (a.score === b.score && a.distance < b.distance)));

/**
 * undefined: nothing acceptable. null: ambiguous. Overlapping matches are one
 * place (the matcher reports each end offset of a match); the best of each
 * place competes. When the two best places agree with the context equally well
 * (within AMBIGUITY_MARGIN), closeness would be a coin toss between two
 * paragraphs: the annotation becomes an orphan rather than risk the wrong one.
 */
function decide(scored: Scored[]): FuzzyMatch | null | undefined {
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => a.start - b.start);
  const places: Scored[] = [];
  let placeEnd = -1;
  for (const candidate of scored) {
    const last = places[places.length - 1];
    if (last && candidate.start < placeEnd) {
      if (better(candidate, last)) places[places.length - 1] = candidate;
      placeEnd = Math.max(placeEnd, candidate.end);
    } else {
      places.push(candidate);
      placeEnd = candidate.end;
    }
  }
  places.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const [first, second] = places;
  if (!first) return undefined;
  if (second && first.context - second.context < AMBIGUITY_MARGIN) return null;
  return { start: first.start, end: first.end, score: first.score };
}
