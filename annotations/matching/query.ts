/**
 * A claim's query: its distinct terms, each with the other spellings the
 * set has of it (a capitalized word's consonant skeleton: "Nakhichevan"
 * finds "Nakhchivan") and its IDF over the set's passages.
 */
import { idf } from './bm25';
import type { MatchIndex } from './index';
import type { QueryTerm } from './scoring';
import { termsOf } from './terms';

/** A claim's rarest terms only: a whole article highlighted is not 2,000 queries. */
const MAX_QUERY_TERMS = 48;

/** Text in an article; `start`/`end` (code points) when it is there, so its terms are read from the index. */
export interface QueryText {
  file: string;
  text: string;
  start?: number;
  end?: number;
}

/** The claim's distinct terms with their other spellings, rarest first. */
export function queryOf(index: MatchIndex, claim: QueryText): QueryTerm[] {
  const n = Math.max(index.distinctPassages, 1);
  const counts = new Map<string, { count: number; capital: boolean }>();
  const indexed = claim.start !== undefined && claim.end !== undefined ? index.termsIn(claim.file, claim.start, claim.end, claim.text) : undefined;
  const terms = indexed?.map((t) => ({ term: index.termName(t.id), capital: t.capital })) ?? termsOf(claim.text);
  for (const t of terms) {
    const entry = counts.get(t.term) ?? { count: 0, capital: false };
    entry.count++;
    entry.capital ||= t.capital;
    counts.set(t.term, entry);
  }
  const query: QueryTerm[] = [];
  for (const [term, { count, capital }] of counts) {
    // Other spellings of a name; close figures of a number or a time, which reports of one event give differently.
    const terms = capital ? [term, ...index.spellingsOf(term)] : [term, ...index.closeFigures(term)];
    const ids = terms.map((t) => index.termId(t)).filter((id) => id >= 0);
    const df = Math.max(...terms.map((t) => index.passageFrequency(t)));
    query.push({ terms, ids, weight: idf(df, n), count });
  }
  query.sort((a, b) => b.weight - a.weight);
  return query.slice(0, MAX_QUERY_TERMS);
}

