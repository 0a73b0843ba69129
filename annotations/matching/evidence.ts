/**
 * Evidence that a passage is about what a claim says, beyond its score.
 *
 * The story rule (elsewhere.ts) calls a loose match likely in an article on
 * the claim's story. A loose match of a long claim can be a generic sentence
 * ("This, however, could change.", "Still, there are signs for optimism.")
 * or one that shares only the story's own places and words with it: nothing
 * an analyst would recognise the claim by. Such a passage is not called
 * likely on the story rule alone: it must share with the claim at least
 * `terms` of its distinct terms that are not common in the set.
 *
 * Tried on the tuned gold and not kept: letting one shared name, place or
 * number suffice on its own (at any rarity it added in-story likely
 * passages and found no more gold ones).
 */
import type { MatchIndex } from './index';
import type { QueryTerm } from './scoring';

export interface EvidenceRule {
  /** Distinct claim terms a passage must share (1 or less: any passage found will do). */
  terms: number;
  /** Only shared terms of at least this IDF count: the words of every passage of the story are no evidence. */
  termWeight: number;
}

/** Whether the rule turns down any passage at all. */
export function demandsEvidence(rule: EvidenceRule): boolean {
  return rule.terms > 1 || (rule.terms === 1 && rule.termWeight > 0);
}

const tables = new WeakMap<MatchIndex, Int32Array>();

/**
 * The rule applied to one claim: `holds(passage)` reads the passage's terms
 * once from the index's pool and remembers the answer for this claim.
 */
export class ClaimEvidence {
  private readonly answers = new Map<number, boolean>();
  private readonly demanding: boolean;

  constructor(
    private readonly index: MatchIndex,
    private readonly query: readonly QueryTerm[],
    private readonly rule: EvidenceRule,
  ) {
    this.demanding = demandsEvidence(rule);
  }

  /** Whether passage `id` shares enough with the claim. */
  holds(id: number): boolean {
    if (!this.demanding) return true;
    let answer = this.answers.get(id);
    if (answer === undefined) this.answers.set(id, (answer = this.read(id)));
    return answer;
  }

  /** Counts the distinct claim terms of enough weight in the passage, until there are enough. */
  private read(id: number): boolean {
    const { index, query, rule } = this;
    let slots = tables.get(index);
    if (!slots || slots.length < index.termCount) tables.set(index, (slots = new Int32Array(Math.max(index.termCount * 2, 1024))));
    // Slot q + 1 for the claim's q-th term (every spelling of it), only for terms that count.
    for (const [q, term] of query.entries()) if (term.weight >= rule.termWeight) for (const t of term.ids) slots[t] = q + 1;
    const { ids, offsets, lengths } = index.pool;
    const from = offsets[id] as number;
    const to = from + (lengths[id] as number);
    const seen: number[] = [];
    for (let j = from; j < to && seen.length < rule.terms; j++) {
      const slot = slots[ids[j] as number] as number;
      if (slot !== 0 && !seen.includes(slot)) seen.push(slot);
    }
    for (const term of query) for (const t of term.ids) slots[t] = 0;
    return seen.length >= rule.terms;
  }
}
