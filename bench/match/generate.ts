/**
 * A large set for timing the matcher, made from real text: the words of the
 * seed articles and of the news gold articles (English ones). Most sentences
 * are new, walked through the real text's word pairs (a bigram chain: each
 * word followed by a word that follows it somewhere in the real text), so
 * the set has news vocabulary and its word frequencies without repeating the
 * same few hundred sentences; with probability REAL a sentence is a real one
 * as it stands (sets share sentences: wire copy, retold claims).
 * Each article gets tagged annotations over whole sentences, with sidecars
 * written as the app writes them. Deterministic for a seed (mulberry32).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../../annotations/anchoring/describe';
import { looksEnglish } from '../../annotations/matching/language';
import { sentenceSpansUtf16 } from '../../annotations/matching/sentences';
import { tokenize } from '../../annotations/matching/tokens';
import { createAnnotation } from '../../annotations/model/annotation';
import { sha256Hex } from '../../annotations/node/files';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../../annotations/sidecar/schema';
import { CodePointIndex, stripBom } from '../../annotations/text/code-points';
import { mulberry32 } from '../reanchor/generate';
import { GOLD, ROOT } from './gold';

export interface LargeSetOptions {
  seed: number;
  articles: number;
  claims: number;
  /** Approximate article length, UTF-16 units. */
  chars: number;
}

const REAL = 0.1;
const MAX_WORDS = 40;

/**
 * News stories the large set is drawn from: those it was first made of, so
 * that its timings stay comparable from round to round as the gold grows
 * (story E, added later, is another story).
 */
const LARGE_SET_STORIES = new Set(['A', 'B', 'C', 'D', 'X']);

/** Sentences of the real English articles the large set is drawn from (seeds and news gold). */
export function realSentences(): string[] {
  const sources = JSON.parse(readFileSync(path.join(GOLD, 'news/sources.json'), 'utf8')) as { articles: { file: string; story: string }[] };
  const story = new Map(sources.articles.map((a) => [a.file, a.story]));
  const folders = [path.join(ROOT, 'seeds'), path.join(GOLD, 'news/articles')];
  const sentences: string[] = [];
  for (const folder of folders) {
    const inSet = (file: string) => folder !== folders[1] || LARGE_SET_STORIES.has(story.get(file) ?? '');
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt') && inSet(f)).sort()) {
      const text = stripBom(readFileSync(path.join(folder, file), 'utf8'));
      if (!looksEnglish(tokenize(text))) continue;
      for (const s of sentenceSpansUtf16(text)) {
        const sentence = text.slice(s.start, s.end).replace(/\s+/gu, ' ');
        if (sentence.length >= 40) sentences.push(sentence);
      }
    }
  }
  return sentences;
}

export interface LargeArticle {
  file: string;
  text: string;
  /** Sentence ranges in code points, for placing claims. */
  sentences: { start: number; end: number }[];
}

export function generateArticles(options: LargeSetOptions): LargeArticle[] {
  const random = mulberry32(options.seed);
  const pool = realSentences();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const next = new Map<string, string[]>();
  for (const sentence of pool) {
    const words = sentence.split(' ');
    words.forEach((w, k) => {
      const after = words[k + 1];
      if (after !== undefined) next.set(w, [...(next.get(w) ?? []), after]);
    });
  }
  const walk = (): string => {
    const words = [(pick(pool).split(' ')[0]) as string];
    while (words.length < MAX_WORDS) {
      const last = words[words.length - 1] as string;
      if (/[.!?]["”’]?$/u.test(last) && words.length >= 8) break;
      const options = next.get(last);
      if (!options) break;
      words.push(pick(options));
    }
    const sentence = words.join(' ');
    return /[.!?]["”’]?$/u.test(sentence) ? sentence : `${sentence}.`;
  };
  const articles: LargeArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const parts: string[] = [];
    let length = 0;
    while (length < options.chars) {
      const sentence = random() < REAL ? pick(pool) : walk();
      parts.push(sentence);
      length += sentence.length + 1;
    }
    // Paragraphs of three sentences.
    const text = parts.map((s, j) => (j % 3 === 2 ? `${s}\n\n` : `${s} `)).join('').trimEnd() + '\n';
    const index = new CodePointIndex(text);
    const sentences = sentenceSpansUtf16(text).map((s) => ({ start: index.toCodePoint(s.start), end: index.toCodePoint(s.end) }));
    articles.push({ file: `${String(i).padStart(4, '0')}.txt`, text, sentences });
  }
  return articles;
}

/** Writes the set: articles and sidecars with `claims` tagged annotations spread evenly. */
export async function writeLargeSet(folder: string, articles: readonly LargeArticle[], claims: number): Promise<void> {
  await mkdir(folder, { recursive: true });
  const perArticle = Math.ceil(claims / articles.length);
  let made = 0;
  for (const article of articles) {
    await writeFile(path.join(folder, article.file), article.text);
    const index = new CodePointIndex(article.text);
    const annotations = [];
    for (let k = 0; k < perArticle && made < claims && k < article.sentences.length; k++, made++) {
      const s = article.sentences[(k * 7) % article.sentences.length] as { start: number; end: number };
      const { quote, position } = describeRange(index, s.start, s.end);
      annotations.push(createAnnotation({ id: `urn:uuid:${article.file}-${k}`, now: '2026-01-01T00:00:00.000Z', source: article.file, quote, position, tags: ['claim'] }));
    }
    const sidecar = { ...emptySidecar(article.file, sha256Hex(Buffer.from(article.text))), annotations };
    await writeFile(path.join(folder, sidecarNameFor(article.file)), serializeSidecar(sidecar));
  }
}
