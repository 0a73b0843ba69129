/**
 * Who a passage says made the statement: a named person (mentions.ts
 * `peopleIn`) joined to a verb of saying, "US President Donald Trump on
 * Saturday announced…", "Vikram Misri, the secretary for external affairs
 * said", "…, said Foreign Minister Ishaq Dar", "according to Secretary Rubio";
 * or a name alone where it speaks ("“These people are heroes,” Moore said";
 * `namedAlone`), as reports name a person after the first mention.
 * Two reports that give one claim to two different people disagree on its
 * source, which an analyst weighing sources reads first.
 *
 * A role alone ("Pakistan's foreign minister also said") names no one: it
 * may be the person the other report names. Set against a named speaker of
 * another office it still disagrees: either it is that person, given
 * another role, or someone else.
 */
import { OUTLETS } from './attributions';
import { HEADS } from './credit-words';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { countryOfDemonym } from './countries';
import { givenKey, NAME_WORD, nameKey, nameWords, oneOffice, ROLE_WORDS, type PersonMention } from './mentions';
import { placeKey } from './places';
import { POSTING, SAYING } from './saying';
import { STOPWORDS } from './stopwords';
import { fold } from './tokens';

export interface Speaker {
  /** The surname's skeleton, as `PersonMention.person`; "" for a role alone. */
  person: string;
  /** The folded role, as `PersonMention.role`, or "" when the name comes with none. */
  role: string;
  /** The given name's skeleton, or "": one given name and two spellings of a surname are one person ("Abbas Araghchi" / "Abbas Araqchi"). */
  given: string;
  /** From the person to the verb, as written ("Donald Trump on Saturday announced"). */
  text: string;
}

/**
 * After the person: where or when they spoke, between commas (", in
 * remarks at the White House,"), a day or time ("on Saturday", "earlier"),
 * "has" or "had", then the verb, or a post ("made a post", "took to X");
 * the whole under a few words, so that a verb whose subject is someone
 * else further on is not taken.
 */
const AFTER = new RegExp(
  // A role's own words first ("Vikram Misri, the secretary for external affairs said").
  `^(?:\\s+(?:for|of)\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}?(?=,?\\s+(?:${SAYING})\\b))?(?:,\\s+(?:in|at|during|speaking|after|while)\\s[^,;.]{1,40},)?,?\\s*(?:(?:on|this|last|late|early)\\s+\\p{L}+\\s+|earlier\\s+|later\\s+|also\\s+|has\\s+|had\\s+|have\\s+)*(?:(?:${SAYING})\\b|${POSTING})`,
  'u',
);
/**
 * Before the person: "according to", or a verb of saying after a comma or a
 * closing quote ("…, said Foreign Minister Ishaq Dar"); a verb with no comma
 * before it has the person as its object ("Trump said Dar had agreed").
 */
const BEFORE = new RegExp(`(?:[,"”’]\\s*(?:${SAYING})|\\baccording\\s+to)\\s+$`, 'u');

/** Whose office a role alone is, written before it, with its article: "Pakistan's", "the US", "the". */
const HOLDER = /(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.]*(?:['’]s)?\s+)?$/u;

const GIVES_STATEMENT = new RegExp(`(?:\\b(?:${SAYING})$|\\b(?:${POSTING})$|^(?:${SAYING}|according\\s+to)\\s)`, 'u');

/** Whether a difference's text is a speaker as `speakersIn` writes it, with its verb: the label says "speaker", not "person". */
export function givesStatement(text: string): boolean {
  return GIVES_STATEMENT.test(text);
}

/** Jobs that come before a name as a title and that no office of mentions.ts names ("Fire Chief John Donnelly", "City Manager Dalton Rice", "agency official Kiyomoto Masashi"). */
const JOBS = ['chief', 'manager', 'sheriff', 'director', 'ceo', 'judge', 'prosecutor', 'commissioner', 'meteorologist', 'officer', 'superintendent', 'inspector', 'coordinator', 'administrator', 'official'];
const JOB = JOBS.map((j) => `[${j[0] as string}${(j[0] as string).toUpperCase()}]${j.slice(1)}`).join('|').replace('[cC]eo', 'CEO');
/**
 * A person named with no role, read only where they speak and where each
 * word may be a name's (no place, people, office, body, outlet, month or
 * word for a group): after a title or a job ("Mr Hayashi said", "Kerrville
 * City Manager Dalton Rice said"), starting a sentence or after a comma or
 * a quote ("Moore added that…", "…,” Moore said", "…, said Sarangi"), or
 * two words or more after "according to" (one word there is a company's as
 * often: "according to Microsoft").
 */
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?|(?:${NAME_WORD}\s+){0,3}(?:${JOB}))`;
const BARE_NAME = `(?:(${TITLE})\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`;
/** The verb after a name: "said", "has said", "later told". */
const VERB_AFTER = `,?\\s+(?:(?:also|later|earlier|then|has|had|have)\\s+)?(?:${SAYING})\\b`;
const SPEAKS_AFTER = new RegExp(`${BARE_NAME}(${VERB_AFTER})`, 'gu');
const SPEAKS_BEFORE = new RegExp(`(?:[,"”’]\\s*(?:${SAYING})|\\baccording\\s+to)\\s+${BARE_NAME}(?=\\s*(?:[,.;:)]|$))`, 'gu');
/** Whether a passage may hold a speaker at all: a verb of saying, or "according to". */
const SPEAKS = new RegExp(`\\b(?:${SAYING}|according\\s+to)\\b`, 'u');
/** What stands before a name that speaks: a sentence's start, or a comma or a quote ending the words it said. */
const SENTENCE_START = /(?:^|(?<!(?:^|[\s.])\p{Lu})[.!?]["”’]?\s+|\n\s*)$/u;
const AFTER_CLAUSE = /[,"”’]\s*$/u;
/** A job written small before the name: "the agency's chief meteorologist Bob Smith said". */
const AFTER_JOB = new RegExp(`\\b(?:${JOB})\\s+$`, 'u');
/** People named by what they are, capitalized at a sentence's start or after a quote: no one's name. */
const COLLECTIVES = new Set(
  'people leaders members officials police authorities witnesses residents experts analysts sources investigators rescuers doctors scientists researchers critics officers prosecutors lawyers diplomats survivors families neighbours neighbors observers organisers organizers protesters activists villagers locals medics firefighters troops soldiers militants rebels lawmakers workers staff passengers relatives parents students teachers others everyone someone'.split(' '),
);
/** Words no person's name holds: months and days, offices and jobs, bodies' heads, outlets, function words (places and peoples are read apart). */
const NOT_NAME_WORDS = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES, ...ROLE_WORDS, ...JOBS, ...HEADS, ...STOPWORDS, ...COLLECTIVES, ...OUTLETS.map((o) => o.toLowerCase())]);

function mayBeName(words: readonly string[]): boolean {
  // A surname is a capital and small letters: letters in capitals are an acronym ("PTI", "USGS").
  if (!/^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(words.at(-1) ?? '')) return false;
  return words.every((w) => {
    const folded = fold(w.replace(/['’]s$/u, ''));
    const plain = folded.replace(/\./gu, '');
    return !NOT_NAME_WORDS.has(folded) && placeKey(plain) === undefined && countryOfDemonym(folded) === undefined && countryOfDemonym(folded.replace(/s$/u, '')) === undefined;
  });
}

/** Speakers named with no role (see BARE_NAME), where no mention with a role holds them. */
function namedAlone(text: string, people: readonly PersonMention[]): Speaker[] {
  const found: Speaker[] = [];
  // Where mentions with a role lie, so that each name is checked against them in its own length, not their number.
  const mentioned = new Uint8Array(text.length);
  for (const p of people) mentioned.fill(1, p.start, p.end);
  const add = (name: string, at: number, from: number, to: number) => {
    const words = name.split(/\s+/u);
    if (!mayBeName(words) || mentioned.subarray(at, at + name.length).includes(1)) return;
    const { surname, given } = nameWords(name);
    found.push({ person: nameKey(surname), given: given ? givenKey(given) : '', role: '', text: text.slice(from, to) });
  };
  for (const m of text.matchAll(SPEAKS_AFTER)) {
    const [whole, , name, verb] = m as unknown as [string, string | undefined, string, string];
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (SENTENCE_START.test(before) || AFTER_CLAUSE.test(before) || AFTER_JOB.test(before)) {
      add(name, m.index + whole.length - verb.length - name.length, m.index, m.index + whole.length);
    }
  }
  for (const m of text.matchAll(SPEAKS_BEFORE)) {
    const [whole, title, name] = m as unknown as [string, string | undefined, string];
    if (title === undefined && !name.includes(' ') && /^according/u.test(whole)) continue;
    const from = m.index + (/^[,"”’]\s*/u.exec(whole)?.[0].length ?? 0);
    add(name, m.index + whole.length - name.length, from, m.index + whole.length);
  }
  return found;
}

export function speakersIn(text: string, people: readonly PersonMention[]): Speaker[] {
  const speakers: Speaker[] = [];
  for (const p of people) {
    if (p.person === '' && p.role === '') continue;
    const start = p.person === '' ? p.start - (HOLDER.exec(text.slice(Math.max(0, p.start - 30), p.start))?.[0].length ?? 0) : p.start;
    const who = { person: p.person, given: p.given, role: p.role };
    const after = AFTER.exec(text.slice(p.end, p.end + 90));
    if (after) {
      // A role alone is quoted with its article ("the US President made a post"): without it, it reads as a headline.
      const said = text.slice(start, p.end + after[0].length);
      speakers.push({ ...who, text: p.person === '' ? said : said.replace(/^(?:the|The)\s+/u, '') });
      continue;
    }
    const before = BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (before) speakers.push({ ...who, text: before[0].replace(/^[,"”’]\s*/u, '') + text.slice(start, p.end) });
  }
  return SPEAKS.test(text) ? speakers.concat(namedAlone(text, people)) : speakers;
}

interface Said {
  text: string;
  speakers: readonly Speaker[];
  people: readonly PersonMention[];
}

/**
 * Each passage gives the statement to one speaker, and neither names the
 * other's speaker anywhere (a report may say who announced it and who
 * confirmed it after). Two named speakers differ when they are two people;
 * a role alone differs from a named speaker of another office; two roles
 * alone are left to the roles (differences.ts).
 */
export function speakersDiffer(a: Said, b: Said): { here: string; there: string } | null {
  const x = onlySpeaker(a.speakers);
  const y = onlySpeaker(b.speakers);
  if (!x || !y || (x.person === '' && y.person === '')) return null;
  if ((x.person === '' && y.role === '') || (y.person === '' && x.role === '')) return null;
  if (a.people.some((p) => names(p, y)) || b.people.some((p) => names(p, x))) return null;
  // A name written with no role is no mention, but still the speaker ("Moore said…" / "…, Moore added").
  if (writesName(a.text, y.person) || writesName(b.text, x.person)) return null;
  if (x.person !== '' && y.person !== '' && (oneSurname(x.person, y.person) || (x.given !== '' && x.given === y.given) || byGivenName(x, y) || byGivenName(y, x))) return null;
  return { here: x.text, there: y.text };
}

/** A capitalized word that ends its name: one before another is a given name or part of a thing's ("Francis Scott Key Bridge"). */
const CAPITALIZED = /\p{Lu}[\p{L}'’-]*(?![\p{L}'’-]|\s+\p{Lu})/gu;

/** Whether a text writes this surname anywhere, spelled as it is or otherwise (`oneSurname`), offices and other words no name holds aside ("Mayor" is no "Moore"). */
function writesName(text: string, person: string): boolean {
  if (person === '') return false;
  for (const [word] of text.matchAll(CAPITALIZED)) {
    const bare = word.replace(/['’]s$/u, '');
    if (!NOT_NAME_WORDS.has(fold(bare)) && oneSurname(nameKey(bare), person)) return true;
  }
  return false;
}

/**
 * Two surnames' keys that may be one name spelled two ways: one sound
 * written otherwise ("Kurtz" / "Kurts" / "Kurz"); or, for keys of four
 * letters or more that begin alike, one letter apart, or two with the last
 * kept, as transliterations differ ("Araghchi" / "Araqchi"); or a surname
 * of hyphened parts and its last part.
 */
function oneSurname(x: string, y: string): boolean {
  if (x === y) return true;
  // News writes such a surname by its last part once the full name is given ("General Waker-Uz-Zaman" / "Zaman said").
  if (x.split('-').at(-1) === y || y.split('-').at(-1) === x) return true;
  // "tz", "ts", "z" and "s" are one sound, written each way ("Kurtz" / "Kurts" / "Kurz").
  const [a, b] = [x, y].map((k) => k.replace(/t[sz]|s/gu, 'z')) as [string, string];
  if (a === b) return true;
  // Keys are consonants only: short ones one letter apart are two names ("Hayashi" / "Masashi").
  if (Math.min(a.length, b.length) < 4 || a[0] !== b[0]) return false;
  const apart = editDistance(a, b);
  return apart === 1 || (apart === 2 && a.at(-1) === b.at(-1));
}

/** Letters to change, add or drop to make one short key the other. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] as number;
}

/**
 * One name alone that is the other's given name: a Thai minister is "Mr
 * Phumtham" for "Phumtham Wechayachai", as Thai reports name people.
 */
function byGivenName(one: Speaker, full: Speaker): boolean {
  return one.given === '' && full.given !== '' && one.person === full.given;
}

/** Whether a mention is the speaker: the same person, or for a role alone, a mention in the same office. */
function names(mention: PersonMention, speaker: Speaker): boolean {
  if (speaker.person !== '') return mention.person === speaker.person;
  return mention.role !== '' && oneOffice(mention.role, speaker.role);
}

/**
 * The one speaker a passage gives: one person, or one office. A role alone
 * beside a named speaker of its office is that person again ("Donald Trump
 * said…, and the president added…").
 */
function onlySpeaker(speakers: readonly Speaker[]): Speaker | undefined {
  const named = speakers.find((s) => s.person !== '');
  if (!named) {
    const first = speakers[0];
    return first && speakers.every((s) => s.role === first.role) ? first : undefined;
  }
  const one = speakers.every((s) => (s.person === '' ? s.role !== '' && named.role !== '' && oneOffice(s.role, named.role) : s.person === named.person));
  return one ? named : undefined;
}
