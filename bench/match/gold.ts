/**
 * The gold data of the matcher's evaluation (gold/README.md): clusters of
 * passages that state one proposition, in the seeds and in real news. Read
 * from disk, each quote located in its article (code points), or an error
 * naming the cluster, file and quote.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_DETAILS } from '../../annotations/model/seed-details';
import { CodePointIndex, stripBom } from '../../annotations/text/code-points';

/** The repository: the first folder up from this module (or its bundle in dist/) that holds the gold data. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'bench/match/gold'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`bench/match/gold not found above ${from}`);
  }
}

export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const GOLD = path.join(ROOT, 'bench/match/gold');

export type Part = 'tune' | 'held-out';

export interface Detail {
  kind: string;
  slot: string;
  text: string;
  value: string;
}

export interface GoldPassage {
  file: string;
  quote: string;
  start: number;
  end: number;
  details: Detail[];
}

export interface Cluster {
  id: string;
  part: Part;
  claim: string;
  passages: GoldPassage[];
}

export interface GoldSet {
  name: string;
  folder: string;
  /** Article file → its text. */
  articles: Map<string, string>;
  clusters: Cluster[];
  /** File → story (news only). */
  storyOf: Map<string, string>;
  /** File → its publication date as a set's sidecar would give it (news: sources.json; seeds: their details), where known. */
  published: Map<string, string>;
  /** Story → stories that are background to it (not unrelated). */
  related: Record<string, string[]>;
}

interface GoldFile {
  folder: string;
  related?: Record<string, string[]>;
  clusters: { id: string; part: Part; claim: string; passages: { file: string; quote: string; details?: Detail[] }[] }[];
}

async function load(name: string, goldFile: string, folder: string, storyOf: Map<string, string>): Promise<GoldSet> {
  const gold = JSON.parse(await readFile(goldFile, 'utf8')) as GoldFile;
  const articles = new Map<string, string>();
  const read = async (file: string) => {
    if (!articles.has(file)) articles.set(file, stripBom(await readFile(path.join(folder, file), 'utf8')));
    return articles.get(file) as string;
  };
  const clusters: Cluster[] = [];
  for (const c of gold.clusters) {
    const passages: GoldPassage[] = [];
    for (const p of c.passages) {
      const text = await read(p.file);
      const at = text.indexOf(p.quote);
      if (at < 0 || text.indexOf(p.quote, at + 1) >= 0) throw new Error(`${name}: cluster ${c.id}: ${p.file}: the quote is not found exactly once: ${p.quote}`);
      const index = new CodePointIndex(text);
      passages.push({ file: p.file, quote: p.quote, start: index.toCodePoint(at), end: index.toCodePoint(at + p.quote.length), details: p.details ?? [] });
    }
    clusters.push({ id: c.id, part: c.part, claim: c.claim, passages });
  }
  return { name, folder, articles, clusters, storyOf, published: new Map(), related: gold.related ?? {} };
}

/** The story a cluster is on: its first passage's article's (news only). */
export function storyOfCluster(set: GoldSet, cluster: Cluster): string | undefined {
  return set.storyOf.get(cluster.passages[0]?.file ?? '');
}

/** The seed clusters, over the five seed articles. */
export async function loadSeedGold(): Promise<GoldSet> {
  const folder = path.join(ROOT, 'seeds');
  const set = await load('seeds', path.join(GOLD, 'seeds.json'), folder, new Map());
  for (const { readdir } of [await import('node:fs/promises')]) {
    for (const file of (await readdir(folder)).filter((f) => f.endsWith('.txt')).sort()) {
      if (!set.articles.has(file)) set.articles.set(file, stripBom(await readFile(path.join(folder, file), 'utf8')));
      const published = SEED_DETAILS[file]?.published;
      if (published) set.published.set(file, published);
    }
  }
  return set;
}

/** The news clusters, over every article in gold/news/articles (hard negatives included). */
export async function loadNewsGold(): Promise<GoldSet> {
  const sources = JSON.parse(await readFile(path.join(GOLD, 'news/sources.json'), 'utf8')) as { articles: { file: string; story: string; published?: string }[] };
  const storyOf = new Map(sources.articles.map((a) => [a.file, a.story]));
  const folder = path.join(GOLD, 'news/articles');
  const set = await load('news', path.join(GOLD, 'news/gold.json'), folder, storyOf);
  for (const a of sources.articles) {
    if (!set.articles.has(a.file)) set.articles.set(a.file, stripBom(await readFile(path.join(folder, a.file), 'utf8')));
    if (a.published) set.published.set(a.file, a.published);
  }
  return set;
}
