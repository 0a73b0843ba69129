/**
 * Words of a text, as the matcher compares them: folded (lower case, accents
 * removed: "Türkiye" → "turkiye"), stemmed with the Porter stemmer
 * ("negotiations" → "negoti"; an irregular past form from its base: "met"
 * → "meet"; a noun in -y as its adjective in -ic: "economy" → "econom"),
 * with their UTF-16 offsets in the text.
 *
 * A word is a run of letters and digits; apostrophes inside a word are kept
 * and a possessive "'s" is dropped ("Azerbaijan’s" → "azerbaijan");
 * thousands separators and decimals stay inside numbers ("100,000", "2.5");
 * initialisms written with dots are one word ("U.S." → "us"). Hyphens split
 * words ("32-kilometer" → "32", "kilometer").
 */
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords';
import { baseForm } from './irregular-verbs';
import { americanSpelling } from './spelling';
import { adjectiveForm } from './derivations';

export interface Token {
  /** UTF-16 offsets of the word in the text it was read from. */
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** Folded: lower case, no accents, no possessive. */
  word: string;
  /** The Porter stem of `word` (numbers and initialisms as they are). */
  stem: string;
  /** Starts with a capital letter (a name, or the first word of a sentence). */
  capital: boolean;
  /** A function word or a verb of reporting ("the", "said"). */
  stop: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,]\p{N}+)*/gu;
const POSSESSIVE = /['’]s$/u;
const MARKS = /\p{M}/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
/** "12th" is read as "12", as "the 12th of May" means day 12. */
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/u;
/** "5.00" and "5.50" are 5 and 5.5 ("4.75%-5.00%" / "4.75%-5%"); three digits after a point may group thousands ("1.000"). */
const TRAILING_ZEROS = /^(\d+)(?:\.0{1,2}|(\.\d)0)$/u;

/** Lower case without accents: the form words are compared in. */
export function fold(text: string): string {
  // Most words are ASCII: no accents to remove.
  return !/[^ -~]/u.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

const stems = new Map<string, string>();

/** Porter stem of a folded word, cached: news vocabularies repeat. */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = LETTERS_ONLY.test(word) && word.length > 2 ? stemmer(adjectiveForm(americanSpelling(baseForm(word)))) : word.replace(ORDINAL, '$1').replace(TRAILING_ZEROS, '$1$2');
    if (stems.size > CACHE_LIMIT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** What a word as written reads as: the same for every occurrence of the form. */
interface Form {
  word: string;
  stem: string;
  capital: boolean;
  stop: boolean;
}

/** Forms already read, by the word as written: one lookup per token instead of folding and stemming each. */
const forms = new Map<string, Form>();
/** Forms and stems kept at most (then forgotten and read again). */
const CACHE_LIMIT = 200_000;

function formOf(raw: string): Form {
  let form = forms.get(raw);
  if (form === undefined) {
    const initialism = raw.endsWith('.') && raw.length > 2;
    const word = initialism ? fold(raw.replace(/\./gu, '')) : fold(raw).replace(POSSESSIVE, '').replace(/’/gu, "'");
    form = { word, stem: stemOf(word), capital: /^\p{Lu}/u.test(raw), stop: STOPWORDS.has(word) };
    if (forms.size > CACHE_LIMIT) forms.clear();
    forms.set(raw, form);
  }
  return form;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(WORD);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const { word, stem, capital, stop } = formOf(raw);
    tokens.push({ start, end: start + raw.length, text: raw, word, stem, capital, stop });
  }
  return tokens;
}
