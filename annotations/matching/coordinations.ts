/**
 * Names joined by "and" ("Saudi Arabia and Turkey", "the US, Turkey, and
 * Saudi Arabia", "President Trump and Secretary Rubio", "in Qatar and
 * Iraq", "Al Udeid Air Base in Qatar and Al Asad Base in western Iraq"),
 * and where a passage names one of them alone, so that two reports of one
 * event that name a different list of who or where can be told apart: one
 * has Iran strike "a U.S. military base in Qatar", the other "US bases in
 * Qatar and Iraq". Each name is kept by a key (a place's, or its last
 * word's consonants) and by the preposition it stands after ("in Qatar",
 * "to Reuters"), which is how the two reports' lists are known to fill one
 * slot.
 */
import { opensSentence, ROLE_HEADS, ROLE_WORDS } from './mentions';
import { placeForms, placeOrPeopleKey } from './places';
import { SAYING } from './saying';
import { STOPWORDS } from './stopwords';
import { skeleton } from './terms';
import { fold } from './tokens';

export type GroupKind = 'person' | 'place' | 'name';

export interface GroupMember {
  key: string;
  /** The folded word the key is read from (its last, or its place's): what another passage must hold to name it too. */
  word: string;
  /** The preposition before it (lower-cased: "in", "to"), or '' when it stands after none. */
  after: string;
}

/** A list of names joined by "and", or one name standing alone. */
export interface NameGroup {
  start: number;
  end: number;
  text: string;
  members: GroupMember[];
  kind: GroupKind;
  /** Whether a verb of saying follows ("Aliyev said"): the group is who spoke, not who acted. */
  speaks: boolean;
  /**
   * Whether the group met, each with the others ("Aliyev and Pashinyan met in
   * Abu Dhabi"): its names are the parties of one meeting, which one name
   * alone cannot be, rather than a slot that another report may fill with
   * fewer of them.
   */
  meets: boolean;
}

/** What a passage names, in groups, and every key it names anywhere (in a group or not). */
export interface NamedGroups {
  groups: NameGroup[];
  keys: ReadonlySet<string>;
}

/** Places whose own name holds "and": one place, not a list. */
const COMPOUND_PLACE = /\b(?:Jammu and Kashmir|Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|Saint Vincent and the Grenadines|São Tomé and Príncipe|Turks and Caicos|Wallis and Futuna|Saint Pierre and Miquelon)\b/gu;

/** A capitalized word, or initials ("U.S.", "D."); a full stop after a word ends the sentence, not the name. */
const WORD = String.raw`\p{Lu}(?:\.(?:\p{Lu}\.)*|[\p{L}\p{M}'’-]*)`;
/** A run of capitalized words, with the small words names hold ("Secretary of State", "bin Hamad", "Al Thani"). */
// Each repeat bounded: a line of thousands of capitalized words (a pasted table) is read in time that grows with its length.
const NAME = String.raw`${WORD}(?:\s+(?:(?:of|bin|al|el|de|du|van|von|der)\s+)?${WORD}){0,7}`;
/** A place after a name: "Al Asad Base in western Iraq". */
const IN_PLACE = String.raw`(?:\s+(?:in|near)\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern)\s+)?${WORD}(?:\s+${WORD}){0,3})?`;
const MEMBER = String.raw`(?:the\s+)?${NAME}${IN_PLACE}`;
const LIST = new RegExp(String.raw`${MEMBER}(?:,\s+${MEMBER}){0,8},?\s+(?:and|as\s+well\s+as)\s+${MEMBER}`, 'gu');
const SINGLE = new RegExp(MEMBER, 'gu');
const MEMBER_ONE = new RegExp(String.raw`^(?:the\s+)?(${NAME})(?:\s+(?:in|near)\s+(?:\p{Ll}+\s+)?(${WORD}(?:\s+${WORD})*))?$`, 'u');

const PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'with', 'from', 'by', 'between', 'against', 'near', 'for', 'into', 'across', 'over']);
/** After a name, a verb of saying, or of a judgement spoken ("called it", "hailed", "described"): the name is who spoke. */
const SPEAKS = new RegExp(
  `^[\\s,]*(?:\\p{Ll}+\\s+)?(?:${SAYING}|called|calls|hailed|hails|described|describes|indicated|indicates|spoke|speaks|thanked|thanks|praised|praises|lauded|welcomed|welcomes|urged|urges|suggested|suggests|expressed|expresses|congratulated|saying)\\b`,
  'u',
);
/** Words after which a name opens a clause, as its subject. */
const CLAUSE_OPENERS = new Set(['that', 'after', 'before', 'when', 'while', 'as', 'and', 'but', 'said', 'says', 'including', 'because', 'since', 'where', 'if', 'although', 'though', 'then']);
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/**
 * After a name, a verb of meeting with no one named after it ("met in Abu
 * Dhabi", "are set to meet on Friday", "held talks"): "met with Trump" and
 * "met Putin" name who was met, a slot of its own.
 */
const MEETS = new RegExp(
  String.raw`^[\s,]*(?:(?:\p{Ll}+\s+){0,3}?(?:met|meet|meets|meeting)|(?:held|hold|holds|holding)\s+talks|(?:shook|shake|shakes)\s+hands)\b` +
    String.raw`(?![\s,]+(?:with|the|a|an|his|her|their)\b)(?![\s,]+(?!(?:${[...CALENDAR].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})\b)\p{Lu})`,
  'u',
);

const LIST_HINT = /\s(?:and|as\s+well\s+as)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Whether a passage (its words, folded) may name a member of `group`: it
 * holds the member's word, or the first word of a form of its place. A
 * passage that names none of a list's members shares no slot with it, and
 * need not be read.
 */
export function mayName(words: ReadonlySet<string>, list: NameList): boolean {
  return list.needles.some((w) => words.has(w));
}

/** A list of two names or more, with the words a passage that names one of them holds (mayName). */
export interface NameList extends NameGroup {
  needles: readonly string[];
}

/**
 * The folded words of a text, as mayName looks for them: the pieces of
 * `fold(text).split(/[^\p{L}\p{N}]+/u)`, read a character at a time (ASCII
 * by its code). Every candidate passage is read so; the split took most of
 * the time (bench/match). The property test holds the two equal.
 */
export function foldedWords(text: string): Set<string> {
  const folded = fold(text);
  const words = new Set<string>();
  let start = 0;
  let i = 0;
  while (i < folded.length) {
    const width = wordCharWidth(folded, i);
    if (width > 0) {
      i += width;
      continue;
    }
    // A run of other characters ends the word before it (an empty one where the text or the last run ended).
    words.add(folded.slice(start, i));
    while (i < folded.length && wordCharWidth(folded, i) === 0) i += (folded.codePointAt(i) as number) > 0xffff ? 2 : 1;
    start = i;
  }
  words.add(folded.slice(start));
  return words;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The UTF-16 length of the letter or digit at `i` (2 for one outside the BMP), or 0 when it is neither. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  const point = text.codePointAt(i) as number;
  const char = String.fromCodePoint(point);
  return WORD_CHAR.test(char) ? char.length : 0;
}

/** The lists of names in `text`, in order; none without "and" before a capital (most passages). */
export function listsIn(text: string): NameList[] {
  const lists: NameList[] = [];
  if (!LIST_HINT.test(text)) return lists;
  const compound = [...text.matchAll(COMPOUND_PLACE)].map((m) => [m.index, m.index + m[0].length] as const);
  let inCompound = 0;
  for (const m of text.matchAll(LIST)) {
    while (inCompound < compound.length && (compound[inCompound] as readonly [number, number])[1] <= m.index) inCompound++;
    if (inCompound < compound.length && (compound[inCompound] as readonly [number, number])[0] < m.index + m[0].length) continue;
    const members = membersOf(text, m.index, m[0]);
    // People and places in one list are two slots ("Prime Minister Hun Manet and Thai officials"), not one;
    // demonyms qualify a noun ("Indian and Pakistani officials"): no list of places.
    if (members.length < 2 || members.some((x) => x.modifier) || (members.some((x) => x.kind === 'person') && members.some((x) => x.kind === 'place'))) continue;
    const needles = members.flatMap((m) => (m.key.startsWith('@') ? placeForms(m.key.slice(1)).map((f) => f.split(' ')[0] as string) : [m.word]));
    lists.push({ ...groupOf(text, members), needles });
  }
  return lists;
}

/** Every list of names in `text` (`lists`, when read already), and every name standing alone, in order. */
export function nameGroupsIn(text: string, lists: readonly NameGroup[] = listsIn(text)): NamedGroups {
  const groups: NameGroup[] = [];
  const keys = new Set<string>();
  // Lists and single names both come in text order: one pass over each (a pasted table of thousands of names stays linear).
  let next = 0;
  for (const m of text.matchAll(SINGLE)) {
    const one = readMember(text, m.index, m[0]);
    const members = one ? [one] : [];
    for (const member of members) keys.add(member.key);
    while (next < lists.length && (lists[next] as NameGroup).end <= m.index) next++;
    const inList = next < lists.length && (lists[next] as NameGroup).start < m.index + m[0].length;
    // A name with a possessive ("Pakistan's decision") tells whose, and fills no slot a list could.
    if (members.length !== 1 || members[0]?.modifier || /['’]s?$/u.test(m[0]) || inList) continue;
    groups.push(groupOf(text, members));
  }
  for (const g of lists) for (const member of g.members) keys.add(member.key);
  return { groups: [...lists, ...groups].sort((a, b) => a.start - b.start), keys };
}

interface ReadMember extends GroupMember {
  /** Where the member's whole text is. */
  from: number;
  to: number;
  kind: GroupKind;
  /** Whether it names its place after it ("Al Asad Base in western Iraq"): its key is that place's. */
  tail: boolean;
  /** A demonym ("Pakistani", "Thai"): it qualifies a noun, and fills no slot of its own. */
  modifier: boolean;
}

/** The members of a list's text (or of one name) found at `at`: each name split at its commas and "and". */
function membersOf(text: string, at: number, list: string): ReadMember[] {
  const members: ReadMember[] = [];
  const parts = /,?\s+(?:and|as\s+well\s+as)\s+|,\s+/gu;
  let from = 0;
  const cuts = [...list.matchAll(parts)].map((p) => [p.index, p.index + p[0].length] as const);
  for (const [end, next] of [...cuts, [list.length, list.length] as const]) {
    const member = readMember(text, at + from, list.slice(from, end));
    if (member) members.push(member);
    from = next;
  }
  // What the list stands after holds for every member but one with a place of its own ("in Qatar and Iraq";
  // "hosted Pashinyan and Aliyev": Aliyev is hosted too, not the subject "and" would make him alone).
  const context = members[0]?.after ?? '';
  for (const member of members) if (!member.tail) member.after = context;
  return members;
}

function readMember(text: string, at: number, raw: string): ReadMember | undefined {
  const m = MEMBER_ONE.exec(raw);
  if (!m) return undefined;
  // A capitalized function word is the sentence's, not the name's ("In Qatar"; "The US" keeps "US").
  const raws = (m[1] as string).split(/\s+/u);
  let k = 0;
  while (k < raws.length - 1 && isFunctionWord(raws[k] as string)) k++;
  const name = raws.slice(k).join(' ');
  // "In Qatar and Iraq": the preposition is the sentence's first word; "Mr Phumtham said": the name opens the clause.
  const opening = fold(raws[k - 1] ?? '');
  const standsAfter = PREPOSITIONS.has(opening) ? opening : prepositionBefore(text, at);
  const nameAt = at + raw.indexOf(name);
  const words = raws.slice(k).map(keyWord);
  const last = words[words.length - 1] as string;
  if (raws.slice(k).every(isFunctionWord) || words.some((w) => CALENDAR.has(w)) || ROLE_WORDS.has(last)) return undefined;
  const tail = m[2];
  if (tail) {
    // "Al Asad Base in western Iraq": the place is what the base is known by here. One word opening a sentence before
    // it is a common noun, no part of the name ("People in northern Thailand and Bangkok felt the tremors").
    const tailWords = tail.split(/\s+/u).map(keyWord);
    const from = name.includes(' ') || !opensSentence(text, nameAt) ? nameAt : at + raw.lastIndexOf(tail);
    return { from, to: at + raw.length, key: keyOf(tailWords), word: tailWords[tailWords.length - 1] as string, after: 'in', kind: 'place', tail: true, modifier: false };
  }
  const key = keyOf(words);
  const place = key.startsWith('@');
  let lastRole = words.findLastIndex((w) => ROLE_HEADS.has(w));
  if (words[lastRole + 1] === 'of' && words[lastRole + 2] === 'state') lastRole += 2;
  // A role with no name after it, or only its country ("Prime Minister of Malaysia"), names an office, not a person.
  if (lastRole >= 0 && (lastRole === words.length - 1 || words[lastRole + 1] === 'of')) return undefined;
  const person = !place && lastRole >= 0;
  return { from: nameAt, to: nameAt + name.length, key, word: last, after: standsAfter, kind: place ? 'place' : person ? 'person' : 'name', tail: false, modifier: words.length === 1 && (place ? isDemonym(last, key.slice(1)) : LANGUAGE_OR_PEOPLE.test(last)) };
}

/**
 * Whether a word that names a place is its demonym ("Pakistani", "Thai",
 * "Chinese", "American", "French"), not the place or its capital ("Iran",
 * "Tehran"): another form than the place's own name, that starts as it does
 * or ends as demonyms do.
 */
function isDemonym(word: string, place: string): boolean {
  return word !== place && (word.startsWith(place.slice(0, 3)) || /(?:ican|ish|ch)$/u.test(word));
}

/**
 * One word shaped as a language or a people's name of a place the table
 * does not hold ("Italian", "Spanish", "Portuguese"): "speaking in Italian
 * and Spanish" / "said in Italian" name no slot a list fills.
 */
const LANGUAGE_OR_PEOPLE = /^\p{L}+(?:ian|ish|ese)$/u;

/** A word as keys read it: folded, without its possessive or its full stops ("U.S." is "us"). */
function keyWord(word: string): string {
  return fold(word.replace(/['’]s?$/u, '').replace(/\./gu, ''));
}

/** A place's key ("@qatar") when the name, or its last words, is a place; else its last word's first letter and consonants. */
function keyOf(words: readonly string[]): string {
  for (let k = 0; k < words.length; k++) {
    const place = placeOrPeopleKey(words.slice(k).join(' '));
    if (place) return `@${place}`;
  }
  const last = words[words.length - 1] as string;
  return `${last.charAt(0)}${skeleton(last)}`;
}

/** A function word written with a capital, as a sentence starts ("In", "The"); an acronym ("US") is a name. */
function isFunctionWord(word: string): boolean {
  return STOPWORDS.has(fold(word)) && (word.length < 2 || word !== word.toUpperCase());
}

/**
 * What a name stands after: its preposition ("in", "to"); '' where it opens
 * a clause, as its subject does (after a full stop or a comma, "that",
 * "said", "after"…); '>' after any other word, as an object does ("hosted
 * Pashinyan and Aliyev" is not "Aliyev said").
 */
function prepositionBefore(text: string, at: number): string {
  let word = wordBefore(text, at);
  // An article between ("by the US") is read past.
  if (word !== undefined && ARTICLES.has(word.text)) word = wordBefore(text, word.start);
  if (word === undefined) return '';
  if (PREPOSITIONS.has(word.text)) return word.text;
  return CLAUSE_OPENERS.has(word.text) ? '' : '>';
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The word just before `at`, lower-cased, when only spaces come between (a
 * comma or a quote mark between: none). Read by hand, not by a pattern: this
 * runs for every name of every passage.
 */
function wordBefore(text: string, at: number): { text: string; start: number } | undefined {
  let end = at;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
  return start === end ? undefined : { text: text.slice(start, end).toLowerCase(), start };
}

function groupOf(text: string, members: readonly ReadMember[]): NameGroup {
  const first = members[0] as ReadMember;
  const lastMember = members[members.length - 1] as ReadMember;
  const kinds = new Set(members.map((m) => m.kind));
  const kind: GroupKind = kinds.has('person') ? 'person' : kinds.has('place') ? 'place' : 'name';
  return {
    start: first.from,
    end: lastMember.to,
    text: text.slice(first.from, lastMember.to),
    members: members.map(({ key, word, after }) => ({ key, word, after })),
    kind,
    speaks: SPEAKS.test(text.slice(lastMember.to, lastMember.to + 40)),
    meets: MEETS.test(text.slice(lastMember.to, lastMember.to + 60)),
  };
}
