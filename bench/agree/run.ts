/**
 * The agreement benchmark: two copies of a set on disk, 50 articles (the
 * seed texts, each repeated under several names) and 10,000 annotations in
 * each copy, the second coder's highlights a perturbed version of the
 * first's. Times `research-annotator agree`'s work end to end (read both
 * copies, place the annotations, compare), and as its baseline reading and
 * parsing the same files alone (articles and sidecars): the ratio says how
 * much the comparison adds to reading the sets at all.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCoders } from '../../annotations/agreement/report';
import { DEFAULT_OVERLAP } from '../../annotations/agreement/segments';
import { describeRange } from '../../annotations/anchoring/describe';
import { createAnnotation, type Annotation } from '../../annotations/model/annotation';
import { readCopies } from '../../annotations/node/agreement-input';
import { sha256Hex } from '../../annotations/node/files';
import { SetStore } from '../../annotations/node/set-store';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../../annotations/sidecar/schema';
import { CodePointIndex } from '../../annotations/text/code-points';
import type { Measure, RunOptions } from '../measure';
import { median } from '../reanchor/run';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const TAGS = ['Russia', 'Security', 'Security/Guarantees', 'Security/Troops', 'Economy', 'Economy/Trade', 'Energy', 'Peace talks', 'Sanctions', 'Elections'];

export interface AgreeBenchConfig {
  seed: number;
  articles: number;
  /** Per copy. */
  annotations: number;
  runs: number;
  warmups: number;
}

export const FULL: AgreeBenchConfig = { seed: 19, articles: 50, annotations: 10_000, runs: 7, warmups: 2 };
export const SMOKE: AgreeBenchConfig = { seed: 19, articles: 5, annotations: 200, runs: 1, warmups: 0 };

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Writes both copies under `root`; returns their folders. */
async function generate(root: string, config: AgreeBenchConfig): Promise<[string, string]> {
  const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(seeds.map((f) => readFile(path.join(SEEDS, f), 'utf8')));
  const next = random(config.seed);
  const folders: [string, string] = [path.join(root, 'a'), path.join(root, 'b')];
  for (const folder of folders) await mkdir(folder);
  const perArticle = Math.ceil(config.annotations / config.articles);
  for (let i = 0; i < config.articles; i++) {
    const file = `${String(i).padStart(3, '0')}.txt`;
    const text = texts[i % texts.length] as string;
    const index = new CodePointIndex(text);
    const lists: [Annotation[], Annotation[]] = [[], []];
    for (let k = 0; k < perArticle; k++) {
      const start = Math.floor(next() * (index.length - 200));
      const end = start + 5 + Math.floor(next() * 150);
      const tag = TAGS[Math.floor(next() * TAGS.length)] as string;
      const make = (id: string, s: number, e: number, t: string) => {
        const { quote, position } = describeRange(index, s, e);
        return createAnnotation({ id, now: '2026-01-01T00:00:00.000Z', source: file, quote, position, tags: [t] });
      };
      lists[0].push(make(`urn:uuid:a-${i}-${k}`, start, end, tag));
      // The second coder: mostly the same passage and tag, boundaries a little apart, sometimes another tag.
      const shift = Math.floor(next() * 20) - 10;
      const otherTag = next() < 0.2 ? (TAGS[Math.floor(next() * TAGS.length)] as string) : tag;
      const startB = Math.max(0, start + shift);
      lists[1].push(make(`urn:uuid:b-${i}-${k}`, startB, Math.max(startB + 1, end + Math.floor(next() * 10)), otherTag));
    }
    for (const [side, folder] of folders.entries()) {
      await writeFile(path.join(folder, file), text);
      const sha = sha256Hex(Buffer.from(text, 'utf8'));
      await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar({ ...emptySidecar(file, sha), annotations: lists[side as 0 | 1] }));
    }
  }
  return folders;
}

/** The baseline: read and parse every article and sidecar of both copies, nothing more. */
async function readOnly(folders: readonly string[]): Promise<number> {
  let annotations = 0;
  for (const folder of folders) {
    const store = await SetStore.open(folder);
    for (const file of await store.listArticleFiles()) {
      await store.readArticle(file);
      annotations += (await store.readSidecar(file))?.annotations.length ?? 0;
    }
  }
  return annotations;
}

async function agree(folders: readonly [string, string]): Promise<number> {
  const copies = await readCopies(folders[0], folders[1]);
  return compareCoders(copies.articles, copies.notCompared, { overlap: DEFAULT_OVERLAP }).overall.units;
}

async function time(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

export async function run(options: RunOptions = {}): Promise<Measure[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const config = options.smoke ? SMOKE : FULL;
  const root = await mkdtemp(path.join(os.tmpdir(), 'annotator-bench-agree-'));
  try {
    const folders = await generate(root, config);
    for (let i = 0; i < config.warmups; i++) {
      await readOnly(folders);
      await agree(folders);
    }
    const readMs: number[] = [];
    const agreeMs: number[] = [];
    let units = 0;
    let annotations = 0;
    // Alternating, so that both see the same machine load.
    for (let i = 0; i < config.runs; i++) {
      readMs.push(await time(async () => (annotations = await readOnly(folders))));
      agreeMs.push(await time(async () => (units = await agree(folders))));
    }
    const read = median(readMs);
    const total = median(agreeMs);
    log(`agree: ${config.articles} articles, ${annotations / 2} annotations a copy, ${units} (word, tag) units: median ${total.toFixed(0)} ms; reading and parsing alone ${read.toFixed(0)} ms`);
    const round = (v: number) => Math.round(v * 10) / 10;
    return [
      {
        id: 'agree-2x10k-ms',
        value: round(total),
        unit: 'ms',
        baseline: round(read),
        ratio: round(total / read),
        runs: config.runs,
        target: { op: '<', value: 1000 },
      },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
