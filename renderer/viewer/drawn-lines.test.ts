import { describe, expect, it } from 'vitest';
import { splitLines } from '../../annotations/text/lines';
import { DrawnLines, linesAround } from './drawn-lines';

describe('DrawnLines', () => {
  it('lists the lines of a span not drawn yet, in order, among those built', () => {
    const drawn = new DrawnLines(10);
    drawn.add([0, 1, 2, 5]);
    expect(drawn.missing(0, 10, 10)).toEqual([3, 4, 6, 7, 8, 9]);
    // Lines not built yet have no paragraph to draw into: the progressive render builds them later.
    expect(drawn.missing(0, 10, 7)).toEqual([3, 4, 6]);
    expect(drawn.missing(4, 6, 10)).toEqual([4]);
  });

  it('lists the lines drawn among those built, for a redraw of the same text with other highlights', () => {
    const drawn = new DrawnLines(10);
    expect(drawn.among(10)).toEqual([]);
    drawn.add([0, 1, 7, 8]);
    expect(drawn.among(10)).toEqual([0, 1, 7, 8]);
    expect(drawn.among(8)).toEqual([0, 1, 7]);
  });

  it('clamps spans beyond the article and ignores lines it does not have', () => {
    const drawn = new DrawnLines(4);
    drawn.add([-1, 3, 4, 99]);
    expect(drawn.has(3)).toBe(true);
    expect(drawn.has(4)).toBe(false);
    expect(drawn.missing(-5, 50, 50)).toEqual([0, 1, 2]);
    expect(drawn.missing(2, 2, 4)).toEqual([]);
  });
});

describe('linesAround', () => {
  // Lines 0..5, code points: "ab" [0,2), "" [3,3), "cdé" [4,7), "😀x" [8,10), "y" [11,12), "z" [13,14).
  const lines = splitLines('ab\n\ncdé\n😀x\ny\nz');

  it('covers every line a range touches, with `pad` lines each side, clamped to the article', () => {
    expect(linesAround(lines, 4, 10, 0)).toEqual({ first: 2, end: 4 });
    expect(linesAround(lines, 4, 10, 1)).toEqual({ first: 1, end: 5 });
    expect(linesAround(lines, 0, 14, 3)).toEqual({ first: 0, end: 6 });
  });

  it('counts in code points: an astral character is one, and an end on a line break stays on its line', () => {
    expect(linesAround(lines, 9, 10, 0)).toEqual({ first: 3, end: 4 });
    expect(linesAround(lines, 8, 11, 0)).toEqual({ first: 3, end: 4 });
    expect(linesAround(lines, 8, 12, 0)).toEqual({ first: 3, end: 5 });
    expect(linesAround(lines, 4, 8, 0)).toEqual({ first: 2, end: 3 });
  });

  it('gives a collapsed range (a caret) its own line, and nothing for an empty article', () => {
    expect(linesAround(lines, 11, 11, 0)).toEqual({ first: 4, end: 5 });
    expect(linesAround([], 0, 0, 2)).toEqual({ first: 0, end: 0 });
  });
});
