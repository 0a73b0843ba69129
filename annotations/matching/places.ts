/**
 * Places and the other forms news text names them by: the demonym
 * ("Armenian"), the capital standing for the country ("Baku" for
 * Azerbaijan, "the Kremlin" for Russia), other spellings ("Türkiye",
 * "Nakhichevan"). Each form maps to one key, so "Baku rejected" and
 * "Azerbaijan rejected" share a term.
 *
 * A small hand-made table, not a gazetteer: no package we could ship offers
 * metonymy (capital → country), and the forms below are the ones of
 * international news. Spellings missing here still meet through their
 * consonant skeleton (see terms.ts), which is how transliterations differ.
 */
import { countries } from 'countries-list';
import { fold } from './tokens';

const TABLE: Record<string, string[]> = {
  armenia: ['armenia', 'armenian', 'armenians', 'yerevan'],
  azerbaijan: ['azerbaijan', 'azerbaijani', 'azerbaijanis', 'azeri', 'azeris', 'baku'],
  'united states': ['united states', 'us', 'usa', 'america', 'american', 'americans', 'washington', 'white house'],
  russia: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'russian federation'],
  turkey: ['turkey', 'turkiye', 'turkish', 'turks', 'ankara'],
  iran: ['iran', 'iranian', 'iranians', 'tehran'],
  israel: ['israel', 'israeli', 'israelis', 'jerusalem'],
  ukraine: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  congo: ['congo', 'congolese', 'drc', 'dr congo', 'democratic republic of congo', 'democratic republic of the congo', 'kinshasa'],
  rwanda: ['rwanda', 'rwandan', 'rwandans', 'kigali'],
  qatar: ['qatar', 'qatari', 'doha'],
  india: ['india', 'indian', 'new delhi'],
  pakistan: ['pakistan', 'pakistani', 'islamabad'],
  china: ['china', 'chinese', 'beijing'],
  georgia: ['georgia', 'georgian', 'tbilisi'],
  france: ['france', 'french', 'paris'],
  germany: ['germany', 'german', 'berlin'],
  'united kingdom': ['united kingdom', 'uk', 'britain', 'british', 'london'],
  belgium: ['belgium', 'belgian'],
  togo: ['togo', 'togolese'],
  thailand: ['thailand', 'thai'],
  cambodia: ['cambodia', 'cambodian'],
  kazakhstan: ['kazakhstan', 'kazakh'],
  'european union': ['european union', 'eu', 'brussels'],
  'united nations': ['united nations', 'un'],
  'soviet union': ['soviet union', 'soviet', 'ussr'],
  karabakh: ['karabakh', 'nagorno karabakh', 'nagorno', 'artsakh'],
  nakhchivan: ['nakhchivan', 'nakhichevan', 'nakhijevan'],
  zangezur: ['zangezur', 'zanguezur'],
  'south caucasus': ['south caucasus', 'caucasus', 'transcaucasia'],
};

/**
 * Every other country by its name (countries-list), and by its people's
 * name where news uses one: "Portuguese" and "Portugal", "Jamaican" and
 * "Jamaica" are one term. The list is hand-made: world-countries, which
 * holds demonyms, is under the ODbL, a share-alike database licence.
 * Capitals are left out: in most stories "Lisbon" is the city, not
 * Portugal's government.
 */
const DEMONYMS: Record<string, string[]> = {
  spain: ['spanish', 'spaniard', 'spaniards'],
  portugal: ['portuguese'],
  italy: ['italian', 'italians'],
  greece: ['greek', 'greeks'],
  netherlands: ['dutch', 'holland'],
  switzerland: ['swiss'],
  austria: ['austrian', 'austrians'],
  poland: ['polish', 'poles'],
  sweden: ['swedish', 'swedes'],
  norway: ['norwegian', 'norwegians'],
  denmark: ['danish', 'danes'],
  finland: ['finnish', 'finns'],
  ireland: ['irish'],
  japan: ['japanese'],
  'south korea': ['south korean', 'south koreans'],
  'north korea': ['north korean', 'north koreans'],
  myanmar: ['burma', 'burmese'],
  vietnam: ['vietnamese'],
  philippines: ['filipino', 'filipinos', 'philippine'],
  indonesia: ['indonesian', 'indonesians'],
  malaysia: ['malaysian', 'malaysians'],
  bangladesh: ['bangladeshi', 'bangladeshis'],
  nepal: ['nepalese', 'nepali'],
  'sri lanka': ['sri lankan', 'sri lankans'],
  afghanistan: ['afghan', 'afghans'],
  iraq: ['iraqi', 'iraqis'],
  syria: ['syrian', 'syrians'],
  lebanon: ['lebanese'],
  jordan: ['jordanian', 'jordanians'],
  egypt: ['egyptian', 'egyptians'],
  'saudi arabia': ['saudi', 'saudis'],
  yemen: ['yemeni', 'yemenis'],
  sudan: ['sudanese'],
  ethiopia: ['ethiopian', 'ethiopians'],
  kenya: ['kenyan', 'kenyans'],
  nigeria: ['nigerian', 'nigerians'],
  'south africa': ['south african', 'south africans'],
  morocco: ['moroccan', 'moroccans'],
  algeria: ['algerian', 'algerians'],
  libya: ['libyan', 'libyans'],
  mexico: ['mexican', 'mexicans'],
  canada: ['canadian', 'canadians'],
  brazil: ['brazilian', 'brazilians'],
  argentina: ['argentine', 'argentinian', 'argentines'],
  chile: ['chilean', 'chileans'],
  colombia: ['colombian', 'colombians'],
  venezuela: ['venezuelan', 'venezuelans'],
  peru: ['peruvian', 'peruvians'],
  cuba: ['cuban', 'cubans'],
  jamaica: ['jamaican', 'jamaicans'],
  haiti: ['haitian', 'haitians'],
  australia: ['australian', 'australians'],
  'new zealand': ['new zealander', 'new zealanders'],
  // Names news still uses for countries that renamed themselves.
  'cabo verde': ['cape verde', 'cape verdean', 'cape verdeans'],
  eswatini: ['swaziland', 'swazi', 'swazis'],
  'east timor': ['timor leste', 'timorese'],
};

/** Folded form (words joined by one space) → key. */
const FORMS = new Map<string, string>();
for (const [key, forms] of Object.entries(TABLE)) for (const form of forms) FORMS.set(fold(form), key);
for (const country of Object.values(countries)) {
  // Its name only: old names and nicknames name other things now ("Gold Coast", "Emirates"), and "Jersey" is in "New Jersey".
  const name = fold(country.name);
  if (!/^[a-z]+(?: [a-z]+)*$/u.test(name) || name === 'jersey') continue;
  const key = FORMS.get(name) ?? name;
  for (const form of [name, ...(DEMONYMS[key] ?? [])]) if (!FORMS.has(form)) FORMS.set(form, key);
}

/** The longest form, in words. */
export const LONGEST_PLACE_FORM = Math.max(...[...FORMS.keys()].map((f) => f.split(' ').length));

/** The first words of every form ("democratic", "democratic republic", …): a run of words that is none starts no place. */
const PREFIXES = new Set([...FORMS.keys()].flatMap((f) => f.split(' ').map((_, n, words) => words.slice(0, n + 1).join(' '))));

/** Whether folded words joined by one space begin some place form ("baku", "white", "democratic republic"). */
export function beginsPlace(foldedWords: string): boolean {
  return PREFIXES.has(foldedWords);
}

/** Every folded form of a place, by its key ("qatar" → qatar, qatari, doha). */
const FORMS_OF = new Map<string, string[]>();
for (const [form, key] of FORMS) FORMS_OF.set(key, [...(FORMS_OF.get(key) ?? []), form]);

/** The folded forms that name the place of `key`; none for a key the table does not hold. */
export function placeForms(key: string): readonly string[] {
  return FORMS_OF.get(key) ?? [];
}

/** The place a folded form names ("baku" → "azerbaijan"), or undefined. */
export function placeKey(foldedForm: string): string | undefined {
  return FORMS.get(foldedForm);
}

/**
 * The place a folded form names, a people's name in the plural among them
 * ("two Germans", "Thais" as "German", "Thai"), for comparing the places
 * two reports name. The matcher's terms keep to the table's own forms
 * (`placeKey`): a plural there joins reports of other stories too.
 */
export function placeOrPeopleKey(foldedForm: string): string | undefined {
  const key = placeKey(foldedForm);
  if (key !== undefined || !foldedForm.endsWith('s')) return key;
  const singular = foldedForm.slice(0, -1);
  const place = placeKey(singular);
  // Another form than the place's own name: "Germans" is Germany, "Chinas" nothing.
  return place !== undefined && place !== singular ? place : undefined;
}

/**
 * Cities by the names they had, which reports still use ("Bombay" for
 * Mumbai), and by their short names ("DC", "L.A.", "NYC"): two names of
 * one city are no two places. Only for comparing places, not for matching,
 * where each name stays a term of its own.
 */
const FORMER_NAMES = new Map([
  ['bombay', 'mumbai'], ['calcutta', 'kolkata'], ['madras', 'chennai'], ['bangalore', 'bengaluru'], ['poona', 'pune'], ['benares', 'varanasi'], ['gurgaon', 'gurugram'],
  ['peking', 'beijing'], ['rangoon', 'yangon'], ['saigon', 'ho chi minh city'], ['alma ata', 'almaty'], ['nur sultan', 'astana'],
  ['dc', 'washington'], ['d.c.', 'washington'], ['d.c', 'washington'], ['washington dc', 'washington'], ['washington d.c.', 'washington'], ['washington, d.c.', 'washington'],
  ['la', 'los angeles'], ['l.a.', 'los angeles'], ['l.a', 'los angeles'], ['nyc', 'new york'], ['new york city', 'new york'],
]);

/** Whether two folded names are one city's, the one a name it had ("bombay", "mumbai"). */
export function sameCity(a: string, b: string): boolean {
  return a !== b && (FORMER_NAMES.get(a) ?? a) === (FORMER_NAMES.get(b) ?? b);
}
