/**
 * Word boundaries for adjusting a highlight by a word from the keyboard.
 * Words are what `Intl.Segmenter` (word granularity) calls word-like, so
 * punctuation and spaces are stepped over and scripts without spaces (Thai,
 * Japanese) split where the platform's dictionary says. Offsets are code
 * points, as everywhere in the app.
 *
 * Only a window of text around the offset is segmented (a long article would
 * otherwise be segmented on every key press); the window grows until it finds
 * a boundary. Boundaries near a window's cut are not trusted: the cut may fall
 * inside a word.
 */
import { CodePointIndex } from './code-points';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const FIRST_WINDOW = 256;

interface Word {
  start: number;
  end: number;
}

/** Word-like segments of [from, to) (code points). */
function wordsIn(text: CodePointIndex, from: number, to: number): Word[] {
  const base = text.toUtf16(from);
  const slice = text.text.slice(base, text.toUtf16(to));
  const sliceIndex = new CodePointIndex(slice);
  const words: Word[] = [];
  for (const s of segmenter.segment(slice)) {
    if (!s.isWordLike) continue;
    words.push({ start: from + sliceIndex.toCodePoint(s.index), end: from + sliceIndex.toCodePoint(s.index + s.segment.length) });
  }
  return words;
}

type Pick = (words: Word[]) => number | undefined;

/**
 * Word rules look a few characters ahead and behind ("U.S.", "3.14"), so a
 * boundary this close to a cut inside the text is not trusted: the window grows.
 */
const CUT_MARGIN = 16;

/**
 * Searches windows around `offset` that grow on both sides (a word around
 * `offset` may be long) until `pick` finds a boundary the window can vouch
 * for, or the window is the whole text.
 */
function search(text: CodePointIndex, offset: number, pick: Pick): number | null {
  for (let size = FIRST_WINDOW; ; size *= 4) {
    const from = Math.max(0, offset - size);
    const to = Math.min(text.length, offset + size);
    const whole = from === 0 && to === text.length;
    const found = pick(wordsIn(text, from, to));
    const nearCut = found !== undefined && ((from > 0 && found - from < CUT_MARGIN) || (to < text.length && to - found < CUT_MARGIN));
    if (found !== undefined && (!nearCut || whole)) return found;
    // Nothing found: it may lie beyond the window, unless the window is the text.
    if (found === undefined && whole) return null;
  }
}

/** The end of the first word that ends after `offset`: where "extend the end by a word" lands. */
export function nextWordEnd(text: CodePointIndex, offset: number): number | null {
  return search(text, offset, (words) => words.find((w) => w.end > offset)?.end);
}

/** The end of the last word that ends before `offset`: where "pull the end back by a word" lands. */
export function previousWordEnd(text: CodePointIndex, offset: number): number | null {
  return search(text, offset, (words) => words.findLast((w) => w.end < offset)?.end);
}

/** The start of the first word that starts after `offset`: where "move the start on by a word" lands. */
export function nextWordStart(text: CodePointIndex, offset: number): number | null {
  return search(text, offset, (words) => words.find((w) => w.start > offset)?.start);
}

/** The start of the last word that starts before `offset`: where "extend the start by a word" lands. */
export function previousWordStart(text: CodePointIndex, offset: number): number | null {
  return search(text, offset, (words) => words.findLast((w) => w.start < offset)?.start);
}

export type WordEdit = 'extendEnd' | 'shrinkEnd' | 'extendStart' | 'shrinkStart';

/**
 * The range after moving one edge of [start, end) by a word, or null when it
 * cannot move (text edge reached, or the range would become empty: a
 * highlight keeps at least one word).
 */
export function adjustByWord(text: CodePointIndex, start: number, end: number, edit: WordEdit): { start: number; end: number } | null {
  switch (edit) {
    case 'extendEnd': {
      const next = nextWordEnd(text, end);
      return next === null ? null : { start, end: next };
    }
    case 'shrinkEnd': {
      const next = previousWordEnd(text, end);
      return next === null || next <= start ? null : { start, end: next };
    }
    case 'extendStart': {
      const next = previousWordStart(text, start);
      return next === null ? null : { start: next, end };
    }
    case 'shrinkStart': {
      const next = nextWordStart(text, start);
      return next === null || next >= end ? null : { start: next, end };
    }
  }
}
