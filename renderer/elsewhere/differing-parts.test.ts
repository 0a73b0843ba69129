import { describe, expect, it } from 'vitest';
import { differingParts } from './differing-parts';

describe('differingParts', () => {
  it('marks each differing detail where the passage writes it, with the claim’s version', () => {
    const text = 'Some 120,000 people fled Karabakh in September 2023.';
    expect(differingParts(text, [{ here: 'over 100,000', there: '120,000' }, { here: 'October 2023', there: 'September 2023' }])).toEqual([
      { text: 'Some ' },
      { text: '120,000', here: 'over 100,000' },
      { text: ' people fled Karabakh in ' },
      { text: 'September 2023', here: 'October 2023' },
      { text: '.' },
    ]);
  });

  it('gives the whole passage unmarked when no detail is found in it, and never cuts one detail inside another', () => {
    expect(differingParts('Leaders met in Washington.', [{ here: 'Doha', there: 'Abu Dhabi' }])).toEqual([{ text: 'Leaders met in Washington.' }]);
    expect(differingParts('the Trump Route', [{ here: 'Road', there: 'Trump Route' }, { here: 'X', there: 'Route' }])).toEqual([
      { text: 'the ' },
      { text: 'Trump Route', here: 'Road' },
    ]);
    expect(differingParts('', [])).toEqual([{ text: '' }]);
  });

  it('keeps every character of the passage, in order', () => {
    const text = '10 km, or 6.2 miles, by 2026 and 2027';
    const parts = differingParts(text, [{ here: '2025', there: '2027' }, { here: 'a', there: '10 km' }, { here: 'b', there: 'zzz' }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});
