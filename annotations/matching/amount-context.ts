/**
 * The words around an amount or a label, and what they say of it: how far
 * its context reaches (a few words, within its clause), where it was taken
 * (the place after it, else before it), whether it was foreseen or seen,
 * lost or restored, of which named fire, and of what a storm was or became.
 * differences.ts reads these to tell two figures of one report from two
 * figures of two things.
 */
import { capitalized, MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { placesIn, type PlaceMention } from './mentions';
import type { Quantity } from './quantities';
import { sentenceSpansUtf16 } from './sentences';
import { boundsOf, type TextSpan } from './spans';
import { STOPWORDS } from './stopwords';
import { PLACE, termsOf, type Term } from './terms';
import { fold } from './tokens';

/** The sentence of `text` that holds `q` (the whole text when it is one sentence). */
export function sentenceOf(text: string, q: TextSpan): string {
  const { start, end } = sentenceSpanOf(text, q);
  return text.slice(start, end);
}

/** Where `q`'s sentence is in the text (the whole text when it is one sentence or `q` is in none). */
export function sentenceSpanOf(text: string, q: TextSpan): { start: number; end: number } {
  const spans = sentenceSpansUtf16(text);
  const span = spans.length > 1 ? spans.find((s) => s.start <= q.start && q.start < s.end) : undefined;
  return span ?? { start: 0, end: text.length };
}

/** The words of `q`'s sentence before it. */
function sentenceBefore(text: string, q: TextSpan): string {
  return text.slice(sentenceSpanOf(text, q).start, q.start);
}

/** How far either side of an amount its context reaches: a few words, in the same clause. */
export const CONTEXT_CHARS = 40;
export const CONTEXT_TERMS = 3;

/**
 * Two lengths, speeds or times of day of which one is foreseen and the
 * other was seen, each by the word of its sentence nearest to it that tells
 * one or the other: "waves of up to three meters are expected" / "caused
 * waves of up to four metres along the Kamchatka coast, where several
 * people were injured" (recorded). A forecast is not a measurement. The
 * nearest word, since a sentence often tells both: "forecasts … predicted 4
 * to 8 inches of rain in that area, but the amount of rain that fell…". Not
 * "advisory", which is a storm's bulletin as often as a warning ("The 11pm
 * advisory … shows Melissa back up to category 4 strength with winds of
 * 130mph").
 */
export function foreseenApart(here: string, x: TextSpan, there: string, y: TextSpan): boolean {
  const a = foreseen(here, x);
  const b = foreseen(there, y);
  return a !== undefined && b !== undefined && a !== b;
}

const FORESEEN = /\b(?:expected|expects?|forecast(?:s|ed)?|predicted|could|may|might|threat|warn(?:ed|ings?|s)?|potential|possible|prepar(?:ed|ing|es?)\s+for|brac(?:ed|ing|es?)\s+for)\b/giu;
/** Not after "to": "expected a tsunami of around 10 feet to hit" foresees. */
const SEEN = /(?<!\bto\s)\b(?:recorded|measured|observed|detected|reported|reached|hit|struck|surged|swept|arrived|fell|deluged|dumped|drenched|poured|made landfall)\b/giu;

/** Whether the word nearest an amount in its sentence foresees it (true) or tells it was seen (false); neither when there is none. */
function foreseen(text: string, q: TextSpan): boolean | undefined {
  return nearestMarker(text, q, FORESEEN_OR_SEEN)?.value;
}

const FORESEEN_OR_SEEN = [[FORESEEN, true], [SEEN, false]] as const;

/**
 * The marker of `q`'s sentence nearest to it, of `markers` (each words and
 * what they mark), with the words it matched; none within the amount (or
 * up to `end`, where the words after it are still its own).
 */
function nearestMarker<T>(text: string, q: TextSpan, markers: readonly (readonly [RegExp, T])[], end = q.end): { value: T; word: string } | undefined {
  const span = sentenceSpanOf(text, q);
  const sentence = text.slice(span.start, span.end);
  let nearest: { distance: number; value: T; word: string } | undefined;
  for (const [words, value] of markers) {
    for (const m of sentence.matchAll(words)) {
      const at = span.start + m.index;
      if (at >= q.start && at < end) continue;
      const distance = at < q.start ? q.start - (at + m[0].length) : at - end;
      if (!nearest || distance < nearest.distance) nearest = { distance, value, word: m[0] };
    }
  }
  return nearest;
}

/**
 * Two spans of which one is how long since something last happened ("the
 * first cut in four years", "its first easing cycle in over four years")
 * and the other how long something went on ("over the past two years",
 * "for more than a year", "after more than two years of high rates"): two
 * figures of two things, each by the words right before it.
 */
export function spansOfTwoKinds(here: string, x: TextSpan, there: string, y: TextSpan): boolean {
  const a = spanKind(here, x);
  const b = spanKind(there, y);
  return a !== undefined && b !== undefined && a !== b;
}

/** "the first … in", "the first … since", before the span, within its clause. */
const SINCE_LAST_BEFORE = /\bfirst\b[^.;:!?]{0,60}\bin\s+(?:the\s+)?$/iu;
/** "over the past", "for", "after", "during" right before the span. */
const LASTED_BEFORE = /\b(?:over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|for|after|during|throughout)\s+(?:the\s+)?$/iu;
const SPAN_REACH = 90;

/** The span's hedge ("more than four years") is in its text, so the words before it are the lead's. */
function spanKind(text: string, q: TextSpan): 'since' | 'lasted' | undefined {
  const lead = clauseTail(text.slice(Math.max(0, q.start - SPAN_REACH), q.start));
  if (SINCE_LAST_BEFORE.test(lead)) return 'since';
  if (LASTED_BEFORE.test(lead)) return 'lasted';
  return undefined;
}

/**
 * Two levels of which one is what a rate or a share was before ("down
 * from a two-decade high of 5.3%", "from 5.25-5.50 per cent to 4.75-5.00
 * per cent", "had been keeping the interest rate above 5 percent") and the
 * other what it is now: two figures, by the words right around each.
 */
export function levelsOfTwoTimes(here: string, x: TextSpan, there: string, y: TextSpan): boolean {
  return earlierLevel(here, x) !== earlierLevel(there, y);
}

/** The words that lead to a level, of what it was: "down from a two-decade high of", "had been keeping the interest rate above". */
const LEVEL_LEAD = String.raw`\s+(?:(?:a|an|the|its)\s+)?(?:[\p{L}-]+\s+){0,5}?(?:(?:of|at)\s+)?$`;
const EARLIER_BEFORE = new RegExp(String.raw`\b(?:(?:down|up)\s+from|had\s+been|previously|prior|formerly)${LEVEL_LEAD}`, 'iu');
/** "from" alone leads to a level left only in a change to another ("from 5.25-5.50 per cent to 4.75-5.00 per cent"). */
const FROM_BEFORE = new RegExp(String.raw`\bfrom${LEVEL_LEAD}`, 'iu');
const TO_AFTER_LEVEL = /^\s+to\s+(?:a\s+range\s+of\s+)?(?:between\s+)?[\d$€£]/iu;

function earlierLevel(text: string, q: TextSpan): boolean {
  const lead = clauseTail(text.slice(Math.max(0, q.start - 50), q.start));
  return EARLIER_BEFORE.test(lead) || (FROM_BEFORE.test(lead) && TO_AFTER_LEVEL.test(text.slice(q.end, q.end + 40)));
}

/**
 * An amount of each of several ("two more times by 25 basis points each",
 * "$5 apiece") against an amount of them all ("another 50 basis points"):
 * two figures, the one a part of the other.
 */
export function eachApart(here: string, x: TextSpan, there: string, y: TextSpan): boolean {
  return EACH_AFTER.test(here.slice(x.end, x.end + EACH_REACH)) !== EACH_AFTER.test(there.slice(y.end, y.end + EACH_REACH));
}

const EACH_AFTER = /^\s+(?:each|apiece)\b/iu;
const EACH_REACH = 8;

/**
 * Two moves of a rate (in points) or two levels (in percent) of which one
 * was made and the other only wished for, each by the word of its sentence
 * nearest to it: "lowered rates by half a percentage point" was made;
 * "Bowman preferred a quarter-point cut", "markets had expected a 25 bps
 * cut", "another half point this year" and "the median projection … 4.4%"
 * were not. What a governor wanted is no report of what the committee
 * did, nor is one party's wish another's. The noun the amount qualifies
 * ("a quarter-point cut") is part of it, not a word about it, and tells of
 * a move made where nothing else in the sentence says.
 */
export function movesApart(here: string, x: TextSpan, there: string, y: TextSpan): boolean {
  const a = moveMade(here, x);
  const b = moveMade(there, y);
  if (a !== undefined && b !== undefined && a !== b) return true;
  if (a !== false || b !== false) return false;
  // Two wishes are one only when both name one party: what the markets expected is not what the policymakers project
  // or what a dissenter wanted, and a wish of no one named may be any of theirs.
  const p = wisherOf(here, x);
  const q = wisherOf(there, y);
  return p === undefined || q === undefined || p !== q;
}

/** Who wished for a move, by the nearest word of its sentence that names a party: the markets, the policymakers, or a person by name. */
function wisherOf(text: string, q: TextSpan): string | undefined {
  const nearest = nearestMarker(text, q, WISHERS);
  return nearest && (nearest.value ?? nearest.word.toLowerCase());
}

const WISHERS: readonly (readonly [RegExp, string | undefined])[] = [
  [/\b(?:markets?|futures|investors|traders|economists|analysts|bets?|priced)\b/giu, 'markets'],
  [/\b(?:policymakers|officials|members|committee|FOMC|projections?|projected|dot\s+plot|median)\b/giu, 'policymakers'],
  // A person by name before "preferred", "wanted", "dissented": the dissenter.
  [/\b\p{Lu}\p{Ll}+(?=,?\s+(?:preferred|prefers|wanted|dissented|favou?red|opted|opting|argued|pushed|called)\b)/gu, undefined],
];

const MADE = /\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|reducing|slashed|slashes|slashing|trimmed|raised|raises|raising|hiked|hikes|hiking|delivered|announced|approved|decided)\b/giu;
/** Not after "than" or "as": "a larger than expected half a percentage point" was made. */
const WISHED = /(?<!\b(?:than|as)\s)\b(?:preferred|prefers|prefer|favou?red|favou?ring|favou?rs|wanted|wants|called\s+for|pushed\s+for|argued\s+for|advocated|dissented|opt(?:ed|ing)|instead|expected|expecting|expects|anticipated|anticipating|priced|pencil(?:l)?ed|predicted|forecast|projected|projections?|estimated|bets?|would|could|may|might|another|additional|further|more(?!\s+than\b))\b/giu;
/** The noun a move's amount qualifies: "a quarter-point cut", "a 50-basis-point rate reduction". Where no word says otherwise, it tells of a move made. */
const MOVE_NOUN = /^(?:[\s-]+(?:rate|interest|policy))*[\s-]+(?:cut|cuts|reduction|hike|increase|move)\b/iu;

function moveMade(text: string, q: TextSpan): boolean | undefined {
  const noun = MOVE_NOUN.exec(text.slice(q.end))?.[0].length;
  return nearestMarker(text, q, MADE_OR_WISHED, q.end + (noun ?? 0))?.value ?? (noun === undefined ? undefined : true);
}

const MADE_OR_WISHED = [[MADE, true], [WISHED, false]] as const;

/**
 * Two shares of different things, each by what its words say it is a
 * share of: inflation, unemployment, growth, an interest rate, a yield.
 * "inflation … toward its 2 percent target" and "to a range of 4.75% to
 * 5%" (the rate) are two figures; two reports of inflation at 2.5% and
 * 2.9% are one. Only these, the figures economic news sets side by side;
 * a share of nothing named may be of anything.
 */
export function sharesOfTwoThings(here: string, x: Quantity, hereAll: readonly Quantity[], there: string, y: Quantity, thereAll: readonly Quantity[]): boolean {
  const a = shareOf(here, x, hereAll);
  const b = shareOf(there, y, thereAll);
  return a !== undefined && b !== undefined && a !== b;
}

const SHARE_SUBJECTS: readonly (readonly [string, string])[] = [
  ['inflation', 'inflation'],
  ['unemployment|jobless(?:ness)?', 'unemployment'],
  ['growth|gdp', 'growth'],
  ['(?:interest|funds|policy|benchmark|key|lending|base|overnight|deposit|repo)\\s+rates?|(?:fed|federal)\\s+funds|target\\s+range|borrowing\\s+costs?', 'rate'],
  ['yields?', 'yield'],
];
const SUBJECT = SHARE_SUBJECTS.map(([words]) => `(?:${words})`).join('|');
/** Each subject's words as a whole match, to name the subject a match is of. */
const SUBJECT_NAMED = SHARE_SUBJECTS.map(([words, share]) => [new RegExp(`^(?:${words})$`, 'iu'), share] as const);
/** "60% of the country's energy consumption", "56% of the votes": the share's subject after it. */
const SUBJECT_AFTER = new RegExp(String.raw`^\s+(?:of|in)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}?(${SUBJECT})\b`, 'iu');
/** "inflation rose to 2.9%", "the federal funds rate by 50 basis points, bringing it down to a range of 4.75%-5%": the last subject before it. */
const SUBJECT_ANY = new RegExp(String.raw`\b(?:${SUBJECT})\b`, 'giu');

/** A central bank's target or goal of a share right after it ("the Fed's 2% goal", "its 2 percent target") is of inflation. */
const TARGET_AFTER = /^[\s-]+(?:inflation\s+)?(?:target|goal|objective)\b/iu;

/**
 * What a share is of, when its words say: "of" the subject right after it,
 * else the last subject named before it in its sentence since the share
 * before it (whose words those would be: "with 99% of ballots counted,
 * Milei had 56%").
 */
function shareOf(text: string, q: Quantity, all: readonly Quantity[]): string | undefined {
  if (TARGET_AFTER.test(text.slice(q.end, q.end + SHARE_REACH))) return 'inflation';
  const sentence = sentenceSpanOf(text, q);
  const shares = all.filter((o) => o.dimension === q.dimension);
  const { previous, next } = boundsOf(q, shares, text.length);
  const after = SUBJECT_AFTER.exec(text.slice(q.end, Math.min(sentence.end, next, q.end + SHARE_REACH)))?.[1];
  const before = [...text.slice(Math.max(sentence.start, previous), q.start).matchAll(SUBJECT_ANY)].at(-1)?.[0];
  const subject = after ?? before;
  if (subject === undefined) return undefined;
  return SUBJECT_NAMED.find(([words]) => words.test(subject))?.[1];
}

const SHARE_REACH = 50;

/**
 * Two lengths that measure different things, each by the words right
 * around it: a depth, a height, a length, a width, or a distance from a
 * place ("16 km northwest of Sagaing" / "at a shallow depth of 20.7km",
 * "waves of up to four metres" / "about 250 kilometers away from
 * Hokkaido"). A length with no such word may be any of them.
 */
export function measuresApart(here: string, x: TextSpan, there: string, y: TextSpan): boolean {
  const a = measureOf(here, x);
  const b = measureOf(there, y);
  return a !== undefined && b !== undefined && a !== b;
}

/** Words before a length, in its clause, that say what it measures ("at a depth of", "a height of about"). */
const MEASURE_BEFORE: readonly (readonly [RegExp, string])[] = (
  [
    ['depths?|deep', 'depth'],
    ['heights?|high|tall', 'height'],
    ['lengths?|long', 'length'],
    ['widths?|wide', 'width'],
  ] as const
).map(([words, measure]) => [new RegExp(String.raw`\b(?:${words})\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|up to)\s+)?$`, 'iu'), measure]);
/** Words right after a length that say what it measures ("16 km northwest of", "10 km deep", "300m long"). */
const MEASURE_AFTER: readonly (readonly [RegExp, string])[] = [
  [/^[\s-]*(?:deep|below|beneath|underground|under\s+the)\b/iu, 'depth'],
  [/^[\s-]*(?:high|tall|above)\b/iu, 'height'],
  [/^[\s-]*long\b/iu, 'length'],
  [/^[\s-]*wide\b/iu, 'width'],
  [/^[\s-]*(?:(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|north\s*north-?(?:east|west)|south\s*south-?(?:east|west)|east\s*north-?east|east\s*south-?east|west\s*north-?west|west\s*south-?west)(?:ern|ward)?\s+of|away|from|off(?:\s+the)?\s+(?:coast|shore))\b/iu, 'distance'],
];

/** What a length measures, when the words right around it say. */
function measureOf(text: string, q: TextSpan): string | undefined {
  const after = text.slice(q.end, q.end + MEASURE_REACH);
  for (const [words, measure] of MEASURE_AFTER) if (words.test(after)) return measure;
  const before = clauseTail(text.slice(Math.max(0, q.start - MEASURE_REACH), q.start));
  for (const [words, measure] of MEASURE_BEFORE) if (words.test(before)) return measure;
  return undefined;
}

const MEASURE_REACH = 40;

/** Each amount is told of a fire by its name, and the names differ ("The Palisades Fire has scorched over 2,900 acres" / "The Eaton fire … has already scorched more than 10,600 acres"). */
export function firesApart(here: string, x: Quantity, there: string, y: Quantity): boolean {
  const a = fireOf(here, x);
  const b = fireOf(there, y);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * The fire an amount's sentence names last before it, by its name ("the
 * Hurst Fire, which has burned around 855 acres"), or the fires, when it
 * names two together ("The Palisades and Eaton fires … have burned over
 * 27,000 acres": their total, not either's).
 */
function fireOf(text: string, q: Quantity): string | undefined {
  const before = sentenceBefore(text, q);
  let last: { at: number; name: string } | undefined;
  const named = (at: number, words: readonly string[]) => {
    const folded = words.map((w) => w.toLowerCase());
    if (!folded.some((w) => STOPWORDS.has(w)) && (!last || at > last.at)) last = { at, name: folded.sort().join(' and ') };
  };
  for (const m of before.matchAll(NAMED_FIRE)) named(m.index, [m[1] as string]);
  for (const m of before.matchAll(NAMED_FIRES)) named(m.index, [m[1] as string, m[2] as string]);
  return last?.name;
}

const NAMED_FIRE = /\b(\p{Lu}\p{Ll}+)\s+(?:[Ff]ire|[Bb]laze)\b/gu;
const NAMED_FIRES = /\b(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+(?:[Ff]ires|[Bb]lazes)\b/gu;

/**
 * Two shares of which one is of what was lost and the other of what was
 * restored, each by the words of its sentence: "15 gigawatts … equivalent
 * to 60% of Spain's total energy demand" was lost, "more than 99% of energy
 * demand … had been restored". Two figures, not one told two ways.
 */
export function sharesOfOppositeWays(here: string, x: Quantity, there: string, y: Quantity): boolean {
  if (x.dimension !== 'percent') return false;
  const a = wayOf(here, x);
  const b = wayOf(there, y);
  return a !== undefined && b !== undefined && a !== b;
}

const RESTORED = new Set(termsOf('restored recovered reconnected resumed').map((t) => t.term));
const LOST = new Set(termsOf('lost loss outage disappeared vanished shed blackout').map((t) => t.term));

/** Whether the sentence of an amount tells of something restored or of something lost (neither when it tells of both). */
function wayOf(text: string, q: Quantity): 'restored' | 'lost' | undefined {
  const terms = termsOf(sentenceOf(text, q));
  const restored = terms.some((t) => RESTORED.has(t.term));
  const lost = terms.some((t) => LOST.has(t.term));
  return restored === lost ? undefined : restored ? 'restored' : 'lost';
}

/** Each amount's words name a place, and no place is in both: "three deaths in Jamaica" / "at least four fatalities in Haiti". */
export function placesApart(a: readonly string[], b: readonly string[]): boolean {
  const apart = (x: readonly string[], y: readonly string[]) => x.length > 0 && y.length > 0 && !x.some((p) => y.includes(p));
  // Countries against countries, towns against towns: a town may lie in the other passage's country.
  const kind = (xs: readonly string[], k: string) => xs.filter((p) => p.startsWith(k));
  return apart(kind(a, PLACE), kind(b, PLACE)) || apart(kind(a, LOCAL), kind(b, LOCAL));
}

/**
 * The places an amount's own words name: those right after it in its clause
 * ("three deaths in Jamaica"), else those before it ("Jamaica experienced at
 * least eight deaths"); a place after the amount before belongs to that one.
 */
export function placeOfAmount(text: string, q: TextSpan, all: readonly TextSpan[]): string[] {
  let found = amountPlaces.get(q);
  if (!found) {
    const { previous, next } = boundsOf(q, all, text.length);
    const countries = (terms: Term[]) => terms.map((t) => t.term).filter((t) => t.startsWith(PLACE));
    const afterEnd = clauseEnd(text, q.end, Math.min(next, q.end + CONTEXT_CHARS));
    const after = [...countries(termsAfter(text, q, next, 1)), ...localPlaces(text, q.end, afterEnd)];
    const beforeStart = clauseStart(text, Math.max(previous, q.start - CONTEXT_CHARS), q.start);
    amountPlaces.set(q, (found = after.length > 0 ? after : [...countries(termsBefore(text, q, previous)), ...localPlaces(text, beforeStart, q.start)]));
  }
  return found;
}

/** Towns and regions named after "in", "near"… within [from, to), marked apart from countries ("#kamchatka"). */
function localPlaces(text: string, from: number, to: number): string[] {
  // An amount's place is asked for each amount of a passage in turn: its places are read once.
  if (text !== placesRead.text) placesRead = { text, places: placesIn(text) };
  return placesRead.places
    .filter((p) => p.place === undefined && p.start >= from && p.end <= to)
    .map((p) => `${LOCAL}${fold(p.text)}`);
}

let placesRead: { text: string; places: PlaceMention[] } = { text: '', places: [] };
export const LOCAL = '#';
const clauseEnd = (text: string, from: number, to: number) => {
  const stop = text.slice(from, to).search(/[,;:.!?]/u);
  return stop < 0 ? to : from + stop;
};
const clauseStart = (text: string, from: number, to: number) => {
  let start = from;
  for (const m of text.slice(from, to).matchAll(/[,;:.!?]/gu)) start = from + m.index + 1;
  return start;
};

const amountPlaces = new WeakMap<TextSpan, string[]>();

/**
 * Two measures of a storm taken apart: where it struck (placeOfLabel), or
 * one as it was and the other after it weakened or strengthened ("made
 * landfall on Jamaica as a Category 5 hurricane with sustained winds near
 * 295 km/h" / "has since weakened to a Category 4 hurricane with winds of
 * 150 mph").
 */
export function measuredApart(hereText: string, x: TextSpan, hereAll: readonly TextSpan[], thereText: string, y: TextSpan, thereAll: readonly TextSpan[]): boolean {
  if (placesApart(placeOfLabel(hereText, x, hereAll), placeOfLabel(thereText, y, thereAll))) return true;
  return afterAChange(hereText, x) !== afterAChange(thereText, y);
}

/** Whether the words before a measure, in its sentence, say it is what the storm became ("has since weakened to a", "It is now a"). */
function afterAChange(text: string, q: TextSpan): boolean {
  return CHANGED_BEFORE.test(sentenceBefore(text, q));
}

const CHANGED_BEFORE = /\b(?:weakened|weakening|strengthened|strengthening|downgraded|upgraded|intensified|dropped|fell|now|exited|emerged)\b[^.;!?]*$/iu;

/**
 * The places a label on a scale is given for: as an amount's, else those its
 * sentence names, for a storm's category is told with where it struck,
 * often well before the label ("made landfall in Cuba just before dawn
 * Wednesday with Category 3 winds"): its countries and its towns ("Near the
 * town of New Hope, about 62 kilometers south of Montego Bay, Melissa
 * unleashed sustained winds of 185 mph").
 */
function placeOfLabel(text: string, label: TextSpan, all: readonly TextSpan[]): string[] {
  const own = placeOfAmount(text, label, all);
  if (own.length > 0) return own;
  const span = sentenceSpanOf(text, label);
  const sentence = text.slice(span.start, span.end);
  // Not a country that opens a body's name ("the U.S. National Hurricane Center", "Jamaican Prime Minister").
  const countries = termsOf(sentence)
    .filter((t) => t.term.startsWith(PLACE) && !NAME_GOES_ON.test(sentence.slice(t.end)))
    .map((t) => t.term);
  return [...countries, ...localPlaces(text, span.start, span.end)];
}

const NAME_GOES_ON = new RegExp(String.raw`^\s+(?!(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].map(capitalized).join('|')})\b)\p{Lu}`, 'u');

/** The last terms before an amount, in its clause (a comma ends it too), not reaching past the previous amount. */
export function termsBefore(text: string, q: TextSpan, previous: number): Term[] {
  return termsOf(clauseTail(text.slice(Math.max(previous, q.start - CONTEXT_CHARS), q.start))).slice(-CONTEXT_TERMS);
}

/** The first terms after an amount, in its clause, not reaching past the next amount; `reach` times the usual window. */
export function termsAfter(text: string, q: TextSpan, next: number, reach: number): Term[] {
  return termsOf(clauseHead(text.slice(q.end, Math.min(next, q.end + reach * CONTEXT_CHARS)))).slice(0, reach * CONTEXT_TERMS);
}

const CLAUSE_END = /[.;:!?—]/u;

export function clauseHead(text: string): string {
  const end = text.search(CLAUSE_END);
  return end < 0 ? text : text.slice(0, end);
}

/** What follows the last clause mark or comma: the clause the amount stands in, as far as it leads to it. */
const CLAUSE_TAIL = /[^.;:!?—,]*$/u;

export function clauseTail(text: string): string {
  return CLAUSE_TAIL.exec(text)?.[0] ?? text;
}
