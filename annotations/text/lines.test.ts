import { describe, expect, it } from 'vitest';
import { lineAt, splitLines } from './lines';

const shape = (text: string) => splitLines(text).map((l) => [l.text, l.start, l.end]);

describe('splitLines', () => {
  it('splits on LF', () => {
    expect(shape('ab\ncd')).toEqual([['ab', 0, 2], ['cd', 3, 5]]);
  });

  it('splits on CRLF and counts both terminator characters', () => {
    expect(shape('ab\r\ncd\r\n')).toEqual([['ab', 0, 2], ['cd', 4, 6], ['', 8, 8]]);
  });

  it('splits on lone CR', () => {
    expect(shape('ab\rcd')).toEqual([['ab', 0, 2], ['cd', 3, 5]]);
  });

  it('gives a trailing empty line after a final newline, and keeps empty lines', () => {
    expect(shape('a\n')).toEqual([['a', 0, 1], ['', 2, 2]]);
    expect(shape('a\n\n\nb')).toEqual([['a', 0, 1], ['', 2, 2], ['', 3, 3], ['b', 4, 5]]);
  });

  it('gives one empty line for empty text', () => {
    expect(splitLines('')).toEqual([{ index: 0, text: '', start: 0, end: 0 }]);
  });

  it('keeps indentation and NBSP, and counts code points', () => {
    const lines = splitLines('  😀\u00A0x\n\ty');
    expect(lines.map((l) => l.text)).toEqual(['  😀\u00A0x', '\ty']);
    expect(lines[0]).toMatchObject({ start: 0, end: 5 });
    expect(lines[1]).toMatchObject({ index: 1, start: 6, end: 8 });
  });

  it('handles 1 MB quickly', () => {
    const text = 'A line of text.\r\n'.repeat(70_000);
    const started = performance.now();
    const lines = splitLines(text);
    expect(lines).toHaveLength(70_001);
    expect(lines[69_999]).toMatchObject({ start: 69_999 * 17, end: 69_999 * 17 + 15 });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('lineAt', () => {
  const lines = splitLines('ab\r\ncd\n\nef');
  it('finds the line containing an offset', () => {
    expect(lineAt(lines, 0)).toBe(0);
    expect(lineAt(lines, 1)).toBe(0);
    expect(lineAt(lines, 4)).toBe(1);
    expect(lineAt(lines, 7)).toBe(2);
    expect(lineAt(lines, 8)).toBe(3);
    expect(lineAt(lines, 10)).toBe(3);
  });

  it('puts an offset on a terminator in the line before it', () => {
    expect(lineAt(lines, 2)).toBe(0);
    expect(lineAt(lines, 3)).toBe(0);
    expect(lineAt(lines, 6)).toBe(1);
  });

  it('clamps out-of-range offsets and returns -1 for no lines', () => {
    expect(lineAt(lines, -4)).toBe(0);
    expect(lineAt(lines, 1000)).toBe(3);
    expect(lineAt([], 0)).toBe(-1);
  });
});
