/**
 * Finds where a stored annotation sits in the current article text.
 *
 * Strategies are tried in order, each a small function returning a result or
 * null: the stored position, then an exact search for the quote. A fuzzy
 * strategy can be added to `STRATEGIES` later without touching the others.
 * Nothing is guessed: when no strategy finds the quote, the annotation is an
 * orphan and keeps its stored selectors.
 */
import {
  positionSelectorOf,
  quoteSelectorOf,
  type Annotation,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';

export type AnchorResult =
  | { status: 'exact' | 'moved'; start: number; end: number }
  | { status: 'orphan'; start: null; end: null };

type Found = Exclude<AnchorResult, { status: 'orphan' }>;
type Strategy = (
  index: CodePointIndex,
  quote: TextQuoteSelector | undefined,
  position: TextPositionSelector | undefined,
) => Found | null;

const ORPHAN: AnchorResult = { status: 'orphan', start: null, end: null };

export function anchorAnnotation(index: CodePointIndex, annotation: Annotation): AnchorResult {
  const quote = quoteSelectorOf(annotation);
  const position = positionSelectorOf(annotation);
  for (const strategy of STRATEGIES) {
    const found = strategy(index, quote, position);
    if (found) return found;
  }
  return ORPHAN;
}

function positionInRange(index: CodePointIndex, position: TextPositionSelector | undefined): position is TextPositionSelector {
  return (
    position !== undefined &&
    Number.isInteger(position.start) &&
    Number.isInteger(position.end) &&
    position.start >= 0 &&
    position.end > position.start &&
    position.end <= index.length
  );
}

/**
 * The stored position still holds the quote. Without a quote there is nothing
 * to verify against, so an in-range position is the best we can honestly say.
 */
const atStoredPosition: Strategy = (index, quote, position) => {
  if (!positionInRange(index, position)) return null;
  if (quote && index.slice(position.start, position.end) !== quote.exact) return null;
  return { status: 'exact', start: position.start, end: position.end };
};

/** The quote found elsewhere: the occurrence whose context agrees best, then the nearest. */
const byExactQuote: Strategy = (index, quote, position) => {
  if (!quote || quote.exact === '') return null;
  const best = pickBest(occurrences(index, quote.exact, quote), position);
  return best ? { status: 'moved', start: best.start, end: best.end } : null;
};

const STRATEGIES: readonly Strategy[] = [atStoredPosition, byExactQuote];

export interface Candidate {
  /** Code-point offsets. */
  start: number;
  end: number;
  /** Characters of the stored prefix and suffix that agree with the text around the candidate. */
  contextScore: number;
}

/** Every occurrence of `exact` (overlapping ones included), with its context score. */
export function occurrences(index: CodePointIndex, exact: string, quote?: TextQuoteSelector): Candidate[] {
  const text = index.text;
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const start = index.toCodePoint(at);
    const end = index.toCodePoint(at + exact.length);
    // A match starting or ending inside a surrogate pair is not a match of whole characters.
    if (index.toUtf16(start) !== at || index.toUtf16(end) !== at + exact.length) continue;
    found.push({ start, end, contextScore: quote ? contextScore(text, at, at + exact.length, quote) : 0 });
  }
  return found;
}

/** Characters of the prefix matching right before `from`, plus of the suffix matching right after `to` (UTF-16 units). */
export function contextScore(text: string, from: number, to: number, quote: TextQuoteSelector): number {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  let score = 0;
  while (score < prefix.length && from - score - 1 >= 0 && text[from - score - 1] === prefix[prefix.length - score - 1]) score++;
  let after = 0;
  while (after < suffix.length && to + after < text.length && text[to + after] === suffix[after]) after++;
  return score + after;
}

/** Highest context score wins; among equals, the one nearest the stored position (else the first). */
export function pickBest(candidates: readonly Candidate[], position: TextPositionSelector | undefined): Candidate | undefined {
  const oldStart = position && Number.isFinite(position.start) ? position.start : 0;
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (
      !best ||
      candidate.contextScore > best.contextScore ||
      (candidate.contextScore === best.contextScore &&
        Math.abs(candidate.start - oldStart) < Math.abs(best.start - oldStart))
    ) {
      best = candidate;
    }
  }
  return best;
}
