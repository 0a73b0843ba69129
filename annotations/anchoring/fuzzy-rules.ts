/**
 * When an approximate match is good enough to attach an annotation to.
 *
 * "A wrong anchor is worse than an honest orphan": Hypothesis accepts the best
 * fuzzy match whatever its score, and so moves a note about "talks resume in
 * May" onto "talks resume in June" in another paragraph (client issue 7571).
 * Here a match needs both a close quote and a place whose context does not
 * say otherwise:
 *
 * (a) quote similarity >= 0.9 (a corrected typo, a changed word in a long
 *     quote) and the context does not contradict: one side's similarity is
 *     >= 0.5, or no context was stored at all. Unrelated 32-character English
 *     contexts score ~0.1-0.45 (see the tests), so 0.5 rejects another
 *     paragraph while tolerating a context that was itself lightly edited.
 * (b) quote similarity >= 0.75 (a reworded phrase) and the context agrees:
 *     prefix or suffix similarity >= 0.7.
 *
 * The brief's rule (a) had no context condition; the May/June look-alike
 * scores 0.917 on its quote alone, so that rule would re-create the bug.
 */

export const TYPO_SIMILARITY = 0.9;
export const CONTEXT_NOT_CONTRADICTING = 0.5;
export const EDIT_SIMILARITY = 0.75;
export const CONTEXT_AGREES = 0.7;

/**
 * Errors allowed in the search: floor(len / 4), the most rule (b) can accept
 * (similarity 0.75), so no acceptable match is missed and no hopeless one is
 * scanned for. Capped at 32: the matcher then works one 32-bit word of errors
 * per character (its cost is O(k/32 * n)), and a long quote with more than 32
 * edits is a rewritten passage, which the analyst should re-attach by hand.
 */
export const MAX_ERRORS = 32;
export function errorBudget(quoteLength: number): number {
  return Math.min(MAX_ERRORS, Math.floor(quoteLength * (1 - EDIT_SIMILARITY)));
}

/**
 * Errors allowed in the search of the WHOLE text (when nothing acceptable was
 * found near the expected place): the most rule (a) accepts, the largest k
 * with 1 - k / len >= TYPO_SIMILARITY (computed with the very comparison
 * `accepts` makes, so float rounding cannot make the two disagree), and never
 * above errorBudget. Rule (b) matches (similarity 0.75-0.9 with agreeing
 * context) are looked for only in the window near the expected place:
 * far from where the passage was, a match differing by more than 10% is
 * exactly the look-alike risk (Hypothesis client issue 7571: "resume in May"
 * moved onto "resume in June" in another paragraph), and proving that no such
 * match exists needs a scan of the whole text per annotation,
 * because the pigeonhole filter of fuzzy.ts degenerates at 25% errors (pieces
 * of ~4 units occur everywhere). An honest orphan is better. Below 1 (quotes
 * under 10 units), the whole-text pass is skipped: exact search already said no.
 */
export function wholeTextBudget(quoteLength: number): number {
  if (quoteLength <= 0) return 0;
  let k = Math.floor(quoteLength * (1 - TYPO_SIMILARITY));
  while (k > 0 && 1 - k / quoteLength < TYPO_SIMILARITY) k--;
  while (1 - (k + 1) / quoteLength >= TYPO_SIMILARITY) k++;
  return Math.min(k, errorBudget(quoteLength));
}

/** Two distinct places whose context similarities differ by less than this are equally good: ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;

export interface Evidence {
  /** 1 - errors / quote length. */
  quote: number;
  /** Context similarities, null for a side with no stored context. */
  prefix: number | null;
  suffix: number | null;
}

function bestSide(e: Evidence): number | null {
  if (e.prefix === null) return e.suffix;
  if (e.suffix === null) return e.prefix;
  return Math.max(e.prefix, e.suffix);
}

export function accepts(e: Evidence): boolean {
  const side = bestSide(e);
  if (e.quote >= TYPO_SIMILARITY && (side === null || side >= CONTEXT_NOT_CONTRADICTING)) return true;
  return e.quote >= EDIT_SIMILARITY && side !== null && side >= CONTEXT_AGREES;
}

/** Mean similarity of the stored sides; null without stored context. Ranks candidates. */
export function contextSimilarity(e: Evidence): number | null {
  if (e.prefix === null) return e.suffix;
  if (e.suffix === null) return e.prefix;
  return (e.prefix + e.suffix) / 2;
}

/**
 * The reported score in [0, 0.99]: mostly the quote's similarity, a fifth the
 * context's. Never 1, which means "identical": a fuzzy match always differs.
 */
export function scoreOf(e: Evidence): number {
  const context = contextSimilarity(e) ?? e.quote;
  const score = 0.8 * e.quote + 0.2 * context;
  return Math.round(Math.min(0.99, Math.max(0, score)) * 1000) / 1000;
}

/** Score of a match that differs from the quote in whitespace only (NBSP, CRLF, indentation). */
export const WHITESPACE_ONLY_SCORE = 0.99;
