import { describe, expect, it } from 'vitest';
import { articleTitle, DERIVED_TITLE_LENGTH } from './views';

describe('articleTitle', () => {
  it('is the title the analyst set, else the first non-empty line, else the file name', () => {
    expect(articleTitle('  Set by me ', 'First line', 'a.txt')).toBe('Set by me');
    expect(articleTitle(undefined, '\n \r\n\u00A0 First line  \nSecond', 'a.txt')).toBe('First line');
    expect(articleTitle('', ' \n\t\n', 'a.txt')).toBe('a.txt');
  });

  it('cuts a first line longer than a title may be, without splitting a character', () => {
    const huge = `${'😀'.repeat(600)} ${'x'.repeat(2_000_000)}`;
    const title = articleTitle(undefined, huge, 'a.txt');
    expect(Array.from(title)).toHaveLength(DERIVED_TITLE_LENGTH);
    expect(title.endsWith('😀…')).toBe(true);
    expect(articleTitle(undefined, 'y'.repeat(DERIVED_TITLE_LENGTH), 'a.txt')).toBe('y'.repeat(DERIVED_TITLE_LENGTH));
    expect(Array.from(articleTitle(undefined, 'y'.repeat(DERIVED_TITLE_LENGTH + 1), 'a.txt'))).toHaveLength(DERIVED_TITLE_LENGTH);
  });
});
