/**
 * Exact search: every occurrence of a quote in a text, and the choice among
 * them. Works on UTF-16 offsets of whichever string it is given (the article
 * or its whitespace-collapsed view); callers convert to code points.
 */
import { splitsSurrogatePair } from '../text/code-points';
import { contextScore, type QuoteContext } from './context';

export interface Candidate {
  /** UTF-16 offsets in the searched string. */
  start: number;
  end: number;
  /** Characters of the stored prefix and suffix that agree with the text around the candidate. */
  contextScore: number;
}

/** Every occurrence of `exact` (overlapping ones included) that starts and ends on whole characters. */
export function occurrences(text: string, exact: string, context: QuoteContext): Candidate[] {
  const found: Candidate[] = [];
  if (exact === '') return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    if (splitsSurrogatePair(text, at) || splitsSurrogatePair(text, end)) continue;
    found.push({ start: at, end, contextScore: contextScore(text, at, end, context) });
  }
  return found;
}

/**
 * Highest context score wins; among equals, the one nearest `expected` (the
 * old start plus the shift seen on the annotations before it, so a paragraph
 * inserted above does not make us prefer an earlier repeat), else the first.
 */
export function pickBest(candidates: readonly Candidate[], expected: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (
      !best ||
      candidate.contextScore > best.contextScore ||
      (candidate.contextScore === best.contextScore && Math.abs(candidate.start - expected) < Math.abs(best.start - expected))
    ) {
      best = candidate;
    }
  }
  return best;
}
