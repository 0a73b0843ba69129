/**
 * The reference the issue compares the matcher with: a plain TF-IDF
 * sentence matcher. Each sentence of each article is a passage; words are
 * folded and stop words left out (the matcher's own list, so the two differ
 * in what the matcher adds: stems, places, names, numbers, pairs of
 * sentences, the story and evidence rules), each weighted by
 * log(N / df) over the set's sentences; a claim's candidates in an article
 * are its sentences by cosine, best first, three at most, `likely` from the
 * threshold. Measured on the same gold with the same definitions
 * (evaluate.ts), it gives the matcher's figures a baseline in the same run.
 */
import type { Candidate } from '../../annotations/matching/elsewhere';
import { sentenceSpansUtf16 } from '../../annotations/matching/sentences';
import { tokenize } from '../../annotations/matching/tokens';
import { CodePointIndex } from '../../annotations/text/code-points';

const PER_ARTICLE = 3;

interface Sentence {
  file: string;
  start: number;
  end: number;
  vector: Map<string, number>;
}

function counts(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const token of tokenize(text)) if (!token.stop) tf.set(token.word, (tf.get(token.word) ?? 0) + 1);
  return tf;
}

export class TfIdfBaseline {
  private readonly sentences: Sentence[] = [];
  private readonly idf = new Map<string, number>();

  constructor(articles: ReadonlyMap<string, string>) {
    const raw: { file: string; start: number; end: number; tf: Map<string, number> }[] = [];
    const df = new Map<string, number>();
    for (const [file, text] of articles) {
      const index = new CodePointIndex(text);
      for (const span of sentenceSpansUtf16(text)) {
        const tf = counts(text.slice(span.start, span.end));
        for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
        raw.push({ file, start: index.toCodePoint(span.start), end: index.toCodePoint(span.end), tf });
      }
    }
    for (const [word, n] of df) this.idf.set(word, Math.log(raw.length / n));
    for (const s of raw) this.sentences.push({ file: s.file, start: s.start, end: s.end, vector: this.weigh(s.tf) });
  }

  /** Unit TF-IDF vector; words the set never has weigh nothing. */
  private weigh(tf: Map<string, number>): Map<string, number> {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, n] of tf) {
      const w = n * (this.idf.get(word) ?? 0);
      if (w > 0) {
        vector.set(word, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm);
    for (const [word, w] of vector) vector.set(word, w / norm);
    return vector;
  }

  /** The claim's candidates in every other article, best first in each, `likely` from `threshold`. */
  candidates(claim: { file: string; text: string }, threshold: number): Candidate[] {
    const query = this.weigh(counts(claim.text));
    const byFile = new Map<string, Candidate[]>();
    for (const s of this.sentences) {
      if (s.file === claim.file) continue;
      let score = 0;
      for (const [word, w] of query) score += w * (s.vector.get(word) ?? 0);
      if (score <= 0) continue;
      const list = byFile.get(s.file) ?? [];
      list.push({ file: s.file, start: s.start, end: s.end, score, likely: score >= threshold, copyOfClaimArticle: false, shared: [] });
      byFile.set(s.file, list);
    }
    const all = [...byFile.values()].flatMap((list) => list.sort((a, b) => b.score - a.score).slice(0, PER_ARTICLE));
    return all.sort((a, b) => b.score - a.score);
  }
}
