/**
 * How far two coders agree on the articles both copies hold: per tag and
 * overall, Krippendorff's alpha and Cohen's kappa over word units (units.ts),
 * and MAXQDA-style segment agreement (segments.ts). Pure: the caller reads
 * the two copies and places each annotation in its article's text.
 *
 * For a tag, a coder's value for a word is 1 when one of that coder's
 * annotations carrying the tag (or a child of it, as the filters count)
 * covers a code point of the word. Overall figures take every (word, tag)
 * pair as a unit.
 */
import { isUnderTag } from '../navigation/tag-tree';
import { binaryAlpha, type BinaryTable } from './alpha';
import { binaryKappa } from './kappa';
import { segmentCounts, segmentShare, type SegmentCounts, type Span } from './segments';
import { markCovered, wordsOf } from './units';

/** An annotation placed in its article: where it lies now, and its tags. */
export interface Coded extends Span {
  id: string;
  tags: readonly string[];
}

export interface ComparedArticle {
  file: string;
  text: string;
  a: readonly Coded[];
  b: readonly Coded[];
}

export interface NotCompared {
  file: string;
  why: string;
}

export interface Figures {
  alpha: number | null;
  kappa: number | null;
  units: number;
}

export interface TagAgreement extends Figures {
  tag: string;
  /** Used by coder A / B (itself or a child of it). */
  usedByA: boolean;
  usedByB: boolean;
  segments: SegmentCounts;
  /** Share of coded segments the other coder also coded; null when no segment has the tag. */
  segmentShare: number | null;
}

export interface AgreementReport {
  compared: string[];
  notCompared: NotCompared[];
  overall: Figures;
  tags: TagAgreement[];
  /** The overlap threshold the segment counts used. */
  overlap: number;
}

export interface AgreementOptions {
  /** Only these tags (each including its children); default: every tag either coder used. */
  tags?: readonly string[];
  /** Segment overlap threshold in (0, 1]. */
  overlap: number;
}

/** Every tag label either coder used, in first-seen order (A before B). */
export function usedTags(articles: readonly ComparedArticle[]): string[] {
  const seen = new Set<string>();
  for (const side of ['a', 'b'] as const) {
    for (const article of articles) for (const coded of article[side]) for (const tag of coded.tags) seen.add(tag);
  }
  return [...seen];
}

function emptyTable(): BinaryTable {
  return { a0b0: 0, a0b1: 0, a1b0: 0, a1b1: 0 };
}

function figures(table: BinaryTable): Figures {
  return { alpha: binaryAlpha(table), kappa: binaryKappa(table), units: table.a0b0 + table.a0b1 + table.a1b0 + table.a1b1 };
}

function carries(coded: Coded, tag: string): boolean {
  return coded.tags.some((label) => isUnderTag(label, tag));
}

export function compareCoders(articles: readonly ComparedArticle[], notCompared: readonly NotCompared[], options: AgreementOptions): AgreementReport {
  const tags = options.tags ? [...new Set(options.tags)] : usedTags(articles);
  const tables = tags.map(emptyTable);
  const segments: SegmentCounts[] = tags.map(() => ({ agreed: 0, onlyA: 0, onlyB: 0 }));
  const used = tags.map(() => ({ a: false, b: false }));
  for (const article of articles) {
    const words = wordsOf(article.text);
    const count = words.starts.length;
    tags.forEach((tag, t) => {
      const a = article.a.filter((c) => carries(c, tag));
      const b = article.b.filter((c) => carries(c, tag));
      const flags = used[t] as { a: boolean; b: boolean };
      flags.a ||= a.length > 0;
      flags.b ||= b.length > 0;
      const valuesA = new Uint8Array(count);
      const valuesB = new Uint8Array(count);
      for (const c of a) markCovered(words, c.start, c.end, valuesA);
      for (const c of b) markCovered(words, c.start, c.end, valuesB);
      const table = tables[t] as BinaryTable;
      for (let k = 0; k < count; k++) {
        const key = valuesA[k] ? (valuesB[k] ? 'a1b1' : 'a1b0') : valuesB[k] ? 'a0b1' : 'a0b0';
        table[key]++;
      }
      const counted = segmentCounts(a, b, options.overlap);
      const total = segments[t] as SegmentCounts;
      total.agreed += counted.agreed;
      total.onlyA += counted.onlyA;
      total.onlyB += counted.onlyB;
    });
  }
  const overall = emptyTable();
  for (const table of tables) {
    overall.a0b0 += table.a0b0;
    overall.a0b1 += table.a0b1;
    overall.a1b0 += table.a1b0;
    overall.a1b1 += table.a1b1;
  }
  return {
    compared: articles.map((a) => a.file),
    notCompared: [...notCompared],
    overall: figures(overall),
    tags: tags.map((tag, t) => ({
      tag,
      ...figures(tables[t] as BinaryTable),
      usedByA: (used[t] as { a: boolean }).a,
      usedByB: (used[t] as { b: boolean }).b,
      segments: segments[t] as SegmentCounts,
      segmentShare: segmentShare(segments[t] as SegmentCounts),
    })),
    overlap: options.overlap,
  };
}
