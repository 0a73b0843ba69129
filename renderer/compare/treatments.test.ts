import { describe, expect, it } from 'vitest';
import { gridMove, TREATMENT_MARKS, TREATMENTS } from './treatments';

describe('the compare view’s marks', () => {
  it('gives every treatment its own shape and word, so none is told by colour alone', () => {
    expect(new Set(TREATMENTS.map((t) => TREATMENT_MARKS[t].glyph)).size).toBe(TREATMENTS.length);
    expect(TREATMENTS.map((t) => TREATMENT_MARKS[t].word)).toEqual(['asserts', 'reports', 'speculates', 'disputes', 'silent']);
  });
});

describe('gridMove', () => {
  const at = { row: 1, column: 1 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridMove(at, 'ArrowUp', false, 3, 4)).toEqual({ row: 0, column: 1 });
    expect(gridMove(at, 'ArrowDown', false, 3, 4)).toEqual({ row: 2, column: 1 });
    expect(gridMove(at, 'ArrowLeft', false, 3, 4)).toEqual({ row: 1, column: 0 });
    expect(gridMove(at, 'ArrowRight', false, 3, 4)).toEqual({ row: 1, column: 2 });
    expect(gridMove({ row: 0, column: 0 }, 'ArrowUp', false, 3, 4)).toEqual({ row: 0, column: 0 });
    expect(gridMove({ row: 2, column: 3 }, 'ArrowRight', false, 3, 4)).toEqual({ row: 2, column: 3 });
  });

  it('goes to the row’s ends with Home and End, and to the grid’s with Ctrl', () => {
    expect(gridMove(at, 'Home', false, 3, 4)).toEqual({ row: 1, column: 0 });
    expect(gridMove(at, 'End', false, 3, 4)).toEqual({ row: 1, column: 3 });
    expect(gridMove(at, 'Home', true, 3, 4)).toEqual({ row: 0, column: 0 });
    expect(gridMove(at, 'End', true, 3, 4)).toEqual({ row: 2, column: 3 });
    expect(gridMove(at, 'Enter', false, 3, 4)).toBeNull();
  });
});
