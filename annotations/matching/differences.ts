/**
 * The details in which two passages on one claim disagree, each with the
 * text of both: the kinds are
 *   - number: amounts of one dimension (length, duration, percent, money, a
 *     count of one thing) that are not the same value once converted
 *     ("32 kilometers" / "about 43 kilometers"; "Thirty-five years" / "four
 *     decades"; "four days" / "weeks of clashes", a least amount; "just
 *     hours after Iran attacked" / "minutes after Iran launched", gaps
 *     counted from one event);
 *     units that agree are no difference (10 km / 6.2 miles), nor a count
 *     given as its parts against their total ("12 crew" / "10 crew members
 *     and 2 pilots");
 *   - date: dates that give a field differently ("June 27" / "June 18"; a
 *     month or year written relative to the article's publication date,
 *     "last month" / "May 2": relative-dates.ts; not one day apart when
 *     either is at night, "the night of June 24", where two zones' calendars
 *     part), and a time of day given
 *     differently in one zone ("15:35" / "around 3:30 PM"; "5 pm IST" and
 *     "1130 GMT" are not compared: naming a difference there needs the
 *     zones' offsets on the day);
 *   - person: one person given different roles ("Armenian President Nikol
 *     Pashinyan" / "Armenian Prime Minister Nikol Pashinyan"; two offices
 *     against one of them is a different title too: "Deputy Prime Minister
 *     and Foreign Minister Ishaq Dar" / "Foreign Minister Ishaq Dar", as
 *     the analyst reads which title each report gives), one person
 *     whose given name is spelled otherwise ("Edgar Kagan" / "Edgard D.
 *     Kagan"; not a transliteration, "Volodymyr" / "Volodimir"; one given
 *     name and a surname transliterated otherwise are one person, "Abbas
 *     Araghchi" / "Abbas Araqchi"), or a role
 *     alone that differs ("the prime minister" / "the foreign minister"),
 *     or the statement given to two different people ("US President Donald
 *     Trump on Saturday announced" / "Vikram Misri, the secretary for
 *     external affairs said"; speakers.ts);
 *   - place: where something happened ("in Abu Dhabi" / "in Doha"), not
 *     two names of one place ("in Washington" / "at the White House");
 *   - name: one thing named differently ("Trump Route for International
 *     Peace and Prosperity" / "Trump Road to Peace and International
 *     Prosperity"), a series given another number ("Boeing 787-8" /
 *     "Boeing 727"; designations.ts), or a statement posted on another
 *     platform ("on Truth Social" / "on X"; platforms.ts);
 *   - a list that names others in the same slot, as person, place or name
 *     ("in Qatar" / "in Qatar and Iraq"; "Donald Trump informed" / "Donald
 *     Trump and Vice President JD Vance reached out"; coordinations.ts);
 *   - the outlet a report is credited to ("as reported by Reuters" /
 *     "according to The New York Times"; a `name` difference shown as its
 *     source: attributions.ts).
 * What one passage says and the other leaves out is silence, not a
 * difference: a slot one report fills with fewer names is filled, and
 * differs. When a passage holds several amounts of one dimension, two
 * are compared only if they are the only ones left unmatched on each side
 * or share the words around them: "in six months" is not set against
 * "35 years" just because both are durations.
 */
import { CONTEXT_CHARS, CONTEXT_TERMS, clauseHead, clauseTail, eachApart, firesApart, foreseenApart, levelsOfTwoTimes, LOCAL, measuredApart, measuresApart, movesApart, placeOfAmount, placesApart, sentenceOf, sentenceSpanOf, sharesOfOppositeWays, sharesOfTwoThings, spansOfTwoKinds, termsAfter, termsBefore } from './amount-context';
import { minuteOfDay } from './clock';
import { capitalOf, countriesIn, namedByBearing, placeLevel } from './countries';
import { attributionsIn, type Attribution } from './attributions';
import { bodiesIn, mayBeOneBody, namesABody, oneByAcronym, outletAsBody, type CreditedBody } from './bodies';
import { bearingsIn, bearingsThatDiffer, type Bearing } from './bearings';
import { designationsDiffer, designationsIn, SCALE_WORDS, type Designation } from './designations';
import { foldedWords, listsIn, mayName, nameGroupsIn, type NameGroup, type NamedGroups, type NameList } from './coordinations';
import { givenNamesAgree, keyWords, namesIn, oneOffice, peopleIn, placesIn, type NameMention, type PersonMention, type PlaceMention } from './mentions';
import { timesOfDay, type TimeOfDay } from './moments';
import { meansIn, meansThatDiffer, type MeansMention } from './means';
import { platformsIn, type PlatformMention } from './platforms';
import { lonePeopleCounts } from './lone-counts';
import { placeKey, sameCity } from './places';
import { CHILDREN_OF, datesConflict, datesIn, DEATH_TOLL_BEFORE, FATE_REACH, isWhole, MAGNITUDE_OF, maybeOneMoment, PEOPLE_STEM, quantitiesIn, sameValue, type DateMention, type Quantity } from './quantities';
import { relativeDatesIn, type PublicationDate } from './relative-dates';
import { SAYING } from './saying';
import { speakersDiffer, speakersIn, type Speaker } from './speakers';
import { boundsOf, outside } from './spans';
import { PLACE, skeleton, termsOf, type Term } from './terms';
import { STOPWORDS } from './stopwords';
import { synonymOf } from './synonyms';
import { fold, stemOf } from './tokens';

export const DIFFERENCE_KINDS = ['number', 'date', 'person', 'place', 'name'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export interface Difference {
  kind: DifferenceKind;
  /** As written in the first passage (the claim). */
  here: string;
  /** As written in the second passage (the candidate). */
  there: string;
  /** How the tool read `here`, where the words alone do not say ("April 2025" for "last month"); not in the command's JSON. */
  hereReads?: string;
  thereReads?: string;
}

/** What a passage says that can differ: read once, compared with many passages. */
export interface Analysis {
  text: string;
  /** The day its article was published, when its details give it. */
  published?: PublicationDate;
  quantities: Quantity[];
  dates: DateMention[];
  times: TimeOfDay[];
  people: PersonMention[];
  /** Who it says made the statement (speakers.ts). */
  speakers: Speaker[];
  places: PlaceMention[];
  names: NameMention[];
  platforms: PlatformMention[];
  /** The lifting gear and two-wheelers it names (means.ts). */
  means: MeansMention[];
  /** Its terms as the matcher reads them (terms.ts): what "why suggested" finds shared words in. */
  terms: Term[];
  /** Names joined by "and", and names alone (coordinations.ts). */
  groups: NamedGroups;
  /** The outlets it credits what it says to (attributions.ts). */
  attributions: Attribution[];
  /** The agencies, ministries and companies it credits what it says to (bodies.ts). */
  bodies: CreditedBody[];
  /** Its lists of names (coordinations.ts): `groups`' of two names or more. */
  lists: NameList[];
  /** Its words folded (tokens.ts): what a list is looked for in (coordinations.ts). */
  words: ReadonlySet<string>;
  /** Things named by a series and a number ("Boeing 787-8"; designations.ts). */
  designations: Designation[];
  /** Its counts joined by "and", with what they make together ("230 passengers and 12 crew"). */
  totals: Total[];
  /** Where places lie from others ("16 km northwest of Sagaing"; bearings.ts). */
  bearings: Bearing[];
}

/** Each kind of a passage's details, or undefined until it is first asked for. */
type Found = { [K in Exclude<keyof Analysis, 'text' | 'published'>]: Analysis[K] | undefined };

function notReadYet(): Found {
  return {
    quantities: undefined, dates: undefined, times: undefined, people: undefined, speakers: undefined, places: undefined, names: undefined, platforms: undefined,
    means: undefined, terms: undefined, groups: undefined, attributions: undefined, bodies: undefined, lists: undefined, words: undefined, designations: undefined, totals: undefined, bearings: undefined,
  };
}

/**
 * The passage's details, each kind read the first time it is asked for: a
 * claim is compared with many passages, and only in the kinds the claim
 * itself gives (what one passage leaves out is no difference), so most
 * kinds of most passages are never read.
 */
class LazyAnalysis implements Analysis {
  // Every kind's slot is there from the start, in one order: an object that gained them in the order each passage
  // was asked for its kinds took a shape of its own per order, and every read of a kind went through a slow lookup.
  private found: Found = notReadYet();

  constructor(
    readonly text: string,
    readonly published: PublicationDate | undefined,
  ) {}

  private written?: DateMention[];
  private titled?: boolean;

  /** Whether the passage is a headline in title case (inTitleCase), read once for the kinds that ask. */
  private get headline(): boolean {
    return (this.titled ??= inTitleCase(this.text));
  }

  /** Every date written out, a dateline's too. */
  private get writtenDates(): DateMention[] {
    return (this.written ??= datesIn(this.text));
  }

  get dates(): DateMention[] {
    return (this.found.dates ??= datesOf(this.text, this.published, this.writtenDates));
  }

  get times(): TimeOfDay[] {
    return (this.found.times ??= timesOfDay(this.text).filter((t) => !inPageStamp(this.text, t.start)));
  }

  get quantities(): Quantity[] {
    // Numbers inside dates ("June 27"), times ("15:35 hours") and designations ("Boeing 787") are theirs, not amounts.
    return (this.found.quantities ??= outside(outside(outside(quantitiesIn(this.text), this.writtenDates), this.times), this.designations));
  }

  get people(): PersonMention[] {
    return (this.found.people ??= peopleIn(this.text));
  }

  get speakers(): Speaker[] {
    return (this.found.speakers ??= speakersIn(this.text, this.people));
  }

  get places(): PlaceMention[] {
    return (this.found.places ??= this.headline ? [] : placesIn(this.text));
  }

  get names(): NameMention[] {
    return (this.found.names ??= namesIn(this.text));
  }

  get platforms(): PlatformMention[] {
    return (this.found.platforms ??= platformsIn(this.text));
  }

  get means(): MeansMention[] {
    return (this.found.means ??= meansIn(this.text));
  }

  get terms(): Term[] {
    return (this.found.terms ??= termsOf(this.text));
  }

  get groups(): NamedGroups {
    return (this.found.groups ??= this.headline ? NO_GROUPS : nameGroupsIn(this.text, this.lists));
  }

  get attributions(): Attribution[] {
    return (this.found.attributions ??= attributionsIn(this.text));
  }

  get bodies(): CreditedBody[] {
    return (this.found.bodies ??= bodiesIn(this.text));
  }

  get lists(): NameList[] {
    return (this.found.lists ??= this.headline ? [] : listsIn(this.text));
  }

  get words(): ReadonlySet<string> {
    return (this.found.words ??= foldedWords(this.text));
  }

  get designations(): Designation[] {
    return (this.found.designations ??= designationsIn(this.text));
  }

  get totals(): Total[] {
    return (this.found.totals ??= totalsOf(this.text, this.quantities));
  }

  get bearings(): Bearing[] {
    return (this.found.bearings ??= bearingsIn(this.text));
  }
}

/**
 * A headline written in title case ("Evacuations Ordered in Pacific
 * Palisades and Altadena as Fierce Winds Fuel Rapidly Growing Fires"),
 * where a capital tells no name from a verb: its places and lists of names
 * are not read, for the words the rules would read as a name run on through
 * the headline.
 */
function inTitleCase(text: string): boolean {
  // A headline ends without a full stop; a sentence listing names ("Portugal, Germany, Spain, Canada…") ends with one.
  if (/[.!?:;"”’)]\s*$/u.test(text)) return false;
  const words = text.match(TITLE_WORD) ?? [];
  if (words.length < TITLE_WORDS) return false;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized >= TITLE_SHARE * words.length;
}

const NO_GROUPS: NamedGroups = Object.freeze({ groups: [], keys: new Set<string>() });

/** Words of four letters or more: short words ("in", "and", "of") stay lower case in a headline too. */
const TITLE_WORD = /\b\p{L}{4,}\b/gu;
const TITLE_WORDS = 4;
const TITLE_SHARE = 0.8;

/**
 * The details of `text`; `published`, when its article's details give it,
 * dates what the passage says relative to it ("last month": relative-dates.ts).
 */
export function analyze(text: string, published?: PublicationDate): Analysis {
  return new LazyAnalysis(text, published);
}

function datesOf(text: string, published: PublicationDate | undefined, all: DateMention[]): DateMention[] {
  const relative = relativeDatesIn(text, published);
  const written = (all.length > 0 && inDateline(text, all[0] as DateMention) ? all.slice(1) : all).filter((d) => !inPageStamp(text, d.start));
  return relative.length === 0 ? written : [...written, ...relative].sort((a, b) => a.start - b.start);
}

/**
 * A page's stamp of when it was published or updated, kept with its text
 * ("Texas floods death count surpasses 100 … Published 11:51 pm Monday, July
 * 7, 2025", "Published March 28, 2025 | 12:30 PM"; a live page's entry,
 * run on to its headline: "Local volunteer reacts to tragedypublished at
 * 00:44 British Summer Time 7 July"): when the page was written, as a
 * dateline is, not when anything it tells happened; its clock time too. In
 * lower case only with its clock time, as prose says "updated the toll on
 * July 5".
 */
const PAGE_STAMP = /(?:\b(?:Published|Updated|Posted)(?:\s+(?:[Oo]n|at))?:?\s|published\s+at\s+\d{1,2}:\d{2}\b)[^\n.!?]{0,40}$|published\s+at\s+$/u;
function inPageStamp(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return PAGE_STAMP.test(before) || POST_STAMP.test(before);
}

/** An embedded post's signature, its author's handle and the day it was posted: "— Seyed Abbas Araghchi (@araghchi) June 24, 2025". */
const POST_STAMP = /\(@\w{1,30}\)\s*$/u;

/**
 * A dateline's date is the day the report was filed, not the day of what it
 * tells: "PUTRAJAYA, Malaysia, July 28 (TNA) – Thailand and Cambodia have
 * agreed…", "July 5 (UPI) -- The death toll…". It is set against no date of
 * an event ("a General Border Committee session on August 4").
 */
function inDateline(text: string, date: DateMention): boolean {
  if (DATE_STAMP.test(text.slice(0, date.start))) return true;
  return date.start <= DATELINE_REACH && DATELINE_BEFORE.test(text.slice(0, date.start)) && DATELINE_AFTER.test(text.slice(date.end, date.end + 40));
}

/** A page's date stamp kept before its first sentence ("date 2025-08-16 President Donald Trump and…"). */
const DATE_STAMP = /^\s*date\s+$/u;

/** How far into a passage a dateline's date may start. */
const DATELINE_REACH = 80;
/** Only the place of the dateline before its date: capitalized words, a bracket, commas. */
const DATELINE_BEFORE = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*(?:\[[^\]]{1,30}\])?\s*,\s*){0,3}$/u;
/** After it, the agency in brackets, if any, and the dash or colon that opens the report. */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\))?\s*(?:-{1,2}|[\u2013\u2014:])/u;

/** `published`: each passage's article's publication date, when known (analyze). */
export function differencesBetween(here: string, there: string, published: { here?: PublicationDate; there?: PublicationDate } = {}): Difference[] {
  return differencesOf(analyze(here, published.here), analyze(there, published.there));
}

/**
 * What most pairs differ in: one frozen list, not one per pair (a set's
 * report holds hundreds of thousands of candidates, each with its list).
 */
const NO_DIFFERENCES: Difference[] = Object.freeze([]) as unknown as Difference[];

export function differencesOf(here: Analysis, there: Analysis): Difference[] {
  // Each kind only when the first passage gives it: `there`'s details are read on demand.
  let found: Difference[] = NO_DIFFERENCES;
  const add = (more: Difference[]) => {
    if (more.length > 0) found = found.length === 0 ? more : found.concat(more);
  };
  if (here.quantities.length > 0) add(numberDifferences(here, there));
  if (here.dates.length > 0) add(dateDifferences(here, there));
  if (here.times.length > 0) add(timeDifferences(here, there));
  if (here.people.length > 0) add(personDifferences(here.people, there.people));
  const speakers = here.speakers.length > 0 ? speakerDifferences(here, there) : NO_DIFFERENCES;
  add(speakers);
  if (here.places.length > 0) add(placeDifferences(here, there));
  if (here.bearings.length > 0) add(bearingDifferences(here.bearings, there.bearings));
  if (here.names.length > 0) add(nameDifferences(here, there));
  // Where the statement was posted differs with who made it: "Trump wrote on Truth Social" / "Dar posted on X" is one
  // difference, of speakers, not a second of platforms.
  if (here.platforms.length > 0 && speakers.length === 0) add(platformDifferences(here.platforms, there.platforms));
  if (here.means.length > 0) add(meansDifferences(here.means, there.means));
  if (here.designations.length > 0) add(designationDifferences(here, there));
  const outlets = here.attributions.length > 0 ? sourceDifferences(here, there) : NO_DIFFERENCES;
  add(outlets);
  if (here.bodies.length > 0 || here.attributions.length > 0) add(bodyDifferences(here, there).filter((d) => !outlets.some((o) => sameCredit(o, d))));
  // Only when a list of one may name what the other passage names: most pairs hold no list, or none of its names.
  if (here.lists.some((l) => mayName(there.words, l)) || there.lists.some((l) => mayName(here.words, l))) add(listDifferences(here, there));
  return found;
}

/**
 * Two differences that quote one credit on each side, once as an outlet and
 * once as a body ("According to a report from the Department of Homeland
 * Security's…" holds "report from the Department of Homeland Security's…"):
 * one difference, shown once. A body credited beside the outlet that passes
 * it on ("The Investigative Committee … has announced …, as reported by …
 * TASS") is a credit of its own.
 */
function sameCredit(a: Difference, b: Difference): boolean {
  const overlaps = (x: string, y: string) => x.includes(y) || y.includes(x);
  return overlaps(a.here, b.here) && overlaps(a.there, b.there);
}

/**
 * Each passage credits what it says to an outlet, and one credits an outlet
 * the other names nowhere ("as reported by Reuters" / "according to The
 * New York Times"; "told Reuters" / "confirmed to Reuters and Al
 * Arabiya"). One difference, between the first attributions that differ.
 */
function sourceDifferences(here: Analysis, there: Analysis): Difference[] {
  const b = there.attributions;
  if (b.length === 0) return NO_DIFFERENCES;
  const a = here.attributions;
  const named = (words: readonly string[], analysis: Analysis) => words.every((w) => analysis.words.has(w));
  const sameOutlets = (x: Attribution, y: Attribution) => x.outlets.every((o) => y.outlets.includes(o)) && y.outlets.every((o) => x.outlets.includes(o));
  for (const x of a) {
    for (const y of b) {
      if ((named(y.words, here) && named(x.words, there)) || sameOutlets(x, y) || oneByAcronym(x.name, y.name) || creditsAsBody(there, x) || creditsAsBody(here, y)) continue;
      return [{ kind: 'name', here: x.text, there: y.text }];
    }
  }
  return NO_DIFFERENCES;
}

/**
 * Whether a passage credits an outlet of the other's as a body, with a verb
 * of its own: "According to the BBC, shipping company Synergy Marine Group
 * had confirmed" passes on what "according to management company Synergy
 * Marine Group" credits. Not where the name is only named ("According to the
 * Verge" / "according to cybersecurity firm CrowdStrike": the story's own
 * subject is in every report).
 */
function creditsAsBody(analysis: Analysis, outlet: Attribution): boolean {
  if (analysis.bodies.length === 0) return false;
  const { keys } = outletAsBody(outlet);
  // By a word of its own name, not its country's: "the Moscow region health ministry" is not "the Russian state publication TASS".
  return analysis.bodies.some((b) => b.keys.some((k) => keys.includes(k) && placeKey(k) === undefined));
}

/**
 * Each passage credits what it says to one body, or one credits a body and
 * the other an outlet, and neither names the other's anywhere ("JPMorgan" /
 * "AccuWeather"; "Japan's Meteorological Agency forecast" / "NHK reported";
 * "according to management company Synergy Marine Group" / "Coast Guard
 * spokesperson Cynthia Oldham said").
 * A passage crediting several bodies tells several statements, and which is
 * the claim's is not said. Two outlets are sourceDifferences'.
 */
function bodyDifferences(here: Analysis, there: Analysis): Difference[] {
  const x = creditedSource(here);
  const y = x && creditedSource(there);
  if (!x || !y || (x.outlet && y.outlet)) return NO_DIFFERENCES;
  if (mayBeOneBody(x, here.words, y, there.words)) return NO_DIFFERENCES;
  return [{ kind: 'name', here: x.text, there: y.text }];
}

/**
 * The one body a passage credits, or, where it credits none, the one outlet
 * it passes the claim on from. Not an outlet told or spoken to ("the sheriff
 * told CNN": the sheriff is the source), nor a person credited as an outlet
 * would be ("according to Kerr County Sheriff Larry Leitha"), whom a report
 * crediting the sheriff's office may mean.
 */
function creditedSource(analysis: Analysis): CreditedBody | undefined {
  const bodies = analysis.bodies;
  const first = bodies[0];
  if (first) return bodies.every((b) => b.keys.some((k) => first.keys.includes(k))) ? first : undefined;
  const [outlet, ...more] = analysis.attributions;
  return outlet && more.length === 0 && PASSED_ON.test(outlet.text) && namesABody(outlet) ? outletAsBody(outlet) : undefined;
}

/** An outlet a report passes the claim on from: "according to …", "reported by …", "citing …", "… reported". */
const PASSED_ON = /^(?:[Aa]ccording\s+to|(?:as\s+)?reported\s+by|citing)\s|\s(?:reported|reports)$/u;

/**
 * One thing of a series given another number in the other passage, which
 * names it nowhere with the first one's ("Boeing 787-8" / "Boeing 727").
 */
function designationDifferences(here: Analysis, there: Analysis): Difference[] {
  const a = here.designations;
  const b = there.designations;
  const differences: Difference[] = [];
  for (const x of a) {
    // A label on a scale is read where it was measured: a storm's category as it hit Jamaica is not its category in Cuba.
    const scale = SCALE_WORDS.includes(x.series);
    const others = b.filter((y) => y.series === x.series && !(scale && measuredApart(here.text, x, a, there.text, y, b)));
    const y = others.find((o) => designationsDiffer(x, o));
    if (y && others.every((o) => designationsDiffer(x, o))) differences.push({ kind: 'name', here: x.text, there: y.text });
  }
  return differences.length === 0 ? NO_DIFFERENCES : differences;
}

/** Each passage names where the statement was posted, and no platform is in both ("on Truth Social" / "on X"). */
function platformDifferences(a: readonly PlatformMention[], b: readonly PlatformMention[]): Difference[] {
  if (b.length === 0 || a.some((x) => b.some((y) => y.platform === x.platform))) return NO_DIFFERENCES;
  return [{ kind: 'name', here: (a[0] as PlatformMention).text, there: (b[0] as PlatformMention).text }];
}

function meansDifferences(a: readonly MeansMention[], b: readonly MeansMention[]): Difference[] {
  return meansThatDiffer(a, b).map(({ here, there }): Difference => ({ kind: 'name', here: here.text, there: there.text }));
}

function numberDifferences(hereAnalysis: Analysis, thereAnalysis: Analysis): Difference[] {
  const { text: here, quantities: a } = hereAnalysis;
  const { text: there, quantities: b } = thereAnalysis;
  const differences: Difference[] = [];
  const totalsHere = hereAnalysis.totals;
  const totalsThere = thereAnalysis.totals;
  // A count given as its parts agrees with their total ("12 crew" / "10 crew members and 2 pilots"), and the parts with it.
  // So does a count the other passage gives too, as a bare figure ("six people … presumed dead" / "still looking for six of them").
  const agrees = (q: Quantity, others: readonly Quantity[], ownTotals: readonly Total[], otherTotals: readonly Total[]) =>
    others.some((o) => sameValue(q, o) || (q.dimension === 'count' && isBare(o) && o.value === q.value)) || isTotal(q, otherTotals) || ownTotals.some((t) => (t.first === q || t.second === q) && others.some((o) => o.dimension === 'count' && o.value === t.value));
  // Each group the two passages share, in the order the first passage gives them (no group keys built: this runs for every candidate).
  for (const [i, group] of a.entries()) {
    if (a.slice(0, i).some((q) => sameGroup(q, group)) || !b.some((q) => sameGroup(q, group))) continue;
    const left = a.filter((q) => sameGroup(q, group) && !agrees(q, b, totalsHere, totalsThere));
    const right = b.filter((q) => sameGroup(q, group) && !agrees(q, a, totalsThere, totalsHere));
    // A gap given by its unit alone ("minutes after") is set only against one from the same event (gapPartner); a count given as words ("hundreds of homes") against any.
    const amounts = right.filter((q) => !isGapByUnit(q));
    const amountsHere = left.filter((q) => !isGapByUnit(q));
    const lone = amountsHere.length === 1;
    const found: Pairing[] = [];
    const inContext: Pairing[] = [];
    let oneWhere: boolean | undefined;
    // The other way about, for a toll: the other passage's one toll, set against the one of this passage's of the same
    // fate ("stood at 16, with more than 20 others injured" / "claimed at least 15 lives"). Only a toll: of several
    // lengths or counts, the one of an order with the other's may measure something else ("about 119 kilometers east
    // of Petropavlovsk" / "about 250 kilometers away from Hokkaido").
    const onlyThere = !lone && amounts.length === 1 && !isBare(amounts[0] as Quantity) ? (amounts[0] as Quantity) : undefined;
    const itsOwn = onlyThere && tollOfItsFate(there, onlyThere, b, here, amountsHere, a);
    if (onlyThere && itsOwn) found.push({ x: itsOwn, y: onlyThere, distance: 0 });
    for (const x of left) {
      if (x === itsOwn) continue;
      const sinceOne = gapPartner(here, x, there, right);
      if (sinceOne || isGapByUnit(x)) {
        if (sinceOne) found.push({ x, y: sinceOne, distance: 0 });
        continue;
      }
      const only = lone && !isBare(x) ? loneOfItsFate(here, x, a, there, amounts, b) : undefined;
      if (only) found.push({ x, y: only, distance: 0 });
      else inContext.push(...pairingsInContext(here, x, a, there, amounts, b, () => (oneWhere ??= samePlaces(hereAnalysis, thereAnalysis))));
    }
    // Lengths of two measures are set aside before each amount takes its closest, so that a depth left may meet the
    // other's depth ("16 km northwest of Sagaing, at a depth of 10 km" / "at a shallow depth of 20.7km").
    const measured = inContext.filter((p) => !(itsOwn && p.y === onlyThere) && !(p.x.dimension === 'length' && measuresApart(here, p.x, there, p.y)));
    const chosen = [...found, ...closestFirst(measured)].filter(({ x, y }) => !twoThings(here, x, a, there, y, b) && !yearsApart(hereAnalysis, x, thereAnalysis, y));
    const last = lastTollsLeft(hereAnalysis, left, thereAnalysis, amounts, chosen);
    differences.push(...chosen.map(({ x, y }): Difference => ({ kind: 'number', here: x.text, there: y.text })), ...(last ? [last] : NO_DIFFERENCES));
  }
  const overBound = boundAgainstSpan(a, b);
  if (overBound) differences.push({ kind: 'number', here: overBound.here.text, there: overBound.there.text });
  if (differences.length === 0) {
    // People counted under two names where each passage counts only them ("four thieves" / "three or four men"; lone-counts.ts).
    const lone = lonePeopleCounts(a, b);
    const oneFate = lone && fateOfAmount(here, lone.x, a) === fateOfAmount(there, lone.y, b);
    if (lone && oneFate && comparable(lone.x, lone.y) && !sameValue({ ...lone.x, of: lone.y.of }, lone.y) && !twoThings(here, lone.x, a, there, lone.y, b)) {
      differences.push({ kind: 'number', here: lone.x.text, there: lone.y.text });
    }
  }
  return differences;
}

/**
 * Two amounts of which one is told of another year than the other, each by
 * the years its sentence names before its article's year: "A powerful
 * 6.8-magnitude earthquake in the ancient capital Bagan … killed three
 * people in 2016", "since Colgan Air Flight 3407 crashed … in November
 * 2009, killing all 49 people on board" tell of earlier events than the
 * quake or the crash the other passage counts. A year after "since" or
 * "until" starts or ends a span and dates no event ("the world's strongest
 * quake since … 2011"). Only where both articles' dates are known.
 */
function yearsApart(here: Analysis, x: Quantity, there: Analysis, y: Quantity): boolean {
  if (here.published === undefined || there.published === undefined) return false;
  return earlierYearOf(here, x, here.published.year) !== earlierYearOf(there, y, there.published.year);
}

/** The earliest year before `published` that the sentence of an amount names as the date of an event, if any. */
function earlierYearOf(analysis: Analysis, q: Quantity, published: number): number | undefined {
  const sentence = sentenceSpanOf(analysis.text, q);
  let earliest: number | undefined;
  for (const d of analysis.dates) {
    if (d.start < sentence.start || d.end > sentence.end || d.year === undefined || d.year >= published) continue;
    if (spanWordBefore(analysis.text, d.start) === undefined) earliest = Math.min(earliest ?? d.year, d.year);
  }
  return earliest;
}

/** A count that names nothing it counts ("About 23, out of the roughly 750 girls"): set against another only by the words around it. */
function isBare(q: Quantity): boolean {
  return q.dimension === 'count' && q.of === '';
}

/**
 * A bound and a span of one event: "in and out within four minutes" / "the
 * robbery took just seven minutes". When each passage gives one length of
 * time, one of them a bound ("within …") and the other a span, they differ
 * if the span is over the bound and of its order (up to four times it: "within
 * 12 hours" and "the 12-day war" are two things); a span within it agrees
 * with it ("within two minutes" / "thirty seconds after take-off").
 */
function boundAgainstSpan(a: readonly Quantity[], b: readonly Quantity[]): { here: Quantity; there: Quantity } | undefined {
  const only = (qs: readonly Quantity[]) => {
    const times = qs.filter((q) => q.dimension === 'duration' || q.dimension === 'deadline');
    return times.length === 1 ? times[0] : undefined;
  };
  const x = only(a);
  const y = only(b);
  if (!x || !y || x.dimension === y.dimension) return undefined;
  const [bound, span] = x.dimension === 'deadline' ? [x, y] : [y, x];
  // A period's end ("by the end of the year") is a date, not a length; a span given by its unit alone is a range.
  if (bound.value <= 0 || span.atLeast) return undefined;
  const over = span.value > bound.value * 1.03 + (span.slack ?? 0) && span.value <= 4 * bound.value;
  return over ? { here: x, there: y } : undefined;
}

/**
 * Two lone amounts of one kind are set against each other when they are of
 * one order (within a factor of 4), and two lone deadlines always: "35 years" / "four decades" are two
 * reports of one span; "six months" / "35 years" are two spans.
 */
function comparable(x: Quantity, y: Quantity): boolean {
  // Two deadlines of one event: "within six months" / "by the end of the year".
  if (x.dimension === 'deadline') return true;
  // Temperatures have no order to share: around zero a ratio says nothing ("-5 °C" / "5 °C").
  if (x.dimension === 'temperature') return true;
  // Magnitudes grow tenfold a step: reports of one quake differ by less than one ("7.7" / "7.9", "8.0" revised to "8.8");
  // "a magnitude 4 earthquake" in Meghalaya is another quake.
  if (x.of === MAGNITUDE_OF) return Math.abs(x.value - y.value) <= MAGNITUDES_OF_ONE_QUAKE;
  // A count given as words is of one order with a figure near either end of its range ("hundreds of homes" / "2,000 structures").
  const [small, large] = x.value <= y.value ? [x.below ?? x.value, y.value] : [y.below ?? y.value, x.value];
  return small > 0 && large / small <= (x.dimension === 'money' ? SUMS_OF_ONE_ORDER : OF_ONE_ORDER);
}

const OF_ONE_ORDER = 4;
/**
 * Estimates of one loss or cost part by more than what one thing measured
 * or counted does: each estimator counts its own losses ("might exceed $10
 * billion" / "pegged the loss at $50 billion"), where a sum a hundred times
 * another is of another thing ("€88 million" of jewels / "600,000 euros" of
 * gold nuggets).
 */
const SUMS_OF_ONE_ORDER = 10;

const MAGNITUDES_OF_ONE_QUAKE = 1;

/** Two counts joined by "and" ("230 passengers and 12 crew", "10 crew members and 2 pilots"), and what they make together. */
export interface Total {
  first: Quantity;
  second: Quantity;
  value: number;
}

/** What may stand between the two parts of a total: the first's noun ran on, then "and". */
const JOINED = /^(?:\s+[\p{L}-]+){0,2}\s+and\s+$/u;

function totalsOf(text: string, quantities: readonly Quantity[]): Total[] {
  if (quantities.length < 2) return NO_TOTALS;
  const totals: Total[] = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const first = quantities[k] as Quantity;
    const second = quantities[k + 1] as Quantity;
    if (first.dimension !== 'count' || second.dimension !== 'count' || !JOINED.test(text.slice(first.end, second.start))) continue;
    totals.push({ first, second, value: first.value + second.value });
  }
  return totals.length === 0 ? NO_TOTALS : totals;
}

const NO_TOTALS: Total[] = Object.freeze([]) as unknown as Total[];

/** Whether a count is the total of two counts the other passage gives. */
function isTotal(q: Quantity, totals: readonly Total[]): boolean {
  return q.dimension === 'count' && totals.some((t) => t.value === q.value);
}

/**
 * The span in `right` counted from the same event as x ("just hours after
 * Iran attacked" / "minutes after Iran launched"; "Thirty seconds after
 * take-off" / "5 minutes after take-off", whatever their orders): the
 * words after "after" or "before" share a term. A gap given by its unit
 * alone is set against nothing else: "just hours after announcing a
 * ceasefire" counts from another event than "minutes after Iran launched
 * strikes".
 */
function gapPartner(hereText: string, x: Quantity, thereText: string, right: readonly Quantity[]): Quantity | undefined {
  if (x.dimension !== 'duration') return undefined;
  const from = eventOf(hereText, x);
  if (from.size === 0) return undefined;
  return right.find((y) => {
    if (y.dimension !== 'duration') return false;
    for (const term of eventOf(thereText, y)) if (from.has(term)) return true;
    return false;
  });
}

const SINCE = /^\s+(?:after|before)\s/iu;
const NO_EVENT: ReadonlySet<string> = new Set();
/** Each span's event, read once: a claim's spans are set against every candidate's. */
const events = new WeakMap<Quantity, ReadonlySet<string>>();

/** The terms of the event a span is counted from ("… after Iran attacked a base": iran, attack), none when no "after" or "before" follows it. */
function eventOf(text: string, q: Quantity): ReadonlySet<string> {
  let found = events.get(q);
  if (!found) {
    const rest = text.slice(q.end, q.end + CONTEXT_CHARS);
    found = SINCE.test(rest) ? new Set(termsOf(clauseHead(rest)).slice(0, CONTEXT_TERMS).map((t) => t.term)) : NO_EVENT;
    events.set(q, found);
  }
  return found;
}

/**
 * The one amount of `right` of one order with x, when there is one: "about
 * 2.5 hours of talks" / "12 minutes … more than three hours of private
 * conversation" set the two spans of talks against each other, as the
 * minutes are of another order.
 */
function loneComparable(x: Quantity, right: readonly Quantity[]): Quantity | undefined {
  const ofOneOrder = right.filter((y) => comparable(x, y));
  return ofOneOrder.length === 1 ? ofOneOrder[0] : undefined;
}

/**
 * loneComparable, with the tolls of another fate set aside ("18 injured"
 * for "16 killed"); when that leaves the one, it must be of x's own fate:
 * the one left by setting the injured aside is not the dead's figure for
 * that alone ("at least 70 dead" / "hundreds of people were on the ground").
 */
function loneOfItsFate(hereText: string, x: Quantity, hereAll: readonly Quantity[], thereText: string, right: readonly Quantity[], thereAll: readonly Quantity[]): Quantity | undefined {
  const ofItsFate = right.filter((y) => !fatesDiffer(hereText, x, hereAll, thereText, y, thereAll));
  const only = loneComparable(x, ofItsFate);
  if (!only || ofItsFate.length === right.length) return only;
  const fate = fateOfAmount(hereText, x, hereAll);
  return fate !== undefined && fate === fateOfAmount(thereText, only, thereAll) ? only : undefined;
}

/** loneOfItsFate, for a toll whose fate is told and the one of `right` that is told the same. */
function tollOfItsFate(hereText: string, x: Quantity, hereAll: readonly Quantity[], thereText: string, right: readonly Quantity[], thereAll: readonly Quantity[]): Quantity | undefined {
  const fate = isPeople(x) ? fateOfAmount(hereText, x, hereAll) : undefined;
  if (fate === undefined) return undefined;
  const only = loneOfItsFate(hereText, x, hereAll, thereText, right, thereAll);
  return only && fateOfAmount(thereText, only, thereAll) === fate ? only : undefined;
}

/** A span given by its unit alone ("minutes after", "weeks of clashes"), not a count or an area given as words ("hundreds of acres"). */
function isGapByUnit(q: Quantity): boolean {
  return q.below !== undefined && q.dimension !== 'count' && q.dimension !== 'area';
}

/** Counts compare only with counts of the same thing; other dimensions whole. */
function sameGroup(x: Quantity, y: Quantity): boolean {
  return x.dimension === y.dimension && x.of === y.of;
}

/**
 * The amounts of `right`, of one group, that `x` may be set against: those
 * that share a word around them with x ("years of conflict", "hours of
 * talks"; "killed at least 35 people" / "36 people killed") and are of one
 * order with it (`closestFirst` then chooses). A passage giving a death toll and a number
 * displaced, both counts of people, has each set against its own: the word
 * that tells them apart sits before the amount as often as after it.
 */
function pairingsInContext(
  hereText: string,
  x: Quantity,
  hereAll: readonly Quantity[],
  thereText: string,
  right: readonly Quantity[],
  thereAll: readonly Quantity[],
  oneWhere: () => boolean,
): Pairing[] {
  const around = contextOf(hereText, x, hereAll);
  const pairings: Pairing[] = [];
  for (const y of right) {
    const context = contextOf(thereText, y, thereAll);
    // A toll is set against a toll of the same fate whatever their orders, for tolls grow as reports come in ("killing
    // at least 13 people" / "68 people have died"), but not a toll of another place ("In neighboring Thailand, at least six
    // people were killed" / "In Myanmar, at least 144 people have been confirmed dead").
    const sameToll = () => {
      const fate = x.dimension === 'count' ? fateOfAmount(hereText, x, hereAll) : undefined;
      return fate !== undefined && fate !== MISSING && fate !== ABOARD && fate === fateOfAmount(thereText, y, thereAll) && oneWhere() && sentencesOfOnePlace(hereText, x, thereText, y);
    };
    // Read only when the cheaper tests leave it to decide, once for both.
    let toll: boolean | undefined;
    const tollOfOneFate = () => (toll ??= sameToll());
    if (!comparable(x, y) && !tollOfOneFate()) continue;
    // Two tolls of different fates are two figures, whatever words they share ("killing 16 people and injuring 21").
    if (fatesDiffer(hereText, x, hereAll, thereText, y, thereAll)) continue;
    // Two tolls of one fate share what befell them, however far from the figure the words say it.
    if (![...context].some((t) => around.has(t)) && !tollOfOneFate()) continue;
    // An amount of one place is not another place's ("three deaths in Jamaica … at least four fatalities in Haiti").
    if (placesApart(placeOfAmount(hereText, x, hereAll), placeOfAmount(thereText, y, thereAll))) continue;
    // The missing are counted where they were lost (under one building, at one camp): those of another place are
    // another figure ("117 others remain trapped or missing" in Bangkok / "139 still missing" in Myanmar).
    if (x.dimension === 'count' && fateOfAmount(hereText, x, hereAll) === MISSING && !(oneWhere() && sentencesOfOnePlace(hereText, x, thereText, y))) continue;
    pairings.push({ x, y, distance: Math.abs(Math.log(Math.max(y.value, 1e-9) / Math.max(x.value, 1e-9))) });
  }
  return pairings;
}

/**
 * Whether two passages may speak of one place: either names none, or one
 * names a place (after "in", "near"…, or a country anywhere: "has struck
 * central Myanmar") that the other's words name too.
 */
function samePlaces(here: PlacesTold, there: PlacesTold): boolean {
  const a = placesSpokenOf(here.text, here.places);
  const b = placesSpokenOf(there.text, there.places);
  if (a.length === 0 || b.length === 0) return true;
  return a.some((p) => namedIn(p, there.words)) || b.some((p) => namedIn(p, here.words));
}

/** A text with the places it names and its words: a passage's analysis, or one sentence of it. */
type PlacesTold = Pick<Analysis, 'text' | 'places' | 'words'>;

/**
 * `samePlaces` for the sentences that give two tolls, where a passage has
 * more than one: "The earthquake's impact was not confined to Myanmar. In
 * Thailand, … killing at least three people" gives Thailand's toll, not
 * Myanmar's.
 */
function sentencesOfOnePlace(hereText: string, x: Quantity, thereText: string, y: Quantity): boolean {
  const a = sentenceOf(hereText, x);
  const b = sentenceOf(thereText, y);
  if (a === hereText && b === thereText) return true;
  const told = (sentence: string): PlacesTold => ({ text: sentence, places: placesIn(sentence), words: foldedWords(sentence) });
  return samePlaces(told(a), told(b));
}

/**
 * The places a passage speaks of: those it names after "in", "near"…, the
 * countries it names anywhere, and a place that opens it ("In Bangkok, at
 * least 10 fatalities…"), which the place reader leaves out as it would
 * any capital that opens a sentence.
 */
function placesSpokenOf(text: string, places: readonly PlaceMention[]): string[] {
  const opening = OPENING_PLACE.exec(text)?.[1];
  return [...places.map((p) => p.text), ...countriesIn(text), ...(opening ? [opening] : [])];
}

const OPENING_PLACE = /^\s*(?:In|At)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),/u;

/** Two amounts that may report one figure, and how far apart their values are (the log of their ratio). */
interface Pairing {
  x: Quantity;
  y: Quantity;
  distance: number;
}

/**
 * Each amount set against one of the other passage only, the closest in
 * value first: "242 people on board, 241 were confirmed dead" / "the 244
 * people on board" sets 244 against 242 alone; "at least 144 people …
 * dead, … 10 fatalities" / "three had been confirmed dead" sets three
 * against ten. In the order the first passage gives them.
 */
function closestFirst(pairings: Pairing[]): Pairing[] {
  if (pairings.length === 0) return [];
  const taken = new Set<Quantity>();
  const chosen: Pairing[] = [];
  for (const pairing of [...pairings].sort((p, q) => p.distance - q.distance)) {
    if (taken.has(pairing.x) || taken.has(pairing.y)) continue;
    taken.add(pairing.x).add(pairing.y);
    chosen.push(pairing);
  }
  return chosen.sort((p, q) => p.x.start - q.x.start);
}

/**
 * The two counts left once the others are paired, one on each side, when
 * what befell them does not tell them apart: "claimed the lives of 15
 * people, with another 18 injured" / "killing 16 people and injuring 21"
 * pairs the injured by their fate, and then the two tolls left are the
 * deaths, though "claimed the lives of" names no fate the rules read.
 */
function lastTollsLeft(here: Analysis, left: readonly Quantity[], there: Analysis, right: readonly Quantity[], chosen: readonly Pairing[]): Difference | undefined {
  if (chosen.length === 0) return undefined;
  const open = (q: Quantity, side: 'x' | 'y') => q.dimension === 'count' && !isBare(q) && q.below === undefined && !chosen.some((p) => p[side] === q);
  const restHere = left.filter((q) => open(q, 'x'));
  const restThere = right.filter((q) => open(q, 'y'));
  const [x, y] = [restHere[0], restThere[0]];
  if (restHere.length !== 1 || restThere.length !== 1 || !x || !y || !comparable(x, y)) return undefined;
  return fatesDiffer(here.text, x, here.quantities, there.text, y, there.quantities) ? undefined : { kind: 'number', here: x.text, there: y.text };
}

function isPeople(q: Quantity): boolean {
  return q.dimension === 'count' && (q.of === PEOPLE_STEM || q.of === CHILDREN_OF);
}

/**
 * Two counts of people each with what befell them, of different kinds: the
 * dead, the injured, the missing, the uprooted (evacuated, fled or in
 * shelters, one kind: "fled to shelters"). Two figures, never one told two
 * ways.
 */
function fatesDiffer(hereText: string, x: Quantity, hereAll: readonly Quantity[], thereText: string, y: Quantity, thereAll: readonly Quantity[]): boolean {
  if (!isPeople(x) || !isPeople(y)) return false;
  const fate = fateOfAmount(hereText, x, hereAll);
  const other = fateOfAmount(thereText, y, thereAll);
  return fate !== undefined && other !== undefined && FATE_KINDS.get(fate) !== FATE_KINDS.get(other);
}

/** The terms around an amount, read once per amount. */
const contexts = new WeakMap<Quantity, Set<string>>();

/**
 * The first terms after an amount and the last before it, neither side
 * reaching past the next or the previous amount of its passage, nor past a
 * clause's end (a full stop, semicolon or dash; before the amount, a comma
 * too: "eight people were killed …, with over 100 people still trapped"
 * does not say the hundred were killed). Words of one fate are one term.
 */
function contextOf(text: string, q: Quantity, all: readonly Quantity[]): Set<string> {
  let found = contexts.get(q);
  if (!found) {
    const { previous, next } = boundsOf(q, all, text.length);
    const terms = [...termsBefore(text, q, previous), ...termsAfter(text, q, next, 1), ...termsOf(q.text).filter(tellsFate)];
    contexts.set(q, (found = new Set(terms.map(fateOf))));
  }
  return found;
}

/**
 * Whether the words around two amounts paired by value say they are figures
 * of two things, not one figure reported twice (amount-context.ts): a share
 * lost and a share restored, a storm's winds where or when it was otherwise,
 * two named fires, a county's toll and a toll of no place, a length or a
 * speed foreseen and one seen, a depth and a distance.
 */
function twoThings(here: string, x: Quantity, hereAll: readonly Quantity[], there: string, y: Quantity, thereAll: readonly Quantity[]): boolean {
  return (
    sharesOfOppositeWays(here, x, there, y) ||
    (x.dimension === 'speed' && measuredApart(here, x, hereAll, there, y, thereAll)) ||
    firesApart(here, x, there, y) ||
    onePlaceOfSeveral(here, x, hereAll) !== onePlaceOfSeveral(there, y, thereAll) ||
    ((x.dimension === 'length' || x.dimension === 'speed') && foreseenApart(here, x, there, y)) ||
    (x.dimension === 'length' && measuresApart(here, x, there, y)) ||
    (x.dimension === 'age' && agedApart(here, x, there, y)) ||
    ((x.dimension === 'points' || x.dimension === 'percent') && movesApart(here, x, there, y)) ||
    (x.dimension === 'percent' && levelsOfTwoTimes(here, x, there, y)) ||
    eachApart(here, x, there, y) ||
    (x.dimension === 'duration' && spansOfTwoKinds(here, x, there, y)) ||
    (x.dimension === 'percent' && sharesOfTwoThings(here, x, hereAll, there, y, thereAll))
  );
}

/** Two ages of a man and of a woman, a boy and a girl, by the word each describes ("a 46-year-old woman" / "a 59-year-old man"). */
function agedApart(here: string, x: Quantity, there: string, y: Quantity): boolean {
  const a = sexOfAged(here, x);
  const b = sexOfAged(there, y);
  return a !== undefined && b !== undefined && a !== b;
}

function sexOfAged(text: string, q: Quantity): 'f' | 'm' | undefined {
  const noun = AGED_NOUN.exec(text.slice(q.end, q.end + AGED_REACH))?.[1]?.toLowerCase();
  return noun === undefined ? undefined : FEMALE.has(noun) ? 'f' : MALE.has(noun) ? 'm' : undefined;
}

const FEMALE = new Set(['woman', 'women', 'girl', 'girls', 'mother', 'mothers', 'daughter', 'daughters', 'wife', 'wives', 'sister', 'sisters', 'grandmother', 'grandmothers']);
const MALE = new Set(['man', 'men', 'boy', 'boys', 'father', 'fathers', 'son', 'sons', 'husband', 'husbands', 'brother', 'brothers', 'grandfather', 'grandfathers']);
/** The person an age describes, up to two words after it ("46-year-old woman", "59-year-old retired man"). */
const AGED_NOUN = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+){0,2}?\s+(${[...FEMALE, ...MALE].join('|')})\b`, 'iu');
const AGED_REACH = 40;

/**
 * Whether an amount is one of several of its kind the passage gives place
 * by place ("At least seven people died in Travis County, six in Kendall
 * County, three in Burnet County"): each is its place's, none the whole.
 */
function onePlaceOfSeveral(text: string, q: Quantity, all: readonly Quantity[]): boolean {
  if (!isPeople(q)) return false;
  const towns = (o: Quantity) => placeOfAmount(text, o, all).filter((p) => p.startsWith(LOCAL));
  const own = towns(q);
  return own.length > 0 && all.some((o) => o !== q && o.dimension === 'count' && (isPeople(o) || isBare(o)) && placesApart(own, towns(o)));
}

/**
 * Words for one fate, read as one word around an amount: "at least eight
 * people were killed" / "three had been confirmed dead" / "10 fatalities"
 * give one toll. Only here, not in matching, where "death" and "died" are
 * too common in a disaster's reports to count as "killed" does.
 */
const FATE = '~fate:';
const FATES = new Map<string, string>(
  [
    ['kill', 'killed', 'dead', 'died', 'dies', 'death', 'deaths', 'fatality', 'fatalities', 'perished'],
    ['injured', 'injuries', 'wounded', 'hurt'],
    ['evacuated', 'evacuation', 'displaced', 'fled'],
    ['shelter', 'shelters', 'sheltering', 'sheltered'],
    ['missing', 'unaccounted', 'trapped'],
    ['arrested', 'arrests', 'detained', 'detention', 'custody', 'apprehended'],
  ].flatMap((words) => words.map((word) => [synonymOf(stemOf(word)), `${FATE}${words[0]}`] as const)),
);

const KILLED = `${FATE}kill`;
/** Those on board a plane, train or ship: a fate of its own, read where neither the words beside the count nor its verb tell one (fateAround). */
const ABOARD = `${FATE}aboard`;
/**
 * The missing are a toll of their own, but a count near "missing" is as
 * often those the missing are among ("roughly 750 girls" at a camp from
 * which 20 are missing): it tells two counts apart, and does not join two
 * counts of different orders as the tolls that grow do.
 */
const MISSING = `${FATE}missing`;

/** Fates of one kind of toll: those who fled and those in shelters are both the uprooted. */
const FATE_KINDS = new Map([
  [KILLED, 'dead'],
  [`${FATE}injured`, 'injured'],
  [`${FATE}evacuated`, 'uprooted'],
  [`${FATE}shelter`, 'uprooted'],
  [MISSING, 'missing'],
  [`${FATE}arrested`, 'arrested'],
  [ABOARD, 'aboard'],
]);

const fates = new WeakMap<Quantity, string | null>();

/**
 * The fate an amount counts: its own noun's ("10 fatalities"), else that of
 * the count it is part of ("at least 43, including 15 children"), else the
 * nearest fate word after it in its clause, else the nearest before. "33
 * people dead and displaced thousands" counts the dead, not the displaced.
 */
function fateOfAmount(text: string, q: Quantity, all: readonly Quantity[]): string | undefined {
  let found = fates.get(q);
  if (found === undefined) {
    const own = termsOf(q.text).map((t) => FATES.get(t.term)).find((f) => f !== undefined);
    const whole = own === undefined ? wholeOf(text, q, all) : undefined;
    found = (whole ? fateOfAmount(text, whole, all) : (own ?? fateAround(text, q, all))) ?? null;
    fates.set(q, found);
  }
  return found ?? undefined;
}

/** The fate the words around an amount tell (fateOfAmount), its own noun naming none. */
function fateAround(text: string, q: Quantity, all: readonly Quantity[]): string | undefined {
  const { previous, next } = boundsOf(q, all, text.length);
  const before = text.slice(Math.max(previous, q.start - CONTEXT_CHARS), q.start);
  // "claiming at least 1,002 lives", "the lives of 15 people": the dead, though "lives" is also the verb "live"; and
  // the figure of a death toll however far on in its clause ("The death toll from central Texas flooding rose to at least 43").
  const dead = /\blives$/iu.test(q.text) || /\blives\s+of\s+$/iu.test(before) || DEATH_TOLL_BEFORE.test(text.slice(Math.max(previousToll(q, all), q.start - FATE_REACH), q.start));
  if (dead) return KILLED;
  // "Among the killed in one of the deadliest floods … were 27 campers": the fate heads the clause, however far back.
  const among = AMONG_BEFORE.exec(text.slice(Math.max(0, q.start - FATE_REACH), q.start));
  const amongFate = among ? FATES.get(synonymOf(stemOf((among[1] as string).toLowerCase()))) : undefined;
  if (amongFate !== undefined) return amongFate;
  // A part of those the phrase before "including" tells the fate of, though it gives no figure: "an unknown number of
  // missing residents, including at least 11 girls" are among the missing.
  const whole = PART_AFTER.test(text.slice(Math.max(0, q.start - 16), q.start)) ? PART_OF_PHRASE.exec(text.slice(Math.max(0, q.start - PART_REACH), q.start))?.[1] : undefined;
  const wholeFate = whole ? termsOf(whole).reverse().map(fateOfTerm).find((f) => f !== undefined) : undefined;
  if (wholeFate !== undefined) return wholeFate;
  // The verb right before the amount, whose object it is ("killing 16 people and injuring 21"); else a fate a few words
  // after, at the end of its verb ("356,000 people across Japan have been ordered to evacuate"); else what the verb after
  // says of it (predicateOf); else the nearest before.
  // Each read only when those before it tell no fate.
  // Those on board, when neither the words beside them nor their verb say what befell them, are all who were carried,
  // not a toll, whatever a word further back says ("with 242 people on board" / "241 passengers and crew on board were
  // killed"; "the impact that killed the vast majority of the 244 people on board").
  const nearestFirst = [
    () => termsOf(VERB_BEFORE.exec(before)?.[1] ?? '').map(fateOfTerm),
    () => termsAfter(text, q, next, 2).map(fateOfTerm),
    () => predicateOf(text, q, all).map(fateOfTerm),
    () => (ON_BOARD_AFTER.test(text.slice(q.end, next)) || CARRYING_BEFORE.test(before) ? [ABOARD] : []),
    () => termsBefore(text, q, previous).reverse().map(fateOfTerm),
  ];
  for (const read of nearestFirst) {
    const told = read().find((f) => f !== undefined);
    if (told !== undefined) return told;
  }
  // The first of two counts joined by "and" is told its fate by the second's verb ("10 children and one counsellor are still missing").
  const after = all[all.indexOf(q) + 1];
  return after && JOINED.test(text.slice(q.end, after.start)) ? fateOfAmount(text, after, all) : undefined;
}

const fateOfTerm = (t: Term): string | undefined => FATES.get(t.term);

/** The word before an amount, past the words that only say which of them ("killing all 67 people on board"). */
const VERB_BEFORE = /(\p{L}+)\s+(?:(?:all|the|its|their)\s+)*$/iu;

const ON_BOARD_AFTER = /^\s+(?:(?:who\s+were|were|was)\s+)?(?:on\s*board|aboard)\b/iu;
const CARRYING_BEFORE = /\b(?:carry|carries|carried|carrying|capacity\s+of|seats|seating)\s+(?:up\s+to\s+)?(?:(?:all|the|its|some|about|around|nearly|almost|more than|at least|over)\s+)*$/iu;

/**
 * The amount a count is part of, when the text says so: "rose to at least
 * 43, including 15 children", "at least 103 people were killed across the
 * region, including 28 children and 56 adults". The part counts what the
 * whole counts: the 15 children are among the dead, not among the missing
 * that a later clause tells of.
 */
function wholeOf(text: string, q: Quantity, all: readonly Quantity[]): Quantity | undefined {
  const index = all.indexOf(q);
  const previous = index > 0 ? all[index - 1] : undefined;
  if (!previous) return undefined;
  const between = text.slice(previous.end, q.start);
  if (INCLUDING.test(between)) return previous;
  return AND.test(between) ? wholeOf(text, previous, all) : undefined;
}

/**
 * What the verb after a count says of it, past what describes the counted:
 * "approximately 23 girls attending Camp Mystic—a Christian summer camp
 * along the Guadalupe River in Hunt—were still missing". Not past the next
 * amount, whose verb it would be ("Of the 242 people on board, 241 were
 * confirmed dead"), unless that is the whole the count is of ("About 23,
 * out of the roughly 750 girls, attending Camp Mystic were among those who
 * were unaccounted for").
 */
function predicateOf(text: string, q: Quantity, all: readonly Quantity[]): Term[] {
  // An aside between dashes says who the counted are, and its counts are theirs, not the verb's ("All 67 people on
  // board—the 64 passengers and crew … and three soldiers in the helicopter—are presumed dead").
  const aside = ASIDE.exec(text.slice(q.end, q.end + PREDICATE_REACH));
  const from = q.end + (aside?.[0].length ?? 0);
  // What the counted were aboard is theirs too ("All 67 people aboard the two aircraft were killed"), and so is a part
  // of them ("At least 115 people, including three children, were killed").
  const next = all.find((o) => o.start >= from && !isWhole(o) && !ABOARD_OF.test(text.slice(q.end, o.start)) && wholeOf(text, o, all) !== q)?.start ?? text.length;
  const verb = PREDICATE.exec(text.slice(from, Math.min(next, q.end + PREDICATE_REACH)));
  return verb ? termsOf(verb[1] as string) : [];
}

const ABOARD_OF = /^\s+(?:on\s*board|aboard)\s+(?:the\s+|both\s+)?$/iu;

/** Words set off by two dashes shortly after a count. */
const ASIDE = /^[^.;:!?\u2013\u2014]{0,20}?(?:\u2014|\u2013|\s--?\s)[^.;!?\u2013\u2014]{1,140}?(?:\u2014|\u2013|\s--?\s)/u;

const PREDICATE = /^[^.;!?]*?\b(?:were|was|are|is|remain(?:s|ed)?|ha(?:ve|s|d)\s+been)\s+(?:among\s+(?:the|those)\s+(?:who\s+(?:were|are)\s+)?)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
const PREDICATE_REACH = 160;

/** A fate that heads the clause of the figures it is told of: "Among the killed … were", "Among the dead are". */
const AMONG_BEFORE = /\bamong\s+(?:the|those)\s+(\p{L}+)\b[^.;:!?]*?\b(?:were|was|are|is)\s+$/iu;

const INCLUDING = /^[^\p{L}\d]*(?:\p{L}+\s+){0,3}?(?:including|among them|of whom|of them)\s+$/iu;
/**
 * The clause, of words only, that a part follows: "Texas officials are looking for an unknown number of missing
 * residents, including". Only words from its sentence's start: a whole that gives a figure is wholeOf's, and its part
 * is not a toll to set against others ("over 300,000 people had fled the conflict, including 140,000 Cambodians").
 */
const PART_OF_PHRASE = /(?:^|[.;:!?]\s+)([\p{L}'’ -]{3,120}),\s+including\s+$/u;
const PART_AFTER = /,\s+including\s+$/u;
const PART_REACH = 300;
const AND = /^\s*,?\s*and\s+$/iu;

/**
 * Where the clause of a toll's figure may begin: after the amount before it,
 * unless that is the quake's magnitude, which a toll names on its way to its
 * figure ("The death toll from the 7.7-magnitude earthquake … has risen to
 * 1,644").
 */
function previousToll(q: Quantity, all: readonly Quantity[]): number {
  let previous = 0;
  for (const o of all) if (o.end <= q.start && o.of !== MAGNITUDE_OF) previous = Math.max(previous, o.end);
  return previous;
}

/** A term as a fate when it names one; as itself otherwise. */
function fateOf(term: Term): string {
  return FATES.get(term.term) ?? term.term;
}

/** A count's own noun joins its context when it names a fate ("10 fatalities"); others ("people") tell no toll from another. */
function tellsFate(term: Term): boolean {
  return FATES.has(term.term);
}

/**
 * Each date of the one passage against the one date of the other it
 * conflicts with; of several, the one after the same word that says how it
 * is meant, "since" or "until" ("in service since 1914, … last year" /
 * "operating since 1885"). A date after "since" or "until" is the end of a
 * span ("the deadliest since 1996", "operating since 1885"): it is set
 * against another of its kind only, never against the moment a report
 * gives ("last year", the dateline's day), nor that moment against it.
 */
function dateDifferences(here: Analysis, there: Analysis): Difference[] {
  const [a, b] = [here.dates, there.dates];
  const differences: Difference[] = [];
  for (const x of a) {
    if (b.some((y) => !datesConflict(x, y) || maybeOneMoment(x, y))) continue;
    const lead = spanWordBefore(here.text, x.start);
    // A date this passage gives too is accounted for: "acquiring Peruvian citizenship in 2015, until Francis brought him to
    // Rome in 2023" / "Pope Francis brought him to the Vatican in 2023" sets nothing against 2015.
    const conflicting = b.filter(
      (y) =>
        datesConflict(x, y) &&
        !yearAgainstDay(x, y) &&
        scheduled(here.text, x) === scheduled(there.text, y) &&
        statedOn(here.text, x) === statedOn(there.text, y) &&
        !a.some((w) => w !== x && !datesConflict(w, y)),
    );
    const alike = conflicting.filter((y) => spanWordBefore(there.text, y.start) === lead);
    const y = alike.length === 1 && (conflicting.length === 1 || lead !== undefined) ? alike[0] : undefined;
    if (y) differences.push({ kind: 'date', here: x.text, there: y.text, ...(x.reads ? { hereReads: x.reads } : {}), ...(y.reads ? { thereReads: y.reads } : {}) });
  }
  return differences;
}

/**
 * Whether a date (or a place) is a plan's, by the words before it in its
 * clause: "a General Border Committee meeting is also scheduled for Aug 4",
 * "an inter-state summit scheduled for the end of July", "Trump is planning
 * to host the leaders of Armenia and Azerbaijan at the White House on
 * August 8", or a day set aside ("declared September 4 a day of national
 * mourning"). A plan's date or place is not set against the date or place
 * of what was done ("met for talks … on Monday (July 28)", "on Friday, June
 * 27, signed", "met in Abu Dhabi"): two events, not one told two ways. Not
 * "will" or "would", which retell a plan's date as often as they make one
 * ("the ceasefire would take effect at first light on July 29" / "starting
 * at midnight on July 28").
 */
function scheduled(text: string, at: { start: number; end: number }): boolean {
  return SCHEDULED.test(clauseTail(text.slice(Math.max(0, at.start - SCHEDULE_REACH), at.start))) || DAY_SET_AFTER.test(text.slice(at.end, at.end + DAY_SET_REACH));
}

/**
 * A year alone against a day of another year: "brought to the Vatican in
 * 2023" / "on May 8, 2025" date two events, as a report that dates the
 * event to its day does not then give it another year.
 */
function yearAgainstDay(x: DateMention, y: DateMention): boolean {
  const alone = (d: DateMention) => d.year !== undefined && d.month === undefined && d.day === undefined;
  const day = (d: DateMention) => d.year !== undefined && d.day !== undefined;
  return (alone(x) && day(y)) || (alone(y) && day(x));
}

/**
 * Whether a date is the day a statement was made, by the verb of saying
 * right before it ("the Military Government announced on 29 March", "told
 * reporters on Friday"): when something was said is not when what it tells
 * happened ("struck central Myanmar … on March 28"). Not "told The Straits
 * Times on March 27": tried, that left the report's other date, of another
 * event, set against the claim's.
 */
function statedOn(text: string, at: { start: number }): boolean {
  return STATED_BEFORE.test(text.slice(Math.max(0, at.start - STATED_REACH), at.start));
}

const STATED_BEFORE = new RegExp(`\\b(?:${SAYING}|told\\s+(?:reporters|journalists|the\\s+press))\\s+(?:(?:late|early)\\s+)?(?:on|in)\\s+(?:\\p{L}+,?\\s+)?$`, 'iu');
const STATED_REACH = 50;

/** A day set aside: "declared September 4 a day of national mourning", "made Thursday, September 4, a day of mourning". */
const DAY_SET_AFTER = /^,?\s+(?:as\s+)?an?\s+(?:\p{L}+\s+){0,2}days?\s+of\b/u;
const DAY_SET_REACH = 40;

const SCHEDULED = /\b(?:set|scheduled|slated|plan(?:s|ned|ning)?|due(?!\s+to\b)|to be held|expected|tomorrow|next(?!\s+to\b))\b[^.;:!?]*$/iu;
const SCHEDULE_REACH = 80;

const SPAN_WORD_BEFORE = /\b(since|until|till)\s+$/iu;
/** Or the event it is the date of, within the clause (a decimal point does not end it): "since fresh clashes erupted on Jul 24", "until Francis summoned him to Rome in 2023", "since Japan's devastating 9.0-9.1 Tohuku earthquake in 2011". */
const SPAN_PHRASE_BEFORE = /\b(since|until|till)\s(?:[^.,;:!?]|\.(?=\d)){0,60}\s(?:in|of|on)\s+$/iu;

/** "since" or "until" before a date, right before it or leading to the event it dates, which makes it the start or the end of a span. */
function spanWordBefore(text: string, start: number): string | undefined {
  const span = SPAN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) ?? SPAN_PHRASE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return span?.[1]?.toLowerCase();
}

/**
 * One time of day on each side (the same written twice counts once), in the
 * same zone or in none, and not the same: "15:35" / "around 3:30 PM". A
 * passage giving several times ("talks began at 9 am and ended at 5 pm")
 * is not set against one.
 *
 * A window is another report than a moment, or than another window, even
 * one that holds it: "between 9.30 and 9.40 am" / "about 9:30 a.m.",
 * "between 4 and 5 a.m." / "between 1 a.m. and 5 a.m.", as "over 100,000"
 * and "120,000" differ.
 */
function timeDifferences(here: Analysis, there: Analysis): Difference[] {
  const a = here.times;
  const b = there.times;
  const x = a[0] as TimeOfDay;
  const y = b[0];
  if (!y || a.some((t) => !sameTime(t, x)) || b.some((t) => !sameTime(t, y))) return NO_DIFFERENCES;
  // A time a period runs until ("maintaining its flood watch until 7pm") is its end, not when something happened.
  if (endsPeriod(here.text, x) !== endsPeriod(there.text, y)) return NO_DIFFERENCES;
  // Nor the time a period starts from ("agreed to halt all military actions from 5 PM onwards" / "called at 3:35 PM").
  if (startsPeriod(here.text, x) !== startsPeriod(there.text, y)) return NO_DIFFERENCES;
  // A time foreseen is not the time something happened ("wind speeds are expected to peak between 10 p.m. and 5 a.m." /
  // "The fire was first reported at around 10:30 a.m."), as a length or a speed foreseen is not one seen.
  if (foreseenApart(here.text, x, there.text, y)) return NO_DIFFERENCES;
  // Nor a time set for a plan against the time of what was done, as with dates (`scheduled`): "Both DGMOs are scheduled
  // to talk again on May 12 at 12 pm" / "Pakistan's DGMO called Indian DGMO at 15:35 hours".
  if (scheduled(here.text, x) !== scheduled(there.text, y)) return NO_DIFFERENCES;
  // A time given with no zone may be in its writer's, whichever that is, against one given in local time ("at 1 p.m.
  // Tuesday", from Washington, and "just after midday local time" in Jamaica); two given with none are read in one.
  const zonesMayDiffer = x.zone !== y.zone || x.zoned !== y.zoned || (!x.zoned && !y.zoned && writtenFrom(here.text) !== writtenFrom(there.text));
  if (x.until !== undefined || y.until !== undefined) {
    // Two windows of one length may be one, given in two zones.
    const oneLength = x.until !== undefined && y.until !== undefined && windowLength(x) === windowLength(y);
    return oneLength && (x.time === y.time || (zonesMayDiffer && !noZonesApart(x.time, y.time))) ? NO_DIFFERENCES : [{ kind: 'date', here: x.text, there: y.text }];
  }
  // "6:04 local time" / "6:04 p.m. local time": a time written with no half of the day may be the evening's.
  if ((x.eitherHalf || y.eitherHalf) && Math.abs(minuteOfDay(x.time) - minuteOfDay(y.time)) === HALF_DAY) return NO_DIFFERENCES;
  // A hedge with room to reach a quarter hour either side leaves nothing two zones could not make one moment.
  const roomy = hasRoom(x) || hasRoom(y);
  if (x.time === y.time || (zonesMayDiffer && (roomy || !noZonesApart(x.time, y.time, !x.zoned || !y.zoned)))) return NO_DIFFERENCES;
  if (roomy && timesMeet(x, y)) return NO_DIFFERENCES;
  return [{ kind: 'date', here: x.text, there: y.text }];
}

const HALF_DAY = 12 * 60;

const UNTIL = /\b(?:until|till|through|expir(?:es|ing|ed)?\s+at)\s+$/iu;
const endsPeriod = (text: string, t: TimeOfDay) => UNTIL.test(text.slice(Math.max(0, t.start - 20), t.start));
/** Before a time a period starts from, alone, with no end given ("a ceasefire from midnight", "effective from 5:00 pm"). */
const FROM = /\b(?:from|starting(?:\s+at)?|beginning(?:\s+at)?)\s+$/iu;
const startsPeriod = (text: string, t: TimeOfDay) => t.until === undefined && FROM.test(text.slice(Math.max(0, t.start - 20), t.start));

/**
 * The place a report says it was written in, by its dateline ("WASHINGTON —
 * Hurricane Melissa made landfall … at 1 p.m. Tuesday"): a time given with
 * no zone may be that place's, so two such times from two datelines, or one
 * with a dateline and one without, may be in two zones.
 */
function writtenFrom(text: string): string {
  return PLACE_DATELINE.exec(text)?.[1]?.toLowerCase() ?? '';
}

const PLACE_DATELINE = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*)\s*(?:,\s*[\p{L}. ]{2,30})?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|-{1,2}|:)/u;

function sameTime(a: TimeOfDay, b: TimeOfDay): boolean {
  return a.time === b.time && a.until === b.until;
}

/** The minutes a window lasts, across midnight too ("from 10 p.m. to 5:10 a.m."). */
function windowLength(t: TimeOfDay): number {
  return (minuteOfDay(t.until as string) - minuteOfDay(t.time) + MINUTES_A_DAY) % MINUTES_A_DAY;
}

/**
 * How far a hedged time of day reaches. Reports give the round hour for
 * anything in the quarter hour about it ("around 9 p.m.", "just before 9
 * p.m. ET" for 8:48 p.m.), and "shortly" or "just" before or after a time
 * for the quarter hour on that side; a time given with its minutes is read
 * as given even when hedged, so "around 3:30 PM" and "15:35" still differ.
 */
const HEDGE_ROOM = 15;
const TIME_HEDGE = /^(around|about|approximately|roughly|nearly|shortly before|just before|shortly after|just after)\s/iu;

function hasRoom(t: TimeOfDay): boolean {
  const [from, to] = timeReach(t);
  return from !== to;
}

/** The minutes of the day a time may stand for, as [from, to]. */
function timeReach(t: TimeOfDay): [number, number] {
  const minute = minuteOfDay(t.time);
  const hedge = TIME_HEDGE.exec(t.text)?.[1]?.toLowerCase() ?? '';
  if (hedge.endsWith('before') || hedge === 'nearly') return [minute - HEDGE_ROOM, minute];
  if (hedge.endsWith('after')) return [minute, minute + HEDGE_ROOM];
  return hedge !== '' && minute % 60 === 0 ? [minute - HEDGE_ROOM, minute + HEDGE_ROOM] : [minute, minute];
}

/** Whether two times, one with room at least, may be one moment (across midnight too: "around midnight" and "11:50 p.m."). */
function timesMeet(x: TimeOfDay, y: TimeOfDay): boolean {
  const [xFrom, xTo] = timeReach(x);
  const [yFrom, yTo] = timeReach(y);
  return [-MINUTES_A_DAY, 0, MINUTES_A_DAY].some((shift) => xFrom <= yTo + shift && yFrom + shift <= xTo);
}

const MINUTES_A_DAY = 24 * 60;

/**
 * Whether two times of day are apart by what no two time zones a report
 * gives are: zones are whole or half hours apart ("12:50 p.m." in Myanmar is
 * 13:20 in Thailand), so "around 12:15 p.m." and "12:30 p.m. Central
 * European time" are two moments whatever zone the first is in, where
 * "12:30" and "6:30 a.m. ET" may be one. (Nepal's quarter hour is left out.)
 */
function noZonesApart(a: string, b: string, unzoned = false): boolean {
  const apart = (((minuteOfDay(a) - minuteOfDay(b)) % 30) + 30) % 30;
  // A time on the hour in a zone the report does not give may round the minutes of one given to the minute ("made
  // landfall at 12:04 p.m." in Jamaica / "at 1 p.m. Tuesday" from Washington).
  const room = unzoned && (onTheHour(a) || onTheHour(b)) ? ON_THE_HOUR_ROOM : 0;
  return apart > room && apart < 30 - room;
}

/** How far from a whole hour a time given on the hour may be: the minutes a report rounds away. */
const ON_THE_HOUR_ROOM = 5;

const onTheHour = (time: string) => minuteOfDay(time) % 60 === 0;

/** The statement given to two different people ("Donald Trump … announced" / "Vikram Misri … said"). */
function speakerDifferences(here: Analysis, there: Analysis): Difference[] {
  const differ = speakersDiffer(here, there);
  return differ ? [{ kind: 'person', ...differ }] : NO_DIFFERENCES;
}

function personDifferences(a: readonly PersonMention[], b: readonly PersonMention[]): Difference[] {
  const differences: Difference[] = [];
  for (const x of a) {
    if (x.person !== '') {
      const same = b.filter((y) => onePerson(x, y) && y.role !== '' && x.role !== '');
      if (same.length > 0 && !same.some((y) => oneOffice(y.role, x.role))) differences.push({ kind: 'person', here: x.text, there: (same[0] as { text: string }).text });
      // One person, the name before the surname spelled otherwise ("Edgar Kagan" / "Edgard D. Kagan"); a transliteration keeps its skeleton.
      else if (x.given !== '') {
        const renamed = b.find((y) => y.person === x.person && y.given !== '' && !forenamesAgree(x, y));
        if (renamed) differences.push({ kind: 'person', here: x.text, there: renamed.text });
      }
    }
  }
  // Roles alone ("the prime minister" / "the foreign minister"): one on each side, different.
  const rolesA = a.filter((p) => p.person === '');
  const rolesB = b.filter((p) => p.person === '');
  if (rolesA.length === 1 && rolesB.length === 1 && rolesA[0]?.role !== rolesB[0]?.role && a.length === 1 && b.length === 1) {
    differences.push({ kind: 'person', here: (rolesA[0] as { text: string }).text, there: (rolesB[0] as { text: string }).text });
  }
  return differences;
}

/** Whether two mentions of one surname may give one person's names: any name of one agrees with one of the other ("Pradeep Kumar Jena" / "PK Jena"). */
function forenamesAgree(x: PersonMention, y: PersonMention): boolean {
  return x.forenames.some((a) => y.forenames.some((b) => givenNamesAgree(a, b)));
}

/**
 * One person in two mentions: one surname, or one given name and a surname
 * that begins alike, which is how transliterations of one surname differ
 * ("Abbas Araghchi" / "Abbas Araqchi"), as speakers.ts reads them too.
 */
function onePerson(x: PersonMention, y: PersonMention): boolean {
  return x.person === y.person || (x.given !== '' && x.given === y.given && x.person[0] === y.person[0]);
}

/** The share of the shorter passage's words of meaning (stems; function words and the two places aside) the other says too. */
const ALIKE = 0.5;

function sayAlike(here: Analysis, there: Analysis, x: PlaceMention, y: PlaceMention): boolean {
  const places = new Set([...x.text.split(/\s+/u), ...y.text.split(/\s+/u)].map((w) => fold(w)));
  const meant = (a: Analysis) => new Set([...a.words].filter((w) => w.length > 2 && /^\p{L}+$/u.test(w) && !STOPWORDS.has(w) && !places.has(w)).map(stemOf));
  return overlap([...meant(here)], [...meant(there)]) >= ALIKE;
}

/**
 * Places: one place of an event on each side (a list, "in Russia and Iran",
 * is several), with no word in common, not two names of one place ("in
 * Washington" / "at the White House"), and not a venue against the city it
 * may be in ("at Seri Perdana, the official residence…" / "in the city of
 * Putrajaya"), as far as the passages say what each is.
 */
function placeDifferences(here: Analysis, there: Analysis): Difference[] {
  const [a, b] = [here.places, there.places];
  const [x] = a;
  const [y] = b;
  if (a.length !== 1 || b.length !== 1 || !x || !y || overlap(x.words, y.words) > 0 || runTogether(x.text) === runTogether(y.text)) return [];
  // A passage that names the other's place too, in another phrase, does not set one against the other ("an unfinished
  // high-rise building in Bangkok collapsed" / "felt … in the high-rises of Bangkok, Thailand, and even in Yunnan").
  if (namedIn(x.text, there.words) || namedIn(y.text, here.words)) return [];
  if (abbreviates(x.text, y.text) || abbreviates(y.text, x.text)) return [];
  if (capitalNamed(here.text, x, y) || capitalNamed(there.text, y, x)) return [];
  if (namedAfter(x.text, y.text) || namedAfter(y.text, x.text)) return [];
  if (x.place !== undefined && x.place === y.place) return [];
  // Two places of two known countries, in passages that say little else alike: two events far more often than two
  // reports of one ("the leaders shook hands at the White House" / "Putin signaled openness to hosting further talks in
  // Moscow"; two quakes' epicentres). Where the rest is alike, the reports disagree on where ("talks in Qatar" / "in Iraq").
  if (x.place !== undefined && y.place !== undefined && x.place !== y.place && !sayAlike(here, there, x, y)) return [];
  if (sameCity(fold(x.text), fold(y.text))) return [];
  // Where a plan is to happen is not where something was done ("is planning to host the leaders … at the White House on
  // August 8" / "On 10 July, … met in Abu Dhabi"), as a plan's date is not.
  if (scheduled(here.text, x) !== scheduled(there.text, y)) return [];
  // A venue against a town, or against a place of no known kind, may be within it ("at Camp Mystic" / "in Hunt").
  if (x.scale !== y.scale && (x.scale === 'venue' || y.scale === 'venue' || (x.scale !== undefined && y.scale !== undefined))) return [];
  if (placeLevel(x.text) !== placeLevel(y.text)) return [];
  // An administrative area against a place that is not one of its kind: the place may be in it, or it in the place
  // ("in Hunt" / "in Kerr County", "Kerr County" / "Texas", "central Texas" / "Kerr County").
  if (areaKind(x.text) !== areaKind(y.text)) return [];
  // A part of a place named by its bearing ("Central Texas", "northern Thailand") against a place named otherwise.
  if (namesAPart(x.text) !== namesAPart(y.text)) return [];
  return [{ kind: 'place', here: x.text, there: y.text }];
}

/** A country's capital named as such, and the city that is it: "in the Portuguese capital" / "in Lisbon", "Thailand's capital" / "Bangkok". */
function capitalNamed(text: string, place: PlaceMention, other: PlaceMention): boolean {
  if (!CAPITAL_AFTER.test(text.slice(place.end, place.end + 20))) return false;
  const country = termsOf(place.text).find((t) => t.term.startsWith(PLACE))?.term.slice(PLACE.length);
  const capital = country === undefined ? undefined : capitalOf(country);
  return capital !== undefined && fold(other.text).replace(/^the\s+/u, '') === capital;
}

const CAPITAL_AFTER = /^(?:['’]s)?\s+capital\b/u;

/**
 * The kind of area a place's name says it is, administrative ("Kerr County",
 * "Iwate Prefecture", "Sagaing Region") or of the land ("Russia's Kamchatka
 * Peninsula", a city's "Petropavlovsk-Kamchatsky" lies on), or "" for none.
 */
function areaKind(place: string): string {
  return AREA.exec(place)?.[1]?.toLowerCase() ?? '';
}

const AREA = /\b(County|Parish|Province|Prefecture|Region|District|State|Oblast|Krai|Governorate|Department|Peninsula|Islands?|Coast|Valley|Delta|Basin|Country|Highlands|Mountains)$/iu;

/** Whether a place is named as a part of another by its bearing ("Central Texas", "south-central Texas"); a country so named ("South Korea") is a country. */
function namesAPart(place: string): boolean {
  return namedByBearing(place) && placeLevel(place) === 'local';
}

/** Whether a passage's words name a place: every word of its name is among them. */
function namedIn(place: string, words: ReadonlySet<string>): boolean {
  const own = [...foldedWords(place)].filter((w) => w !== '');
  return own.length > 0 && own.every((w) => words.has(w));
}

function bearingDifferences(a: readonly Bearing[], b: readonly Bearing[]): Difference[] {
  const differ = b.length > 0 ? bearingsThatDiffer(a, b) : undefined;
  return differ ? [{ kind: 'place', here: differ.here.text, there: differ.there.text }] : NO_DIFFERENCES;
}

/**
 * Lists that name others in one slot: a list in one passage and a list or a
 * name alone in the other that share a name after the same preposition
 * ("in Qatar" / "in Qatar and Iraq"; "Trump informed" / "Donald Trump and
 * Vice President JD Vance reached out"), where one names someone or
 * somewhere the other passage names nowhere. A report that leaves out a
 * whole slot says nothing of it; one that fills the slot with fewer names
 * gives another answer. One difference per list.
 */
function listDifferences(here: Analysis, there: Analysis): Difference[] {
  const [a, b] = [here.groups, there.groups];
  let differences: Difference[] = NO_DIFFERENCES;
  const listed = new Set<NameGroup>();
  for (const x of a.groups) {
    for (const y of b.groups) {
      if ((x.members.length < 2 && y.members.length < 2) || listed.has(x) || listed.has(y)) continue;
      // The same slot: a name both give, after the same preposition; a place or a thing only after one ("in Qatar"),
      // for "Israel and Iran agreed" and "Iran attacked" name two parties of two clauses, as people seldom are.
      const person = x.kind === 'person' || y.kind === 'person';
      // Who spoke and who acted are two slots ("Aliyev said" / "Pashinyan and Aliyev shook hands").
      if (person && x.speaks !== y.speaks) continue;
      // The parties to a meeting are not a slot a report fills with fewer names ("Aliyev and Pashinyan met in Abu
      // Dhabi" / "Pashinyan visited Istanbul", "Pashinyan met in Abu Dhabi"): one name alone is no meeting's parties.
      if (person && (x.meets || y.meets) && (x.meets !== y.meets || x.members.length < 2 || y.members.length < 2)) continue;
      if (!x.members.some((m) => y.members.some((n) => n.key === m.key && n.after === m.after && (person || (m.after !== '' && m.after !== '>'))))) continue;
      if (!y.members.some((n) => !a.keys.has(n.key)) && !x.members.some((m) => !b.keys.has(m.key))) continue;
      // Places or things in two phrases of their own are two slots: "dual citizenship in the US and Peru" / "served for
      // two decades in Peru". Where neither phrase says what leads to the place, it may be one.
      if (!person && !oneLead(here.text, x.start, there.text, y.start)) continue;
      if (differences === NO_DIFFERENCES) differences = [];
      differences.push({ kind: person ? 'person' : x.kind === 'place' || y.kind === 'place' ? 'place' : 'name', here: x.text, there: y.text });
      if (x.members.length > 1) listed.add(x);
      if (y.members.length > 1) listed.add(y);
    }
  }
  return differences;
}

/** How far before a list the words that lead to it are read ("bases in", "holding dual citizenship in"). */
const LEAD_CHARS = 60;

/** Whether the words that lead to two lists may be one phrase's: they share a term, or either has none. */
function oneLead(hereText: string, hereStart: number, thereText: string, thereStart: number): boolean {
  const x = leadTerms(hereText, hereStart);
  const y = leadTerms(thereText, thereStart);
  return x.length === 0 || y.length === 0 || x.some((t) => y.includes(t));
}

function leadTerms(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - LEAD_CHARS), start).split(/[.;:!?\u2014]/u).at(-1) ?? '';
  return termsOf(before).filter((t) => !t.capital && !/^\d/u.test(t.term)).map(fateOf);
}

/** Names that are one thing named differently: most of their words shared, the words not all the same in the same order. */
function nameDifferences(here: Analysis, there: Analysis): Difference[] {
  const [a, b] = [here.names, there.names];
  const differences: Difference[] = [];
  const keys = b.map(keyOf);
  for (const x of a) {
    const key = keyOf(x);
    if (keys.includes(key)) continue;
    // No name of `b` has x's key (above): only the overlap is left to ask. A name
    // whose every word the other holds, and more, is that name said more fully or
    // less ("EBN-The China Earthquake Networks Center"), silent on the rest; the
    // same words in another order are another name ("… for International Peace
    // and Prosperity" / "… for Peace and International Prosperity").
    // And one kind of thing: the word that names it, the last, is the same ("… Coast Guard" is no "… West Coast").
    const partner = b.find((y) => x.words[x.words.length - 1] === y.words[y.words.length - 1] && overlap(x.words, y.words) >= 0.6 && !saysMore(x.words, y.words) && !saysMore(y.words, x.words));
    // One name written whole or hyphenated ("Southeast Asian" / "South-East Asian") is no other name.
    if (partner && runTogether(x.text) === runTogether(partner.text)) continue;
    // Nor one with a run of its words in initials ("BJ Medical College" / "Byramjee Jeejeebhoy Medical College").
    if (partner && (initialedRun(x.text, partner.text) || initialedRun(partner.text, x.text))) continue;
    // Nor one with a place before it that the other passage names too ("Baltimore Key Bridge" / "Baltimore's … Francis Scott Key Bridge").
    if (partner && (placedBefore(x, partner, there.text) || placedBefore(partner, x, here.text))) continue;
    if (partner) differences.push({ kind: 'name', here: x.text, there: partner.text });
  }
  return differences;
}

/**
 * Whether `name` is `other` with words before it that `other`'s passage
 * writes elsewhere, and no other word of its own: the place it is in,
 * said with the name in one report and beside it in the other.
 */
function placedBefore(name: NameMention, other: NameMention, otherText: string): boolean {
  const own = name.words.findIndex((w) => other.words.includes(w));
  if (own <= 0 || name.words.slice(own).some((w) => !other.words.includes(w))) return false;
  // Its words as a name's are keyed, punctuation aside ("in Baltimore, causing…").
  const written = new Set(keyWords(`${otherText.slice(0, other.start)} ${otherText.slice(other.end)}`.replace(/[^\p{L}\p{N}'’.\s-]+/gu, ' ')));
  return name.words.slice(0, own).every((w) => written.has(w));
}

/** A name's words as one string, made once per name: every candidate's names are compared with the claim's. */
const nameKeys = new WeakMap<NameMention, string>();

function keyOf(name: NameMention): string {
  let key = nameKeys.get(name);
  if (key === undefined) nameKeys.set(name, (key = name.words.join(' ')));
  return key;
}

/**
 * Whether `short` is `long` with one run of capitalized words written in
 * their initials, the rest the same: "BJ Medical College and Civil Hospital"
 * / "Byramjee Jeejeebhoy Medical College and Civil Hospital".
 */
function initialedRun(short: string, long: string): boolean {
  const s = short.split(/\s+/u);
  const l = long.split(/\s+/u);
  const at = s.findIndex((w) => /^\p{Lu}{2,4}$/u.test(w));
  if (at < 0) return false;
  const run = (s[at] as string).length;
  if (l.length !== s.length - 1 + run) return false;
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((w, k) => fold(w) === fold(y[k] as string));
  return (
    same(s.slice(0, at), l.slice(0, at)) &&
    same(s.slice(at + 1), l.slice(at + run)) &&
    l.slice(at, at + run).map((w) => w[0]).join('') === s[at]
  );
}

/** Whether `short` is written in the initials of `long`'s words ("LA" / "Los Angeles", "NYC" / "New York City"). */
function abbreviates(short: string, long: string): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(short)) return false;
  const initials = long
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === short;
}

/**
 * Whether a place is named after the other, a word of one starting with a
 * whole word of the other ("Severo-Kurilsk" / "the Kuril Islands", "in the
 * Kuril chain"): a town and the islands it is on, not two answers.
 */
function namedAfter(short: string, long: string): boolean {
  const longWords = fold(long).split(/[^\p{L}]+/u);
  return fold(short)
    .split(/[^\p{L}]+/u)
    .some((w) => w.length >= 4 && longWords.some((v) => v !== w && v.startsWith(w)));
}

/** A name's letters run together, as a skeleton: "Meghani Nagar" and "Meghaninagar" are one place written two ways. */
function runTogether(name: string): string {
  return skeleton(fold(name).replace(/[^\p{L}]/gu, ''));
}

/**
 * Whether `more` holds every word of `less` and some other, or every word
 * as often as `less` does and some again: "Democratic Republic of the
 * Congo and Republic of Rwanda" says more than "Democratic Republic of the
 * Congo and Rwanda", though it holds no word the other does not.
 */
function saysMore(more: readonly string[], less: readonly string[]): boolean {
  if (!less.every((w) => more.includes(w))) return false;
  if (more.some((w) => !less.includes(w))) return true;
  const left = [...more];
  for (const w of less) {
    const k = left.indexOf(w);
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return left.length > 0;
}

/** Shared distinct words ÷ the distinct words of the shorter name. */
function overlap(a: readonly string[], b: readonly string[]): number {
  // Names are a few words: nested loops, no sets (this runs for every pair of names of every candidate).
  const distinct = (list: readonly string[]) => list.filter((w, i) => list.indexOf(w) === i);
  const x = distinct(a);
  const y = distinct(b);
  let shared = 0;
  for (const w of x) if (y.includes(w)) shared++;
  return shared / Math.max(1, Math.min(x.length, y.length));
}
