/**
 * Case-insensitive patterns of ASCII words that scan whole passages ("is a
 * number word anywhere here?"). Under the `u` flag V8 folds case as Unicode
 * does, which makes such a scan several times slower (bench/match/HISTORY.md,
 * session 44); on a pattern of ASCII letters the two foldings differ only
 * for the long s and the Kelvin sign, which news text does not write in
 * words. Patterns that need `u` (`\p{…}`, code points past U+FFFF) are
 * refused.
 */
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[^\p{ASCII}]/u;

/** `source` as a case-insensitive pattern without the `u` flag; `flags` may add `g` or `y`. */
export function asciiPattern(source: string, flags: '' | 'g' | 'y' = ''): RegExp {
  if (NEEDS_UNICODE.test(source)) throw new Error(`asciiPattern: ${source.slice(0, 40)}… needs the u flag`);
  return new RegExp(source, `i${flags}`);
}
