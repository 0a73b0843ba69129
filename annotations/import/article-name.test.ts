import { describe, expect, it } from 'vitest';
import { fileNameProblem } from '../model/file-name';
import { MAX_STEM_LENGTH, safeStem, stemOfSourceName, uniqueArticleName } from './article-name';

describe('article file names', () => {
  it('come from the title or the source name, made valid on every platform', () => {
    expect(stemOfSourceName('Report 2024.final.pdf')).toBe('Report 2024.final');
    expect(stemOfSourceName('.hidden')).toBe('.hidden');
    expect(safeStem('Talks: "resume" in Geneva? <yes>/no')).toBe('Talks resume in Geneva yes no');
    expect(safeStem('...hidden name...')).toBe('hidden name');
    expect(safeStem('CON')).toBe('CON (article)');
    expect(safeStem('nul.report')).toBe('nul.report (article)');
    expect(safeStem(' \u202Etxt.exe\u0000 ')).toBe('txt.exe');
    expect(safeStem('')).toBe('Imported article');
    expect(safeStem('???')).toBe('Imported article');
    const long = safeStem('word '.repeat(40));
    expect(Array.from(long).length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(long.endsWith('word')).toBe(true);
    for (const wanted of ['a/b', 'x.', 'COM1', '  ', 'é'.repeat(300), '🏳️‍🌈'.repeat(50)]) {
      expect(fileNameProblem(`${safeStem(wanted)}.txt`), wanted).toBeNull();
    }
  });

  it('never take a name the folder has, in any case, nor one whose annotations file is left over', () => {
    expect(uniqueArticleName('Talks', new Set())).toBe('Talks.txt');
    expect(uniqueArticleName('Talks', new Set(['talks.txt']))).toBe('Talks (2).txt');
    expect(uniqueArticleName('Talks', new Set(['talks.txt', 'talks (2).txt']))).toBe('Talks (3).txt');
    expect(uniqueArticleName('Talks', new Set(['talks.txt.annotations.json']))).toBe('Talks (2).txt');
  });
});
