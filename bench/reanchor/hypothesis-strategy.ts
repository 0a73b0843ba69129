/**
 * The Hypothesis client's anchoring strategy for text, re-implemented for
 * comparison: src/annotator/anchoring/html.ts (`anchor`: position selector
 * first, kept only if the text there equals the quote) and
 * src/annotator/anchoring/match-quote.ts (`matchQuote`: every exact occurrence
 * by indexOf, else approx-string-match with maxErrors = min(256, quote.length / 2);
 * candidates scored 50·quote + 20·prefix + 20·suffix + 2·position, normalised
 * by 92; the best candidate wins, with no minimum score).
 *
 * Like the original it works on a JavaScript string in UTF-16 units, and its
 * stored positions are UTF-16 offsets (what Hypothesis would have saved):
 * `toHypothesisSelectors` converts our code-point selectors once, before timing.
 * The matching logic below follows match-quote.ts line for line.
 */
import approxSearch from 'approx-string-match';
import type { Annotation } from '../../annotations/model/annotation';
import { positionSelectorOf, quoteSelectorOf } from '../../annotations/model/annotation';
import type { CodePointIndex } from '../../annotations/text/code-points';

interface StringMatch {
  start: number;
  end: number;
  errors: number;
}

export interface Match {
  start: number;
  end: number;
  score: number;
}

/** Exact matches by indexOf first; approximate search only when there are none. */
function search(text: string, str: string, maxErrors: number): StringMatch[] {
  let matchPos = 0;
  const exactMatches: StringMatch[] = [];
  while (matchPos !== -1) {
    matchPos = text.indexOf(str, matchPos);
    if (matchPos !== -1) {
      exactMatches.push({ start: matchPos, end: matchPos + str.length, errors: 0 });
      matchPos += 1;
    }
  }
  if (exactMatches.length > 0) return exactMatches;
  return approxSearch(text, str, maxErrors);
}

/** Similarity in [0, 1] of `str` to its best approximate occurrence in `text`. */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0.0;
  const matches = search(text, str, str.length);
  return 1 - matches[0]!.errors / str.length;
}

interface Context {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

export function matchQuote(text: string, quote: string, context: Context = {}): Match | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;

  const scoreMatch = (match: StringMatch) => {
    const quoteWeight = 50;
    const prefixWeight = 20;
    const suffixWeight = 20;
    const posWeight = 2;
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1.0;
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1.0;
    let posScore = 1.0;
    if (typeof context.hint === 'number') {
      const offset = Math.abs(match.start - context.hint);
      posScore = 1.0 - offset / text.length;
    }
    const rawScore = quoteWeight * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + posWeight * posScore;
    const maxScore = quoteWeight + prefixWeight + suffixWeight + posWeight;
    return rawScore / maxScore;
  };

  const scoredMatches = matches.map((m) => ({ start: m.start, end: m.end, score: scoreMatch(m) }));
  scoredMatches.sort((a, b) => b.score - a.score);
  return scoredMatches[0]!;
}

/** The selectors as Hypothesis stores them: positions in UTF-16 units. */
export interface HypothesisSelectors {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export function toHypothesisSelectors(annotation: Annotation, originalIndex: CodePointIndex): HypothesisSelectors {
  const quote = quoteSelectorOf(annotation);
  const position = positionSelectorOf(annotation);
  const selectors: HypothesisSelectors = { exact: quote?.exact ?? '' };
  if (quote?.prefix !== undefined) selectors.prefix = quote.prefix;
  if (quote?.suffix !== undefined) selectors.suffix = quote.suffix;
  if (position) {
    selectors.start = originalIndex.toUtf16(position.start);
    selectors.end = originalIndex.toUtf16(position.end);
  }
  return selectors;
}

/**
 * html.ts `anchor()` for a text position and a text quote selector: the
 * position if it is in range and holds the quote, else `matchQuote` with the
 * position's start as hint. Returns UTF-16 offsets, or null (an orphan).
 */
export function anchorHypothesis(text: string, selectors: HypothesisSelectors): { start: number; end: number } | null {
  const { start, end, exact } = selectors;
  if (start !== undefined && end !== undefined && start >= 0 && end <= text.length && start <= end) {
    // TextPositionAnchor.toRange + maybeAssertQuote
    if (!exact || text.slice(start, end) === exact) return { start, end };
  }
  if (!exact) return null;
  const context: Context = {};
  if (selectors.prefix !== undefined) context.prefix = selectors.prefix;
  if (selectors.suffix !== undefined) context.suffix = selectors.suffix;
  if (start !== undefined) context.hint = start;
  const match = matchQuote(text, exact, context);
  return match ? { start: match.start, end: match.end } : null;
}
