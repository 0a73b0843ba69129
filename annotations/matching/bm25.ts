/**
 * Okapi BM25 over passages: how much a passage says of a claim's terms,
 * each weighted by how rare it is in the set (IDF), with diminishing returns
 * for repeats (k1) and a mild penalty for long passages (b). The usual
 * constants; a passage is a sentence or two, so length matters little.
 */
export const K1 = 1.2;
export const B = 0.5;

/** IDF of a term found in `df` of `n` passages (the BM25 form, never negative). */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** One term's share of a passage's score. */
export function termScore(termIdf: number, tf: number, length: number, averageLength: number): number {
  return (termIdf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / Math.max(averageLength, 1)));
}

/** The part of termScore's denominator that depends on the passage: K1 · (1 − B + B · length / average). */
export function lengthNorm(length: number, averageLength: number): number {
  return K1 * (1 - B + (B * length) / Math.max(averageLength, 1));
}
