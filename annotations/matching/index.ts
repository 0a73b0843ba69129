/**
 * The match index of a set: every article's passages with their terms, and
 * what scoring needs across the set (how many passages hold each term, the
 * average passage length, which terms of the set share a consonant
 * skeleton, which articles are near-duplicates). Built from the articles'
 * text only, kept in memory, changed one article at a time: `setArticle`
 * when an article is added or changed, `removeArticle` when it goes.
 *
 * Terms and passages are numbered: a term's postings are packed arrays of
 * passage numbers (postings.ts), and what scoring reads per passage (its
 * length, its article) sits in typed arrays indexed by that number, so a
 * claim is scored over thousands of passages without allocating. Numbers
 * of removed passages are reused; a term keeps its number for the life of
 * the index (the set's vocabulary).
 */
import { CodePointIndex } from '../text/code-points';
import { lengthNorm } from './bm25';
import { partitionPoint } from '../text/partition-point';
import { looksEnglish } from './language';
import { sampledShingles, ShingleIndex } from './near-duplicates';
import { figureKinds, NO_FIGURES, type FigureKinds } from './figure-kinds';
import { FigureTable } from './near-numbers';
import { Postings } from './postings';
import { TermPool } from './term-pool';
import { passagesOf } from './sentences';
import { skeleton, termsOf, type Term } from './terms';
import { tokenize } from './tokens';

export interface IndexedPassage {
  /** Its number in the index, while it is there (reused after it is removed). */
  id: number;
  file: string;
  /** Code points in the article. */
  start: number;
  end: number;
  /** Sentences in the passage (1 or 2). */
  sentences: number;
  /** Its distinct terms, as the index numbers them (`termId`), ascending. */
  termIds: Int32Array;
  /** How many times it holds each of `termIds`. */
  termCounts: Uint16Array;
  /** Number of terms. */
  length: number;
}

export interface IndexedArticle {
  file: string;
  /** Its number in the index, while it is there. */
  id: number;
  text: CodePointIndex;
  passages: IndexedPassage[];
  /** False when the article does not read as English (language.ts): it has no passages then. */
  english: boolean;
  /** The article's names, by term number: terms it only ever writes with a capital, and places. */
  names: Map<number, number>;
}

interface ArticleEntry extends IndexedArticle {
  /** Its capitalized words, for the skeleton table. */
  capitalized: string[];
  /** Every term of the text in order: its number, UTF-16 range, and whether written with a capital (1). */
  termIds: Int32Array;
  termStarts: Int32Array;
  termEnds: Int32Array;
  termCapitals: Uint8Array;
  /** Its passages' keys (keyOf), in `passages` order. */
  keys: string[];
}

/** Skeletons shorter than this are too common to join two spellings. */
const MIN_SKELETON = 4;
/** Article similarity rows kept at most (cells, all rows together): a few megabytes. */
const MAX_ROW_CELLS = 4_000_000;
/** How many of an article's most alike articles vouch for its story (storySimilaritiesTo). */
const STORY_NEIGHBOURS = 3;
/** From this story similarity two articles are on one story (elsewhere.ts's SAME_STORY). */
export const ON_ONE_STORY = 0.35;
/**
 * Two articles are on one story also when SHARED_NEIGHBOURS of their
 * neighbourhoods are the same (each article with its NEIGHBOURHOOD most
 * alike ones, or half of a smaller set's others), and their story
 * similarity reaches SHARED_NEIGHBOURS_FLOOR besides. Chosen on the read
 * stories (docs/matching.md, *Alike to the same reports*).
 */
const NEIGHBOURHOOD = 10;
const SHARED_NEIGHBOURS = 0.45;
const SHARED_NEIGHBOURS_FLOOR = 0.2;
/**
 * The passages of other news a set is read against when names are weighed
 * for article similarity (articleWeight): some seventy articles' worth.
 * Chosen on the tuned stories, each alone and in the mixed set.
 */
const BACKGROUND_PASSAGES = 2000;

export class MatchIndex {
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly articleById: (ArticleEntry | undefined)[] = [];
  private readonly freeArticleIds: number[] = [];

  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  private readonly postings: Postings[] = [];
  /**
   * Term → distinct passages holding it: a passage that many copies of one
   * wire story repeat word for word counts once, so a set full of copies
   * does not make the story's own words look common.
   */
  private frequency = new Int32Array(1024);

  private readonly passageById: (IndexedPassage | undefined)[] = [];
  private readonly freePassageIds: number[] = [];
  private lengths = new Float64Array(1024);
  private owners = new Int32Array(1024).fill(-1);
  /** Each passage's range (code points) and sentences, by number: read for thousands of passages per claim. */
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private sentenceCounts = new Uint8Array(1024);
  /** What each passage's score counts for (sentences.ts: 1, less for a line that is not a sentence). */
  private weights = new Float64Array(1024);

  /** A passage's terms (as a key) → how many passages have exactly those. */
  private readonly passageKeys = new Map<string, number>();
  /** Consonant skeleton of a capitalized term → the terms that have it. */
  private readonly skeletons = new Map<string, Map<string, number>>();
  /** The set's numbers and times of day, for a claim's figure to find its close ones (near-numbers.ts). */
  private readonly figures = new FigureTable();
  /** Each passage's kinds of figures (figure-kinds.ts), read the first time a claim stating a figure asks. */
  private readonly figureKindsById: (FigureKinds | undefined)[] = [];
  private readonly shingles = new ShingleIndex();
  private totalLength = 0;
  private passageCount = 0;
  /** Answers that hold while the set is unchanged: article norms, article similarities, copies. */
  private readonly norms = new Map<number, number>();
  private readonly rows = new Map<number, Float64Array>();
  private readonly storyRows = new Map<number, Float64Array>();
  /** Each article with its NEIGHBOURHOOD most alike ones (sharedNeighbours). */
  private readonly neighbourhoods = new Map<number, Set<number>>();
  private lengthNormCache: Float64Array | undefined;
  private smallestNorm = Infinity;
  /** Counts by term number while a passage's terms are counted (zero between uses). */
  private scratch = new Int32Array(1024);
  /** Every passage's terms packed together, for scoring (term-pool.ts). */
  readonly pool = new TermPool();
  private readonly duplicates = new Map<string, string[]>();
  /** Name term → the articles naming it, and how often: article similarity walks these. */
  private readonly nameArticles = new Map<number, Postings>();

  /** Adds the article, or replaces it if the file is already in the index. */
  setArticle(file: string, text: string): void {
    this.removeArticle(file);
    this.changed();
    const tokens = tokenize(text);
    const english = looksEnglish(tokens);
    const index = new CodePointIndex(text);
    const allTerms = termsOf(text, tokens);
    const id = this.freeArticleIds.pop() ?? this.articleById.length;
    const count = allTerms.length;
    const ids = new Int32Array(count);
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const capitals = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const t = allTerms[k] as Term;
      ids[k] = this.termIdFor(t.term);
      starts[k] = t.start;
      ends[k] = t.end;
      capitals[k] = t.capital ? 1 : 0;
    }
    const article: ArticleEntry = {
      file, id, text: index, passages: [], english, names: this.namesOf(allTerms), capitalized: capitalizedTerms(allTerms), keys: [],
      termIds: ids, termStarts: starts, termEnds: ends, termCapitals: capitals,
    };
    if (english) {
      for (const span of passagesOf(text, index)) {
        const begin = index.toUtf16(span.start);
        const from = partitionPoint(count, (k) => (starts[k] as number) < begin);
        const to = index.toUtf16(span.end);
        let last = from;
        while (last < count && (ends[last] as number) <= to) last++;
        if (last === from) continue;
        const { termIds, termCounts } = this.countTerms(ids, from, last);
        const passage: IndexedPassage = {
          id: this.passageIdFor(id, last - from, span), file, start: span.start, end: span.end, sentences: span.sentences, termIds, termCounts, length: last - from,
        };
        this.passageById[passage.id] = passage;
        this.pool.set(passage.id, termIds, termCounts);
        article.passages.push(passage);
      }
    }
    this.articles.set(file, article);
    this.articleById[id] = article;
    for (const [term, count] of article.names) {
      let list = this.nameArticles.get(term);
      if (!list) this.nameArticles.set(term, (list = new Postings()));
      list.add(id, count);
    }
    for (const passage of article.passages) {
      const { termIds, termCounts } = passage;
      for (let k = 0; k < termIds.length; k++) (this.postings[termIds[k] as number] as Postings).add(passage.id, termCounts[k] as number);
      const key = keyOf(passage);
      article.keys.push(key);
      const copies = this.passageKeys.get(key) ?? 0;
      this.passageKeys.set(key, copies + 1);
      if (copies === 0) for (const t of termIds) this.frequency[t] = (this.frequency[t] as number) + 1;
      this.totalLength += passage.length;
      this.passageCount++;
    }
    for (const term of article.capitalized) {
      const key = skeleton(term);
      if (key.length < MIN_SKELETON) continue;
      let terms = this.skeletons.get(key);
      if (!terms) this.skeletons.set(key, (terms = new Map()));
      terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    this.shingles.set(file, sampledShingles(tokens));
  }

  removeArticle(file: string): void {
    const article = this.articles.get(file);
    if (!article) return;
    this.changed();
    for (const [k, passage] of article.passages.entries()) {
      for (const t of passage.termIds) (this.postings[t] as Postings).remove(passage.id);
      const key = article.keys[k] as string;
      const copies = (this.passageKeys.get(key) ?? 1) - 1;
      if (copies === 0) {
        this.passageKeys.delete(key);
        for (const t of passage.termIds) this.frequency[t] = (this.frequency[t] as number) - 1;
      } else this.passageKeys.set(key, copies);
      this.totalLength -= passage.length;
      this.passageCount--;
      this.passageById[passage.id] = undefined;
      this.figureKindsById[passage.id] = undefined;
      this.pool.delete(passage.id);
      this.owners[passage.id] = -1;
      this.freePassageIds.push(passage.id);
    }
    for (const term of article.capitalized) {
      const key = skeleton(term);
      const terms = this.skeletons.get(key);
      if (!terms) continue;
      decrement(terms, term);
      if (terms.size === 0) this.skeletons.delete(key);
    }
    for (const term of article.names.keys()) this.nameArticles.get(term)?.remove(article.id);
    this.shingles.remove(file);
    this.articles.delete(file);
    this.articleById[article.id] = undefined;
    this.freeArticleIds.push(article.id);
  }

  article(file: string): IndexedArticle | undefined {
    return this.articles.get(file);
  }

  /**
   * The terms of `file` within [start, end) (code points) as the index read
   * them, each with whether it was written with a capital; undefined when
   * the article is not in the index or its text there is not `text` at that
   * range (the index is behind a change). Saves tokenizing a claim that is a
   * passage of an indexed article again.
   */
  termsIn(file: string, start: number, end: number, text: string): { id: number; capital: boolean }[] | undefined {
    const article = this.articles.get(file);
    if (!article || article.text.slice(start, end) !== text) return undefined;
    const { termIds, termCapitals } = article;
    return termsWithin(article, start, end).map((k) => ({ id: termIds[k] as number, capital: termCapitals[k] === 1 }));
  }

  /** The terms of `file` within [start, end) (code points), each with its UTF-16 range in the article: where a passage says what. */
  termSpans(file: string, start: number, end: number): { id: number; start: number; end: number }[] {
    const article = this.articles.get(file);
    if (!article) return [];
    const { termIds, termStarts, termEnds } = article;
    return termsWithin(article, start, end).map((k) => ({ id: termIds[k] as number, start: termStarts[k] as number, end: termEnds[k] as number }));
  }

  /** The article of that number, while it is in the index. */
  articleAt(id: number): IndexedArticle | undefined {
    return this.articleById[id];
  }

  files(): string[] {
    return [...this.articles.keys()].sort();
  }

  get size(): number {
    return this.articles.size;
  }

  get passages(): number {
    return this.passageCount;
  }

  /** Distinct passages (copies counted once): the N of the IDF. */
  get distinctPassages(): number {
    return this.passageKeys.size;
  }

  get averageLength(): number {
    return this.passageCount === 0 ? 0 : this.totalLength / this.passageCount;
  }

  /** One more than the highest article number in use: the size of arrays indexed by article. */
  get articleCapacity(): number {
    return this.articleById.length;
  }

  /** One more than the highest passage number in use: the size of arrays indexed by passage. */
  get passageCapacity(): number {
    return this.passageById.length;
  }

  /** How many terms the index has numbered (one more than the highest number). */
  get termCount(): number {
    return this.termNames.length;
  }

  /** The term's number, or -1 when no article of the set has it. */
  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  termName(id: number): string {
    return this.termNames[id] as string;
  }

  /** The postings of a term number (do not change them). */
  postingsAt(id: number): Postings {
    return this.postings[id] as Postings;
  }

  /** The kinds of figures passage `id` states: read from its text once, while it is in the index. */
  figureKindsAt(id: number): FigureKinds {
    const known = this.figureKindsById[id];
    if (known) return known;
    const passage = this.passageById[id];
    const article = passage && this.articles.get(passage.file);
    if (!passage || !article) return NO_FIGURES;
    const kinds = passage.sentences === 2 ? this.pairFigureKinds(article, passage) : figureKinds(article.text.slice(passage.start, passage.end));
    this.figureKindsById[id] = kinds;
    return kinds;
  }

  /**
   * The kinds of figures `text` states, when it is a passage of `file` at
   * [start, end) (code points) as the index holds it: read once for the
   * claim and the passage; else undefined.
   */
  figureKindsIn(file: string, start: number, end: number, text: string): FigureKinds | undefined {
    const article = this.articles.get(file);
    const passage = article?.passages.find((p) => p.start === start && p.end === end);
    return passage && article?.text.slice(start, end) === text ? this.figureKindsAt(passage.id) : undefined;
  }

  /** A two-sentence passage states the kinds its sentences state: read from theirs, which other claims ask for too. */
  private pairFigureKinds(article: ArticleEntry, pair: IndexedPassage): FigureKinds {
    const first = article.passages.find((p) => p.sentences === 1 && p.start === pair.start);
    const second = article.passages.find((p) => p.sentences === 1 && p.end === pair.end);
    if (!first || !second) return figureKinds(article.text.slice(pair.start, pair.end));
    const [a, b] = [this.figureKindsAt(first.id), this.figureKindsAt(second.id)];
    return b.size === 0 ? a : a.size === 0 ? b : new Set([...a, ...b]);
  }

  /** The passage of that number, while it is in the index. */
  passageAt(id: number): IndexedPassage | undefined {
    return this.passageById[id];
  }

  /** Number of terms of passage `id` (read only; valid for passages in the index). */
  get passageLengths(): Float64Array {
    return this.lengths;
  }

  /** BM25's length norm of passage `id` (bm25.ts lengthNorm) for the set as it is (read only). */
  get passageNorms(): Float64Array {
    if (!this.lengthNormCache) {
      const average = this.averageLength;
      this.lengthNormCache = new Float64Array(this.lengths.length);
      this.smallestNorm = Infinity;
      for (let id = 0; id < this.passageById.length; id++) {
        if (!this.passageById[id]) continue;
        const norm = lengthNorm(this.lengths[id] as number, average);
        this.lengthNormCache[id] = norm;
        if (norm < this.smallestNorm) this.smallestNorm = norm;
      }
    }
    return this.lengthNormCache;
  }

  /** The smallest of passageNorms: the shortest passage's, which a term's score can be no higher than at. */
  get smallestPassageNorm(): number {
    void this.passageNorms;
    return this.smallestNorm;
  }

  /** Start of passage `id` in its article, code points (read only; valid for passages in the index). */
  get passageStarts(): Int32Array {
    return this.starts;
  }

  /** End of passage `id`, code points (read only; valid for passages in the index). */
  get passageEnds(): Int32Array {
    return this.ends;
  }

  /** Sentences in passage `id`, 1 or 2 (read only; valid for passages in the index). */
  get passageSentences(): Uint8Array {
    return this.sentenceCounts;
  }

  /** What the score of passage `id` counts for, at most 1 (read only; valid for passages in the index). */
  get passageWeights(): Float64Array {
    return this.weights;
  }

  /** Article number of passage `id`, -1 for a number not in use (read only). */
  get passageArticles(): Int32Array {
    return this.owners;
  }

  /** Passages holding the term (a copy; for tests and tools, scoring reads `postingsAt`). */
  postingsOf(term: string): ReadonlySet<IndexedPassage> {
    const id = this.termId(term);
    const set = new Set<IndexedPassage>();
    if (id < 0) return set;
    const list = this.postingsAt(id);
    for (let k = 0; k < list.size; k++) set.add(this.passageById[list.ids[k] as number] as IndexedPassage);
    return set;
  }

  /** Number of distinct passages holding term number `id` (copies count once). */
  distinctFrequencyAt(id: number): number {
    return this.frequency[id] as number;
  }

  /** Number of distinct passages holding the term (copies count once). */
  passageFrequency(term: string): number {
    const id = this.termId(term);
    return id < 0 ? 0 : (this.frequency[id] as number);
  }

  /** Other spellings of a capitalized term in the set: the terms with its consonant skeleton. */
  spellingsOf(term: string): string[] {
    const key = skeleton(term);
    if (key.length < MIN_SKELETON) return [];
    const terms = this.skeletons.get(key);
    if (!terms || (terms.size === 1 && terms.has(term))) return [];
    return [...terms.keys()].filter((t) => t !== term);
  }

  /** The set's numbers and times of day close to the term's ("244" for "242", "13:38" for "13:39"), if it is one. */
  closeFigures(term: string): string[] {
    return this.figures.closeTo(term);
  }

  /**
   * How alike two articles are as wholes, from 0 to 1: the cosine of their
   * name vectors weighted by how few passages hold each name. Articles on
   * one story share its rare names; articles on another story that shares
   * its vocabulary ("peace deal", "White House") do not.
   */
  articleSimilarity(a: string, b: string): number {
    const x = this.articles.get(a);
    const y = this.articles.get(b);
    return x && y ? (this.similaritiesTo(x.id)[y.id] as number) : 0;
  }

  /**
   * articleSimilarity of article `id` to every article, by article number
   * (read only; zeros for a number not in use). Kept while the set is
   * unchanged: the claims of one article ask for the same row.
   */
  similaritiesTo(id: number): Float64Array {
    let row = this.rows.get(id);
    if (row) return row;
    row = new Float64Array(this.articleById.length);
    const x = this.articleById[id];
    if (x) {
      for (const [term, count] of x.names) {
        const list = this.nameArticles.get(term) as Postings;
        const weight = this.articleWeight(term) ** 2;
        for (let k = 0; k < list.size; k++) {
          const other = list.ids[k] as number;
          row[other] = (row[other] as number) + count * (list.counts[k] as number) * weight;
        }
      }
      const norm = this.normOf(x);
      for (const [other, y] of this.articleById.entries()) if (y && row[other] !== 0) row[other] = (row[other] as number) / (norm * this.normOf(y));
    }
    if (this.rows.size >= Math.max(8, MAX_ROW_CELLS / row.length)) this.rows.clear();
    this.rows.set(id, row);
    return row;
  }

  /**
   * How surely each article is on the story of article `id`, from 0 to 1:
   * its articleSimilarity, or, when higher, how alike it is to the
   * STORY_NEIGHBOURS articles most alike to `id`, each counted no higher
   * than that article is alike to `id` (the mean of the lesser of the two
   * steps). Reports of a disaster each name their own towns, officials and
   * rescuers, so two of them often share too few names to look alike while
   * both look like a third; a lone article's nearest ones are not alike to
   * it, and lend it nothing. An article still under ON_ONE_STORY is raised
   * to it when the two are alike to the same articles (sharedNeighbours):
   * reports told from different ends (the ship, the workers, the port) each
   * share a few names with many reports of their story, and few with any
   * other story's. Read only; kept while the set is unchanged.
   */
  storySimilaritiesTo(id: number): Float64Array {
    let row = this.storyRows.get(id);
    if (row) return row;
    const direct = this.similaritiesTo(id);
    row = Float64Array.from(direct);
    const nearest = this.nearestArticles(direct, id, STORY_NEIGHBOURS + 1);
    const steps = nearest.map((c) => ({ id: c, via: direct[c] as number, row: this.similaritiesTo(c) }));
    for (let other = 0; other < row.length; other++) {
      if (other === id || !this.articleById[other]) continue;
      let sum = 0;
      let counted = 0;
      for (const step of steps) {
        if (step.id === other) continue;
        sum += Math.min(step.via, step.row[other] as number);
        if (++counted === STORY_NEIGHBOURS) break;
      }
      const through = sum / STORY_NEIGHBOURS;
      if (through > (row[other] as number)) row[other] = through;
    }
    for (let other = 0; other < row.length; other++) {
      const s = row[other] as number;
      if (other !== id && s >= SHARED_NEIGHBOURS_FLOOR && s < ON_ONE_STORY && this.sharedNeighbours(id, other) >= SHARED_NEIGHBOURS) row[other] = ON_ONE_STORY;
    }
    if (this.storyRows.size >= Math.max(8, MAX_ROW_CELLS / row.length)) this.storyRows.clear();
    this.storyRows.set(id, row);
    return row;
  }

  /**
   * The share of two articles' neighbourhoods (`neighbourhood`) that is the
   * same, of the larger one. Reports of one story have the same
   * reports nearest though they share few names; reports of two stories
   * that share a vocabulary (peace deals, White House) each have their own
   * story's nearest, however alike their rows are overall.
   */
  private sharedNeighbours(a: number, b: number): number {
    const x = this.neighbourhood(a);
    const y = this.neighbourhood(b);
    let shared = 0;
    for (const c of y) if (x.has(c)) shared++;
    return shared / Math.max(x.size, y.size);
  }

  /**
   * An article and its most alike ones: NEIGHBOURHOOD of them, or half of
   * the others in a set of fewer than twenty-one articles, so that in a set
   * of two small stories an article's neighbourhood mostly stays in its own.
   */
  private neighbourhood(id: number): Set<number> {
    let around = this.neighbourhoods.get(id);
    if (!around) {
      const size = Math.max(2, Math.min(NEIGHBOURHOOD, Math.floor((this.articles.size - 1) / 2)));
      around = new Set([id, ...this.nearestArticles(this.similaritiesTo(id), id, size)]);
      this.neighbourhoods.set(id, around);
    }
    return around;
  }

  /** The `count` articles most alike to `id` by `row` (none unalike), most alike first, ties by number. */
  private nearestArticles(row: Float64Array, id: number, count: number): number[] {
    const nearest: number[] = [];
    for (let other = 0; other < row.length; other++) {
      const s = row[other] as number;
      if (other === id || s <= 0) continue;
      let at = nearest.length;
      while (at > 0 && (row[nearest[at - 1] as number] as number) < s) at--;
      if (at < count) {
        nearest.splice(at, 0, other);
        if (nearest.length > count) nearest.pop();
      }
    }
    return nearest;
  }

  /**
   * A name weighs by how few distinct passages hold it: the square root of
   * its IDF over the passages (copies counted once), so that two articles
   * sharing it add its IDF, not its square. Squared, the names every article
   * of a one-story set holds (its places, its leaders) weighed next to
   * nothing beside each article's own names, and articles of one story
   * looked less alike in a set of that story alone than in a set mixed with
   * others. The IDF is read as if the set also held BACKGROUND_PASSAGES of
   * other news: in a small set of one story, a name most of its passages
   * hold still weighs as it would among other stories, and its articles
   * look as alike as they do in a mixed set.
   */
  private articleWeight(term: number): number {
    return Math.sqrt(Math.log(1 + (this.passageKeys.size + BACKGROUND_PASSAGES) / Math.max(1, this.frequency[term] as number)));
  }

  private normOf(article: ArticleEntry): number {
    let norm = this.norms.get(article.id);
    if (norm === undefined) {
      norm = 0;
      for (const [term, count] of article.names) norm += (count * this.articleWeight(term)) ** 2;
      norm = Math.sqrt(norm) || 1;
      this.norms.set(article.id, norm);
    }
    return norm;
  }

  /** The other articles that are copies of `file` (near-duplicates.ts). */
  nearDuplicatesOf(file: string): string[] {
    let found = this.duplicates.get(file);
    if (!found) this.duplicates.set(file, (found = this.shingles.duplicatesOf(file)));
    return found;
  }

  /** Groups of near-duplicate articles. */
  nearDuplicateGroups(): string[][] {
    return this.shingles.groups();
  }

  /** Changes so far: equal numbers, the same articles and text. */
  get version(): number {
    return this.changes;
  }

  private changes = 0;

  /** The set changed: answers that hold only while it is unchanged are forgotten. */
  private changed(): void {
    this.changes++;
    this.norms.clear();
    this.lengthNormCache = undefined;
    this.rows.clear();
    this.storyRows.clear();
    this.neighbourhoods.clear();
    this.duplicates.clear();
  }

  /** The distinct terms of ids[from, to), ascending, with their counts. */
  private countTerms(ids: Int32Array, from: number, to: number): { termIds: Int32Array; termCounts: Uint16Array } {
    if (this.scratch.length < this.termNames.length) this.scratch = new Int32Array(this.termNames.length * 2);
    const scratch = this.scratch;
    const seen: number[] = [];
    for (let k = from; k < to; k++) {
      const t = ids[k] as number;
      if (scratch[t] === 0) seen.push(t);
      scratch[t] = (scratch[t] as number) + 1;
    }
    const termIds = new Int32Array(seen).sort();
    const termCounts = new Uint16Array(termIds.length);
    for (let k = 0; k < termIds.length; k++) {
      const t = termIds[k] as number;
      termCounts[k] = Math.min(scratch[t] as number, 0xffff);
      scratch[t] = 0;
    }
    return { termIds, termCounts };
  }

  private termIdFor(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.figures.add(term);
      this.postings.push(new Postings());
      if (id === this.frequency.length) this.frequency = grown(this.frequency, id * 2);
    }
    return id;
  }

  private passageIdFor(article: number, length: number, span: { start: number; end: number; sentences: number; weight: number }): number {
    const id = this.freePassageIds.pop() ?? this.passageById.length;
    if (id === this.passageById.length) this.passageById.push(undefined);
    if (id >= this.lengths.length) {
      this.lengths = grown(this.lengths, id * 2);
      const owners = new Int32Array(id * 2).fill(-1);
      owners.set(this.owners);
      this.owners = owners;
      this.starts = grown(this.starts, id * 2);
      this.ends = grown(this.ends, id * 2);
      this.sentenceCounts = grown(this.sentenceCounts, id * 2);
      this.weights = grown(this.weights, id * 2);
    }
    this.lengths[id] = length;
    this.owners[id] = article;
    this.starts[id] = span.start;
    this.ends[id] = span.end;
    this.sentenceCounts[id] = span.sentences;
    this.weights[id] = span.weight;
    return id;
  }

  private namesOf(terms: readonly Term[]): Map<number, number> {
    const lower = new Set(terms.filter((t) => !t.capital).map((t) => t.term));
    const names = new Map<number, number>();
    for (const t of terms) {
      if (!t.capital || lower.has(t.term)) continue;
      const id = this.termIdFor(t.term);
      names.set(id, (names.get(id) ?? 0) + 1);
    }
    return names;
  }
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

/** A key equal for passages of the same terms, in any order (two order-free hashes of the terms). */
function keyOf(passage: IndexedPassage): string {
  let sum = 0;
  let mixed = 0;
  const { termIds, termCounts } = passage;
  for (let k = 0; k < termIds.length; k++) {
    const h = mix((termIds[k] as number) + 1);
    const n = termCounts[k] as number;
    sum = (sum + Math.imul(h, n)) >>> 0;
    mixed = (mixed ^ Math.imul(h ^ n, 0x9e3779b1)) >>> 0;
  }
  return `${sum}:${mixed}:${passage.length}`;
}

/** A 32-bit integer hash (the murmur3 finaliser): spreads term numbers over the hash space. */
function mix(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function capitalizedTerms(terms: readonly Term[]): string[] {
  return [...new Set(terms.filter((t) => t.capital && !t.term.startsWith('@') && /^\p{L}+$/u.test(t.term)).map((t) => t.term))];
}

function decrement<K>(map: Map<K, number>, key: K): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}

/** The positions, in an article's term arrays, of its terms within [start, end) (code points). */
function termsWithin(article: ArticleEntry, start: number, end: number): number[] {
  const from = article.text.toUtf16(start);
  const to = article.text.toUtf16(end);
  const { termStarts, termEnds } = article;
  const found: number[] = [];
  for (let k = partitionPoint(termStarts.length, (i) => (termStarts[i] as number) < from); k < termStarts.length && (termEnds[k] as number) <= to; k++) found.push(k);
  return found;
}
