/**
 * One count under two names. The differences set a count only against
 * counts of the same noun or the same class of nouns (quantities.ts:
 * "nine pieces" / "eight artifacts" are both loot). Reports of one fact
 * also name those counted in words no class joins: "four thieves" /
 * "three or four men", "at least 400 people" / "more than 1,000
 * rescuers". Where each passage gives only the one count, of people, the
 * two are reports of one figure, unless the words around them tell two
 * fates (the caller reads those).
 *
 * Only people: a count of anything else may be of another thing whatever
 * its size ("six missiles" / "two bases"), and the noun a loose reading
 * takes for a count's ("one we", "two major") is no noun for people.
 * Nor a quake's magnitude as first read against the revised figure
 * ("initially had a preliminary magnitude of 8.0" / "8.8"): the report
 * that gives the first reading says it was revised, in its next sentence
 * as often as not, and so does not disagree.
 */
import { CULPRITS_OF, isWhole, type Quantity } from './quantities';

/**
 * Plural nouns for people, plainly or by their trade, role or lot. Not
 * those a toll is counted in ("lives", "fatalities", "bodies"): their fate
 * is their noun, and the differences read tolls by it. Not "peoples",
 * nations; nor children, a part of a toll's people ("27 children" / "at
 * least 25 people").
 */
const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'individuals', 'residents', 'inhabitants', 'villagers', 'civilians', 'workers', 'passengers', 'crew', 'men', 'women', 'adults', 'rescuers', 'responders', 'firefighters', 'volunteers', 'soldiers', 'troops', 'officers', 'police',
  'policemen', 'guards', 'agents', 'investigators', 'officials', 'personnel', 'staff', 'employees', 'members', 'cardinals', 'electors', 'voters',
  'delegates', 'lawmakers', 'ministers', 'leaders', 'students', 'patients', 'doctors', 'nurses', 'survivors', 'tourists', 'visitors', 'travellers',
  'travelers', 'customers', 'participants', 'attendees', 'mourners', 'fans', 'athletes', 'players', 'pilots', 'sailors', 'seafarers', 'miners',
  'fishermen', 'migrants', 'refugees', 'evacuees', 'hostages', 'prisoners', 'detainees', 'protesters', 'protestors', 'demonstrators', 'fighters',
  'militants', 'rebels', 'counselors', 'counsellors',
]);

/** The last word of a count's text: its noun, where it names one ("more than 1,000 rescuers"). */
function nounOf(q: Quantity): string {
  return /(\p{L}[\p{L}-]*)\P{L}*$/u.exec(q.text)?.[1]?.toLowerCase() ?? '';
}

/** A count of people by one of those nouns, or of a gang by any name; of a figure ("several skaters" holds none to differ in). */
function countsPeople(q: Quantity): boolean {
  return q.dimension === 'count' && !q.atLeast && (q.of === CULPRITS_OF || PEOPLE_NOUNS.has(nounOf(q)));
}

/** A passage's one count, when it gives exactly one (the whole a share is of is no count of its own). */
function loneCount(quantities: readonly Quantity[]): Quantity | undefined {
  let one: Quantity | undefined;
  for (const q of quantities) {
    if (q.dimension !== 'count' || isWhole(q)) continue;
    if (one) return undefined;
    one = q;
  }
  return one;
}

/**
 * Each passage's one count, where both count people under two names.
 * Whether they count them at one fate ("241 passengers and crew" died of
 * "242 passengers" on board) and whether their figures differ are the
 * caller's to judge.
 */
export function lonePeopleCounts(here: readonly Quantity[], there: readonly Quantity[]): { x: Quantity; y: Quantity } | undefined {
  const x = loneCount(here);
  const y = x && loneCount(there);
  return x && y && x.of !== y.of && countsPeople(x) && countsPeople(y) ? { x, y } : undefined;
}
