/**
 * Folding for search: case, accents, compatibility forms (ﬁ → fi), curly
 * quotes and runs of whitespace (NBSP, line breaks) compare equal, so
 * "cafe" finds "Café" and "peace deal" finds "peace\u00a0deal".
 *
 * A folded text remembers, for each of its UTF-16 units, the code point of
 * the ORIGINAL text it came from: a match found in the folded text is
 * reported as code-point offsets into the original (the offsets the rest of
 * the app uses), never into the folded copy, whose length differs.
 */

export interface FoldedText {
  /** The folded text, searched with indexOf. */
  readonly folded: string;
  /** For each UTF-16 unit of `folded`, the code-point offset in the original it came from. */
  readonly origin: Int32Array;
  /** Length of the original in code points. */
  readonly length: number;
}

const COMBINING = /\p{M}/gu;
const SPACE = /\s/u;
const QUOTE_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** How one code point folds; '' when it folds away (a lone combining mark, a zero-width joiner). */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // Fast path: most articles are mostly ASCII.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  const quote = QUOTE_FOLDS[char];
  if (quote !== undefined) return quote;
  if (char === '\u00df' || char === '\u1e9e') return 'ss';
  if (char === '\u200b' || char === '\u200c' || char === '\u200d' || char === '\u00ad' || char === '\ufeff') return '';
  return char.normalize('NFKD').replace(COMBINING, '').toLowerCase();
}

/** Folds `text`; whitespace runs become one space (mapped to the run's first code point). */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let cp = 0;
  let lastWasSpace = false;
  for (const char of text) {
    if (SPACE.test(char)) {
      if (!lastWasSpace) {
        folded += ' ';
        origin.push(cp);
      }
      lastWasSpace = true;
    } else {
      const f = foldChar(char);
      for (let i = 0; i < f.length; i++) origin.push(cp);
      folded += f;
      if (f !== '') lastWasSpace = false;
    }
    cp++;
  }
  return { folded, origin: Int32Array.from(origin), length: cp };
}

/** Folds a query the same way, trimmed: a leading or trailing space would only narrow the search. */
export function foldQuery(query: string): string {
  return foldText(query.trim()).folded;
}

/**
 * The code-point range in the original text of folded[from, to). The end
 * reaches the next code point that folded to something, so a match covers
 * the combining marks and joiners that follow its last letter ("Cafe\u0301"
 * whole) and a ligature whose first half it ends in ("ﬁ" → "fi").
 */
export function originalRange(text: FoldedText, from: number, to: number): { start: number; end: number } {
  const start = text.origin[from] ?? text.length;
  const last = text.origin[to - 1];
  if (last === undefined) return { start, end: start };
  const next = text.origin[to] ?? text.length;
  return { start, end: Math.max(last + 1, next) };
}

/** Every non-overlapping match of a folded query in a folded text, as folded UTF-16 ranges. */
export function* foldedMatches(text: FoldedText, query: string): Generator<{ from: number; to: number }> {
  if (query === '') return;
  let at = text.folded.indexOf(query);
  while (at !== -1) {
    yield { from: at, to: at + query.length };
    at = text.folded.indexOf(query, at + query.length);
  }
}
