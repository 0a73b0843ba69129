/**
 * Sentences of an article, and the passages the matcher proposes: a
 * sentence, or two adjacent sentences of one paragraph when together they
 * are short (a claim often runs over a sentence break: a statement and its
 * quote). Offsets are code points of the article text, as in sidecars.
 *
 * A sentence ends at . ! ? (with any closing quotes or brackets after it)
 * followed by a space and a capital, a digit or an opening quote, or at a
 * line break. Not after a title or a month written short ("Mr.", "Aug."),
 * an initial ("Donald J. Trump") or an initialism ("U.S. President"):
 * those are the breaks news text gets wrong most. Text run together after a
 * full stop ("region.The") is split too: scraped pages lose their spaces.
 */
import { CodePointIndex } from '../text/code-points';
import { SAYING } from './saying';

export interface Span {
  /** Code points, end exclusive. */
  start: number;
  end: number;
}

/** Titles and abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt adm gov sen rep st jr sr rev hon pres amb ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx est inc corp co ltd dept univ fig'
  ).split(' '),
);

/**
 * A run of passage text at most this long (UTF-16 units) may join its
 * neighbour: two news sentences of up to about forty words each, so that a
 * statement and the sentence that goes on about it ("The accords aim to
 * …") make one passage even when both are long. Chosen on the tuned part of
 * bench/match/gold (420 split such pairs there).
 */
const PAIR_LIMIT = 480;

const BREAK = /([.!?]+)(["'”’)\]]*)(?=(\s+)(["'“‘([]?[\p{Lu}\p{N}])|\p{Lu}\p{Ll})|\r\n|\n|\r/gu;

/**
 * After a quote that ends in "?" or "!", who said it: a name of up to four
 * words and a verb of saying ("“What the hell just happened to the
 * ceasefire?” Abdullah posted on X") go on with the quote's sentence.
 */
const ATTRIBUTION = new RegExp(`^\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+(?:${SAYING}|asked)\\b`, 'u');

/** Sentence spans of `text` in UTF-16 units, whitespace trimmed, empty ones dropped. */
export function sentenceSpansUtf16(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(BREAK)) {
    const at = match.index;
    if (match[1] !== undefined && match[1] === '.' && !endsSentence(text, at)) continue;
    if (match[1] !== undefined && /[!?]$/u.test(match[1]) && match[2] && /["'”’]/u.test(match[2]) && attributed(text, at + match[1].length + match[2].length)) continue;
    const end = at + (match[1] !== undefined ? match[1].length + (match[2]?.length ?? 0) : 0);
    push(spans, text, from, end);
    from = match[1] !== undefined ? end : at + match[0].length;
  }
  push(spans, text, from, text.length);
  return spans;
}

/** Whether the full stop at `dot` ends a sentence (not an abbreviation, initial or initialism). */
function endsSentence(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (before.includes('.')) return false; // "U.S", "e.g"
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "J."
  return !ABBREVIATIONS.has(before.toLowerCase());
}

/** Whether a closing quote at `end` is followed by the name of who said it and a verb of saying. */
function attributed(text: string, end: number): boolean {
  return ATTRIBUTION.test(text.slice(end, end + 80));
}

function push(spans: Span[], text: string, from: number, to: number): void {
  while (from < to && /\s/u.test(text[from] as string)) from++;
  while (to > from && /\s/u.test(text[to - 1] as string)) to--;
  if (to > from) spans.push({ start: from, end: to });
}

export interface Passage extends Span {
  /** Index of its first sentence in the article. */
  sentence: number;
  /** Number of sentences (1 or 2). */
  sentences: number;
  /** What its score counts for: 1, or OPEN_LINE_WEIGHT for a line that does not end as a sentence does. */
  weight: number;
}

/**
 * A line that does not end as a sentence does (no closing . ! ?): a
 * headline, a section title, a photo caption with its credit, a text cut
 * off. It names a topic rather than stating a claim, and the sentence of the
 * body that states the claim should come first in its article: such a
 * passage's score counts for this share. Chosen on the tuned part of
 * bench/match/gold (0.5 to 0.7 alike there; none of its gold passages is
 * such a line).
 */
export const OPEN_LINE_WEIGHT = 0.7;

const CLOSED = /[.!?]["'”’)\]]*$/u;

/** Sentences, then pairs of short adjacent sentences of one paragraph; code points. */
export function passagesOf(text: string, index: CodePointIndex = new CodePointIndex(text)): Passage[] {
  const spans = sentenceSpansUtf16(text);
  const passages: Passage[] = [];
  const weightOf = (span: Span) => (CLOSED.test(text.slice(span.start, span.end)) ? 1 : OPEN_LINE_WEIGHT);
  spans.forEach((span, i) => {
    passages.push({ start: index.toCodePoint(span.start), end: index.toCodePoint(span.end), sentence: i, sentences: 1, weight: weightOf(span) });
  });
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    if (!next || next.end - span.start > PAIR_LIMIT || /[\r\n]/u.test(text.slice(span.end, next.start))) return;
    passages.push({ start: index.toCodePoint(span.start), end: index.toCodePoint(next.end), sentence: i, sentences: 2, weight: weightOf(next) });
  });
  return passages;
}
