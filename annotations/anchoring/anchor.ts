/**
 * Finds where a stored annotation sits in the current article text.
 *
 * "A wrong anchor is worse than an honest orphan, and an orphan is never
 * dropped." Strategies are tried from the cheapest and surest to the
 * costliest and least sure, each a small function returning a place or null:
 *
 * 1. exact  - the stored position still holds the quote (and its context);
 * 2. moved  - at the stored position plus the shift seen on the annotation
 *             before it (anchorAll: a paragraph inserted above shifts them all),
 *             else the quote found elsewhere by exact search, the occurrence
 *             whose context agrees best, then the one nearest the expected place;
 * 3. fuzzy  - the quote found in the whitespace-collapsed text (NBSP, CRLF,
 *             indentation changed: score 0.99), else an approximate match that
 *             passes fuzzy-rules.ts, with a score in [0, 0.99];
 * 4. orphan - nothing found: the annotation keeps its stored selectors.
 *
 * Offsets returned are code points of the article text.
 */
import { positionSelectorOf, quoteSelectorOf, type Annotation, type TextPositionSelector, type TextQuoteSelector } from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';
import { Article } from './article';
import { collapseQuote } from './collapsed-quote';
import { contextScore, fullContextScore } from './context';
import { occurrences, pickBest } from './exact';
import { findFuzzy } from './fuzzy';
import { WHITESPACE_ONLY_SCORE } from './fuzzy-rules';

/**
 * Where an annotation sits in the current text, surest first: `exact` at its
 * stored place, `moved` (same quote elsewhere), `fuzzy` (approximate match, to
 * review) or `orphan` (not found; quote, tags and note kept).
 */
export const ANCHOR_STATUSES = ['exact', 'moved', 'fuzzy', 'orphan'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export type AnchorResult =
  | { status: Extract<AnchorStatus, 'exact' | 'moved'>; start: number; end: number }
  /** An approximate match; `score` in [0, 1], 1 = identical. Marked for the analyst's review. */
  | { status: Extract<AnchorStatus, 'fuzzy'>; start: number; end: number; score: number }
  | { status: Extract<AnchorStatus, 'orphan'>; start: null; end: null };

type Found = Exclude<AnchorResult, { status: 'orphan' }>;

const ORPHAN: AnchorResult = { status: 'orphan', start: null, end: null };

/** What a strategy knows about one annotation. */
interface Target {
  quote: TextQuoteSelector;
  position: TextPositionSelector | undefined;
  /** Old start in code points, if the position selector has a usable one. */
  oldStart: number | null;
  /** Where the quote should start now (code points): old start plus the shift hint, null if unknown. */
  expected: number | null;
}

type Strategy = (article: Article, target: Target) => Found | null;

/** Anchors one annotation. For many annotations of one article, `anchorAll` is much faster. */
export function anchorAnnotation(index: CodePointIndex, annotation: Annotation): AnchorResult {
  return anchorOne(new Article(index), annotation, 0);
}

/**
 * Anchors every annotation (results in input order). Annotations are visited
 * in order of their old start, carrying the last observed shift (new start -
 * old start): after an insertion above, each one is then found by a single
 * comparison at old start + shift instead of a scan of the article. The
 * collapsed view (and the q-gram index of the whole-text fuzzy pass) is built
 * at most once per call.
 */
export function anchorAll(index: CodePointIndex, annotations: readonly Annotation[]): AnchorResult[] {
  const article = new Article(index, true);
  const starts = annotations.map((a) => oldStartOf(positionSelectorOf(a)));
  const order = annotations.map((_, i) => i);
  // Annotations without a usable position go last, in input order (sort is stable).
  order.sort((a, b) => (starts[a] ?? Infinity) - (starts[b] ?? Infinity));
  const results: AnchorResult[] = new Array<AnchorResult>(annotations.length);
  let shift = 0;
  for (const i of order) {
    const result = anchorOne(article, annotations[i] as Annotation, shift);
    results[i] = result;
    const old = starts[i];
    if (result.start !== null && old !== null && old !== undefined) shift = result.start - old;
  }
  return results;
}

function anchorOne(article: Article, annotation: Annotation, shift: number): AnchorResult {
  const quote = quoteSelectorOf(annotation);
  const position = positionSelectorOf(annotation);
  if (!quote || quote.exact === '') {
    // Nothing to verify against: an in-range position is the best we can honestly say.
    return positionInRange(article.index, position) ? { status: 'exact', start: position.start, end: position.end } : ORPHAN;
  }
  const oldStart = oldStartOf(position);
  const target: Target = { quote, position, oldStart, expected: oldStart === null ? null : oldStart + shift };
  for (const strategy of STRATEGIES) {
    const found = strategy(article, target);
    if (found) return found;
  }
  return ORPHAN;
}

function oldStartOf(position: TextPositionSelector | undefined): number | null {
  return position && Number.isInteger(position.start) && position.start >= 0 ? position.start : null;
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

/** The quote and its whole stored context are at code point `start`: the surest evidence there is. */
function holdsQuoteInContext(article: Article, start: number, quote: TextQuoteSelector): boolean {
  const at = article.index.toUtf16(start);
  if (article.index.toCodePoint(at) !== start || !article.text.startsWith(quote.exact, at)) return false;
  return contextScore(article.text, at, at + quote.exact.length, quote) === fullContextScore(quote);
}

/**
 * The stored position still holds the quote and its context. A quote whose
 * context changed (an edit right next to it, or a repeat that slid into its
 * old place) is left to exact search, which may find a better-supported place.
 */
const atStoredPosition: Strategy = (article, { quote, position }) => {
  if (!positionInRange(article.index, position) || article.index.slice(position.start, position.end) !== quote.exact) return null;
  return holdsQuoteInContext(article, position.start, quote) ? { status: 'exact', start: position.start, end: position.end } : null;
};

/** The shift hint of anchorAll: one comparison, O(quote), instead of a scan. */
const atShiftedPosition: Strategy = (article, { quote, oldStart, expected }) => {
  if (expected === null || expected === oldStart || expected < 0 || expected >= article.index.length) return null;
  if (!holdsQuoteInContext(article, expected, quote)) return null;
  const end = article.index.toCodePoint(article.index.toUtf16(expected) + quote.exact.length);
  return { status: 'moved', start: expected, end };
};

/** The quote found by exact search; the stored position itself among the candidates (then: exact). */
const byExactQuote: Strategy = (article, { quote, position, expected }) => {
  const { index } = article;
  const best = pickBest(occurrences(article.text, quote.exact, quote), index.toUtf16(expected ?? 0));
  if (!best) return null;
  const start = index.toCodePoint(best.start);
  const end = index.toCodePoint(best.end);
  const status = position && position.start === start && position.end === end ? 'exact' : 'moved';
  return { status, start, end };
};

/**
 * The quote found in the whitespace-collapsed text: the same words, but NBSPs,
 * space runs, indentation or line ends differ. Fuzzy (the stored quote is not
 * byte-identical to the text), with a near-certain score.
 */
const byCollapsedQuote: Strategy = (article, { quote, expected }) => {
  const collapsedQuote = collapseQuote(quote);
  if (collapsedQuote.exact.trim() === '') return null; // a quote of whitespace only matches every gap
  const text = article.collapsed.text;
  const near = expected === null ? 0 : article.toCollapsed(expected);
  const best = pickBest(occurrences(text, collapsedQuote.exact, collapsedQuote), near);
  if (!best) return null;
  return { status: 'fuzzy', ...article.fromCollapsed(best.start, best.end), score: WHITESPACE_ONLY_SCORE };
};

/** An approximate match accepted by fuzzy-rules.ts, searched near the expected place first. */
const byApproximateQuote: Strategy = (article, { quote, expected }) => {
  const collapsedQuote = collapseQuote(quote);
  if (collapsedQuote.exact.trim() === '') return null;
  const near = expected === null ? null : article.toCollapsed(Math.min(expected, article.index.length));
  const match = findFuzzy(article.collapsed.text, collapsedQuote, near, () => article.pieces);
  if (!match) return null;
  return { status: 'fuzzy', ...article.fromCollapsed(match.start, match.end), score: match.score };
};

const STRATEGIES: readonly Strategy[] = [atStoredPosition, atShiftedPosition, byExactQuote, byCollapsedQuote, byApproximateQuote];
