/**
 * User text (quotes, notes, titles, tags) as literal Markdown: one pass of one
 * regular expression, registered as mdast-util-to-markdown's `text` handler.
 *
 * Why not the library's own `state.safe`: it tests dozens of context
 * patterns, one regular expression each, over every text node, which on a
 * large brief costs several times the brief's whole time budget. Here every
 * character that can start markup is escaped wherever it stands (a few more
 * backslashes than strictly needed), and the few constructs that only exist at
 * a line start are escaped there. markdown-text.test.ts proves the result: CommonMark + GFM
 * parse it back to the same text, with no markup, in every place the brief puts
 * text (paragraph, after a hard break, blockquote, list item, heading, table
 * cell, beside inline code).
 *
 * The rules:
 * - Always: \ ` * [ ] | ~ get a backslash; `_` too unless it is intraword
 *   (`snake_case` cannot emphasize); `<` before a letter, `/`, `!` or `?`
 *   (HTML, autolinks); `&` before a letter or `#` (character references).
 * - Line breaks inside a value become character references, so a value never
 *   opens a new line where a list, heading or blank line could start.
 * - At a line start (after a line ending, or at the start of a block):
 *   # > + - = and `:-` get a backslash, and so does the `.` or `)` after a
 *   leading number (ordered lists).
 * - At a block's or line's edge, a leading or trailing space or tab becomes a
 *   character reference: parsers strip it, and four of them make code.
 * - A trailing run of `#` after a space is escaped (a heading's closing sequence).
 * - `http://`, `https://` and `www.` get a character reference in the middle,
 *   so that GFM does not start a link there whose path would swallow the
 *   backslash of the next escape (`http://x\<img>`). GFM may still link the
 *   text afterwards (`https://…`, `www.…`, `a@b.c`), but only as a link holding
 *   plain text, and only ever http(s) or mailto; `javascript:` stays text.
 */
import type { Handle, Info } from 'mdast-util-to-markdown';

/** What surrounds the value in the output: the library's `Info.before`/`after`. */
export type TextEdges = Pick<Info, 'before' | 'after'>;

const ALWAYS = /[\\`*[\]|~\r\n]|_|<(?=[!/?A-Za-z])|&(?=[#A-Za-z])/gu;
const WORD = /[\p{L}\p{N}]/u;
const AT_LINE_START = /^(?:[#>+\-=]|:(?=[ \t]*-)|\d{1,9}[.)])/u;
/** First characters of AT_LINE_START, to skip the expression for most values. */
const LINE_START_CHARS = new Set([...'#>+-=:0123456789']);

// Character tests on one UTF-16 unit: this runs on every text of the brief, so no regular expression here.
const isSpaceOrTab = (c: string) => c === ' ' || c === '\t';
const isLineEnd = (c: string) => c === '' || c === '\n' || c === '\r';
/** A neighbour beside which parsers strip whitespace: nothing, whitespace, a table pipe, a backslash. */
const isEdge = (c: string) => c === '' || c === '|' || c === '\\' || c.trim() === '';
const isLetter = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

export function escapeText(value: string, { before, after }: TextEdges): string {
  if (value === '') return value;
  let out = value.replace(ALWAYS, (char: string, index: number) => {
    if (char === '\n') return '&#xA;';
    if (char === '\r') return '&#xD;';
    if (char === '_' && WORD.test(value.charAt(index - 1)) && WORD.test(value.charAt(index + 1))) return char;
    return `\\${char}`;
  });
  // A final `&` or `<` is markup if the next node completes it.
  const last = value.charAt(value.length - 1);
  const next = after.charAt(0);
  if ((last === '&' && (next === '#' || isLetter(next))) || (last === '<' && (next === '!' || next === '/' || next === '?' || isLetter(next)))) {
    out = `${out.slice(0, -1)}\\${last}`;
  }
  out = escapeClosingHashes(out);
  out = breakLiteralAutolinks(out);

  const previous = before.charAt(before.length - 1);
  if (isEdge(previous) && isSpaceOrTab(out.charAt(0))) {
    out = characterReference(out.charCodeAt(0)) + out.slice(1);
  } else if (isLineEnd(previous) && LINE_START_CHARS.has(out.charAt(0))) {
    const start = AT_LINE_START.exec(out);
    if (start) out = `${out.slice(0, start[0].length - 1)}\\${out.slice(start[0].length - 1)}`;
  }
  if (isEdge(next) && isSpaceOrTab(out.charAt(out.length - 1))) out = out.slice(0, -1) + characterReference(out.charCodeAt(out.length - 1));
  return out;
}

/**
 * GFM turns `http://…`, `https://…` and `www.…` into links while it reads the
 * characters, and a link's path swallows backslashes: `http://x\<img …>`
 * would be a link to `http://x\` followed by live HTML. A character
 * reference in the scheme or after `www` keeps the reader from starting such
 * a link; the text reads the same. (GFM's later pass may still link the
 * decoded text, but as a link node holding text, never markup.)
 */
function breakLiteralAutolinks(value: string): string {
  if (!/https?:\/\/|www\./iu.test(value)) return value;
  return value.replace(/(https?):(?=\/\/)/giu, '$1&#x3A;').replace(/(www)\.(?=[^\s])/giu, '$1&#x2E;');
}

/** `#` at the end, after a space or alone (spaces may follow): an ATX heading's closing sequence. */
function escapeClosingHashes(value: string): string {
  let end = value.length;
  while (end > 0 && isSpaceOrTab(value.charAt(end - 1))) end--;
  if (value.charAt(end - 1) !== '#') return value;
  let start = end - 1;
  while (start > 0 && value.charAt(start - 1) === '#') start--;
  if (start > 0 && !isSpaceOrTab(value.charAt(start - 1))) return value;
  return value.slice(0, start) + '\\#'.repeat(end - start) + value.slice(end);
}

function characterReference(code: number): string {
  return `&#x${code.toString(16).toUpperCase()};`;
}

/**
 * mdast-util-to-markdown's `text` handler. Its `peek` (how the library learns
 * the first character of the next node, to pass it on as `after`) returns the
 * raw value, which is cheaper than escaping it twice. It is enough: escapeText
 * only asks of `after` whether it starts with an edge, a letter or `#`, and an
 * escaped value starts either with its raw first character or with `\` or `&`,
 * which at worst costs the neighbour one unneeded escape.
 */
export const textHandler: Handle = Object.assign((node: { value: string }, _parent: unknown, _state: unknown, info: Info) => escapeText(node.value, info), {
  peek: (node: { value: string }) => node.value,
});
