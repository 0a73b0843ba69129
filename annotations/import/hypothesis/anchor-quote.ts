/**
 * Where a Hypothesis quote sits in an article: through our anchoring
 * (anchoring/anchor.ts) with the quote and its context only, since the
 * positions Hypothesis stores count the live page's text, not ours. The page
 * a browser shows and the article we made of it differ in whitespace (a
 * paragraph break is a newline and indentation in the DOM, one newline here),
 * so a match that differs only in whitespace is taken; an approximate one
 * (other words) is not: an import never guesses. Neither is a quote that
 * appears several times when its context does not tell which.
 */
import { anchorAnnotation } from '../../anchoring/anchor';
import { WHITESPACE_ONLY_SCORE } from '../../anchoring/fuzzy-rules';
import type { Annotation, TextQuoteSelector } from '../../model/annotation';
import type { CodePointIndex } from '../../text/code-points';

export type QuoteAnchor = { start: number; end: number } | { problem: string };

/** Context kept on each side when telling repeated quotes apart. */
const TELLING_CONTEXT = 16;

export function anchorQuote(index: CodePointIndex, quote: TextQuoteSelector): QuoteAnchor {
  const probe: Annotation = {
    id: 'hypothesis-probe',
    type: 'Annotation',
    motivation: 'highlighting',
    created: '',
    modified: '',
    body: [],
    target: { source: '', selector: [quote] },
  };
  const found = anchorAnnotation(index, probe);
  if (found.status === 'orphan') return { problem: 'its quote is not in the article' };
  if (found.status === 'fuzzy' && found.score < WHITESPACE_ONLY_SCORE) return { problem: 'only a passage with other words was found (not guessed)' };
  const times = count(index.text, quote.exact);
  if (times > 1 && !toldApart(index.text, quote)) return { problem: `its quote appears ${times} times and its context does not tell which` };
  return { start: found.start, end: found.end };
}

const squeeze = (text: string) => text.replace(/\s+/gu, ' ');

function count(text: string, exact: string): number {
  const haystack = squeeze(text);
  const needle = squeeze(exact).trim();
  let times = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) times++;
  return times;
}

/** Whether the quote with the end of its prefix, or with the start of its suffix, appears once. */
function toldApart(text: string, quote: TextQuoteSelector): boolean {
  const exact = squeeze(quote.exact).trim();
  const before = squeeze(quote.prefix ?? '').trimStart().slice(-TELLING_CONTEXT);
  const after = squeeze(quote.suffix ?? '').trimEnd().slice(0, TELLING_CONTEXT);
  const once = (needle: string) => needle.trim() !== exact && count(text, needle) === 1;
  return (before.trim() !== '' && once(before + exact)) || (after.trim() !== '' && once(exact + after));
}
