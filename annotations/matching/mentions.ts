/**
 * People with their roles, places where something happened, and names of
 * things, as a passage mentions them:
 *   - a person: a role and a name ("Armenian Prime Minister Nikol
 *     Pashinyan", "Marco Rubio, the secretary of state"), or a role alone
 *     ("the foreign minister"); keyed by the surname's consonant skeleton,
 *     so "Zelensky" and "Zelenskyy" are one person;
 *   - a place of an event: a capitalized name after "in" or "at" ("in Abu
 *     Dhabi", "at Joint Base Elmendorf-Richardson"), with the place it
 *     stands for when places.ts knows it ("at the White House" is in the
 *     United States, as "in Washington" is); a list ("in Russia and Iran")
 *     gives each of its places;
 *   - a name of a thing: capitalized words, with "of", "for", "and", "to"
 *     between them, of three words or more, or ending in a word that names
 *     a thing ("Trump Route for International Peace and Prosperity",
 *     "Zangezur Corridor", "Minsk Group").
 */
import { asciiPattern } from './ascii-pattern';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { countryOfDemonym } from './countries';
import { placeKey } from './places';
import { americanSpelling } from './spelling';
import { skeleton } from './terms';
import { fold } from './tokens';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** The folded role ("prime minister"), or "" when none is given. */
  role: string;
  /** Skeleton of the surname, or "" for a role alone. */
  person: string;
  /**
   * Skeleton of the name just before the surname ("Edgar" in "Edgar D.
   * Kagan", "Anwar" in "Datuk Seri Anwar Ibrahim"), or "" when none is
   * given; initials as their first letter and a stop ("PK Jena": "p.").
   */
  given: string;
  /** Skeletons of every name before the surname, `given` last: "Pradeep Kumar Jena" is also "Pradeep Jena". */
  forenames: readonly string[];
}

/**
 * A name's key: its skeleton, with w read as v, for transliterations write
 * either for one sound ("Ashwini Vaishnav" / "Vaishnaw", "Vladimir" /
 * "Wladimir").
 */
export function nameKey(word: string): string {
  return skeleton(fold(word)).replace(/w/gu, 'v');
}

/** Initials before a surname ("PK", "P.K."): up to three capitals, with or without stops. */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

export function givenKey(word: string): string {
  return INITIALS.test(word) ? `${fold(word).charAt(0)}.` : nameKey(word);
}

/** Whether two given names may be one: the same, or initials and a name they begin ("PK" / "Pradeep"). */
export function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const initial = (x: string, y: string) => x.endsWith('.') && !y.endsWith('.') && y.startsWith(x.charAt(0));
  return initial(a, b) || initial(b, a);
}

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Folded words, capitalized ones as skeletons: equal keys are one name however transliterated. */
  words: string[];
}

export interface PlaceMention extends NameMention {
  /** The place the name stands for (places.ts: "White House" → "united states"), when known. */
  place?: string;
  /**
   * What the passage says the place is, when it says so: a `settlement`
   * ("the city of Putrajaya", "Malaysia's capital Putrajaya") or a `venue`
   * in one ("Seri Perdana, the official residence of…").
   */
  scale?: PlaceScale;
}

export type PlaceScale = 'settlement' | 'venue';

const ROLES = [
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'minister of foreign affairs',
  'secretary of state', 'under secretary', 'foreign secretary', 'secretary general', 'secretary', 'national security advisor', 'national security adviser', 'senior advisor', 'senior adviser',
  'special envoy', 'envoy', 'president', 'vice president', 'premier', 'chancellor', 'king', 'queen', 'spokeswoman', 'spokesman',
  'spokesperson', 'ambassador', 'minister', 'chairperson', 'chairman', 'speaker', 'governor', 'mayor', 'general', 'commander', 'archbishop', 'bishop',
  'senator',
];
/** Offices as American reports shorten them before a name ("Maryland Gov. Wes Moore", "Sen. Chris Van Hollen"). */
const SHORT_ROLES = new Map([['gov.', 'governor'], ['sen.', 'senator']]);
/** Longest first, so that "foreign minister" wins over "minister"; words joined by a space or a hyphen ("Secretary-General"). */
const ROLE =
  // A deputy holds another office than the one named after the word ("Deputy Foreign Minister" is not the foreign minister).
  '(?:[dD]eputy\\s+)?(?:' +
  ROLES.sort((a, b) => b.length - a.length)
    .map((r) => r.split(' ').map((w) => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}`).join('[\\s-]+'))
    .join('|') +
  '|' +
  [...SHORT_ROLES.keys()].map((r) => `${(r[0] as string).toUpperCase()}${r.slice(1, -1)}\\.(?=\\s+\\p{Lu})`).join('|') +
  ')';
/** Words of roles: a capitalized run holding one names a person, not a thing. */
export const ROLE_WORDS = new Set([...ROLES.flatMap((r) => r.split(' ')), 'deputy'].filter((w) => !['of', 'state'].includes(w)));
/** The word that names each office (its last; "secretary" of "secretary of state"): "National" alone is no office ("Texas National Guard"). */
export const ROLE_HEADS = new Set(ROLES.map((r) => (r.endsWith(' of state') || r.endsWith(' of foreign affairs') ? r.split(' ')[0] : r.split(' ').pop()) as string));
/**
 * A word of a name. A full stop after three small letters or more ends a
 * sentence, not the word ("at the White House. Rubio expressed", "said
 * Prime Minister Pedro Sánchez."); an initial's or an abbreviation's stop
 * is the word's ("U.S. Secretary", "St. Petersburg", "Donald J. Trump").
 */
export const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*(?<!\\p{Ll}{3}\\.)";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
/**
 * A role, or two held at once ("Deputy Prime Minister and Foreign Minister
 * Ishaq Dar"), then the name: after a space, or between commas ("Pakistan's
 * Deputy Prime Minister, Ishaq Dar, confirmed").
 */
const ROLE_THEN_NAME = new RegExp(
  `\\b(${ROLE}(?:\\s+and\\s+${ROLE})?)(?:\\b|(?<=\\.))(?:\\s+(?:of|to)\\s+(?:the\\s+)?${NAME_WORD})?(?:\\s+(${NAME}))?(?=(?:(,\\s+(${NAME})),)?)`,
  'gu',
);
const NAME_THEN_ROLE = new RegExp(`(${NAME}),\\s+(?:the\\s+|his\\s+|her\\s+)?(?:[\\p{L}.]+\\s+)?(${ROLE})\\b`, 'gu');

const THINGS = new Set(
  'corridor route road accords accord agreement treaty declaration group committee mechanism base prize council union party office room department ministry court fund bank airlines agency forces front initiative plan process'.split(' '),
);
const CONNECTORS = new Set(['of', 'for', 'and', 'to', 'the', 'de', 'on']);
const ARTICLES = new Set(['a', 'an']);
/** What stands right before the start of a sentence or a line. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/** Whether a sentence or a line starts at `at` of `text`. */
export function opensSentence(text: string, at: number): boolean {
  return SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at));
}

/** Where the word after the first `n` words of `run` starts. */
function offsetAfterWords(run: string, n: number): number {
  const space = /\s+/gu;
  for (let k = 0; k < n && space.exec(run); k++);
  return space.lastIndex;
}

/** A run of capitalized words, with connectors between them; a word run into digits ("B787", "AI171") is a designation, not part of it. */
const CAPITALIZED_RUN = /\p{Lu}(?:\.(?:\p{Lu}\.)+|[\p{L}'’-]*(?![\p{L}\p{N}]|-\p{N}))(?:\s+(?:(?:of|for|and|to|the|de|on)\s+)*\p{Lu}(?:\.(?:\p{Lu}\.)+|[\p{L}'’-]*(?![\p{L}\p{N}]|-\p{N})))*/gu;

/** Every role holds one of these (case aside): a text without any has no person to read. */
const ROLE_HINT = asciiPattern(String.raw`minister|secretar|advis|envoy|president|premier|chancellor|king|queen|spokes|ambassador|chair|speaker|gov(?:ernor|\.)|mayor|general|commander|bishop|sen(?:ator|\.)`);

export function peopleIn(text: string): PersonMention[] {
  const people: PersonMention[] = [];
  if (!ROLE_HINT.test(text)) return people;
  for (const m of text.matchAll(ROLE_THEN_NAME)) {
    const role = roleOf(m[1] as string);
    // Between commas (read ahead, not taken), a name must not be another role ("the Prime Minister, Deputy Prime Minister, and…").
    const appositive = m[4] && !m[4].split(/\s+/u).some((w) => ROLE_WORDS.has(w.toLowerCase())) ? m[3] : undefined;
    const named = m[2] ?? (appositive ? m[4] : undefined);
    // A name that ends in a body's word is no holder: after "of" it is the office's body ("the president of the
    // European Council"), and right after the role word the whole is a body's name ("General Border Committee").
    const body = named !== undefined && THINGS.has(fold(named.split(/\s+/u).pop() ?? ''));
    if (body && m[2] !== undefined && !/\s(?:of|to)\s/u.test(m[0].slice(0, m[0].length - m[2].length))) continue;
    const name = body ? undefined : named;
    const end = m.index + m[0].length + (m[2] ? 0 : appositive?.length ?? 0);
    // A role written with a capital and no name after it is part of a name ("President Trump" has one).
    people.push({ start: m.index, end, text: text.slice(m.index, end), role, ...nameKeys(name ?? '') });
  }
  // Both kinds come in text order: each name-then-role is checked against the role-then-name mentions from the first
  // that may reach it (`from`), so a passage of thousands of names costs no more per name than one of a few.
  const rolesFirst = people.slice();
  const replaced = new Set<PersonMention>();
  let from = 0;
  for (const m of text.matchAll(NAME_THEN_ROLE)) {
    const keys = nameKeys(m[1] as string);
    if (!keys.person) continue;
    const start = m.index;
    const end = start + m[0].length;
    // After "on", "in", "at", "from" or "via" a name is a place or a medium ("On Truth Social, the former president declared").
    if (/^(?:On|In|At|From|Via)\s/u.test(m[0]) || /\b(?:on|in|at|from|via)\s+$/iu.test(text.slice(Math.max(0, start - 6), start))) continue;
    while (from < rolesFirst.length && (rolesFirst[from] as PersonMention).end < start) from++;
    const overlapping: PersonMention[] = [];
    for (let i = from; i < rolesFirst.length && (rolesFirst[i] as PersonMention).start <= end; i++) {
      const p = rolesFirst[i] as PersonMention;
      if (p.end >= start) overlapping.push(p);
    }
    if (overlapping.some((p) => p.person !== '')) continue;
    // The role read alone above is this name's ("Vikram Misri, the secretary for external affairs").
    for (const p of overlapping) replaced.add(p);
    people.push({ start, end, text: m[0], role: roleOf(m[2] as string), ...keys });
  }
  return people.filter((p) => !replaced.has(p)).sort((a, b) => a.start - b.start);
}

/** Words that name an office in general: "Secretary Rubio" is the Secretary of State, "Minister Dar" the foreign minister. */
const GENERIC_OFFICES = new Set(['secretary', 'minister', 'envoy']);

/** Two roles of one office: the same, or one the general word of the other's only office. */
export function oneOffice(a: string, b: string): boolean {
  if (a === b) return true;
  const [general, full] = GENERIC_OFFICES.has(a) ? [a, b] : [b, a];
  return GENERIC_OFFICES.has(general) && !full.includes(' and ') && full.split(' ').includes(general);
}

/**
 * A role as compared: folded, one space between words, spelled the American
 * way ("Defence Minister" is "defense minister"); two roles held at once in
 * one order whatever the order written.
 */
function roleOf(written: string): string {
  const words = fold(written).split(/[\s-]+/u).map((w) => SHORT_ROLES.get(w) ?? americanSpelling(w)).join(' ');
  return words.split(' and ').sort().join(' and ');
}

/** The surname (the last word, initials aside), the name just before it ("" where there is none) and every name before it. */
export function nameWords(name: string): { surname: string; given: string; forenames: string[] } {
  const words = name.split(/\s+/u).filter((w) => w !== '' && !/^\p{Lu}\.?$/u.test(w));
  // A name that ends its sentence keeps no full stop: "Ouyang Yujing." is "Ouyang Yujing".
  return { surname: words[words.length - 1]?.replace(/\.+$/u, '').replace(/['’]s$/u, '') ?? '', given: words[words.length - 2] ?? '', forenames: words.slice(0, -1) };
}

/** A person mention's keys of a name ("" for none). */
function nameKeys(name: string): Pick<PersonMention, 'person' | 'given' | 'forenames'> {
  const { surname, given, forenames } = nameWords(name);
  return surname ? { person: nameKey(surname), given: given ? givenKey(given) : '', forenames: forenames.map(givenKey) } : { person: '', given: '', forenames: [] };
}

/** A place's name, its words joined by a particle of the name too ("Galerie d’Apollon", "Rio de Janeiro"). */
const PLACE_WORDS = `${NAME_WORD}(?:\\s+(?:(?:de|del|da|do|du|des)\\s+)?(?:d['’])?${NAME_WORD}){0,4}`;
/** "in X", and the rest of a list after it: ", Y and Z", " or Y" (a comma alone may start a clause: "in Doha, Trump said"). */
/**
 * The words before a place: "in", "at", "near", and a bearing from it after
 * a distance ("16 kilometres (10 miles) north-northwest of"; "the south of
 * Armenia" is a part of it, not a place beside it).
 */
const WHERE = `(?<![-\u2010\u2011])(?:in|at|near|(?<=(?:km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi|\\))\\s+)(?:(?:north|south|east|west)[- ]?){1,3}\\s+of)`;
const PLACE_AFTER = new RegExp(
  `\\b${WHERE}\\s+(?:the\\s+)?(${PLACE_WORDS})((?:\\s*,\\s*(?:the\\s+)?${PLACE_WORDS})*,?\\s+(?:and|or)\\s+(?:the\\s+)?${PLACE_WORDS})?`,
  'gu',
);
const LISTED_PLACE = new RegExp(`(?:\\s*,\\s*|\\s+)(?:(?:and|or)\\s+)?(?:the\\s+)?(${PLACE_WORDS})`, 'gu');

/**
 * Capitalized words after "in" or "at" that say when, not where ("initialed
 * in March", "at Easter"): a date's part (quantities.ts reads dates), never a
 * place.
 */
const TIMES = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES, 'christmas', 'easter', 'ramadan']);

function saysWhen(name: string): boolean {
  return TIMES.has(fold(name.split(/[\s.]/u, 1)[0] as string));
}

/** Languages a report says something is said in ("said in Italian", "in Italian and Spanish"). */
const LANGUAGES = new Set(
  'english spanish italian french german portuguese arabic russian chinese mandarin cantonese japanese korean latin hebrew hindi urdu bengali turkish persian farsi ukrainian polish dutch greek thai khmer burmese malay sanskrit tamil telugu marathi gujarati punjabi kannada malayalam sinhala nepali pashto dari kurdish swahili amharic tagalog vietnamese indonesian armenian azerbaijani georgian kazakh uzbek romanian czech hungarian swedish norwegian danish finnish catalan basque galician'.split(' '),
);
/** A noun after the word: "in Chinese territory" is a place, "in Italian to the crowd" a language. */
const NOUN_AFTER = /^\s+(?!(?:and|or|to|in|on|at|for|with|as|from|by|the|a|an|his|her|their)\b)\p{Ll}/u;

/** Whether the name read after "in" or "at" at `start` is a place, not a time ("in March") nor a language ("in Italian"). */
function namesPlace(text: string, start: number, name: string): boolean {
  // A name the reading cut at an ampersand is a part of one ("J" of "J&K", "AT" of "AT&T").
  if (saysWhen(name) || text[start + name.length] === '&') return false;
  return !(LANGUAGES.has(fold(name)) && !NOUN_AFTER.test(text.slice(start + name.length, start + name.length + 24)));
}

/** Kinds of place that are a settlement, as the words before or after the name give them. */
const SETTLEMENT_KINDS = 'city|town|capital|village|port';
/** Words that say what kind of place the name after "of" is ("the Malaysian city of Putrajaya", "the town of Shusha"). */
const PLACE_KINDS = `${SETTLEMENT_KINDS}|province|region|district|county|state|island|enclave|exclave|resort|settlement|republic`;
/** After a word naming where a place is ("Malaysian"): its kind and the place itself. */
const KIND_OF_PLACE = new RegExp(`^\\s+(?:${PLACE_KINDS})\\s+of\\s+(?:the\\s+)?(${PLACE_WORDS})`, 'u');
/** "in the city of X": no capitalized word after "the", so PLACE_AFTER does not see it. */
const THE_KIND_OF_PLACE = new RegExp(`\\b${WHERE}\\s+the\\s+(?:${PLACE_KINDS})\\s+of\\s+(?:the\\s+)?(${PLACE_WORDS})`, 'gu');
/**
 * After a possessive ("Malaysia's"): up to three lowercase words, none of
 * them a preposition or a conjunction, then the place the phrase names
 * ("administrative capital Putrajaya").
 */
const POSSESSED_PLACE = new RegExp(`^(?:\\s+(?!(?:in|at|on|of|for|to|from|with|by|and|or|but|that|which|who|as|near)\\b)\\p{Ll}[\\p{L}-]*){1,3}\\s+(${PLACE_WORDS})`, 'u');
/**
 * Last words of a name after "in" or "at" that make it an agreement, a body,
 * a plan or a newspaper, not a place ("involving Baku in the Abraham
 * Accords", "a seat at the Security Council", "the latest stats in the Los
 * Angeles Times"); a name places.ts knows stays a place ("in the European
 * Union").
 */
const NOT_PLACES = new Set(
  'accords accord agreement agreements treaty declaration group committee mechanism prize council party fund bank fed reserve airlines agency department ministry forces front initiative plan process talks format times post journal herald tribune gazette chronicle telegraph guardian observer newspaper'.split(' '),
);

/** How far past a name the phrase that says what it is may run. */
const PHRASE_AFTER = 80;
const SETTLEMENT = new RegExp(`\\b(?:${SETTLEMENT_KINDS})\\b`, 'u');
/** A name followed by what it is: ", the official residence of…", ", Malaysia's administrative capital". */
const appositive = (kinds: string) => new RegExp(`^,\\s+(?:the|a|an|his|her|their|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:${kinds})\\b`, 'u');
const VENUE_AFTER = appositive('residence|palace|office|offices|headquarters|building|hotel|compound|hall|house|centre|center|embassy|airport|stadium|resort|base|venue');
const SETTLEMENT_AFTER = appositive(SETTLEMENT_KINDS);

/**
 * Place names after "in" or "at" (the place where something happened), each
 * place of a list ("in Russia and Iran"). A name that only says where the
 * place is, or whose it is, gives way to the place the phrase names: "in the
 * Malaysian city of Putrajaya" and "in Malaysia's administrative capital
 * Putrajaya" are in Putrajaya; "at Anwar's official residence" names no
 * place (a possessor without a place after it is a person or a thing).
 */
export function placesIn(text: string): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (const m of text.matchAll(PLACE_AFTER)) {
    if (NEAR_LANDMARK.test(m[0])) continue;
    if (SEAT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const first = m[1] as string;
    const rest = m[2] ?? '';
    const restStart = m.index + m[0].length - rest.length;
    const named = rest === '' ? namedByPhrase(text, restStart, first) : { start: restStart - first.length, name: first };
    if (named && namesPlace(text, named.start, named.name)) keep(places, placeAt(text, named.start, named.name, named.scale));
    for (const n of rest.matchAll(LISTED_PLACE)) {
      const name = n[1] as string;
      const at = restStart + n.index + n[0].length - name.length;
      if (namesPlace(text, at, name)) keep(places, placeAt(text, at, name));
    }
  }
  for (const m of text.matchAll(THE_KIND_OF_PLACE)) {
    const name = m[1] as string;
    const at = m.index + m[0].length - name.length;
    if (namesPlace(text, at, name)) keep(places, placeAt(text, at, name, scaleOf(m[0]).scale));
  }
  return places.sort((a, b) => a.start - b.start);
}

/** Where a body is based is not where anything happened: "The National Tsunami Warning Center, based in Alaska, issued a tsunami warning…". */
const SEAT_BEFORE = /\b(?:based|headquartered)\s+$/iu;

/** Words that end the name of a building, grounds or a road, read both after "near" and as a venue's name. */
const LANDMARKS = 'College|University|School|Hospital|Airport|Station|Base|Road|Street|Avenue|Boulevard|Stadium|Hotel|Palace|Museum|Gallery|Church|Temple|Mosque|Building|Tower|Plant|Dam|Mall|Market';

/**
 * "near" a building or a road says where something happened within a town,
 * not which town: "a residential block near BJ Medical College" and "in
 * Ahmedabad" do not disagree.
 */
const NEAR_LANDMARK = new RegExp(`^near\\s.*\\b(?:${LANDMARKS}|Drive|Highway|Bridge|Park)s?$`, 'u');

/** The place that `first` (ending at `end`) and the words after it name, or null when they name none. */
function namedByPhrase(text: string, end: number, first: string): { start: number; name: string; scale?: PlaceScale } | null {
  const after = text.slice(end, end + PHRASE_AFTER);
  const kind = KIND_OF_PLACE.exec(after);
  if (kind) return { start: end + kind[0].length - (kind[1] as string).length, name: kind[1] as string, ...scaleOf(kind[0]) };
  if (!/['’]s$/u.test(first)) return { start: end - first.length, name: first, ...appositiveScale(after) };
  const possessed = POSSESSED_PLACE.exec(after);
  return possessed ? { start: end + possessed[0].length - (possessed[1] as string).length, name: possessed[1] as string, ...scaleOf(possessed[0]) } : null;
}

/** A name that says it is a building, grounds or a street: "Camp Mystic", "BJ Medical College", "Avenida da Liberdade". */
const VENUE_NAME = new RegExp(`(?:^(?:Camp|Fort|Avenida|Rua|Calle|Calçada|Rue|Galerie|Musée|Museo|Palais|Palacio)(?:\\s|$)|\\s(?:${LANDMARKS}|Cathedral|Basilica|Chapel)$)`, 'u');

const keep = (places: PlaceMention[], place: PlaceMention | null) => void (place && places.push(place));

const scaleOf = (words: string): { scale?: PlaceScale } => (SETTLEMENT.test(words) ? { scale: 'settlement' } : {});

function appositiveScale(after: string): { scale?: PlaceScale } {
  if (VENUE_AFTER.test(after)) return { scale: 'venue' };
  return SETTLEMENT_AFTER.test(after) ? { scale: 'settlement' } : {};
}

function placeAt(text: string, start: number, written: string, scale?: PlaceScale): PlaceMention | null {
  // An abbreviation keeps its stop ("Washington D.C.", "St."); a longer word's is the sentence's.
  const name = /(?:^|[\s.])\p{L}{1,2}\.$/u.test(written) ? written : written.replace(/[.,]$/u, '');
  const words = fold(name.replace(/['’]s$/u, '')).split(/\s+/u);
  const place = placeKey(words.join(' ')) ?? SEATS.get(words.join(' '));
  if (place === undefined && NOT_PLACES.has(words[words.length - 1] as string)) return null;
  const kind = scale ?? (VENUE_NAME.test(name) ? 'venue' : undefined);
  return { start, end: start + name.length, text: text.slice(start, start + name.length), words: keyWords(name), ...(place === undefined ? {} : { place }), ...(kind ? { scale: kind } : {}) };
}

/**
 * A place of two words or one as its key, so that a name says it either way:
 * "United States Geological Survey" / "US Geological Survey", "France's Crown
 * Jewels" / "French Crown Jewels".
 */
function placesOneWord(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? placeKey(`${words[i]} ${words[i + 1]}`) : undefined;
    if (two !== undefined) {
      out.push(two);
      i++;
    } else out.push(placeKey(words[i] as string) ?? (words[i] as string));
  }
  return out;
}

/**
 * Rooms and buildings of a government, in its country as places.ts has the
 * White House: "in the Oval Office" / "at the White House" / "in Washington"
 * tell one place. Only here, where places are compared, not among the
 * matcher's terms, where they would make every report of a president's day
 * alike.
 */
const SEATS = new Map([
  ['oval office', 'united states'],
  ['east room', 'united states'],
  ['rose garden', 'united states'],
  ['roosevelt room', 'united states'],
]);

/** Names of things (see above). */
const MAX_NAME_WORDS = 16;

export function namesIn(text: string): NameMention[] {
  const names: NameMention[] = [];
  for (const m of text.matchAll(CAPITALIZED_RUN)) {
    // One capitalized word (most runs: a sentence's first word, a name alone) is never a name of a thing.
    if (!/\s/u.test(m[0])) continue;
    let words = m[0].split(/\s+/u);
    // A run longer than any name of a thing is a title written in capitals, or a table run together: no name.
    if (words.length > MAX_NAME_WORDS) continue;
    let start = m.index;
    // A sentence's first word and "to" open it, the name follows ("According to the US Geological Survey",
    // "Congratulations to Cardinal…"); within a sentence "to" may be the name's ("the Trump Road to Peace…").
    let dropped = opensSentence(text, m.index) && words[1] === 'to' && words.length > 2 ? 2 : 0;
    // Drop a capitalized function word that starts a sentence ("The Trump Route", "An Air India Boeing"), or a
    // pronoun and its verb run together ("That's Jerome Powell, he's the Chairman").
    while (dropped < words.length && (CONNECTORS.has(fold(words[dropped] as string)) || ARTICLES.has(fold(words[dropped] as string)) || PRONOUN_IS.test(words[dropped] as string))) dropped++;
    if (dropped > 0) {
      words = words.slice(dropped);
      start = m.index + offsetAfterWords(m[0], dropped);
    }
    // A day or a month after the name is when, not the name's ("France's Crown Jewels on Sunday").
    const when = words.findIndex((w, i) => i > 0 && CONNECTORS.has(fold(words[i - 1] as string)) && TIMES.has(fold(w)));
    if (when > 0) words = words.slice(0, when - 1);
    const content = words.filter((w) => !CONNECTORS.has(fold(w)));
    const last = fold(words[words.length - 1] ?? '');
    if (content.length < 3 && !(content.length >= 2 && THINGS.has(last))) continue;
    if (content.some((w) => ROLE_WORDS.has(fold(w)) || PERSON_TITLES.has(fold(w).replace(/\.$/u, '')))) continue;
    const text_ = words.join(' ');
    names.push({ start, end: start + text_.length, text: text.slice(start, start + text_.length), words: keyWords(text_) });
  }
  return names;
}

/** A pronoun run together with "is": "That's", "It's", "Here's". */
const PRONOUN_IS = /^(?:that|it|here|there|what|he|she|who)['’]s$/iu;

/**
 * Titles and ranks, written out or short, that name a person, not a thing
 * ("Capt Sumeet Sabharwal" / "Captain Sumeet Sabharwal" is one pilot). Not
 * those that name things as often ("Department of Justice", "Major League").
 */
const PERSON_TITLES = new Set(
  'captain capt officer pilot dr doctor prof professor lieutenant lt colonel col maj sergeant sgt admiral adm cmdr brigadier brig marshal sheikh judge rev reverend mr mrs ms sir chief sheriff cardinal pope pontiff bishop archbishop father chair'.split(' '),
);

/** Words that name one thing in the names of bodies, whichever a report writes. */
const NAME_WORD_EQUIVALENTS = new Map([['weather', 'meteorological']]);

/**
 * Short forms of words names are written with either way ("St Peter's
 * Basilica" / "Saint Peter's Basilica"), a company's legal form among them
 * ("Grace Ocean Pte Ltd" / "Grace Ocean Private Ltd").
 */
const SHORT_FORMS = new Map([
  ['st', 'saint'],
  ['mt', 'mount'],
  ['ft', 'fort'],
  ['pte', 'private'],
  ['pvt', 'private'],
  ['pty', 'proprietary'],
  ['ltd', 'limited'],
  ['inc', 'incorporated'],
  ['corp', 'corporation'],
  ['co', 'company'],
  ['bhd', 'berhad'],
  ['intl', 'international'],
  ['natl', 'national'],
  ['govt', 'government'],
  ['dept', 'department'],
  ['univ', 'university'],
]);

export function keyWords(name: string): string[] {
  return placesOneWord(
    name
      .split(/[\s-]+/u)
      // Initials with their stops or without ("U.S." / "US").
      .map((w) => fold(w.replace(/['’]s?$/u, '').replace(/\./gu, '')))
      .filter((w) => w !== ''),
  )
    // A British spelling is the American one ("International Organisation for Migration" / "… Organization …").
    .map((w) => SHORT_FORMS.get(w) ?? americanSpelling(w))
    // A demonym is its country's name: "the Japanese Meteorological Agency" is "Japan's Meteorological Agency".
    .map((w) => countryOfDemonym(w) ?? w)
    // Words a name is said with either way ("the Japan Weather Agency" is "Japan's Meteorological Agency").
    .map((w) => NAME_WORD_EQUIVALENTS.get(w) ?? w)
    .map((w) => (skeleton(w).length >= 4 ? skeleton(w) : w));
}
