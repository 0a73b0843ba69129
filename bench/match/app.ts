/**
 * The same claim in other sources as the app serves it (bench/README.md,
 * group `match-app`): "Elsewhere" for one claim through the service
 * (node/match-service.ts, the call the window makes), on the 500-article set
 * of the `match` group (generate.ts), and the review queue before and after
 * a decision, and Elsewhere asked again for a claim after a decision on it
 * (what walking the queue does). Baseline, measured in the same run: opening the claim's
 * article (`openArticle`), the call every click on an article makes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createService } from '../../annotations/node/service';
import type { Measure, RunOptions } from '../measure';
import { mulberry32 } from '../reanchor/generate';
import { median } from '../reanchor/run';
import { generateArticles, writeLargeSet } from './generate';

const FULL = { seed: 17, articles: 500, claims: 10_000, chars: 4000, queries: 300 };
const SMOKE = { seed: 17, articles: 20, claims: 400, chars: 2000, queries: 20 };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await work();
  return { ms: performance.now() - t, value };
}

export async function run({ smoke = false, log = () => {} }: RunOptions = {}): Promise<Measure[]> {
  const config = smoke ? SMOKE : FULL;
  const root = await mkdtemp(path.join(os.tmpdir(), 'ra-match-app-bench-'));
  const folder = path.join(root, 'set');
  const articles = generateArticles(config);
  await writeLargeSet(folder, articles, config.claims);
  const service = createService({
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'unused'),
    seedsDir: path.join(root, 'unused'),
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
    initialSet: folder,
  });
  try {
    await service.start();
    const { handlers } = service;
    // The claims as the window knows them (the annotations of each article).
    const claims: { file: string; id: string }[] = [];
    for (const a of articles) {
      const view = await handlers.openArticle({ file: a.file });
      for (const annotation of view.annotations) claims.push({ file: a.file, id: annotation.id });
    }
    log(`set: ${articles.length} articles, ${claims.length} claims`);
    const random = mulberry32(config.seed + 1);
    const sample = Array.from({ length: config.queries }, () => claims[Math.floor(random() * claims.length)] as { file: string; id: string });

    const first = await timed(async () => handlers.getElsewhere(sample[0] as { file: string; id: string }));
    log(`first Elsewhere (builds the index): ${round(first.ms)} ms`);

    const times: number[] = [];
    const opens: number[] = [];
    let candidates = 0;
    for (const claim of sample) {
      // Alternating, so both see the same machine load.
      opens.push((await timed(() => handlers.openArticle({ file: claim.file }))).ms);
      const { ms, value } = await timed(() => handlers.getElsewhere(claim));
      times.push(ms);
      candidates += value.candidates.length;
    }
    const p95 = percentile(times, 0.95);
    const openP95 = percentile(opens, 0.95);
    log(`Elsewhere: median ${round(median(times))} ms, p95 ${round(p95)} ms, ${round(candidates / sample.length, 1)} candidates a claim; openArticle p95 ${round(openP95)} ms`);

    // Walking the claims: decide on a suggestion, and the window asks for the claim's Elsewhere again.
    const again: number[] = [];
    for (const claim of sample.slice(0, Math.min(50, sample.length))) {
      const view = await handlers.getElsewhere(claim);
      const c = view.candidates[0];
      if (!c) continue;
      await handlers.decideCandidate({ ...claim, decision: 'not-same', candidate: { file: c.file, start: c.start, end: c.end, text: c.text, annotation: c.annotation } });
      again.push((await timed(() => handlers.getElsewhere(claim))).ms);
    }
    log(`Elsewhere again after a decision: median ${round(median(again))} ms, p95 ${round(percentile(again, 0.95))} ms`);

    const queue = await timed(() => handlers.getReviewQueue({}));
    log(`review queue (every claim scored): ${round(queue.ms)} ms, ${queue.value.claimsLeft} claims, ${queue.value.candidatesLeft} candidates left`);
    const item = queue.value.items[0];
    let afterDecision = Number.NaN;
    if (item) {
      const view = await handlers.getElsewhere({ file: item.file, id: item.id });
      const c = view.candidates.find((x) => x.likely);
      if (c) {
        await handlers.decideCandidate({ file: item.file, id: item.id, decision: 'not-same', candidate: { file: c.file, start: c.start, end: c.end, text: c.text, annotation: c.annotation } });
        afterDecision = (await timed(() => handlers.getReviewQueue({}))).ms;
        log(`review queue after a decision: ${round(afterDecision)} ms`);
      }
    }

    return [
      { id: 'match-app-elsewhere-500-p95-ms', value: round(p95), unit: 'ms', baseline: round(openP95), ratio: round(openP95 / p95), runs: times.length, target: { op: '<=', value: 50 } },
      { id: 'match-app-elsewhere-500-median-ms', value: round(median(times)), unit: 'ms', baseline: round(median(opens)), ratio: round(median(opens) / median(times)), runs: times.length },
      { id: 'match-app-elsewhere-again-p95-ms', value: round(percentile(again, 0.95)), unit: 'ms', baseline: round(openP95), ratio: round(openP95 / percentile(again, 0.95)), runs: again.length, target: { op: '<=', value: 50 } },
      { id: 'match-app-elsewhere-first-ms', value: round(first.ms), unit: 'ms', runs: 1 },
      { id: 'match-app-queue-first-ms', value: round(queue.ms), unit: 'ms', runs: 1 },
      ...(Number.isNaN(afterDecision) ? [] : [{ id: 'match-app-queue-after-decision-ms', value: round(afterDecision), unit: 'ms', runs: 1, baseline: round(queue.ms), ratio: round(queue.ms / afterDecision) }]),
    ];
  } finally {
    service.dispose();
    await rm(root, { recursive: true, force: true });
  }
}
