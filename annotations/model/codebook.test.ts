import { describe, expect, it } from 'vitest';
import { hotkeysOf, type Tag } from './codebook';

const tag = (label: string, hotkey?: number | null): Tag => ({ label, color: '#f6c85f', ...(hotkey === undefined ? {} : { hotkey }) });

describe('hotkeysOf', () => {
  it('gives the first nine tags 1–9 in codebook order, and none to the tenth', () => {
    const tags = Array.from({ length: 10 }, (_, i) => tag(`t${i}`));
    const keys = hotkeysOf(tags);
    expect(tags.map((t) => keys.get(t.label))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, undefined]);
  });

  it('keeps assigned digits and fills the free ones around them', () => {
    const keys = hotkeysOf([tag('a'), tag('b', 1), tag('c'), tag('d', null)]);
    expect(Object.fromEntries(keys)).toEqual({ b: 1, a: 2, c: 3 });
  });

  it('never gives one digit to two tags: the first to claim it keeps it', () => {
    const keys = hotkeysOf([tag('a', 3), tag('b', 3), tag('c')]);
    expect(keys.get('a')).toBe(3);
    expect(keys.get('b')).toBeUndefined();
    expect(new Set(keys.values()).size).toBe(keys.size);
  });
});
