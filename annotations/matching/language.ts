/**
 * Whether a text reads as English: the matcher's terms, stems and place
 * forms are English, so an article in another language would only match by
 * its names, and weakly. Such an article is set aside with a reason instead
 * (the answer is "not English", not silence).
 *
 * English prose is about 40% function words ("the", "of", "and"); German,
 * French or Spanish prose has few of ours, and other scripts none.
 */
import type { Token } from './tokens';

/** Below this share of English function words a text is not read as English. */
const MIN_FUNCTION_WORDS = 0.15;
/** Texts shorter than this many words are not judged (a title, a caption). */
const MIN_WORDS = 12;

export function looksEnglish(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !/^\p{N}/u.test(t.word));
  if (words.length < MIN_WORDS) return true;
  return words.filter((t) => t.stop).length / words.length >= MIN_FUNCTION_WORDS;
}
