/**
 * What every benchmark group returns. A group is a module exporting
 * `run(options): Promise<Measure[]>`, listed in scripts/bench.mjs.
 */
export interface Target {
  /** value `op` target.value passes: e.g. speedup >= 20, wrong <= 0, time < 1000. */
  op: '<' | '<=' | '>=' | '>';
  value: number;
}

export interface Measure {
  id: string;
  value: number;
  unit: string;
  /** The same quantity for the reference we compare with (e.g. the Hypothesis strategy). */
  baseline?: number;
  /** baseline ÷ value for times (how many times faster than the baseline). */
  ratio?: number;
  /** Repetitions behind `value` (a median for times). */
  runs: number;
  /** Printed as target and pass/fail; not written to the results file. */
  target?: Target;
}

export interface RunOptions {
  /** Tiny sizes, one run: checks the harness, the figures mean nothing. */
  smoke?: boolean;
  log?: (line: string) => void;
  /** Groups that can: record a CPU profile of their main action instead of measuring (npm run bench -- ui --profile). */
  profile?: boolean;
  /** The UI group: only the seed article's opens against the static page (npm run bench -- ui --seed-open). */
  seedOpen?: boolean;
}
