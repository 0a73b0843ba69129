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
    // Kept to 30 bits: small integers are the cheap keys of a Map.
    if (h % SAMPLE === 0) kept.add(h & 0x3fffffff);
  }
  return kept;
}

/** Hashes of an article that look for its copies: its smallest sampled ones (a bottom-k sketch). */
const SKETCH = 16;

/**
 * Files sharing sampled 5-grams, grouped into copies of one story: two
 * files are near-duplicates when the containment above holds between them;
 * a group is a connected set of near-duplicates.
 *
 * Comparing every pair would take a thousand copies of one wire story a
 * million comparisons. Instead each file looks for its near-duplicates
 * only among the files holding one of its SKETCH smallest sampled hashes:
 * if the file is the shorter of a pair with containment c, each of those
 * hashes is in the other with probability c, so a pair is missed with
 * probability (1 − c)^SKETCH (under 10⁻⁶ at the threshold). A candidate
 * already in the file's group is not compared again. Groups are worked out
 * once per state of the set.
 */
export class ShingleIndex {
  /** Sampled hash → the files holding it (usually one: a list, not a set). */
  private readonly byHash = new Map<number, string[]>();
  private readonly byFile = new Map<string, Set<number>>();
  private grouped: Map<string, string[]> | undefined;

  set(file: string, shingles: Set<number>): void {
    this.remove(file);
    this.grouped = undefined;
    this.byFile.set(file, shingles);
    for (const h of shingles) {
      const files = this.byHash.get(h);
      if (files) files.push(file);
      else this.byHash.set(h, [file]);
    }
  }

  remove(file: string): void {
    const own = this.byFile.get(file);
    if (!own) return;
    this.grouped = undefined;
    for (const h of own) {
      const files = this.byHash.get(h);
      if (!files) continue;
      const at = files.indexOf(file);
      if (at >= 0) files.splice(at, 1);
      if (files.length === 0) this.byHash.delete(h);
    }
    this.byFile.delete(file);
  }

  /** The other files of `file`'s group of copies, sorted. */
  duplicatesOf(file: string): string[] {
    return (this.groupMap().get(file) ?? []).filter((f) => f !== file);
  }

  /** Groups of two or more near-duplicate files, each sorted, in file order. */
  groups(): string[][] {
    const seen = new Set<string[]>();
    const groups: string[][] = [];
    for (const group of this.groupMap().values()) {
      if (seen.has(group)) continue;
      seen.add(group);
      groups.push(group);
    }
    return groups.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
  }

  /** File → its group (the same sorted array for every member), for files in a group of two or more. */
  private groupMap(): Map<string, string[]> {
    if (this.grouped) return this.grouped;
    const files = [...this.byFile.keys()].sort();
    const number = new Map(files.map((f, i) => [f, i]));
    const parent = Int32Array.from(files, (_, i) => i);
    const find = (i: number): number => {
      let root = i;
      while (parent[root] !== root) root = parent[root] as number;
      for (let at = i; at !== root; ) {
        const next = parent[at] as number;
        parent[at] = root;
        at = next;
      }
      return root;
    };
    // A hash whose files all ended in one group need not be walked again: a thousand copies share every hash.
    const settled = new Set<number>();
    for (const [i, f] of files.entries()) {
      const own = this.byFile.get(f) as Set<number>;
      if (own.size < MIN_SAMPLED) continue;
      for (const h of sketchOf(own)) {
        if (settled.has(h)) continue;
        let apart = false;
        for (const other of this.byHash.get(h) ?? []) {
          const j = number.get(other) as number;
          const [a, b] = [find(i), find(j)];
          if (a === b) continue;
          if (this.nearDuplicates(own, this.byFile.get(other) as Set<number>)) parent[Math.max(a, b)] = Math.min(a, b);
          else apart = true;
        }
        if (!apart) settled.add(h);
      }
    }
    const members = new Map<number, string[]>();
    for (const [i, f] of files.entries()) {
      const root = find(i);
      const list = members.get(root);
      if (list) list.push(f);
      else members.set(root, [f]);
    }
    this.grouped = new Map();
    for (const group of members.values()) if (group.length > 1) for (const f of group) this.grouped.set(f, group);
    return this.grouped;
  }

  /** Most of the shorter set's hashes are in the other. */
  private nearDuplicates(a: Set<number>, b: Set<number>): boolean {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    if (small.size < MIN_SAMPLED) return false;
    let shared = 0;
    for (const h of small) if (large.has(h)) shared++;
    return shared / small.size >= NEAR_DUPLICATE_CONTAINMENT;
  }
}

/** The SKETCH smallest hashes of a set. */
function sketchOf(hashes: Set<number>): number[] {
  return [...hashes].sort((x, y) => x - y).slice(0, SKETCH);
}
