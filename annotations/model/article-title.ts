/**
 * An article's title: the one the analyst set (in its sidecar), else one
 * guessed from the text, else its file name.
 *
 * Guessing reads a plain-text article as it was saved from a web page: a few
 * lines of page furniture (a logo, a section name, a date, "6 min de
 * lecture"), the headline, a byline, then the body. It takes the first
 * headline-shaped line before the first long paragraph: one with letters, not
 * furniture or a byline, that starts with a capital, has no final period, and
 * is short, at least five words (else at least three: "Talks resume in
 * Geneva"). Section names ("Défense et diplomatie Entretien") are shorter than
 * that more often than headlines are, which is why five comes first. With no
 * such line (a text that starts with its body, or with a title of one or two
 * words), the title is the first line with letters that is not furniture or
 * a byline, cut to DERIVED_TITLE_LENGTH.
 *
 * Tested on the seeds and on the tops of real saved pages
 * (article-title.test.ts, fixtures/saved-page-tops.ts).
 */

/**
 * A title taken from the text is cut to this many code points (the most a
 * title the analyst sets may have): a first line can be a whole paragraph, or
 * a 2 MB file with no line break, and the title is shown in many places.
 */
export const DERIVED_TITLE_LENGTH = 500;

/** The scan stops at the first paragraph longer than this many words: the body has begun. */
const LONG_PARAGRAPH_WORDS = 30;
/** A headline has at most this many words and characters. */
const HEADLINE_MAX_WORDS = 25;
const HEADLINE_MAX_CHARS = 250;
/** And it is near the top: within this many lines. */
const TOP_LINES = 40;

/** Page furniture that looks like a short line of text. */
const FURNITURE: readonly RegExp[] = [
  /^logo\b/iu,
  // Reading time: "6 min de lecture", "4 min read", "Lesezeit: 3 Min.", "Reading time 5 minutes".
  /^\d+\s*(?:min|mins|minutes?|minuten)\.?\s+(?:de\s+)?(?:read|reading|lecture|lectura|lettura|leestijd)\b/iu,
  /^(?:reading time|temps de lecture|lesezeit|tiempo de lectura)\b/iu,
  /^(?:in partnership with|sponsored by|advertisement|publicité|anzeige)\b/iu,
  /^(?:skip|jump) to (?:the )?(?:main )?content\b/iu,
  /^(?:listen to this (?:article|story)|share this (?:article|story)|sign in|log in|subscribe\b|accept (?:all )?cookies)/iu,
  // An app's advertisement: "Read this in our app", "Get a better reading experience".
  /\b(?:in|on) (?:our|the) app\b|\breading experience\b/iu,
];

/** "By Jane Doe", "Par Jean Dupont", "Von …", "Por …", "Di …", "Door …": a byline, not a headline. */
const BYLINE = /^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;

/**
 * A byline without "By": names of two or three capitalised words (initials
 * too), joined by commas or "and" ("John Ainger, Jennifer A. Dlouhy and
 * Akshat Rathi"). A title-case headline has a part of one word or of four
 * ("Armenia, Azerbaijan Sign Peace Deal"), or a word in lower case.
 */
function isNamesLine(line: string): boolean {
  const parts = line.split(/\s*,\s*|\s+(?:and|&|und|et|y|e|и)\s+/u);
  return parts.length >= 2 && parts.every((part) => {
    const words = part.split(/\s+/u);
    return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
  });
}

/** Scripts written without spaces between words: their length stands in for a word count. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/** Words with at least two letters ("c" in "26.2° c YEREVAN" is not one). */
function wordCount(line: string): number {
  const spaced = line.split(/\s+/u).filter((token) => (token.match(/\p{L}/gu)?.length ?? 0) >= 2).length;
  // About two characters a word, in scripts without spaces.
  const unspaced = Math.floor((line.match(UNSPACED)?.length ?? 0) / 2);
  return Math.max(spaced, unspaced);
}

function isFurniture(line: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(line)) || (BYLINE.test(line) && wordCount(line) <= 6) || isNamesLine(line);
}

/** Starts with a capital (in scripts that have them), after any opening quote or bracket. */
function startsLikeAHeadline(line: string): boolean {
  const first = /\p{L}/u.exec(line)?.[0];
  return first !== undefined && first.toUpperCase() === first && /^[\p{L}\p{N}«“‘"'(¿¡]/u.test(line);
}

/** Ends as a headline does: not with a colon, semicolon, comma or period (an initialism like "U.S." excepted). */
function endsLikeAHeadline(line: string): boolean {
  if (/[:;,]$/u.test(line)) return false;
  if (!line.endsWith('.') || line.endsWith('...')) return true;
  return /(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(line);
}

function isHeadline(line: string, minWords: number): boolean {
  const words = wordCount(line);
  return words >= minWords && words <= HEADLINE_MAX_WORDS && line.length <= HEADLINE_MAX_CHARS && startsLikeAHeadline(line) && endsLikeAHeadline(line) && !isFurniture(line);
}

/** Leading bullets and spaces (no-break ones too) and trailing spaces off a line. */
const trimLine = (line: string) => line.replace(/^[\s•·▪◦*–—-]+|\s+$/gu, '');

/** The text's first lines with something on them, trimmed, up to the first long paragraph. */
function topLines(text: string): string[] {
  const lines: string[] = [];
  const pattern = /[^\r\n]+/gu;
  for (let match = pattern.exec(text); match !== null && lines.length < TOP_LINES; match = pattern.exec(text)) {
    const line = trimLine(match[0]);
    if (line === '') continue;
    // A huge line is body text; no need to split it into words to know.
    if (line.length > 2_000 || line.split(/\s+/u).length > LONG_PARAGRAPH_WORDS) break;
    lines.push(line);
  }
  return lines;
}

/** The headline of a plain-text article, when its text has one near the top. */
export function guessHeadline(text: string): string | undefined {
  const lines = topLines(text);
  for (const minWords of [5, 3]) {
    const found = lines.find((line) => isHeadline(line, minWords));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first line with letters that is not page furniture or a byline (else the first with letters at all). */
function firstTextLine(text: string): string | undefined {
  let firstWithLetters: string | undefined;
  const pattern = /[^\r\n]+/gu;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const line = trimLine(match[0]);
    if (!/\p{L}/u.test(line)) continue;
    firstWithLetters ??= line;
    if (line.length > 2_000 || !isFurniture(line)) return line;
  }
  return firstWithLetters;
}

/** `line` cut to DERIVED_TITLE_LENGTH code points, with an ellipsis, without splitting a character. */
function cut(line: string): string {
  if (line.length <= DERIVED_TITLE_LENGTH) return line;
  // At most two UTF-16 units per code point: this slice holds enough of a huge line.
  const chars = Array.from(line.slice(0, DERIVED_TITLE_LENGTH * 2));
  if (chars.length <= DERIVED_TITLE_LENGTH && line.length <= DERIVED_TITLE_LENGTH * 2) return line;
  return `${chars.slice(0, DERIVED_TITLE_LENGTH - 1).join('').trimEnd()}…`;
}

/** A title guessed from the text alone (undefined: it has no words). */
export function guessTitle(text: string): string | undefined {
  const line = guessHeadline(text) ?? firstTextLine(text);
  return line === undefined ? undefined : cut(line);
}

/** The title the analyst set, else one guessed from the text, else the file name. */
export function articleTitle(storedTitle: string | undefined, text: string, file: string): string {
  if (storedTitle && storedTitle.trim() !== '') return storedTitle.trim();
  return guessTitle(text) ?? file;
}
