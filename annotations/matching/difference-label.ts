/**
 * The name a difference is shown under, in the Elsewhere panel and in the
 * brief. A time of day given otherwise is a `date` difference in the command
 * line's contract, but reads as a time ("time: 15:35 / around 3:30 PM");
 * the statement given to two people is a `person` difference that reads as
 * its speaker ("speaker: Donald Trump announced / Vikram Misri said"); two
 * outlets credited are a `name` difference that reads as the source
 * ("source: as reported by Reuters / according to The New York Times"), and
 * so are two bodies ("source: assessments by … JPMorgan / AccuWeather’s
 * initial estimate"); a person named in both with two roles reads as the
 * role ("role: Foreign Minister Ishaq Dar / Deputy Prime Minister, Ishaq
 * Dar").
 * Its modules import nothing further: the renderer shows it too.
 */
import { MONTH_NAMES } from './calendar';
import { holdsClockTime } from './clock';
import { CREDITING_VERBS, STATEMENTS } from './credit-words';
import { ROLE_WORDS } from './mentions';
import { givesStatement } from './speakers';
import { skeleton } from './terms';
import { fold } from './tokens';

const MONTH = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})`;
/** A month's name or a date in digits: a text holding one is a date, with or without a time. */
const CALENDAR = new RegExp(`\\b${MONTH}[a-z]*\\.?\\s+\\d|\\d\\s+${MONTH}|\\d{4}-\\d{2}-\\d{2}`, 'iu');

function isTimeOfDay(text: string): boolean {
  return holdsClockTime(text) && !CALENDAR.test(text);
}

/** How attributions.ts quotes an outlet credited: "according to …", "told …", "… reported". */
const CREDITS = /^(?:[Aa]ccording\s+to|(?:as\s+)?reported\s+by|citing|told|(?:confirmed|said|spoke|speaking)\s+to|interviews?\s+with)\s|\s(?:reported|reports)$/u;
/** How bodies.ts quotes a body credited: "… said", "… estimated", "estimate from …", "…’s initial estimate", "declared dead by …". */
const CREDITS_BODY = new RegExp(
  `\\s(?:${CREDITING_VERBS})$|^(?:${STATEMENTS})\\s+(?:from|by)\\s|['’]s\\s+(?:\\p{Ll}+\\s+){0,2}(?:${STATEMENTS})$|^(?:${CREDITING_VERBS})(?:\\s+\\p{Ll}+){0,2}?\\s+by\\s`,
  'u',
);
const credits = (text: string) => CREDITS.test(text) || CREDITS_BODY.test(text);

/**
 * Two texts that each give a role, of one person named the same in both
 * ("Deputy Prime Minister and Foreign Minister Ishaq Dar" / "Foreign
 * Minister Ishaq Dar") or of no one named ("the prime minister" / "the
 * foreign minister"): what differs is the role, not who. Lists of people
 * ("Trump and Vance" / "Trump") end on different names and stay persons.
 */
function rolesOfOne(here: string, there: string): boolean {
  const a = here.split(/[\s,]+/u).filter((w) => w !== '');
  const b = there.split(/[\s,]+/u).filter((w) => w !== '');
  const roleWords = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()).filter((w) => ROLE_WORDS.has(w)));
  const [x, y] = [roleWords(a), roleWords(b)];
  if (x.size === 0 || y.size === 0 || namesSeveral(a) || namesSeveral(b)) return false;
  // The same role both times: what differs is the name ("Ambassador Edgar Kagan" / "ambassador Edgard D. Kagan").
  if (x.size === y.size && [...x].every((w) => y.has(w))) return false;
  return lastName(a) === lastName(b);
}

/** A list of people: a name before "and" ("President Trump and Vice President JD Vance"), not an office ("Secretary of State and …"). */
function namesSeveral(words: readonly string[]): boolean {
  return words.some((w, i) => words[i + 1] === 'and' && isNameWord(w));
}

/** A word of a person's name: capitalized, and no word of an office ("Secretary of State"). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word !== 'State' && !ROLE_WORDS.has(word.toLowerCase());
}

/**
 * The surname of the person a mention names, as mentions.ts keys one (its
 * consonants, folded: "Wechayachai" and "Wechachai", "Sánchez" and
 * "Sanchez" are one), whether the role comes first or after ("Desmond
 * McKenzie, deputy chairman"); '' for a role alone ("the foreign minister").
 */
function lastName(words: readonly string[]): string {
  const name = words.findLast(isNameWord);
  return name === undefined ? '' : skeleton(fold(name));
}

/** Lower case ("number", "time"); the caller capitalizes where a label starts a line. */
export function differenceLabel(d: { kind: string; here: string; there: string }): string {
  if (d.kind === 'date' && isTimeOfDay(d.here) && isTimeOfDay(d.there)) return 'time';
  if (d.kind === 'person' && givesStatement(d.here) && givesStatement(d.there)) return 'speaker';
  if (d.kind === 'person' && rolesOfOne(d.here, d.there)) return 'role';
  if (d.kind === 'name' && credits(d.here) && credits(d.there)) return 'source';
  return d.kind;
}
