/**
 * Whose report a passage passes on: "according to The New York Times", "as
 * reported by Reuters", "citing Al Jazeera", "an Iranian official told
 * Reuters", "confirmed to Reuters and Al Arabiya". Two reports of one claim
 * that credit it to different outlets differ in their source, and an
 * analyst tracing a claim back needs to see it. People credited so
 * ("according to Secretary Rubio") are speakers (speakers.ts), not read here.
 */
import { countryOfDemonym } from './countries';
import { HEADS } from './credit-words';
import { placeKey } from './places';
import { ROLE_WORDS } from './mentions';
import { STOPWORDS } from './stopwords';
import { fold } from './tokens';

export interface Attribution {
  start: number;
  end: number;
  /** As the passage writes it ("according to The New York Times"). */
  text: string;
  /** The outlets' names alone ("The New York Times"). */
  name: string;
  /** Each outlet named, by the folded last word of its name ("Al Arabiya" → "arabiya"), as another passage would hold it. */
  words: string[];
  /** Each outlet named, by its short name where news uses one ("the Associated Press" and "AP" are both "ap"). */
  outlets: string[];
}

/** Outlets that news names in full and by their initials alike. */
const SHORT_NAMES = new Map(
  [
    ['associated press', 'ap'],
    ['agence france-presse', 'afp'],
    ['agence france presse', 'afp'],
    ['british broadcasting corporation', 'bbc'],
    ['national public radio', 'npr'],
    ['press trust of india', 'pti'],
    ['asian news international', 'ani'],
    ['islamic republic news agency', 'irna'],
  ].map(([name, short]) => [fold(name as string), fold(short as string)] as const),
);

/** An outlet's name as one key: its short name, or the folded name without "the" and stops ("A.P." is "ap"). */
function outletKey(name: string): string {
  const folded = fold(name.replace(/^the\s+/iu, '')).replace(/\./gu, '').replace(/\s+/gu, ' ').trim();
  return SHORT_NAMES.get(folded) ?? folded;
}

/** A capitalized word of a name: initials keep their stops ("U.S.", "A.P."), a word ends before one ("Reuters."). Bodies' names are read with it too (bodies.ts). */
export const CAPITALIZED_WORD = String.raw`\p{Lu}(?:\.(?:\p{Lu}\.)+|[\p{L}\p{M}'’&-]*)`;
const WORD = CAPITALIZED_WORD;
/** An outlet's name: capitalized words, "of" and "al" between ("Voice of America", "Al Arabiya"). */
const NAME = String.raw`(?:the\s+)?${WORD}(?:\s+(?:(?:of|for|al|el)\s+)?${WORD}){0,4}`;
/** Several outlets: "Reuters and Al Arabiya", "CNN, the BBC and AFP". */
const NAMES = String.raw`${NAME}(?:(?:,\s+${NAME}){0,3},?\s+and\s+${NAME})?`;
/**
 * Wires and broadcasters whose name a verb may be followed by ("told
 * Reuters", "said to CNN"): after "told", a name is a person as often as not,
 * so only these are read there.
 */
export const OUTLETS = [
  'Reuters', 'AP', 'AFP', 'Associated Press', 'Agence France-Presse', 'Bloomberg', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox News', 'NPR',
  'Al Jazeera', 'Al Arabiya', 'Axios', 'Politico', 'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'The Guardian',
  'The Times of Israel', 'Sky News', 'Xinhua', 'TASS', 'Interfax', 'IRNA', 'ANI', 'PTI', 'Bernama', 'Geo News', 'Dawn',
  'RIA Novosti', 'RIA', 'Sputnik', 'Baza', 'Kommersant', 'Izvestia', 'Meduza', 'Yonhap', 'Kyodo', 'Anadolu', 'Ukrinform', 'KCNA',
];
const OUTLET = `(?:${OUTLETS.map((o) => o.replace(/\s+/gu, '\\s+')).join('|')})\\b`;
const OUTLET_LIST = String.raw`${OUTLET}(?:(?:,\s+|,?\s+and\s+)${OUTLET}){0,4}`;

const CUED = new RegExp(
  [
    // "according to The New York Times", "according to a Reuters report", "according to management company Synergy
    // Marine Group", "according to the port of Singapore"
    String.raw`\b[Aa]ccording\s+to\s+(?:(?:an?|the)\s+)?(?:\p{Ll}+\s+){0,3}?(${NAMES})(?:\s+(?:report|reports|reporting)\b)?`,
    // "according to the vessel's operator, OceanGate": what the name is, given first, set off by a comma.
    String.raw`\b[Aa]ccording\s+to\s+(?:the\s+)?\p{Ll}+['’]s\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+,\s+(${NAMES})`,
    // "as reported by Reuters", "reported by the BBC"
    String.raw`\breported\s+by\s+(${NAMES})`,
    String.raw`\bciting\s+(${NAMES})`,
    // "an Iranian official told Reuters", "confirmed to Reuters and Al Arabiya", "said in an interview with CNN"
    String.raw`\b(?:told|(?:confirmed|said|spoke|speaking)\s+to|(?:interview|interviews)\s+with)\s+(${OUTLET_LIST})`,
    // "The New York Times reported", "Reuters reports"
    // "RIA Novosti, citing Russian intelligence, reported"
    String.raw`(${OUTLET_LIST})(?:,\s[^,.;]{1,60},)?\s+(?:reported|reports|has\s+reported)\b`,
  ].join('|'),
  'gu',
);

/** Words no outlet's name holds: what follows "according to" may be a person with a title (a speaker), an official or a document. */
const NOT_OUTLETS = new Set([...ROLE_WORDS, 'official', 'officials', 'statement', 'sources', 'source']);

/** Words before a name that make it a place ("according to police in Texas"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'on', 'across', 'around', 'outside', 'inside']);

/** Plural-looking words after an outlet's name that are no people it describes ("TASS news agency", "CNN reports"). */
const NOT_PEOPLE_AFTER = new Set(['news', 'reports', 'says', 'claims', 'adds', 'notes', 'writes', 'shows']);

/** A people's name ("Russian", "the Japanese", "French"), which names no outlet alone; not a place's own ("Moscow"). */
function isDemonym(name: string): boolean {
  const word = fold(name.replace(/^the\s+/iu, ''));
  if (countryOfDemonym(word) !== undefined) return true;
  const key = placeKey(word);
  return key !== undefined && key !== word && /(?:ish|ch|ss|ek|ese|an|i)$/u.test(word);
}

/** What kind of outlet a name is, between a people's name and the outlet's own: "Russian state publication TASS", "Russian news agency Interfax". */
const DESCRIBED = new RegExp(
  String.raw`\s+(?:state(?:-run|-owned)?\s+|news\s+|media\s+)*(?:publication|agency|broadcaster|outlet|newspaper|daily|channel|website|television|network|media)\s+(${NAMES})`,
  'uy',
);

/** Lower-case words after a name that end in a body's head: "(Moscow) region health ministry". */
const HEADED_AFTER = new RegExp(String.raw`(?:\s+\p{Ll}+){0,3}\s+(?:${HEADS.join('|')})\b`, 'uy');

/** A sticky pattern's match at `at`, read in place rather than from a copy of the rest of the text. */
function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The outlets `text` credits what it says to, in order. */
export function attributionsIn(text: string): Attribution[] {
  const found: Attribution[] = [];
  if (!/according|reported|citing|told|confirmed|said|spoke|speaking|interview|reports/iu.test(text)) return found;
  for (const m of text.matchAll(CUED)) {
    const cued = m.slice(1).find((g) => g !== undefined);
    if (!cued) continue;
    let names = cued;
    let end = m.index + m[0].length;
    // A people's name may open the outlet's description: "reported by the Russian state publication TASS".
    if (isDemonym(names)) {
      const described = stickyAt(DESCRIBED, text, end);
      if (described) {
        names = described[1] as string;
        end += described[0].length;
      }
    }
    // A place's name may open a body's: "according to the Moscow region health ministry" credits the ministry.
    const headed = stickyAt(HEADED_AFTER, text, end);
    if (headed) end += headed[0].length;
    const each = names.split(/,\s+|,?\s+and\s+/u);
    const words = each.map((n) => fold(n.replace(/^the\s+/iu, '').split(/\s+/u).at(-1) ?? '').replace(/['’]s$/u, '')).filter((w) => w !== '');
    // A role's words name a person ("according to National Security Adviser Waltz", "Police Chief Jim Smith"), unless
    // they come before a body's head ("according to the Russian Federal Security Service", "the National Centre for
    // Seismology").
    const nameWords = fold(names).split(/\s+/u);
    const head = nameWords.findLastIndex((w) => HEADS.includes(w));
    if (words.length === 0 || nameWords.slice(head + 1).some((w) => NOT_OUTLETS.has(w))) continue;
    // A people's name alone is no outlet: "citing Russian intelligence", "according to Japanese authorities".
    if (each.every(isDemonym)) continue;
    // A possessor is none: "According to Trump's social media post".
    if (!headed && /['’]s$/u.test(names)) continue;
    // What comes between "according to" and the name says what the name is: the outlet's kind ("management company
    // Synergy Marine Group"), or people and a place ("officials in Texas"), which credits no outlet.
    const lead = fold(m[0].slice(0, m[0].indexOf(cued))).split(/\s+/u).filter((w) => w !== '');
    if (lead.some((w) => NOT_OUTLETS.has(w)) || PLACE_PREPOSITIONS.has(lead.at(-1) ?? '')) continue;
    // Names that describe the people after them are no outlet's: "according to Japanese and U.S. seismologists".
    const next = /^\s+(\p{Ll}{3,}s)\b/u.exec(text.slice(end, end + 30))?.[1];
    if (next !== undefined && !STOPWORDS.has(next) && !NOT_PEOPLE_AFTER.has(next)) continue;
    found.push({ start: m.index, end, text: text.slice(m.index, end), name: names, words, outlets: each.map(outletKey).filter((k) => k !== '') });
  }
  return found;
}
