import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { trimRange } from './trim-range';

describe('trimRange', () => {
  it('drops a line break picked up from the line before', () => {
    const text = 'first\n\nAfter almost four decades';
    expect(trimRange(new CodePointIndex(text), 6, text.length)).toEqual({ start: 7, end: text.length });
  });

  it('drops spaces and non-breaking spaces at both ends, keeps them inside', () => {
    const text = ' \u00a0Baku\u00a0and Yerevan\u00a0 ';
    const range = trimRange(new CodePointIndex(text), 0, text.length);
    expect(range).toEqual({ start: 2, end: 18 });
    expect(new CodePointIndex(text).slice(range!.start, range!.end)).toBe('Baku\u00a0and Yerevan');
  });

  it('counts code points around emoji', () => {
    const text = '😀 peace 😀';
    expect(trimRange(new CodePointIndex(text), 1, 8)).toEqual({ start: 2, end: 7 });
  });

  it('returns null for a selection of whitespace only', () => {
    expect(trimRange(new CodePointIndex('a \n b'), 1, 4)).toBeNull();
  });
});
