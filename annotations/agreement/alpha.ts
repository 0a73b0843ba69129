/**
 * Krippendorff's alpha in its general form: any number of coders, any number
 * of values per unit, missing values allowed, nominal or interval metric.
 * Follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"
 * (University of Pennsylvania, ASC papers 43): values are paired within each
 * unit into a coincidence matrix, and alpha = 1 − D_o / D_e, both
 * disagreements read off that matrix.
 *
 * A value is a number (a category code for nominal data); null is missing.
 * Alpha is null where it is not defined: fewer than two pairable values, or
 * every pairable value the same (no expected disagreement to compare with).
 */

export type Metric = 'nominal' | 'interval';

/** Coincidences: o[c][k] over the distinct values, in ascending order. */
export interface Coincidences {
  values: number[];
  /** Square, symmetric: o[c][k] = o[k][c]. */
  o: number[][];
}

/**
 * The coincidence matrix of `units`, each unit the values the coders gave it
 * (null: that coder did not code it). A unit with fewer than two values is
 * not pairable and contributes nothing.
 */
export function coincidences(units: readonly (readonly (number | null)[])[]): Coincidences {
  const values = [...new Set(units.flatMap((u) => u.filter((v): v is number => v !== null)))].sort((a, b) => a - b);
  const at = new Map(values.map((v, i) => [v, i]));
  const o = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const present = unit.filter((v): v is number => v !== null).map((v) => at.get(v) as number);
    const m = present.length;
    if (m < 2) continue;
    // Each ordered pair of different coders' values, weighted 1 / (m − 1).
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = o[present[i] as number] as number[];
        row[present[j] as number] = (row[present[j] as number] as number) + 1 / (m - 1);
      }
    }
  }
  return { values, o };
}

function squaredDifference(metric: Metric, c: number, k: number): number {
  if (metric === 'nominal') return c === k ? 0 : 1;
  return (c - k) ** 2;
}

/** Alpha from a coincidence matrix; null where not defined. */
export function alphaFromCoincidences({ values, o }: Coincidences, metric: Metric): number | null {
  const totals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = totals.reduce((s, x) => s + x, 0);
  if (n < 2) return null;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const delta = squaredDifference(metric, values[c] as number, values[k] as number);
      observed += ((o[c] as number[])[k] as number) * delta;
      expected += (totals[c] as number) * (totals[k] as number) * delta;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Krippendorff's alpha of `units` (each: the coders' values, null for missing). */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], metric: Metric): number | null {
  return alphaFromCoincidences(coincidences(units), metric);
}

/**
 * Two coders, binary values, none missing, given as counts of the four
 * combinations (`a0b1`: coder A said 0, coder B said 1). The same alpha as
 * `krippendorffAlpha` on the units these counts describe, without building
 * them: with two values per unit each unit adds one coincidence each way.
 */
export interface BinaryTable {
  a0b0: number;
  a0b1: number;
  a1b0: number;
  a1b1: number;
}

export function binaryAlpha(t: BinaryTable): number | null {
  const differ = t.a0b1 + t.a1b0;
  return alphaFromCoincidences(
    {
      values: [0, 1],
      o: [
        [2 * t.a0b0, differ],
        [differ, 2 * t.a1b1],
      ],
    },
    'nominal',
  );
}
