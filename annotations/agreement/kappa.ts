/**
 * Cohen's kappa (Cohen 1960) for two coders: observed agreement corrected
 * for the agreement their own marginals would give by chance,
 * κ = (p_o − p_e) / (1 − p_e). Null where not defined: no units, or chance
 * agreement is already certain (both coders gave one and the same value
 * throughout).
 */
import type { BinaryTable } from './alpha';

/** Kappa of a square contingency table: `table[i][j]` units coder A put in category i and coder B in j. */
export function cohensKappa(table: readonly (readonly number[])[]): number | null {
  const k = table.length;
  let n = 0;
  let agreed = 0;
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  table.forEach((row, i) => {
    if (row.length !== k) throw new Error('cohensKappa: the contingency table must be square');
    row.forEach((count, j) => {
      n += count;
      rows[i] = (rows[i] as number) + count;
      columns[j] = (columns[j] as number) + count;
      if (i === j) agreed += count;
    });
  });
  if (n === 0) return null;
  const observed = agreed / n;
  const chance = rows.reduce((s, r, i) => s + r * (columns[i] as number), 0) / (n * n);
  if (chance === 1) return null;
  return (observed - chance) / (1 - chance);
}

export function binaryKappa(t: BinaryTable): number | null {
  return cohensKappa([
    [t.a0b0, t.a0b1],
    [t.a1b0, t.a1b1],
  ]);
}
