/**
 * A stored quote and its context, whitespace-collapsed the way the article's
 * collapsed view is, so the two can be compared.
 */
import type { TextQuoteSelector } from '../model/annotation';
import { collapse } from '../text/whitespace';
import type { CollapsedQuote } from './fuzzy';

export function collapseQuote(quote: TextQuoteSelector): CollapsedQuote {
  const exact = collapse(quote.exact);
  let prefix = collapse(quote.prefix ?? '');
  let suffix = collapse(quote.suffix ?? '');
  // A whitespace run cut by the selection ("a  |  b") is one space in the
  // collapsed text; keep it once, in the quote, or the context would expect two.
  if (exact.startsWith(' ') && prefix.endsWith(' ')) prefix = prefix.slice(0, -1);
  if (exact.endsWith(' ') && suffix.startsWith(' ')) suffix = suffix.slice(1);
  return { exact, prefix, suffix };
}
