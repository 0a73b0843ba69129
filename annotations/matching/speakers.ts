/**
 * Who a passage says made the statement: a named person (mentions.ts
 * `peopleIn`) joined to a verb of saying, "US President Donald Trump on
 * Saturday announced…", "Vikram Misri, the secretary for external affairs
 * said", "…, said Foreign Minister Ishaq Dar", "according to Secretary Rubio".
 * Two reports that give one claim to two different people disagree on its
 * source, which an analyst weighing sources reads first.
 *
 * A role alone ("Pakistan's foreign minister also said") names no one: it
 * may be the person the other report names. Set against a named speaker of
 * another office it still disagrees: either it is that person, given
 * another role, or someone else.
 */
import { oneOffice, type PersonMention } from './mentions';
import { POSTING, SAYING } from './saying';

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
  return speakers;
}

interface Said {
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
  if (x.person !== '' && y.person !== '' && (x.person === y.person || (x.given !== '' && x.given === y.given) || byGivenName(x, y) || byGivenName(y, x))) return null;
  return { here: x.text, there: y.text };
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
