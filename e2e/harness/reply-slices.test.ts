/**
 * The test bridge's long replies in slices: joined, they are the reply to
 * the character, whatever the text (surrogate pairs at every cut), and each
 * slice is handed once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReplySlices, sliceText } from './reply-slices';

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

describe('sliceText', () => {
  it('joins back to the text and never cuts a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 2, max: 17 }), (text, size) => {
        const slices = sliceText(text, size);
        expect(slices.join('')).toBe(text);
        for (const [k, slice] of slices.entries()) {
          expect(slice.length).toBeGreaterThan(0);
          expect(slice.length).toBeLessThanOrEqual(size);
          const next = slices[k + 1];
          if (next !== undefined) expect(isHigh(slice.charCodeAt(slice.length - 1)) && isLow(next.charCodeAt(0))).toBe(false);
        }
      }),
    );
  });

  it('moves a cut that would fall inside an emoji one unit back', () => {
    expect(sliceText('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']);
  });

  it('refuses a slice too small to hold a surrogate pair', () => {
    expect(() => sliceText('😀', 1)).toThrow(/at least two/);
  });
});

describe('ReplySlices', () => {
  it('hands a short reply whole and keeps nothing', () => {
    const replies = new ReplySlices(8);
    expect(replies.hand('{"ok":1}')).toBe('{"ok":1}');
    expect(replies.pending).toBe(0);
  });

  it('hands a long reply as slices taken in any order, then lets it go', () => {
    const replies = new ReplySlices(4);
    const text = JSON.stringify({ ok: true, value: 'a long “reply” with 😀' });
    const handed = replies.hand(text);
    if (typeof handed === 'string') throw new Error('expected slices');
    const order = [...Array(handed.slices).keys()].reverse();
    const slices: string[] = [];
    for (const k of order) slices[k] = replies.take(handed.reply, k);
    expect(slices.join('')).toBe(text);
    expect(replies.pending).toBe(0);
    expect(() => replies.take(handed.reply, 0)).toThrow(/no slice 0/);
  });

  it('refuses a slice taken twice or out of range, and keeps the rest', () => {
    const replies = new ReplySlices(2);
    const handed = replies.hand('abcdef');
    if (typeof handed === 'string') throw new Error('expected slices');
    replies.take(handed.reply, 1);
    expect(() => replies.take(handed.reply, 1)).toThrow(/no slice 1/);
    expect(() => replies.take(handed.reply, 3)).toThrow(/no slice 3/);
    expect(replies.pending).toBe(1);
  });
});
