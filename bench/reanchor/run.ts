/**
 * The re-anchoring benchmark: 10,000 annotations on a 1 MB article after
 * edits, anchored by our engine (anchorAll) and by the Hypothesis strategy on
 * the same inputs, each several times (alternating, median reported). Wrong
 * anchors are counted against the generator's ground truth.
 */
import * as engine from '../../annotations/anchoring/anchor';
import type { AnchorResult } from '../../annotations/anchoring/anchor';
import type { Annotation } from '../../annotations/model/annotation';
import { CodePointIndex } from '../../annotations/text/code-points';
import type { Measure, RunOptions } from '../measure';
import { generate, type BenchCase, type Expected } from './generate';
import { anchorHypothesis, toHypothesisSelectors, type HypothesisSelectors } from './hypothesis-strategy';

export interface ReanchorConfig {
  seed: number;
  chars: number;
  annotations: number;
  runs: number;
}

export const FULL: ReanchorConfig = { seed: 20_250_101, chars: 1_000_000, annotations: 10_000, runs: 5 };
export const SMOKE: ReanchorConfig = { seed: 20_250_101, chars: 20_000, annotations: 200, runs: 1 };

/** A result in code points of the edited text; null = orphan. */
export type Range = { start: number; end: number } | null;

type AnchorAll = (index: CodePointIndex, annotations: readonly Annotation[]) => AnchorResult[];

/** anchorAll when the engine has it; else anchorAnnotation over the list (reported as a fallback). */
export function ourAnchorAll(): { anchorAll: AnchorAll; fallback: boolean } {
  const exported = Reflect.get(engine, 'anchorAll') as AnchorAll | undefined;
  if (typeof exported === 'function') return { anchorAll: exported, fallback: false };
  return { anchorAll: (index, annotations) => annotations.map((a) => engine.anchorAnnotation(index, a)), fallback: true };
}

/** Our engine, timed from the edited string (building the code-point index is part of the work). */
export function runOurs(edited: string, annotations: readonly Annotation[], anchorAll: AnchorAll): { ms: number; results: AnchorResult[] } {
  const started = performance.now();
  const index = new CodePointIndex(edited);
  const results = anchorAll(index, annotations);
  return { ms: performance.now() - started, results };
}

/** The Hypothesis strategy, timed; results converted to code points afterwards (untimed). */
export function runHypothesis(edited: string, selectors: readonly HypothesisSelectors[]): { ms: number; results: Range[] } {
  const started = performance.now();
  const raw = selectors.map((s) => anchorHypothesis(edited, s));
  const ms = performance.now() - started;
  const index = new CodePointIndex(edited);
  const results = raw.map((r) => (r ? { start: index.toCodePoint(r.start), end: index.toCodePoint(r.end) } : null));
  return { ms, results };
}

export function rangesOf(results: readonly AnchorResult[]): Range[] {
  return results.map((r) => (r.status === 'orphan' ? null : { start: r.start, end: r.end }));
}

export interface Grade {
  /** Anchored where the ground truth says, or an orphan for a deleted passage. */
  correct: number;
  /** Anchored somewhere else than the passage, or anchored although the passage was deleted. */
  wrong: number;
  /** Of `wrong`: anchored although deleted. */
  wrongOnDeleted: number;
  /** Of `wrongOnDeleted`: deleted passages that have a look-alike elsewhere. */
  wrongOnLookAlike: number;
  /** Of `wrong`: a passage that still exists, anchored at the wrong range. */
  wrongOnExisting: number;
  /** An orphan although the passage still exists (not counted as wrong). */
  missed: number;
  /** Of `missed`: passages with a fixed typo. */
  missedTypoFixed: number;
}

export function grade(expected: readonly Expected[], results: readonly Range[]): Grade {
  if (results.length !== expected.length) throw new Error(`expected ${expected.length} results, got ${results.length}`);
  const g: Grade = { correct: 0, wrong: 0, wrongOnDeleted: 0, wrongOnLookAlike: 0, wrongOnExisting: 0, missed: 0, missedTypoFixed: 0 };
  expected.forEach((e, i) => {
    const r = results[i];
    if (e.kind === 'deleted') {
      if (r) {
        g.wrong++;
        g.wrongOnDeleted++;
        if (e.lookAlike) g.wrongOnLookAlike++;
      } else g.correct++;
    } else if (!r) {
      g.missed++;
      if (e.kind === 'typo-fixed') g.missedTypoFixed++;
    } else if (r.start === e.start && r.end === e.end) g.correct++;
    else {
      g.wrong++;
      g.wrongOnExisting++;
    }
  });
  return g;
}

export function statusCounts(results: readonly AnchorResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** `value` to `digits` decimals, as the measures print it. */
export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ReanchorReport {
  benchCase: BenchCase;
  fallback: boolean;
  ours: { ms: number[]; results: AnchorResult[]; grade: Grade };
  hypothesis: { ms: number[]; results: Range[]; grade: Grade };
  measures: Measure[];
}


export function reanchor(config: ReanchorConfig, log: (line: string) => void = () => {}): ReanchorReport {
  const benchCase = generate({ seed: config.seed, chars: config.chars, annotations: config.annotations });
  const { edited, annotations, expected, stats } = benchCase;
  log(
    `reanchor: article ${stats.originalChars} → ${stats.editedChars} UTF-16 units, ${stats.annotations} annotations ` +
      `(${stats.intact} intact, ${stats.typoFixed} typo-fixed, ${stats.deleted} deleted of which ${stats.deletedWithLookAlike} with a look-alike; ` +
      `${stats.duplicateQuotes} with a repeated quote), ${stats.edits} edits`,
  );
  const originalIndex = new CodePointIndex(benchCase.original);
  const selectors = annotations.map((a) => toHypothesisSelectors(a, originalIndex));
  const { anchorAll, fallback } = ourAnchorAll();
  if (fallback) log('reanchor: anchorAll is not exported by annotations/anchoring/anchor.ts yet: timing anchorAnnotation mapped over the list');

  const oursMs: number[] = [];
  const hypothesisMs: number[] = [];
  let oursResults: AnchorResult[] = [];
  let hypothesisResults: Range[] = [];
  for (let run = 0; run < config.runs; run++) {
    // Alternate so that both see the same machine state; results must not vary between runs.
    const ours = runOurs(edited, annotations, anchorAll);
    const theirs = runHypothesis(edited, selectors);
    oursMs.push(ours.ms);
    hypothesisMs.push(theirs.ms);
    oursResults = ours.results;
    hypothesisResults = theirs.results;
    log(`reanchor: run ${run + 1}/${config.runs}: ours ${ours.ms.toFixed(1)} ms, Hypothesis ${theirs.ms.toFixed(1)} ms`);
  }
  const oursGrade = grade(expected, rangesOf(oursResults));
  const hypothesisGrade = grade(expected, hypothesisResults);
  log(`reanchor: ours by status ${JSON.stringify(statusCounts(oursResults))}`);
  log(`reanchor: ours       ${JSON.stringify(oursGrade)}`);
  log(`reanchor: Hypothesis ${JSON.stringify(hypothesisGrade)}`);

  const oursMedian = median(oursMs);
  const hypothesisMedian = median(hypothesisMs);
  const speedup = hypothesisMedian / oursMedian;
  const runs = config.runs;
  const measures: Measure[] = [
    { id: 'reanchor-10k-ms', value: round(oursMedian), unit: 'ms', baseline: round(hypothesisMedian), ratio: round(speedup, 2), runs, target: { op: '<', value: 1000 } },
    { id: 'reanchor-10k-hypothesis-ms', value: round(hypothesisMedian), unit: 'ms', runs },
    { id: 'reanchor-10k-speedup', value: round(speedup, 2), unit: '×', runs, target: { op: '>=', value: 20 } },
    { id: 'reanchor-10k-wrong', value: oursGrade.wrong, unit: 'annotations', baseline: hypothesisGrade.wrong, runs, target: { op: '<=', value: 0 } },
    { id: 'reanchor-10k-hypothesis-wrong', value: hypothesisGrade.wrong, unit: 'annotations', runs },
  ];
  return {
    benchCase,
    fallback,
    ours: { ms: oursMs, results: oursResults, grade: oursGrade },
    hypothesis: { ms: hypothesisMs, results: hypothesisResults, grade: hypothesisGrade },
    measures,
  };
}

/** The bench module entry point (see scripts/bench.mjs). */
export async function run(options: RunOptions = {}): Promise<Measure[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  return reanchor(options.smoke ? SMOKE : FULL, log).measures;
}
