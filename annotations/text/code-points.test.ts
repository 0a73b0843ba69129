import { describe, expect, it } from 'vitest';
import { CodePointIndex, stripBom } from './code-points';

describe('stripBom', () => {
  it('removes one leading BOM only', () => {
    expect(stripBom('\uFEFFabc')).toBe('abc');
    expect(stripBom('\uFEFF\uFEFFabc')).toBe('\uFEFFabc');
    expect(stripBom('a\uFEFFb')).toBe('a\uFEFFb');
    expect(stripBom('')).toBe('');
  });
});

describe('CodePointIndex', () => {
  it('has equal offsets for BMP-only text (NBSP, combining marks)', () => {
    const text = 'caf\u0065\u0301\u00A0bar'; // e + combining acute: two code points
    const index = new CodePointIndex(text);
    expect(index.length).toBe(Array.from(text).length);
    expect(index.length).toBe(text.length);
    for (let i = 0; i <= text.length; i++) {
      expect(index.toUtf16(i)).toBe(i);
      expect(index.toCodePoint(i)).toBe(i);
    }
    expect(index.slice(3, 5)).toBe('e\u0301');
    expect(index.slice(5, 6)).toBe('\u00A0');
  });

  it('counts an emoji as one code point', () => {
    const text = 'a😀b😀😀c';
    const index = new CodePointIndex(text);
    const points = Array.from(text);
    expect(index.length).toBe(points.length);
    for (let cp = 0; cp <= points.length; cp++) {
      expect(index.toUtf16(cp)).toBe(points.slice(0, cp).join('').length);
      expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
      for (let end = cp; end <= points.length; end++) expect(index.slice(cp, end)).toBe(points.slice(cp, end).join(''));
    }
  });

  it('rounds an offset inside a surrogate pair down to the pair start', () => {
    const index = new CodePointIndex('a😀b');
    expect(index.toCodePoint(1)).toBe(1);
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toCodePoint(4)).toBe(3);
  });

  it('clamps out-of-range input', () => {
    const index = new CodePointIndex('😀x');
    expect(index.toUtf16(-5)).toBe(0);
    expect(index.toUtf16(99)).toBe(3);
    expect(index.toCodePoint(-1)).toBe(0);
    expect(index.toCodePoint(99)).toBe(2);
    expect(index.toUtf16(Number.NaN)).toBe(0);
    expect(index.slice(-3, 99)).toBe('😀x');
    expect(index.slice(2, 1)).toBe('');
  });

  it('treats a lone surrogate as one code point, as Array.from does', () => {
    const text = 'a\uD83Db\uDE00';
    const index = new CodePointIndex(text);
    expect(index.length).toBe(Array.from(text).length);
    expect(index.toUtf16(2)).toBe(2);
  });

  it('counts a pair after a lone high surrogate, and lone surrogates next to pairs, as Array.from does', () => {
    for (const text of ['\uD800\uD83D\uDE00x', '\uDE00\uD83D\uDE00', '😀\uDE00\uD83D', '\uD83D\uD83D\uDE00\uDE00']) {
      const index = new CodePointIndex(text);
      const points = Array.from(text);
      expect(index.length, JSON.stringify(text)).toBe(points.length);
      for (let cp = 0; cp <= points.length; cp++) expect(index.toUtf16(cp)).toBe(points.slice(0, cp).join('').length);
    }
  });

  it('is fast on 1 MB of text with many emoji', () => {
    const text = 'word 😀 '.repeat(150_000); // ~1.2 M units
    const started = performance.now();
    const index = new CodePointIndex(text);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += index.toUtf16((i * 7919) % index.length);
    expect(sum).toBeGreaterThan(0);
    expect(index.length).toBe(Array.from(text).length);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
