import { describe, expect, it } from 'vitest';
import { binaryAlpha, coincidences, krippendorffAlpha, type BinaryTable } from './alpha';
import { binaryKappa, cohensKappa } from './kappa';

/**
 * The reliability data matrix of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability", section C ("Nominal data, any number of
 * observers, missing values"): 4 observers (rows), 12 units (columns), "."
 * a missing value. The paper gives α = 0.743 nominal and α = 0.849 interval.
 */
const OBSERVERS = [
  '1 2 3 3 2 1 4 1 2 . . .', // A
  '1 2 3 3 2 2 4 1 2 5 . 3', // B
  '. 3 3 3 2 3 4 2 2 5 1 .', // C
  '1 2 3 3 2 4 4 1 2 5 1 .', // D
].map((row) => row.split(' ').map((v) => (v === '.' ? null : Number(v))));
const UNITS = OBSERVERS[0]!.map((_, u) => OBSERVERS.map((row) => row[u] ?? null));

describe("Krippendorff's alpha", () => {
  it('reproduces the worked example of the paper: nominal 0.743', () => {
    expect(krippendorffAlpha(UNITS, 'nominal')).toBeCloseTo(0.743, 3);
  });

  it('reproduces the worked example of the paper: interval 0.849', () => {
    expect(krippendorffAlpha(UNITS, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('builds the coincidence matrix of the paper (n = 40 pairable values; unit 12 has one value and is left out)', () => {
    const { values, o } = coincidences(UNITS);
    expect(values).toEqual([1, 2, 3, 4, 5]);
    const totals = o.map((row) => row.reduce((s, x) => s + x, 0));
    // The paper's marginals n_c: 9, 13, 10, 5, 3 (sum 40).
    expect(totals.map((t) => Math.round(t * 1000) / 1000)).toEqual([9, 13, 10, 5, 3]);
    expect(o[0]![0]).toBeCloseTo(7, 10);
    expect(o[0]![1]).toBeCloseTo(4 / 3, 10);
  });

  it('is 1 for perfect agreement and null when only one value was ever given', () => {
    expect(krippendorffAlpha([[1, 1], [2, 2], [1, 1]], 'nominal')).toBe(1);
    expect(krippendorffAlpha([[0, 0], [0, 0]], 'nominal')).toBeNull();
    expect(krippendorffAlpha([[1, null], [null, 2]], 'nominal')).toBeNull();
    expect(krippendorffAlpha([], 'nominal')).toBeNull();
  });

  it('the two-coder binary shortcut equals the general form on the same units', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 20; trial++) {
      const units: number[][] = [];
      const table: BinaryTable = { a0b0: 0, a0b1: 0, a1b0: 0, a1b1: 0 };
      for (let u = 0; u < 50; u++) {
        const a = random() < 0.3 ? 1 : 0;
        const b = random() < 0.8 ? a : 1 - a;
        units.push([a, b]);
        table[`a${a}b${b}` as keyof BinaryTable]++;
      }
      const general = krippendorffAlpha(units, 'nominal');
      const shortcut = binaryAlpha(table);
      if (general === null) expect(shortcut).toBeNull();
      else expect(shortcut).toBeCloseTo(general, 12);
    }
  });
});

describe("Cohen's kappa", () => {
  it('reproduces the textbook example of Fleiss, Levin & Paik (2003), Statistical Methods for Rates and Proportions, 3rd ed., table 18.1: κ = 0.676', () => {
    // Diagnoses of 100 subjects by two raters (psychotic, neurotic, organic).
    const table = [
      [75, 1, 4],
      [5, 4, 1],
      [0, 0, 10],
    ];
    expect(cohensKappa(table)).toBeCloseTo(0.676, 3);
  });

  it('reproduces the two-rater yes/no example of the Wikipedia article "Cohen\'s kappa" (50 applications): κ = 0.4', () => {
    // A yes & B yes 20, A yes & B no 5, A no & B yes 10, both no 15.
    expect(binaryKappa({ a1b1: 20, a1b0: 5, a0b1: 10, a0b0: 15 })).toBeCloseTo(0.4, 10);
  });

  it('is null where chance agreement is certain or there are no units', () => {
    expect(binaryKappa({ a0b0: 10, a0b1: 0, a1b0: 0, a1b1: 0 })).toBeNull();
    expect(binaryKappa({ a0b0: 0, a0b1: 0, a1b0: 0, a1b1: 0 })).toBeNull();
    expect(binaryKappa({ a0b0: 5, a0b1: 0, a1b0: 0, a1b1: 5 })).toBe(1);
  });
});
