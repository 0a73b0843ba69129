import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AnnotatorError } from '../errors';
import { CodePointIndex, stripBom } from '../text/code-points';
import { CONTEXT_LENGTH, describeRange } from './describe';

const seed = stripBom(readFileSync(fileURLToPath(new URL('../../seeds/003_8d5387ac8c00ce0b.txt', import.meta.url)), 'utf8'));
const QUOTE = 'four decades\u00A0of bitter conflict,\u00A0Baku';

describe('describeRange', () => {
  it('describes a seed quote containing NBSP, after an inserted emoji, in code points', () => {
    expect(seed.includes(QUOTE)).toBe(true);
    const text = '😀 ' + seed; // an astral character before the quote shifts UTF-16 but not code points by 2
    const points = Array.from(text);
    const start = Array.from(text.slice(0, text.indexOf(QUOTE))).length;
    const end = start + Array.from(QUOTE).length;
    const { quote, position } = describeRange(new CodePointIndex(text), start, end);

    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(quote.exact).toBe(QUOTE);
    expect(points.slice(start, end).join('')).toBe(quote.exact);
    expect(quote.prefix).toBe(points.slice(start - CONTEXT_LENGTH, start).join(''));
    expect(quote.suffix).toBe(points.slice(end, end + CONTEXT_LENGTH).join(''));
    expect(Array.from(quote.prefix ?? '')).toHaveLength(32);
    expect(quote.exact).toContain('\u00A0'); // NBSP is kept, not normalized to a space
  });

  it('shortens the context at the edges of the text', () => {
    const index = new CodePointIndex('😀ab');
    expect(describeRange(index, 0, 1).quote).toEqual({ type: 'TextQuoteSelector', exact: '😀', prefix: '', suffix: 'ab' });
    expect(describeRange(index, 2, 3).quote).toMatchObject({ prefix: '😀a', suffix: '' });
  });

  it.each([
    [-1, 2],
    [2, 2],
    [3, 2],
    [0, 4],
    [0.5, 2],
  ])('refuses the range %s–%s', (start, end) => {
    const call = () => describeRange(new CodePointIndex('😀ab'), start, end);
    expect(call).toThrow(AnnotatorError);
    try {
      call();
    } catch (error) {
      expect((error as AnnotatorError).kind).toBe('invalid-argument');
    }
  });
});
