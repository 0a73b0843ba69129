/**
 * How large a place is by its name: a country by its name or a common
 * alias (countries-list: "Myanmar", "Burma", "DRC", "Türkiye"), a region of
 * several (a continent, a part of one, "Southeast Asia", "Western Europe",
 * an ocean), or a place within one. A report
 * that says where a quake struck by its country and another by its city do
 * not disagree; two cities or two countries may.
 */
import { continents, countries } from 'countries-list';
import { fold } from './tokens';

const COUNTRY_NAMES = new Set<string>(Object.values(countries).flatMap((country) => [country.name, ...(country.alias ?? [])]).map(fold));
const CONTINENT_NAMES = new Set<string>(Object.values(continents).map(fold));
const NAMES = new Set<string>([...COUNTRY_NAMES, ...CONTINENT_NAMES]);
/** Oceans, seas and regions of several countries that reports name as where ("in the Pacific", "in the South Caucasus"). */
const REGIONS = new Set(
  [
    'pacific', 'pacific ocean', 'atlantic', 'atlantic ocean', 'indian ocean', 'arctic', 'arctic ocean', 'caribbean', 'caribbean sea',
    'mediterranean', 'mediterranean sea', 'black sea', 'red sea', 'south china sea', 'baltic', 'baltics', 'balkans', 'middle east',
    'near east', 'far east', 'caucasus', 'south caucasus', 'north caucasus', 'gulf', 'persian gulf', 'sahel', 'horn of africa',
    'scandinavia', 'latin america',
  ],
);

const CONTINENT = new RegExp(`(?:^|\\s)(?:${[...CONTINENT_NAMES].join('|')})$`, 'u');
/** A bearing that opens a name, making it a part of what follows: "central Asia", "south-central Texas", "Northern Europe". */
const BY_BEARING = /^(?:(?:north|south)(?:[\s-]?(?:east|west|central))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|upper|lower)\s+\S/u;

/** Whether a place is named as a part of another by its bearing ("Central Texas", "Southeast Asia"), the article aside. */
export function namedByBearing(name: string): boolean {
  return BY_BEARING.test(fold(name).replace(/^the\s+/u, ''));
}

/**
 * How large a place is, as far as its name says: a region of several
 * countries (a continent or a part of one, an ocean, "the South
 * Caucasus"), a country, or a place within one. Places of two levels are
 * not set against each other: "Myanmar" / "Southeast Asia", "New Hope" /
 * "the Atlantic" do not disagree.
 */
export type PlaceLevel = 'region' | 'country' | 'local';

export function placeLevel(name: string): PlaceLevel {
  const folded = fold(name.replace(/['’]s$/u, '')).replace(/^the\s+/u, '');
  if (CONTINENT_NAMES.has(folded) || REGIONS.has(folded) || (BY_BEARING.test(folded) && CONTINENT.test(folded))) return 'region';
  return COUNTRY_NAMES.has(folded) ? 'country' : 'local';
}

/** The countries (and continents) a text names by a capitalized word or run of words ("central Myanmar", "the United States"), folded. */
export function countriesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(CAPITALIZED_RUN)) {
    const words = m[0].split(/\s+/u).map((w) => w.replace(/['’]s$/u, '').replace(/\./gu, ''));
    for (let from = 0; from < words.length; from++) {
      for (let to = Math.min(words.length, from + 4); to > from; to--) {
        const name = fold(words.slice(from, to).join(' '));
        if (NAMES.has(name)) found.add(name);
      }
    }
  }
  return found;
}

const CAPITALIZED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*/gu;

/** One-word country names, folded ("japan", "china", "italy"), for reading demonyms. */
const ONE_WORD = new Set([...NAMES].filter((name) => !name.includes(' ')));

/**
 * The country a demonym names, folded ("Japanese" → "japan", "Chinese" →
 * "china", "Italian" → "italy", "Pakistani" → "pakistan"), or undefined:
 * "the Japanese Meteorological Agency" is "Japan's Meteorological Agency".
 */
export function countryOfDemonym(word: string): string | undefined {
  const folded = fold(word);
  for (const suffix of ['ese', 'ian', 'an', 'i', 'n']) {
    if (!folded.endsWith(suffix) || folded.length - suffix.length < 3) continue;
    const stem = folded.slice(0, -suffix.length);
    const found = [stem, `${stem}a`, `${stem}y`, `${stem}o`, `${folded}y`].find((name) => ONE_WORD.has(name));
    if (found) return found;
  }
  return undefined;
}

const CAPITALS = new Map<string, string>(Object.values(countries).flatMap((country) => [country.name, ...(country.alias ?? [])].map((name) => [fold(name), fold(country.capital)] as const)));

/** A country's capital, both folded ("portugal" → "lisbon"), when countries-list gives one. */
export function capitalOf(country: string): string | undefined {
  return CAPITALS.get(country) || undefined;
}
