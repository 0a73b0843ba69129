/**
 * How well the text around a candidate agrees with the stored prefix and
 * suffix. The context is what tells a quote's own place from a look-alike
 * elsewhere, so every strategy that may pick among several places asks here.
 */

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
}

/**
 * Cheap, exact agreement: characters of the prefix matching right before
 * `from`, plus of the suffix matching right after `to` (UTF-16 offsets of
 * `text`). Used to rank exact occurrences, where thousands may be compared.
 */
export function contextScore(text: string, from: number, to: number, context: QuoteContext): number {
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  let score = 0;
  while (score < prefix.length && from - score - 1 >= 0 && text[from - score - 1] === prefix[prefix.length - score - 1]) score++;
  let after = 0;
  while (after < suffix.length && to + after < text.length && text[to + after] === suffix[after]) after++;
  return score + after;
}

/** The most `contextScore` can be: the whole stored context agrees. */
export function fullContextScore(context: QuoteContext): number {
  return (context.prefix ?? '').length + (context.suffix ?? '').length;
}

/**
 * Similarity in [0, 1] of the stored prefix with the text ending at `at`:
 * 1 - edits / prefix length. Null when no prefix was stored (nothing to say).
 */
export function prefixSimilarity(text: string, at: number, prefix: string | undefined): number | null {
  if (!prefix) return null;
  const from = Math.max(0, at - windowLength(prefix));
  return similarity(reverse(prefix), reverse(text.slice(from, at)));
}

/** Similarity in [0, 1] of the stored suffix with the text starting at `at`; null when no suffix was stored. */
export function suffixSimilarity(text: string, at: number, suffix: string | undefined): number | null {
  if (!suffix) return null;
  return similarity(suffix, text.slice(at, at + windowLength(suffix)));
}

/** Room for the context to have grown by half its length (inserted words) and still be compared whole. */
function windowLength(context: string): number {
  return context.length + (context.length >> 1);
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

/**
 * 1 - d / |pattern|, where d is the edit distance between `pattern` and the
 * best prefix of `text`. Both start at the candidate's boundary; the far end
 * is free because the stored context was cut at an arbitrary length. Plain
 * O(|pattern| x |text|) dynamic programming: both are at most ~100 units.
 */
function similarity(pattern: string, text: string): number {
  const m = pattern.length;
  let row = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) row[i] = i;
  let best = row[m] as number;
  for (let j = 1; j <= text.length; j++) {
    next[0] = j;
    const t = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const substitute = (row[i - 1] as number) + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      next[i] = Math.min(substitute, (row[i] as number) + 1, (next[i - 1] as number) + 1);
    }
    [row, next] = [next, row];
    best = Math.min(best, row[m] as number);
  }
  return Math.max(0, 1 - best / m);
}
