/**
 * Near-duplicate articles: copies of one wire story on several sites, with
 * different boilerplate around it, or cut at different lengths. They are
 * not independent sources, so the matcher groups them (see match.ts).
 *
 * Two articles are near-duplicates when most of the word 5-grams of the
 * shorter one occur in the longer one (containment, so a truncated copy
 * still counts). To stay linear in the size of the set, each article keeps
 * only the 5-grams whose hash falls in a fixed 1/SAMPLE of the hash space:
 * the same 5-gram is kept or dropped in every article, so the sample of a
 * copy is the sample of the original, and comparing samples estimates the
 * containment. Pairs are found through an inverted list of sampled hashes.
 */
import type { Token } from './tokens';

const SHINGLE = 5;
const SAMPLE = 4;
/** Share of the shorter article's sampled 5-grams found in the other. */
export const NEAR_DUPLICATE_CONTAINMENT = 0.6;
/** Articles with fewer sampled 5-grams are too short to call copies. */
const MIN_SAMPLED = 6;

/** FNV-1a, 32 bits. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The sampled 5-gram hashes of an article's words. */
export function sampledShingles(tokens: readonly Token[]): Set<number> {
  const words = tokens.map((t) => hash(t.word));
  const kept = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    // The 5-gram's hash from its words' hashes, in order.
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ (words[j] as number), 0x01000193) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
    if (h % SAMPLE === 0) kept.add(h);
  }
  return kept;
}

/** Files sharing sampled 5-grams, and how many are shared with each. */
export class ShingleIndex {
  /** Sampled hash → the files holding it (usually one: a list, not a set). */
  private readonly byHash = new Map<number, string[]>();
  private readonly byFile = new Map<string, Set<number>>();

  set(file: string, shingles: Set<number>): void {
    this.remove(file);
    this.byFile.set(file, shingles);
    for (const h of shingles) {
      const files = this.byHash.get(h);
      if (files) files.push(file);
      else this.byHash.set(h, [file]);
    }
  }

  remove(file: string): void {
    for (const h of this.byFile.get(file) ?? []) {
      const files = this.byHash.get(h);
      if (!files) continue;
      const at = files.indexOf(file);
      if (at >= 0) files.splice(at, 1);
      if (files.length === 0) this.byHash.delete(h);
    }
    this.byFile.delete(file);
  }

  /** The other files that are near-duplicates of `file`. */
  duplicatesOf(file: string): string[] {
    const own = this.byFile.get(file);
    if (!own || own.size < MIN_SAMPLED) return [];
    const shared = new Map<string, number>();
    for (const h of own) {
      for (const other of this.byHash.get(h) ?? []) if (other !== file) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const found: string[] = [];
    for (const [other, count] of shared) {
      const size = Math.min(own.size, this.byFile.get(other)?.size ?? 0);
      if (size >= MIN_SAMPLED && count / size >= NEAR_DUPLICATE_CONTAINMENT) found.push(other);
    }
    return found.sort();
  }

  /** Groups of two or more near-duplicate files (connected), each sorted, in file order. */
  groups(): string[][] {
    const parent = new Map<string, string>();
    const find = (f: string): string => {
      let root = f;
      while (parent.get(root) !== root) root = parent.get(root) as string;
      parent.set(f, root);
      return root;
    };
    const files = [...this.byFile.keys()].sort();
    for (const f of files) parent.set(f, f);
    for (const f of files) {
      for (const other of this.duplicatesOf(f)) {
        const [a, b] = [find(f), find(other)];
        if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
    const groups = new Map<string, string[]>();
    for (const f of files) {
      const root = find(f);
      groups.set(root, [...(groups.get(root) ?? []), f]);
    }
    return [...groups.values()].filter((g) => g.length > 1);
  }
}
