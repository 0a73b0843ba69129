import { describe, expect, it } from 'vitest';
import { CHARS_PER_LINE, estimatedBlockLines, estimatedLines } from './estimated-lines';

describe('a paragraph’s estimated height in lines', () => {
  it('is none for an empty line (laid out as it is), and one line for every line’s worth of characters begun', () => {
    expect(estimatedLines('')).toBeNull();
    expect(estimatedLines('A')).toBe(1);
    expect(estimatedLines('x'.repeat(CHARS_PER_LINE))).toBe(1);
    expect(estimatedLines('x'.repeat(CHARS_PER_LINE + 1))).toBe(2);
    expect(estimatedLines('x'.repeat(10 * CHARS_PER_LINE))).toBe(10);
  });

  it('of a block of paragraphs is the sum of theirs, an empty one counted as the line it takes', () => {
    expect(estimatedBlockLines([])).toBe(0);
    expect(estimatedBlockLines(['A', '', 'x'.repeat(CHARS_PER_LINE * 2 + 1)])).toBe(1 + 1 + 3);
  });
});
