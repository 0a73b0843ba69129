/**
 * The terms a passage is matched on: the stems of its content words, with
 * every form of a place replaced by the place's key (places.ts), so that
 * "Armenian", "Armenia" and "Yerevan" are one term. Multi-word forms
 * ("White House", "Democratic Republic of the Congo") are read first; a
 * time of day is one term however written, and the month May is not the
 * verb (moments.ts).
 */
import { beginsPlace, LONGEST_PLACE_FORM, placeKey } from './places';
import { momentAt } from './moments';
import { numberValue } from './quantities';
import { synonymOf } from './synonyms';
import { stemOf, tokenize, type Token } from './tokens';

export interface Term {
  /** A stem, or `@key` for a place. */
  term: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  /** Written with a capital (names; sentence starts too). */
  capital: boolean;
}

/** Prefix of place terms: no stem starts with it. */
export const PLACE = '@';

export function termsOf(text: string, tokens: readonly Token[] = tokenize(text)): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const moment = momentAt(text, tokens, i);
    if (moment) {
      terms.push({ term: moment.term, start: token.start, end: (tokens[moment.last] as Token).end, capital: false });
      i = moment.last;
      continue;
    }
    const place = longestPlace(tokens, i);
    const number = numberWords(tokens, i);
    const person = place ? undefined : titledName(text, tokens, i);
    if (person !== undefined) {
      const surname = tokens[person] as Token;
      if (isHead(tokens.slice(i, person))) terms.push({ term: LEADER, start: token.start, end: token.end, capital: false });
      terms.push({ term: synonymOf(surname.stem), start: surname.start, end: surname.end, capital: true });
      i = person;
    } else if (number) {
      terms.push({ term: number.value, start: token.start, end: (tokens[number.last] as Token).end, capital: false });
      i = number.last;
    } else if (place) {
      terms.push({ term: PLACE + place.key, start: token.start, end: (tokens[place.last] as Token).end, capital: true });
      i = place.last;
    } else if (!token.stop) {
      terms.push({ term: synonymOf(token.stem), start: token.start, end: token.end, capital: token.capital });
    }
  }
  return terms;
}

/** Words of a title before a name ("Prime Minister", "Secretary of State", "Vice President"). */
const TITLE_WORDS = new Set(
  'president vice prime minister foreign deputy secretary state chancellor premier envoy special ambassador king queen senator sen gov governor general gen spokesman spokeswoman chairman speaker mayor'.split(' '),
);

/** Titles of a head of state or government: "the leaders of Armenia and Azerbaijan" are their president and prime minister. */
const HEAD_TITLES = new Set(['president', 'prime', 'premier', 'chancellor', 'king', 'queen']);
const LEADER = synonymOf(stemOf('leader'));

/** Whether a title names the head itself, not a deputy ("Vice President"). */
function isHead(title: readonly Token[]): boolean {
  return title.some((t) => HEAD_TITLES.has(t.word)) && !title.some((t) => t.word === 'vice' || t.word === 'deputy');
}

/**
 * A person named with a title ("Armenian Prime Minister Nikol Pashinyan",
 * "U.S. President Donald J. Trump"): the index of the surname's token, the
 * title and the given names before it being left out. One person is then
 * one term, whichever way a report names them ("Pashinyan", "the prime
 * minister, Nikol Pashinyan"), and a passage does not match a claim on
 * the words of a title alone.
 */
function titledName(text: string, tokens: readonly Token[], i: number): number | undefined {
  let j = i;
  const isTitle = (t: Token | undefined) => t !== undefined && t.capital && TITLE_WORDS.has(t.word);
  // "of" joins two title words ("Secretary of State").
  while (isTitle(tokens[j]) || (tokens[j]?.word === 'of' && j > i && isTitle(tokens[j + 1]))) j++;
  if (j === i) return undefined;
  let last = -1;
  for (let k = j; k < tokens.length && k < j + 4; k++) {
    const t = tokens[k] as Token;
    if (!t.capital || t.stop || TITLE_WORDS.has(t.word) || beginsPlace(t.word) || /\d/u.test(t.word)) break;
    // The name goes on only across a space, or the full stop of an abbreviated title or an initial ("Gen. Smith",
    // "Donald J. Trump"): "Pashinyan, Aliyev" are two names, and "Marco Rubio. Courtesy" ends a sentence.
    const before = tokens[k - 1] as Token;
    const gap = text.slice(before.end, t.start);
    if (k > i && !/^\s+$/u.test(gap) && !(/^\.\s+$/u.test(gap) && (k === j || before.word.length === 1))) break;
    last = k;
  }
  return last < 0 ? undefined : last;
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion'.split(' '),
);

/** Numbers written in words are one term, their value in digits: "Thirty-five" meets "35". */
function numberWords(tokens: readonly Token[], i: number): { value: string; last: number } | undefined {
  if (!NUMBER_WORDS.has((tokens[i] as Token).word)) return undefined;
  let last = i;
  while (last + 1 < tokens.length && NUMBER_WORDS.has((tokens[last + 1] as Token).word)) last++;
  const value = numberValue(tokens.slice(i, last + 1).map((t) => t.word).join(' '));
  return value === undefined ? undefined : { value: String(value), last };
}

/** The longest place form starting at token `i`: its key and last token. */
function longestPlace(tokens: readonly Token[], i: number): { key: string; last: number } | undefined {
  const first = tokens[i] as Token;
  // A place starts with a capital ("the" before one is a function word, dropped on its own).
  if (!first.capital || !beginsPlace(first.word)) return undefined;
  // "us" is a place only when written as one ("US", "U.S."), never the pronoun; so "un".
  const pronoun = (first.word === 'us' || first.word === 'un') && first.text === first.text.toLowerCase();
  let found: { key: string; last: number } | undefined;
  let form = first.word;
  for (let n = 1; n <= LONGEST_PLACE_FORM && i + n <= tokens.length; n++) {
    if (n > 1) form += ' ' + (tokens[i + n - 1] as Token).word;
    if (!beginsPlace(form)) break;
    const key = placeKey(form);
    if (key !== undefined && !(n === 1 && pronoun)) found = { key, last: i + n - 1 };
  }
  return found;
}

const VOWELS = /[aeiouy]/gu;

/**
 * The consonants of a folded word, doubled letters once ("nakhichevan" and
 * "nakhchivan" → "nkhchvn"): transliterations of one name mostly differ in
 * their vowels. Only used for capitalized words of four consonants or more.
 */
export function skeleton(word: string): string {
  return word.replace(VOWELS, '').replace(/(.)\1+/gu, '$1');
}
