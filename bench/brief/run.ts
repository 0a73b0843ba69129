/**
 * The brief benchmark: how long `briefToMarkdown` takes on a large set, and
 * how that time grows with the set. A set of 50 articles × 10,000 annotations
 * (generate.ts), then 2× and 4× that (articles and annotations both scaled);
 * each size timed several times (median reported) after warm-up runs (JIT).
 * No forced garbage collection between runs: it shrinks the heap, and the next
 * run then pays for growing it again, which an app exporting twice does not.
 *
 * `brief-scaling-4x` = time at 4× ÷ time at 1×: about 4 means linear, 16 would
 * mean quadratic (e.g. a quote looked up by scanning all quotes).
 */
import { briefToMarkdown } from '../../annotations/brief/brief';
import type { BriefInput } from '../../annotations/brief/types';
import type { Measure, RunOptions } from '../measure';
import { median, round } from '../reanchor/run';
import { generateBriefInput } from './generate';

export interface BriefBenchConfig {
  seed: number;
  /** The 1× size. */
  articles: number;
  annotations: number;
  /** Multiples of the 1× size that are timed. */
  scales: readonly number[];
  runs: number;
  /** Untimed runs at the 1× size first, so that the code is compiled by the optimizing JIT. */
  warmups: number;
}

export const FULL: BriefBenchConfig = { seed: 20_250_101, articles: 50, annotations: 10_000, scales: [1, 2, 4], runs: 9, warmups: 3 };
export const SMOKE: BriefBenchConfig = { seed: 20_250_101, articles: 5, annotations: 200, scales: [1, 2, 4], runs: 1, warmups: 1 };

/** Ids name the full sizes, whatever the config (smoke figures mean nothing anyway). */
const IDS: Record<number, string> = { 1: 'brief-50x10k-ms', 2: 'brief-100x20k-ms', 4: 'brief-200x40k-ms' };

export interface BriefScaleReport {
  scale: number;
  input: BriefInput;
  ms: number[];
  median: number;
  /** Length of the Markdown produced (UTF-16 units), as a check that work was done. */
  outputLength: number;
}

export function timeMarkdown(input: BriefInput, runs: number): { ms: number[]; outputLength: number } {
  const ms: number[] = [];
  let outputLength = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const markdown = briefToMarkdown(input);
    ms.push(performance.now() - started);
    outputLength = markdown.length;
  }
  return { ms, outputLength };
}

export function briefBench(config: BriefBenchConfig, log: (line: string) => void = () => {}): { reports: BriefScaleReport[]; measures: Measure[] } {
  const reports: BriefScaleReport[] = [];
  for (const scale of config.scales) {
    const input = generateBriefInput({ seed: config.seed, articles: config.articles * scale, annotations: config.annotations * scale });
    if (reports.length === 0) timeMarkdown(input, config.warmups); // untimed
    const { ms, outputLength } = timeMarkdown(input, config.runs);
    const report = { scale, input, ms, median: median(ms), outputLength };
    reports.push(report);
    const quotes = input.articles.reduce((n, a) => n + a.quotes.length, 0);
    log(
      `brief: ${scale}× = ${input.articles.length} articles, ${quotes} annotations: ` +
        `median ${report.median.toFixed(1)} ms of [${ms.map((m) => m.toFixed(1)).join(', ')}], ${(outputLength / 1024).toFixed(0)} KiB of Markdown`,
    );
  }
  const at = (scale: number) => reports.find((r) => r.scale === scale);
  const runs = config.runs;
  const measures: Measure[] = reports.map((r) => ({
    id: IDS[r.scale] ?? `brief-${r.scale}x-ms`,
    value: round(r.median),
    unit: 'ms',
    runs,
    ...(r.scale === 1 ? { target: { op: '<=' as const, value: 250 } } : {}),
  }));
  const one = at(1);
  const four = at(4);
  if (one && four) measures.push({ id: 'brief-scaling-4x', value: round(four.median / one.median, 2), unit: '×', runs });
  return { reports, measures };
}

/** The bench module entry point (see scripts/bench.mjs). */
export async function run(options: RunOptions = {}): Promise<Measure[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  return briefBench(options.smoke ? SMOKE : FULL, log).measures;
}
