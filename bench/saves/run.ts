/**
 * Rapid tagging on a long article: what the durable saves cost. The UI
 * bench's 1 MB article with its 5,000 annotations (a 3 MB sidecar), opened
 * in the real service (the one behind the window), on real files. An analyst
 * tags 20 claims in 2 seconds: one createAnnotation every 100 ms, sent
 * without waiting for the answers (the window paints at once and the answer
 * confirms the save). Edits that arrive while the sidecar is being saved
 * share the next save (annotation-service.ts), so the writes are bounded by
 * how many saves fit in the time, not by the number of tags.
 *
 * Measured: sidecar writes per 20 tags (counted in the filesystem layer the
 * saves go through), and the time from sending a tag to its answer (the
 * durable save). The baseline, timed in the same run between the bursts:
 * reading and parsing (validating) the same sidecar once.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { channelOf } from '../../annotations/api/contract';
import { dispatch } from '../../annotations/api/dispatch';
import { nodeFs, type FsSteps } from '../../annotations/node/atomic-write';
import { createService } from '../../annotations/node/service';
import { SetStore } from '../../annotations/node/set-store';
import { quoteSelectorOf } from '../../annotations/model/annotation';
import type { Measure, RunOptions } from '../measure';
import { median } from '../reanchor/run';
import { HEAVY_FILE, sentenceAnnotations, TAGS, writeHeavySet, type Sizes } from '../ui/generate';

export interface SavesBenchConfig {
  tags: number;
  /** Between two tags. */
  intervalMs: number;
  /** Bursts of `tags`, each on a fresh copy of the set. */
  runs: number;
}

export const FULL: SavesBenchConfig = { tags: 20, intervalMs: 100, runs: 5 };
export const SMOKE: SavesBenchConfig = { tags: 5, intervalMs: 20, runs: 1 };
/** The UI bench's heavy article (bench/ui/run.ts), alone. */
const HEAVY: Sizes = { heavyChars: 1_000_000, heavyAnnotations: 5_000, seedAnnotations: 0, manyArticles: 0, manyAnnotationsEach: 0 };
const HEAVY_SMOKE: Sizes = { ...HEAVY, heavyChars: 30_000, heavyAnnotations: 150 };

/** The real filesystem steps, counting the sidecar saves begun (their temporary files created). */
function countingFs(): FsSteps & { saves: number } {
  const fs = {
    ...nodeFs,
    saves: 0,
    create: (file: string) => {
      if (path.basename(file).includes('.annotations.json')) fs.saves += 1;
      return nodeFs.create(file);
    },
  };
  return fs;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

const round = (x: number) => Math.round(x * 10) / 10;
const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

interface Burst {
  writes: number;
  ackMs: number[];
  /** One tag sent alone afterwards, with no save in flight. */
  aloneMs: number;
}

/** Opens the set's heavy article in a fresh service, tags `config.tags` passages at the interval, waits for every answer. */
async function burst(folder: string, dataDir: string, config: SavesBenchConfig, text: string, seed: number): Promise<Burst> {
  const fs = countingFs();
  const service = createService({
    dataDir,
    defaultSetDir: folder,
    seedsDir: folder,
    initialSet: folder,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
    fs,
  });
  await service.start();
  const call = async (name: 'openArticle' | 'createAnnotation', args: unknown) => {
    const result = await dispatch(service.handlers, channelOf(name), args);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  try {
    await call('openArticle', { file: HEAVY_FILE });
    // New passages each burst (the sentences of another seed), tagged with the codebook's tags in turn.
    const places = sentenceAnnotations(text, HEAVY_FILE, config.tags + 1, 500 + seed).map((a, i) => {
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number; end: number };
      return { file: HEAVY_FILE, start: position.start, end: position.end, exact: quoteSelectorOf(a)!.exact, tags: [TAGS[i % TAGS.length]!.label] };
    });
    const before = fs.saves;
    const started = performance.now();
    const answers: Promise<number>[] = [];
    for (let i = 0; i < config.tags; i++) {
      await sleepUntil(started + i * config.intervalMs);
      const sent = performance.now();
      answers.push(call('createAnnotation', places[i]).then(() => performance.now() - sent));
    }
    const ackMs = await Promise.all(answers);
    const writes = fs.saves - before;
    const alone = performance.now();
    await call('createAnnotation', places[config.tags]);
    return { writes, ackMs, aloneMs: performance.now() - alone };
  } finally {
    await service.flush();
    service.dispose();
  }
}

export async function run(options: RunOptions = {}): Promise<Measure[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const config = options.smoke ? SMOKE : FULL;
  const sizes = options.smoke ? HEAVY_SMOKE : HEAVY;
  const root = await mkdtemp(path.join(os.tmpdir(), 'annotator-bench-saves-'));
  try {
    const master = path.join(root, 'master');
    const { text, annotations } = await writeHeavySet(master, sizes);
    const writes: number[] = [];
    const ackMs: number[] = [];
    const aloneMs: number[] = [];
    const readMs: number[] = [];
    for (let r = 0; r < config.runs; r++) {
      const folder = path.join(root, `run-${r}`);
      await cp(master, folder, { recursive: true });
      // The baseline, beside each burst: one plain read and parse of the same sidecar.
      const store = await SetStore.open(folder);
      const read = performance.now();
      await store.readSidecar(HEAVY_FILE);
      readMs.push(performance.now() - read);
      const b = await burst(folder, path.join(root, `data-${r}`), config, text, r);
      writes.push(b.writes);
      ackMs.push(...b.ackMs);
      aloneMs.push(b.aloneMs);
      log(`burst ${r + 1}: ${config.tags} tags in ${((config.tags - 1) * config.intervalMs) / 1000} s → ${b.writes} sidecar writes; answers p50 ${percentile(b.ackMs, 0.5).toFixed(0)} ms, max ${Math.max(...b.ackMs).toFixed(0)} ms; one tag alone ${b.aloneMs.toFixed(0)} ms`);
    }
    const read = median(readMs);
    const p50 = percentile(ackMs, 0.5);
    const p95 = percentile(ackMs, 0.95);
    const alone = median(aloneMs);
    const span = (config.tags - 1) * config.intervalMs;
    // A write begins only when the one before ends: no more than fit in the burst's time and the answers after it.
    const bound = Math.ceil((span + Math.max(...ackMs)) / Math.max(1, alone)) + 1;
    log(
      `${annotations.length} annotations in the sidecar; ${config.runs} bursts: writes per ${config.tags} tags ${writes.join(', ')} (one save per tag would be ${config.tags}; ` +
        `at most ~${bound} saves of ${alone.toFixed(0)} ms fit); answer p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms; read + parse of the sidecar ${read.toFixed(0)} ms`,
    );
    return [
      {
        id: 'saves-1mb-5k-20-tags-writes',
        value: median(writes),
        unit: 'writes',
        baseline: config.tags,
        ratio: round(config.tags / median(writes)),
        runs: config.runs,
        // Bounded by the saves that fit, never by the tags: a fast disk may
        // save each tag alone, a slow one shares saves among more of them.
        target: { op: '<=', value: Math.min(config.tags, bound) },
      },
      { id: 'saves-1mb-5k-20-tags-answer-p95-ms', value: round(p95), unit: 'ms', baseline: round(read), ratio: round(p95 / read), runs: ackMs.length },
      { id: 'saves-1mb-5k-20-tags-answer-p50-ms', value: round(p50), unit: 'ms', baseline: round(read), ratio: round(p50 / read), runs: ackMs.length },
      { id: 'saves-1mb-5k-one-tag-ms', value: round(alone), unit: 'ms', baseline: round(read), ratio: round(alone / read), runs: aloneMs.length },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
