/**
 * The means a passage says were used, where reports of one event often name
 * different ones: the lifting gear that reached a window ("a basket lift" /
 * "a furniture elevator" / "a crane") and the two-wheelers of a getaway
 * ("on scooters" / "on motorbikes"). Each kind under all its names: a
 * cherry picker is a basket lift, a motorcycle a motorbike.
 *
 * Only words that name one kind: "a lift" (also a verb, and a funicular's
 * name in Lisbon), "a vehicle", "two-wheelers" or "a mechanical lift" could
 * be any of them, and a report that says less is no other report. Cars,
 * trucks, trains and aircraft are left out: a story's vehicles play many
 * parts ("the funicular's two cars", "a jet and a helicopter"), so one named
 * here and another there are seldom one thing told two ways.
 */
import { asciiPattern } from './ascii-pattern';
export interface MeansMention {
  start: number;
  end: number;
  text: string;
  /** What the means is for: reaching up, or riding away. */
  category: 'lifting gear' | 'two-wheeler';
  /** The kind, one key for all its names. */
  kind: string;
}

/** Each kind's names, and words one of which each name holds (`holds`: what the quick test below looks for). */
const KINDS: readonly { category: MeansMention['category']; kind: string; names: string; holds: readonly string[] }[] = [
  { category: 'lifting gear', kind: 'basket lift', names: String.raw`basket[- ]lifts?|cherry[- ]pickers?|aerial (?:work )?platforms?|boom lifts?`, holds: ['lift', 'picker', 'platform'] },
  { category: 'lifting gear', kind: 'furniture lift', names: String.raw`(?:furniture|freight|goods|removal) (?:lifts?|elevators?|hoists?)`, holds: ['lift', 'elevator', 'hoist'] },
  { category: 'lifting gear', kind: 'crane', names: String.raw`cranes?`, holds: ['crane'] },
  { category: 'lifting gear', kind: 'ladder', names: String.raw`ladders?`, holds: ['ladder'] },
  { category: 'two-wheeler', kind: 'scooter', names: String.raw`(?:motor[- ]?)?scooters?`, holds: ['scooter'] },
  { category: 'two-wheeler', kind: 'motorbike', names: String.raw`motor[- ]?bikes?|motorcycles?`, holds: ['bike', 'motorcycle'] },
  { category: 'two-wheeler', kind: 'moped', names: String.raw`mopeds?`, holds: ['moped'] },
  { category: 'two-wheeler', kind: 'bicycle', names: String.raw`bicycles?`, holds: ['bicycle'] },
];

const MEANS = new RegExp(KINDS.map(({ names }) => `\\b(${names})\\b`).join('|'), 'giu');
/**
 * A word some name holds, with MEANS's flags: a passage without one names
 * none of them, and this test is many times faster than MEANS's
 * (bench/match), which every candidate passage was read with.
 */
const HINT = asciiPattern([...new Set(KINDS.flatMap(({ holds }) => holds))].join('|'));

export function meansIn(text: string): MeansMention[] {
  const found: MeansMention[] = [];
  if (!HINT.test(text)) return found;
  for (const m of text.matchAll(MEANS)) {
    const at = m.slice(1).findIndex((group) => group !== undefined);
    const { category, kind } = KINDS[at] as (typeof KINDS)[number];
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], category, kind });
  }
  return found;
}

/**
 * The means of one category each passage names, when each names one kind
 * and the kinds differ. A passage that names two kinds of it ("a crane, then
 * a ladder") does not say which the other report's is set against.
 */
export function meansThatDiffer(a: readonly MeansMention[], b: readonly MeansMention[]): { here: MeansMention; there: MeansMention }[] {
  const differ: { here: MeansMention; there: MeansMention }[] = [];
  for (const category of new Set(a.map((m) => m.category))) {
    const here = a.filter((m) => m.category === category);
    const there = b.filter((m) => m.category === category);
    const [x, y] = [here[0], there[0]];
    if (!x || !y || x.kind === y.kind) continue;
    if (here.some((m) => m.kind !== x.kind) || there.some((m) => m.kind !== y.kind)) continue;
    differ.push({ here: x, there: y });
  }
  return differ;
}
