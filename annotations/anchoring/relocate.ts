/**
 * Writes an annotation's new place back into its selectors, so the next open
 * of the article finds it exactly where it is now.
 *
 * - moved: the quote is unchanged; position and context follow it.
 * - fuzzy: the quote itself changed; the selectors take the new text. When
 *   words changed (a fixed typo), a review marker keeps the old quote and the
 *   score until the analyst confirms; a change of spacing only needs none.
 * - exact, orphan: unchanged. An orphan keeps its stored selectors for ever:
 *   nothing is guessed and nothing is dropped.
 */
import type { Annotation, Selector } from '../model/annotation';
import { quoteSelectorOf } from '../model/annotation';
import { withoutReview, withReview } from '../model/review';
import type { CodePointIndex } from '../text/code-points';
import { collapse } from '../text/whitespace';
import type { AnchorResult } from './anchor';
import { describeRange } from './describe';

export function relocate(index: CodePointIndex, annotation: Annotation, anchor: AnchorResult, now: string): Annotation {
  if (anchor.status === 'exact' || anchor.status === 'orphan') return annotation;
  const moved = moveTo(index, annotation, anchor.start, anchor.end);
  if (anchor.status !== 'fuzzy') return moved;
  // Only spacing changed (NBSPs, CRLF, indentation): the words are the analyst's quote; nothing to review.
  const before = quoteSelectorOf(annotation)?.exact ?? '';
  if (collapse(before).trim() === collapse(index.slice(anchor.start, anchor.end)).trim()) return moved;
  return withReview(moved, {
    reason: 'approximate-match',
    score: anchor.score,
    previousExact: quoteSelectorOf(annotation)?.exact ?? '',
    since: now,
  });
}

/** Puts the annotation on [start, end) of the current text (the analyst's own choice: no review needed). */
export function reattach(index: CodePointIndex, annotation: Annotation, start: number, end: number, now: string): Annotation {
  return { ...withoutReview(moveTo(index, annotation, start, end)), modified: now };
}

function moveTo(index: CodePointIndex, annotation: Annotation, start: number, end: number): Annotation {
  const { quote, position } = describeRange(index, start, end);
  let sawQuote = false;
  let sawPosition = false;
  // Replace our two selectors in place, keeping any other selector (and unknown fields) as they were.
  const selector: Selector[] = annotation.target.selector.map((s) => {
    if (s.type === 'TextQuoteSelector') {
      sawQuote = true;
      return { ...s, ...quote };
    }
    if (s.type === 'TextPositionSelector') {
      sawPosition = true;
      return { ...s, ...position };
    }
    return s;
  });
  if (!sawQuote) selector.push(quote);
  if (!sawPosition) selector.push(position);
  return { ...annotation, target: { ...annotation.target, selector } };
}
