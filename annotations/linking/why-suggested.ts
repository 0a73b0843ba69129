/**
 * Why a passage was suggested for a claim, as the analyst reads it: the
 * names, places, numbers and other key terms the two share, each as written
 * in the passage ("Nakhchivan" where the claim wrote "Nakhichevan"), rarest
 * first as the matcher ranked them. Amounts that agree once converted
 * ("6.2 miles" for "10 km") count as shared numbers, each shown once.
 */
import type { Analysis } from '../matching/differences';
import { sameValue } from '../matching/quantities';
import { PLACE, skeleton, type Term } from '../matching/terms';

export interface Shared {
  names: string[];
  places: string[];
  numbers: string[];
  terms: string[];
}

/** At most this many chips of each kind: the rarest say why; the rest is noise. */
export const MAX_PER_KIND = 6;

/**
 * `sharedTerms`: the claim's terms the passage holds, rarest first (the
 * matcher's `shared`). `claim`/`passage`: what differences.ts read of each;
 * the claim's terms (termsOf) are read once by the caller for all its candidates.
 */
export function whySuggested(sharedTerms: readonly string[], claim: { analysis: Analysis; terms: readonly Term[] }, passage: Analysis): Shared {
  const shared: Shared = { names: [], places: [], numbers: [], terms: [] };
  const add = (kind: keyof Shared, text: string) => {
    const list = shared[kind];
    if (list.length < MAX_PER_KIND && !list.some((t) => t.toLowerCase() === text.toLowerCase())) list.push(text);
  };
  // A span given by its unit alone ("months of stalemate") only does not contradict an amount: it is no shared number.
  const amounts = passage.quantities.filter((q) => !q.atLeast && claim.analysis.quantities.some((c) => !c.atLeast && sameValue(c, q)));
  for (const q of amounts) add('numbers', q.text);
  const claimTerms = claim.terms;
  const passageTerms = passage.terms;
  for (const term of sharedTerms) {
    const there = occurrence(passageTerms, term);
    // A word of an amount already shown is said by its chip ("three decades", not "three" and "decades" again).
    if (!there || amounts.some((q) => q.start <= there.start && there.end <= q.end)) continue;
    const text = passage.text.slice(there.start, there.end);
    // A name is shown as the name, not its possessive ("Pakistan", where the passage wrote "Pakistan’s").
    if (term.startsWith(PLACE)) add('places', withoutPossessive(text));
    else if (/^\d/u.test(term)) add('numbers', text);
    else if (there.capital && occurrence(claimTerms, term)?.capital) add('names', withoutPossessive(text));
    else add('terms', text);
  }
  return shared;
}

function withoutPossessive(text: string): string {
  return text.replace(/['’]s$/u, '');
}

/** The first occurrence of a term, or of another spelling of a name (the same consonants). */
function occurrence(terms: readonly Term[], term: string): Term | undefined {
  const exact = terms.find((t) => t.term === term);
  if (exact) return exact;
  const key = skeleton(term);
  return key.length >= 4 ? terms.find((t) => t.capital && skeleton(t.term) === key) : undefined;
}
