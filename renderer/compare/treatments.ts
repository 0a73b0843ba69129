/**
 * How the compare view marks each treatment of a claim by a source. Each
 * mark is a shape and a word as well as a colour (the Okabe–Ito palette,
 * told apart with any colour vision), so no one needs the colour: a filled
 * disc asserts, a ring reports, a dotted diamond speculates, a cross
 * disputes, and a hatched empty cell is silent.
 */
import type { Treatment } from '../../annotations/api/view-types';

export interface TreatmentMark {
  /** The word in the cell and the legend. */
  word: string;
  /** The shape, drawn as text (aria-hidden: the cell's name says the word). */
  glyph: string;
}

export const TREATMENTS: readonly Treatment[] = ['asserts', 'reports', 'speculates', 'disputes', 'silent'];

export const TREATMENT_MARKS: Record<Treatment, TreatmentMark> = {
  asserts: { word: 'asserts', glyph: '●' },
  reports: { word: 'reports', glyph: '○' },
  speculates: { word: 'speculates', glyph: '◇' },
  disputes: { word: 'disputes', glyph: '✕' },
  silent: { word: 'silent', glyph: '—' },
};

/** A cell's position in the grid, for the arrow keys. */
export interface GridPosition {
  row: number;
  column: number;
}

/** Where an arrow, Home or End key moves in a grid of `rows` × `columns` (null: not a grid key). Ctrl+Home/End go to the first or last cell. */
export function gridMove(from: GridPosition, key: string, ctrl: boolean, rows: number, columns: number): GridPosition | null {
  const clamp = (row: number, column: number) => ({ row: Math.min(rows - 1, Math.max(0, row)), column: Math.min(columns - 1, Math.max(0, column)) });
  switch (key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.column);
    case 'ArrowDown':
      return clamp(from.row + 1, from.column);
    case 'ArrowLeft':
      return clamp(from.row, from.column - 1);
    case 'ArrowRight':
      return clamp(from.row, from.column + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, columns - 1) : clamp(from.row, columns - 1);
    default:
      return null;
  }
}
