/**
 * Describes a selected range with the two W3C selectors we store: the quote
 * with some context (to find it again after the text changes) and the position
 * (to find it fast when the text did not change).
 */
import { AnnotatorError } from '../errors';
import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';

/** Code points of context kept on each side of a quote: enough to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

export function describeRange(
  index: CodePointIndex,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.length || end <= start) {
    throw new AnnotatorError(
      'invalid-argument',
      `Cannot annotate code points ${start}–${end}: the range must be non-empty and within the text (0–${index.length}).`,
    );
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: index.slice(start, end),
      prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: index.slice(end, Math.min(index.length, end + CONTEXT_LENGTH)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
