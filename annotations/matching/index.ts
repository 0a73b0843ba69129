/**
 * The match index of a set: every article's passages with their terms, and
 * what scoring needs across the set (how many passages hold each term, the
 * average passage length, which terms of the set share a consonant
 * skeleton, which articles are near-duplicates). Built from the articles'
 * text only, kept in memory, changed one article at a time: `setArticle`
 * when an article is added or changed, `removeArticle` when it goes.
 */
import { CodePointIndex } from '../text/code-points';
import { partitionPoint } from '../text/partition-point';
import { looksEnglish } from './language';
import { hash, sampledShingles, ShingleIndex } from './near-duplicates';
import { passagesOf } from './sentences';
import { skeleton, termsOf, type Term } from './terms';
import { tokenize } from './tokens';

export interface IndexedPassage {
  file: string;
  /** Code points in the article. */
  start: number;
  end: number;
  /** Sentences in the passage (1 or 2). */
  sentences: number;
  /** Term → count. */
  terms: Map<string, number>;
  /** Number of terms. */
  length: number;
}

export interface IndexedArticle {
  file: string;
  text: CodePointIndex;
  passages: IndexedPassage[];
  /** False when the article does not read as English (language.ts): it has no passages then. */
  english: boolean;
  /** Term → count over the whole article, for article similarity. */
  terms: Map<string, number>;
  /** The article's names: terms it only ever writes with a capital, and places. */
  names: Map<string, number>;
}

/** Skeletons shorter than this are too common to join two spellings. */
const MIN_SKELETON = 4;

export class MatchIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /** Term → passages holding it. */
  private readonly postings = new Map<string, Set<IndexedPassage>>();
  /**
   * Term → distinct passages holding it: a passage that many copies of one
   * wire story repeat word for word counts once, so a set full of copies
   * does not make the story's own words look common.
   */
  private readonly frequency = new Map<string, number>();
  /** A passage's terms (as a key) → how many passages have exactly those. */
  private readonly passageKeys = new Map<string, number>();
  /** Consonant skeleton of a capitalized term → the terms that have it. */
  private readonly skeletons = new Map<string, Map<string, number>>();
  private readonly shingles = new ShingleIndex();
  private totalLength = 0;
  private passageCount = 0;
  /** Article vector norms, valid while the set is unchanged. */
  private norms = new Map<string, number>();

  /** Adds the article, or replaces it if the file is already in the index. */
  setArticle(file: string, text: string): void {
    this.removeArticle(file);
    this.norms.clear();
    const tokens = tokenize(text);
    const english = looksEnglish(tokens);
    const index = new CodePointIndex(text);
    const allTerms = termsOf(text, tokens);
    const article: IndexedArticle = { file, text: index, passages: [], english, terms: counts(allTerms), names: namesOf(allTerms) };
    if (english) {
      for (const span of passagesOf(text, index)) {
        const from = index.toUtf16(span.start);
        const to = index.toUtf16(span.end);
        const inside: Term[] = [];
        for (let i = partitionPoint(allTerms.length, (k) => (allTerms[k] as Term).start < from); i < allTerms.length; i++) {
          const term = allTerms[i] as Term;
          if (term.end > to) break;
          inside.push(term);
        }
        if (inside.length === 0) continue;
        article.passages.push({ file, start: span.start, end: span.end, sentences: span.sentences, terms: counts(inside), length: inside.length });
      }
    }
    this.articles.set(file, article);
    for (const passage of article.passages) {
      for (const term of passage.terms.keys()) add(this.postings, term, passage);
      const key = keyOf(passage);
      const copies = this.passageKeys.get(key) ?? 0;
      this.passageKeys.set(key, copies + 1);
      if (copies === 0) for (const term of passage.terms.keys()) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
      this.totalLength += passage.length;
      this.passageCount++;
    }
    for (const term of capitalizedTerms(allTerms)) {
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
    this.norms.clear();
    for (const passage of article.passages) {
      for (const term of passage.terms.keys()) {
        const set = this.postings.get(term);
        set?.delete(passage);
        if (set?.size === 0) this.postings.delete(term);
      }
      const key = keyOf(passage);
      const copies = (this.passageKeys.get(key) ?? 1) - 1;
      if (copies === 0) {
        this.passageKeys.delete(key);
        for (const term of passage.terms.keys()) decrement(this.frequency, term);
      } else this.passageKeys.set(key, copies);
      this.totalLength -= passage.length;
      this.passageCount--;
    }
    const text = article.text.text;
    for (const term of capitalizedTerms(termsOf(text))) {
      const key = skeleton(term);
      const terms = this.skeletons.get(key);
      if (!terms) continue;
      decrement(terms, term);
      if (terms.size === 0) this.skeletons.delete(key);
    }
    this.shingles.remove(file);
    this.articles.delete(file);
  }

  article(file: string): IndexedArticle | undefined {
    return this.articles.get(file);
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

  /** Passages holding the term (do not change the set). */
  postingsOf(term: string): ReadonlySet<IndexedPassage> {
    return this.postings.get(term) ?? EMPTY;
  }

  /** Number of distinct passages holding the term (copies count once). */
  passageFrequency(term: string): number {
    return this.frequency.get(term) ?? 0;
  }

  /** Other spellings of a capitalized term in the set: the terms with its consonant skeleton. */
  spellingsOf(term: string): string[] {
    const key = skeleton(term);
    if (key.length < MIN_SKELETON) return [];
    return [...(this.skeletons.get(key)?.keys() ?? [])].filter((t) => t !== term);
  }

  /**
   * How alike two articles are as wholes, from 0 to 1: the cosine of their
   * term vectors weighted by how few articles hold each term. Articles on
   * one story share its rare names and words; articles on another story
   * that shares its vocabulary ("peace deal", "White House") do not.
   */
  articleSimilarity(a: string, b: string): number {
    const x = this.articles.get(a);
    const y = this.articles.get(b);
    if (!x || !y) return 0;
    const [small, large] = x.names.size <= y.names.size ? [x, y] : [y, x];
    let dot = 0;
    for (const [term, count] of small.names) {
      const other = large.names.get(term);
      if (other !== undefined) dot += count * other * this.articleWeight(term) ** 2;
    }
    return dot === 0 ? 0 : dot / (this.normOf(x) * this.normOf(y));
  }

  /** A name weighs by how few distinct passages hold it (the IDF of the passages, copies counted once). */
  private articleWeight(term: string): number {
    return Math.log(1 + this.passageKeys.size / Math.max(1, this.frequency.get(term) ?? 0));
  }

  private normOf(article: IndexedArticle): number {
    let norm = this.norms.get(article.file);
    if (norm === undefined) {
      norm = 0;
      for (const [term, count] of article.names) norm += (count * this.articleWeight(term)) ** 2;
      norm = Math.sqrt(norm) || 1;
      this.norms.set(article.file, norm);
    }
    return norm;
  }

  /** The other articles that are copies of `file` (near-duplicates.ts). */
  nearDuplicatesOf(file: string): string[] {
    return this.shingles.duplicatesOf(file);
  }

  /** Groups of near-duplicate articles. */
  nearDuplicateGroups(): string[][] {
    return this.shingles.groups();
  }
}

const EMPTY: ReadonlySet<IndexedPassage> = new Set();

function counts(terms: readonly Term[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of terms) map.set(t.term, (map.get(t.term) ?? 0) + 1);
  return map;
}

/** A key equal for passages of the same terms, in any order (two order-free hashes of the terms). */
function keyOf(passage: IndexedPassage): string {
  let sum = 0;
  let mixed = 0;
  for (const [term, n] of passage.terms) {
    const h = hash(term);
    sum = (sum + Math.imul(h, n)) >>> 0;
    mixed = (mixed ^ Math.imul(h ^ n, 0x9e3779b1)) >>> 0;
  }
  return `${sum}:${mixed}:${passage.length}`;
}

function namesOf(terms: readonly Term[]): Map<string, number> {
  const lower = new Set(terms.filter((t) => !t.capital).map((t) => t.term));
  return counts(terms.filter((t) => t.capital && !lower.has(t.term)));
}

function capitalizedTerms(terms: readonly Term[]): Set<string> {
  return new Set(terms.filter((t) => t.capital && !t.term.startsWith('@') && /^\p{L}+$/u.test(t.term)).map((t) => t.term));
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function decrement<K>(map: Map<K, number>, key: K): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}
