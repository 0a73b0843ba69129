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

/** Folded form (words joined by one space) → key. */
const FORMS = new Map<string, string>();
for (const [key, forms] of Object.entries(TABLE)) for (const form of forms) FORMS.set(fold(form), key);

/** The longest form, in words. */
export const LONGEST_PLACE_FORM = Math.max(...[...FORMS.keys()].map((f) => f.split(' ').length));

/** The first words of every form ("democratic", "democratic republic", …): a run of words that is none starts no place. */
const PREFIXES = new Set([...FORMS.keys()].flatMap((f) => f.split(' ').map((_, n, words) => words.slice(0, n + 1).join(' '))));

/** Whether folded words joined by one space begin some place form ("baku", "white", "democratic republic"). */
export function beginsPlace(foldedWords: string): boolean {
  return PREFIXES.has(foldedWords);
}

/** Every folded form of a place, by its key ("qatar" → qatar, qatari, doha). */
const FORMS_OF = new Map<string, string[]>(Object.entries(TABLE).map(([key, forms]) => [key, forms.map(fold)]));

/** The folded forms that name the place of `key`; none for a key the table does not hold. */
export function placeForms(key: string): readonly string[] {
  return FORMS_OF.get(key) ?? [];
}

/** The place a folded form names ("baku" → "azerbaijan"), or undefined. */
export function placeKey(foldedForm: string): string | undefined {
  return FORMS.get(foldedForm);
}
