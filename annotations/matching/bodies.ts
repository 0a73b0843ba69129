/**
 * The body a passage credits what it says to, when that body is no outlet
 * and no person: an agency, a ministry, a company ("the U.S. Geological
 * Survey said", "Japan's Meteorological Agency forecast", "AccuWeather's
 * initial estimate", "initial assessments by investment services company
 * JPMorgan"). Two reports that give one figure to two bodies disagree on
 * its source ("JPMorgan: $10 billion" / "AccuWeather: $135–150 billion"),
 * which an analyst weighing sources must see. Outlets are attributions.ts's,
 * people speakers.ts's.
 */
import { foldedWords } from './coordinations';
import { countryOfDemonym } from './countries';
import { CREDITING_VERBS, HEADS, STATEMENTS } from './credit-words';
import { placeKey } from './places';
import { CAPITALIZED_WORD, OUTLETS, type Attribution } from './attributions';
import { STOPWORDS } from './stopwords';

export interface CreditedBody {
  start: number;
  end: number;
  /** As the passage writes it, with the words that credit it ("Japan’s Meteorological Agency forecast"). */
  text: string;
  /** The words that tell the body from others, folded: its name's, less "the" and words every body's name holds ("agency"), a people's as its country's ("japanese" → "japan"). */
  keys: string[];
  /** The first letters of its name's capitalized words, initials whole ("U.S. National Hurricane Center": "USNHC"), for its acronym in the other report ("NHC"). */
  initials: string;
  /** An outlet's (attributions.ts), set against a body. */
  outlet?: true;
  /** The word of its name that makes it a body (HEADS: "service", "committee"; "the Investigative Committee of Russia": "committee"), folded. */
  head?: string;
}

const HEAD = `(?:${HEADS.map((h) => `[${h[0] as string}${(h[0] as string).toUpperCase()}]${h.slice(1)}`).join('|')})\\b`;
/** A capitalized word of a name, as outlets' are read. */
const CAP = CAPITALIZED_WORD;
/** The head as the name writes it, capitalized ("Survey", "Ministry"). */
const CAP_HEAD = `(?:${HEADS.map((h) => `${(h[0] as string).toUpperCase()}${h.slice(1)}`).join('|')})\\b`;
/**
 * A name of capitalized words ending in a head, capitalized or not ("the
 * Lisbon Fire Department", "U.S. National Hurricane Center", "the OceanGate
 * Expeditions company"), or in a head and what it is of ("the Investigative
 * Committee of Russia", "the Ministry of Defence"), or a head after a
 * place's possessive ("Japan’s Meteorological Agency", "Russia’s
 * emergencies ministry"). Lower-case words alone are a description, which
 * the name may follow ("investment services company JPMorgan").
 */
const HEADED = String.raw`(?:${CAP}['’]s\s+(?:(?:${CAP}|\p{Ll}+)\s+){0,3}${HEAD}|(?:${CAP}\s+){0,4}${CAP_HEAD}\s+of\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,2}|(?:${CAP}\s+){1,4}${HEAD})(?!\s+\p{Lu})`;
/** Letters in capitals ("NHK", "USGS") or a word capitalized inside ("AccuWeather", "JPMorgan"), not "McCarthy". */
const BRAND = String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}{2,6}|(?!Mc|Mac|De|La|Le|Di|Van)\p{Lu}\p{L}*(?:\p{Ll}\p{Lu}|\p{Lu}\p{Ll})\p{L}*)(?![\p{L}\p{N}])`;
const BODY = `(?:${HEADED}|${BRAND})`;

const VERB = `(?:${CREDITING_VERBS})`;
/** Between the body and its verb: "has", "also", "on Monday". */
const BETWEEN = String.raw`(?:\s+(?:has|had|have|also|later|earlier|initially|(?:on|late|early)\s+\p{Lu}\p{Ll}+))*`;
const STATEMENT = `(?:${STATEMENTS})`;

const IS_VERB = new RegExp(`^${VERB}$`, 'u');
const IS_STATEMENT = new RegExp(`^${STATEMENT}$`, 'u');
/** Where a body may be credited: a verb of saying or estimating, or a word for a statement. Found first, the body is then read about it. */
const ANCHOR = new RegExp(`\\b(?:${VERB}|${STATEMENT})\\b`, 'gu');
/** How far from its verb or statement a body's name and what joins them may reach. */
const REACH = 100;

/**
 * What may stand between a body and its verb: its acronym in brackets, a
 * clause or a description between commas that says what it is ("Russia's
 * Investigative Committee, which probes major crimes, said"; "The FSB,
 * Russia's main security service, cited").
 */
const ASIDE = String.raw`(?:\s*\((?:\p{Lu}\.?){2,6}\))?(?:\s*,\s*(?:which\s|that\s|the\s|an?\s|${CAP}['’]s\s)[^,.;]{1,80},)?`;
/** Before a verb: "the U.S. Geological Survey said", "The Japanese broadcaster NHK reported", "Coast Guard spokesperson Cynthia Oldham said" (the body's voice speaks for it). */
const SUBJECT = new RegExp(String.raw`(?<![\p{L}\p{N}])(${BODY})${ASIDE}(?:\s+(?:spokes(?:person|man|woman)|officials?)(?:\s+${CAP}){0,3})?${BETWEEN}\s+$`, 'u');
/** Before a statement: "AccuWeather’s initial estimate". */
const POSSESSOR = new RegExp(String.raw`(?<![\p{L}\p{N}])(${BODY})['’]s\s+(?:\p{Ll}+\s+){0,2}$`, 'u');
/** After a statement: "an estimate from AccuWeather", "initial assessments by investment services company JPMorgan". */
const AUTHOR = new RegExp(String.raw`^\s+(?:from|by)\s+(?:(?:the|an?)\s+)?(?:\p{Ll}+\s+){0,3}?(${BODY})`, 'u');
/** After a verb in the passive: "declared dead by the US Coast Guard" (a word or two between, no clause). */
const AGENT = new RegExp(String.raw`^(?:\s+\p{Ll}+){0,2}?\s+by\s+(?:the\s+)?(${BODY})`, 'u');

const GENERIC = new Set([...HEADS, 'national', 'regional', 'federal', 'state', 'local', 'international', 'global', 'news']);
/** Offices written in capitals: a person's, whom speakers.ts reads, not a body's ("the company's CEO said"). */
const OFFICES = new Set(['CEO', 'CFO', 'COO', 'CTO', 'PM', 'CM', 'MP', 'MPs', 'VP', 'DG']);

/** What a body's name is compared by: its keys, its initials, its head. */
function nameParts(name: string): Pick<CreditedBody, 'keys' | 'initials' | 'head'> {
  const keys = [...foldedWords(name.replace(/['’]s\b/gu, ''))].filter((w) => w.length > 1 && !STOPWORDS.has(w) && !GENERIC.has(w)).map(keyOf);
  const head = name.replace(/\s*\([^)]*\)$/u, '').split(/\s+/u).map((w) => w.toLowerCase()).findLast((w) => HEADS.includes(w));
  return { keys, initials: initialsOf(name), ...(head !== undefined ? { head } : {}) };
}

/** The bodies `text` credits what it says to, in order. */
export function bodiesIn(text: string): CreditedBody[] {
  const found: CreditedBody[] = [];
  const add = (name: string, start: number, end: number) => {
    const named = nameParts(name);
    if (named.keys.length === 0 || OFFICES.has(name) || OUTLET_NAMES.has(named.keys.join(' ')) || found.some((f) => start < f.end && f.start < end)) return;
    found.push({ start, end, text: text.slice(start, end), ...named });
  };
  for (const m of text.matchAll(ANCHOR)) {
    const word = m[0];
    const from = Math.max(0, m.index - REACH);
    const before = text.slice(from, m.index);
    const end = m.index + word.length;
    if (IS_VERB.test(word)) {
      const subject = SUBJECT.exec(before);
      if (subject) add(subject[1] as string, from + subject.index, end);
      // The passive: "declared dead by the US Coast Guard", "confirmed by the ministry of health".
      const agent = AGENT.exec(text.slice(end, end + REACH));
      if (agent) add(agent[1] as string, m.index, end + agent[0].length);
    }
    if (!IS_STATEMENT.test(word)) continue;
    const possessor = POSSESSOR.exec(before);
    if (possessor) add(possessor[1] as string, from + possessor.index, end);
    const author = AUTHOR.exec(text.slice(end, end + REACH));
    if (author) add(author[1] as string, m.index, end + author[0].length);
  }
  return found.sort((x, y) => x.start - y.start);
}

/** Outlets, attributions.ts's to credit, by their keys here. */
const OUTLET_NAMES = new Set(OUTLETS.map((o) => [...foldedWords(o)].filter((w) => w.length > 1 && !STOPWORDS.has(w)).join(' ')));

/** Whether one name is the other's acronym ("USGS" / "the United States Geological Survey", "NHC" / "the U.S. National Hurricane Center"). */
export function oneByAcronym(x: string, y: string): boolean {
  const acronym = (a: string, b: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(a) && initialsOf(b).includes(a.replace(/\./gu, ''));
  const [a, b] = [x.replace(/^the\s+/iu, ''), y.replace(/^the\s+/iu, '')];
  return acronym(a, b) || acronym(b, a);
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Of|And|For)$/u.test(w))
    .map((w) => (/^(?:\p{Lu}\.?)+$/u.test(w) ? w.replace(/\./gu, '') : (w[0] as string)))
    .join('');
}

/**
 * Whether two bodies credited may be one: they share a word of their names
 * or a country ("the Japan Weather Agency" / "the Japanese Meteorological
 * Agency"), one is the other's acronym ("NHC" / "the U.S. National Hurricane
 * Center"), or either passage names the other's body anywhere.
 */
export function mayBeOneBody(x: CreditedBody, hereWords: ReadonlySet<string>, y: CreditedBody, thereWords: ReadonlySet<string>): boolean {
  // Two bodies of one country named by heads of two kinds are two ("Russia's Federal Security Service" / "Russia's
  // Investigative Committee"), unless either passage names the other's body by more than its country.
  const twoKinds = x.head !== undefined && y.head !== undefined && x.head !== y.head;
  const ofBoth = (k: string) => twoKinds && x.keys.includes(k) && y.keys.includes(k) && placeKey(k) !== undefined;
  if (x.keys.some((k) => !ofBoth(k) && (y.keys.includes(k) || thereWords.has(k))) || y.keys.some((k) => !ofBoth(k) && hereWords.has(k))) return true;
  const acronym = (a: CreditedBody, b: CreditedBody) => a.keys.length === 1 && a.initials.length >= 2 && a.initials === a.keys[0]?.toUpperCase() && b.initials.includes(a.initials);
  return acronym(x, y) || acronym(y, x);
}

/** A name that ends as a body's does (HEADED), read as a body's when an outlet is credited by it. */
const HEADED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${HEADED})$`, 'u');
/** An outlet's name at the end of "according to …", or before "… reported": a body's, or a known outlet's. */
const ENDS_IN_BODY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${BODY})$`, 'u');
const OUTLET_WORDS = new Set(OUTLETS.map((o) => o.toLowerCase()));

/**
 * Whether an outlet credited is named as a body is (an agency's name, an
 * acronym, a brand) or is a known outlet: what follows "according to" may as
 * well be a person ("according to Kerr County Sheriff Larry Leitha"), whom a
 * report crediting the sheriff's office may mean.
 */
export function namesABody(outlet: Attribution): boolean {
  const name = outlet.name.replace(/['’]s$/u, '');
  return ENDS_IN_BODY.test(name) || OUTLET_WORDS.has(name.replace(/^the\s+/iu, '').toLowerCase());
}

/**
 * An outlet credited, as a body to set against one ("according to NHK" /
 * "USGS said"). A body's name after "according to" is read as a body's is
 * ("according to the Russian Federal Security Service": its country, its
 * head), so that it is told from another body of the country.
 */
export function outletAsBody(outlet: Attribution): CreditedBody {
  const name = outlet.name.replace(/['’]s$/u, '');
  const named = HEADED_NAME.test(name) ? nameParts(name) : { keys: outlet.words.map(keyOf), initials: '' };
  return { start: outlet.start, end: outlet.end, text: outlet.text, ...named, outlet: true };
}

/** A folded word of a body's name as it is compared: a people's as its country's ("japanese" → "japan"), a place by its key. */
function keyOf(word: string): string {
  return countryOfDemonym(word) ?? placeKey(word) ?? word;
}
