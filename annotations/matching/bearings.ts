/**
 * Where a place lies from another, as a compass bearing: "16 kilometers
 * (10 miles) north northwest of the town of Sagaing", "16 km northwest of
 * Sagaing", "136 km ESE of Petropavlovsk-Kamchatsky". Two reports that give
 * the bearing from one place differently disagree on where it is, however
 * they write the place ("the town of Sagaing" / "Sagaing"), unless one
 * locates a town ("New Hope, about 62 kilometers south of Montego Bay")
 * and the other something else (the storm's eye).
 */
import { asciiPattern } from './ascii-pattern';
import { fold } from './tokens';

export interface Bearing {
  /** The bearing's words ("north northwest"). */
  start: number;
  end: number;
  text: string;
  /** The point of the compass, as its letters ("NNW"). */
  point: string;
  /** The place it is taken from, folded, its kind left out ("sagaing"). */
  from: string;
  /** The place it locates, when a name stands right before it ("New Hope, about 62 kilometers south of Montego Bay"), folded; else "". */
  of: string;
}

const WORD = '(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)';
/** In words, one to three of them ("north-northwest", "north north-west", "east-southeast"), or in letters as the USGS writes them (two or three: "E of" may be anything). */
const POINT = `(${WORD}(?:[- ]?${WORD}){0,2}|NNE|NE|ENE|ESE|SE|SSE|SSW|SW|WSW|WNW|NW|NNW)`;
const FROM = "(?:the\\s+(?:city|town|village|port|capital)\\s+of\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’.-]*){0,3})";
/** Not "the south of Armenia", which is a part of it, nor "North of the river". */
const BEARING = new RegExp(`(?<!\\bthe\\s)\\b${POINT}\\s+of\\s+${FROM}`, 'gu');
const HINT = asciiPattern(String.raw`(?:north|south|east|west|\b[NSEW]{2,3})\s+of\b`);
/** What names the kind of place after its name ("Sagaing City", "Sagaing region"): not part of which place it is. */
const KIND_AFTER = /\s+(?:City|Town|Region|Province|District|State)$/u;

const POINT_WORDS = /north|south|east|west/gu;
/** A place named right before a bearing's distance, which the bearing locates: "the town of New Hope, about 62 kilometers". */
const LOCATED_BEFORE = /(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?:(?:about|some|roughly|around|nearly|approximately|just)\s+)?[\d.,]+\s*(?:\p{L}+\s*(?:\([^)]{0,20}\)\s*)?)?$/u;

/** The bearings of `text`, in order. */
export function bearingsIn(text: string): Bearing[] {
  if (!HINT.test(text)) return [];
  const found: Bearing[] = [];
  for (const m of text.matchAll(BEARING)) {
    const written = m[1] as string;
    const point = /^[NSEW]+$/u.test(written) ? written : [...written.toLowerCase().matchAll(POINT_WORDS)].map((w) => (w[0][0] as string).toUpperCase()).join('');
    // Only the bearing is shown as what differs: the place it is taken from is the same in both.
    const located = LOCATED_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    found.push({ start: m.index, end: m.index + written.length, text: written, point, from: fold((m[2] as string).replace(KIND_AFTER, '')), of: located ? fold(located) : '' });
  }
  return found;
}

/** The first bearing from one place that the two passages give differently, when there is one. */
export function bearingsThatDiffer(a: readonly Bearing[], b: readonly Bearing[]): { here: Bearing; there: Bearing } | undefined {
  for (const x of a) {
    const y = b.find((other) => other.from === x.from && other.of === x.of);
    if (y && y.point !== x.point) return { here: x, there: y };
  }
  return undefined;
}
