/**
 * Evidence that a passage is about what a claim says, beyond its score.
 *
 * The story rule (elsewhere.ts) calls a loose match likely in an article on
 * the claim's story. A loose match of a long claim can be a generic sentence
 * ("This, however, could change.", "Still, there are signs for optimism.")
 * or one that shares only the story's own places and words with it: nothing
 * an analyst would recognise the claim by. Such a passage is not called
 * likely on the story rule alone: it must share with the claim at least
 * `terms` of its distinct terms that are not common in the claim's story.
 *
 * Common *in the story*, not in the set: the articles on the claim's story
 * (its own, and those at least `sameStory` alike) are what the rule looks
 * at. Counted over the whole set, a story's own words looked rare as soon
 * as other stories filled the set, so the same claim on the same articles
 * had more likely passages in a set mixed with other stories than in one
 * holding its story alone. Where the story is the whole set (the usual set:
 * articles gathered on one story) the two counts are one, and the set's
 * IDF, which counts copies of a passage once, is used as it is.
 *
 * Tried on the tuned gold and not kept: letting one shared name, place or
 * number suffice on its own (at any rarity it added in-story likely
 * passages and found no more gold ones).
 */
import { idf } from './bm25';
import type { MatchIndex } from './index';
import type { Postings } from './postings';
import type { QueryTerm } from './scoring';

export interface EvidenceRule {
  /** Distinct claim terms a passage must share (1 or less: any passage found will do). */
  terms: number;
  /** Only shared terms of at least this IDF over the story's passages count: the words of every passage of the story are no evidence. */
  termWeight: number;
}

/** The claim's story: the articles whose similarity to the claim's own (by article number) reaches `sameStory`, and its own. */
export interface ClaimStory {
  own: number;
  similarity: Float64Array;
  sameStory: number;
}

/** Whether the rule turns down any passage at all. */
export function demandsEvidence(rule: EvidenceRule): boolean {
  return rule.terms > 1 || (rule.terms === 1 && rule.termWeight > 0);
}

/**
 * Per index, the slot of each term number in the claim being read: valid
 * where `stamps` holds that claim's stamp, so that no claim has to clear
 * what another wrote.
 */
interface SlotTable {
  slots: Int32Array;
  stamps: Uint32Array;
  last: number;
}

const tables = new WeakMap<MatchIndex, SlotTable>();

/**
 * The rule applied to one claim: `holds(passage)` reads the passage's terms
 * from the index's pool (a few dozen numbers: read again each time it is
 * asked, which costs less than remembering answers in a map).
 */
export class ClaimEvidence {
  private readonly demanding: boolean;
  /** The distinct slots met in the passage being read (reused). */
  private readonly seen: number[] = [];
  private table: SlotTable | undefined;
  private stamp = 0;

  constructor(
    private readonly index: MatchIndex,
    private readonly query: readonly QueryTerm[],
    private readonly rule: EvidenceRule,
    private readonly story: ClaimStory,
  ) {
    this.demanding = demandsEvidence(rule);
  }

  /** Whether passage `id` shares enough with the claim. */
  holds(id: number): boolean {
    return !this.demanding || this.read(id);
  }

  /** Counts the distinct claim terms of enough weight in the passage, until there are enough. */
  private read(id: number): boolean {
    const { slots, stamps } = this.slots();
    const stamp = this.stamp;
    const { ids, offsets, lengths } = this.index.pool;
    const from = offsets[id] as number;
    const to = from + (lengths[id] as number);
    const seen = this.seen;
    seen.length = 0;
    for (let j = from; j < to && seen.length < this.rule.terms; j++) {
      const t = ids[j] as number;
      if (stamps[t] !== stamp) continue;
      const slot = slots[t] as number;
      if (!seen.includes(slot)) seen.push(slot);
    }
    return seen.length >= this.rule.terms;
  }

  /** The table, with this claim's terms that count in it (each spelling of the q-th term in slot q). */
  private slots(): SlotTable {
    const { index, query, rule } = this;
    let table = tables.get(index);
    if (!table || table.slots.length < index.termCount) {
      const size = Math.max(index.termCount * 2, 1024);
      tables.set(index, (table = { slots: new Int32Array(size), stamps: new Uint32Array(size), last: 0 }));
    }
    if (this.table !== table || table.last !== this.stamp) {
      if (table.last === 0xffffffff) {
        table.stamps.fill(0);
        table.last = 0;
      }
      this.table = table;
      this.stamp = ++table.last;
      const weights = this.storyWeights();
      for (const [q, term] of query.entries()) {
        if ((weights?.[q] ?? term.weight) < rule.termWeight) continue;
        for (const t of term.ids) {
          table.slots[t] = q;
          table.stamps[t] = this.stamp;
        }
      }
    }
    return table;
  }

  /**
   * Each query term's IDF over the passages of the claim's story, or
   * undefined when the story is the whole set (the query's own weights are
   * then those).
   */
  private storyWeights(): Float64Array | undefined {
    const { index, query } = this;
    const shape = storyShape(index, this.story);
    if (shape.whole) return undefined;
    const owners = index.passageArticles;
    const members = shape.members;
    const weights = new Float64Array(query.length);
    for (const [q, term] of query.entries()) {
      let df = 0;
      for (const id of term.ids) {
        let count = shape.counts.get(id);
        if (count === undefined) shape.counts.set(id, (count = inStoryCount(index.postingsAt(id), owners, members)));
        df += count;
      }
      weights[q] = idf(df, Math.max(shape.passages, 1));
    }
    return weights;
  }
}

/** Postings of one term read at most, per spelling, to count how many are in the claim's story. */
export const SAMPLED = 512;

/** The golden ratio's fraction: its multiples fall evenly over [0, 1) and in step with no period. */
const WEYL = (Math.sqrt(5) - 1) / 2;

/**
 * How many of a term's passages are in the story (`members` by article
 * number, `owners` each passage's article). A list longer than SAMPLED is
 * read at SAMPLED places and the count scaled: the share of it in the story
 * is all the rule asks, and the work per claim stays bounded on large sets.
 * The places follow a Weyl sequence, not an even stride: passages are listed
 * article by article, and a stride in step with the articles' lengths would
 * read one article's passages only.
 */
export function inStoryCount(list: Postings, owners: Int32Array, members: Uint8Array): number {
  const inStory = (k: number) => members[owners[list.ids[k] as number] as number] === 1;
  let held = 0;
  if (list.size <= SAMPLED) {
    for (let k = 0; k < list.size; k++) if (inStory(k)) held++;
    return held;
  }
  for (let i = 0; i < SAMPLED; i++) if (inStory(Math.floor(((i * WEYL) % 1) * list.size))) held++;
  return (held * list.size) / SAMPLED;
}

/** Which articles are on the claim's story (1 by article number), their passages, and whether that is every article. */
interface StoryShape {
  /** The similarity it was read at (thresholds can differ between calls). */
  sameStory: number;
  members: Uint8Array;
  passages: number;
  whole: boolean;
  /** Term number → its passages in the story (inStoryCount): the claims of one article share many terms. */
  counts: Map<number, number>;
}

/**
 * Kept per similarity row: the index keeps one row per article while the
 * set is unchanged and makes a new one when it changes, and every claim of
 * an article reads the same row.
 */
const shapes = new WeakMap<Float64Array, StoryShape>();

function storyShape(index: MatchIndex, story: ClaimStory): StoryShape {
  let shape = shapes.get(story.similarity);
  if (shape && shape.sameStory === story.sameStory && shape.members.length >= index.articleCapacity) return shape;
  const members = new Uint8Array(index.articleCapacity);
  let passages = 0;
  let whole = true;
  for (let id = 0; id < index.articleCapacity; id++) {
    const article = index.articleAt(id);
    if (!article) continue;
    if (article.id === story.own || (story.similarity[article.id] ?? 0) >= story.sameStory) {
      members[article.id] = 1;
      passages += article.passages.length;
    } else if (article.passages.length > 0) whole = false;
  }
  shape = { sameStory: story.sameStory, members, passages, whole, counts: new Map() };
  shapes.set(story.similarity, shape);
  return shape;
}
