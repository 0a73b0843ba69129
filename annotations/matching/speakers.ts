/**
 * Who a passage says made the statement: a named person (mentions.ts
 * `peopleIn`) joined to a verb of saying, "US President Donald Trump on
 * Saturday announced…", "Vikram Misri, the secretary for external affairs
 * said", "…, said Foreign Minister Ishaq Dar", "according to Secretary Rubio".
 * Two reports that give one claim to two different people disagree on its
 * source, which an analyst weighing sources reads first.
 *
 * A role alone ("the US President made a post") names no one: it may be the
 * person the other report names, so it is never set against a name.
 */
import type { PersonMention } from './mentions';

export interface Speaker {
  /** The surname's skeleton, as `PersonMention.person`. */
  person: string;
  /** The given name's skeleton, or "": one given name and two spellings of a surname are one person ("Abbas Araghchi" / "Abbas Araqchi"). */
  given: string;
  /** From the person to the verb, as written ("Donald Trump on Saturday announced"). */
  text: string;
}

const SAYING = 'said|says|announced|announces|told|tells|stated|states|confirmed|confirms|declared|declares|wrote|writes|posted|posts|tweeted|claimed|claims|insisted|insists|added';

/**
 * After the person: a day or time ("on Saturday", "earlier"), "has" or
 * "had", then the verb; the whole under a few words, so that a verb whose
 * subject is someone else further on is not taken.
 */
const AFTER = new RegExp(
  // A role's own words first ("Vikram Misri, the secretary for external affairs said").
  `^(?:\\s+(?:for|of)\\s+\\p{L}+(?:\\s+\\p{L}+){0,2}?(?=,?\\s+(?:${SAYING})\\b))?,?\\s*(?:(?:on|this|last|late|early)\\s+\\p{L}+\\s+|earlier\\s+|later\\s+|also\\s+|has\\s+|had\\s+|have\\s+)*(?:${SAYING})\\b`,
  'u',
);
/**
 * Before the person: "according to", or a verb of saying after a comma or a
 * closing quote ("…, said Foreign Minister Ishaq Dar"); a verb with no comma
 * before it has the person as its object ("Trump said Dar had agreed").
 */
const BEFORE = new RegExp(`(?:[,"”’]\\s*(?:${SAYING})|\\baccording\\s+to)\\s+$`, 'u');

const GIVES_STATEMENT = new RegExp(`(?:\\b(?:${SAYING})$|^(?:${SAYING}|according\\s+to)\\s)`, 'u');

/** Whether a difference's text is a speaker as `speakersIn` writes it, with its verb: the label says "speaker", not "person". */
export function givesStatement(text: string): boolean {
  return GIVES_STATEMENT.test(text);
}

export function speakersIn(text: string, people: readonly PersonMention[]): Speaker[] {
  const speakers: Speaker[] = [];
  for (const p of people) {
    if (p.person === '') continue;
    const after = AFTER.exec(text.slice(p.end, p.end + 60));
    if (after) {
      speakers.push({ person: p.person, given: p.given, text: text.slice(p.start, p.end + after[0].length).replace(/^(?:the|The)\s+/u, '') });
      continue;
    }
    const before = BEFORE.exec(text.slice(Math.max(0, p.start - 30), p.start));
    if (before) speakers.push({ person: p.person, given: p.given, text: before[0].replace(/^[,"”’]\s*/u, '') + p.text });
  }
  return speakers;
}

/**
 * Each passage gives the statement to one named person, and not the same
 * one, and neither names the other's speaker anywhere (a report may say
 * who announced it and who confirmed it after).
 */
export function speakersDiffer(
  a: { speakers: readonly Speaker[]; people: readonly PersonMention[] },
  b: { speakers: readonly Speaker[]; people: readonly PersonMention[] },
): { here: string; there: string } | null {
  const x = onlySpeaker(a.speakers);
  const y = onlySpeaker(b.speakers);
  if (!x || !y || x.person === y.person || (x.given !== '' && x.given === y.given)) return null;
  if (a.people.some((p) => p.person === y.person) || b.people.some((p) => p.person === x.person)) return null;
  return { here: x.text, there: y.text };
}

function onlySpeaker(speakers: readonly Speaker[]): Speaker | undefined {
  const first = speakers[0];
  return first && speakers.every((s) => s.person === first.person) ? first : undefined;
}
