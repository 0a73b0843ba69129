import { describe, expect, it } from 'vitest';
import type { RefiImport } from '../../annotations/refi-qda/report';
import { describeRefiImports } from './refi-report';

const project = (over: Partial<Extract<RefiImport, { kind: 'project' }>['report']> = {}): RefiImport => ({
  kind: 'project',
  report: {
    file: 'b.qdpx',
    articles: [
      { file: 'Mabel.txt', source: 'Mabel.txt', annotations: 2, isNew: true },
      { file: 'Old.txt', source: 'Old.txt', annotations: 1, isNew: false },
    ],
    addedTags: ['Coke'],
    conflicts: [],
    skippedSources: [],
    misfits: [],
    alreadyImported: 0,
    renamedCodes: [],
    notImported: [],
    ...over,
  },
});

describe('the words of a REFI-QDA import report', () => {
  it('tells a clean import in one line: new articles, all annotations added, new tags', () => {
    expect(describeRefiImports([project()])).toEqual({ done: ['Imported the project b.qdpx: 1 article, 3 annotations, 1 new tag.'], toCheck: [] });
  });

  it('keeps what needs a look in one block per file: skipped sources, misfits with their codes, conflicts, renamed codes', () => {
    const words = describeRefiImports([
      project({
        skippedSources: [{ name: 'k.pdf', reason: 'a PDF source' }],
        misfits: [{ source: 'Mabel.txt', guid: 'g', start: 60, end: 90, tags: ['Coke'], note: 'Really?', textLength: 59 }],
        conflicts: [{ tag: 'Coke', field: 'color', set: '#123456', project: '#966450' }],
        alreadyImported: 4,
      }),
      { kind: 'codebook', report: { file: 'c.qdc', addedTags: [], conflicts: [], renamedCodes: ['milk/cream'] } },
    ]);
    expect(words.done).toEqual([]);
    expect(words.toCheck).toEqual([
      [
        'Imported the project b.qdpx: 1 article, 3 annotations, 1 new tag (4 annotations were imported before).',
        'To check:',
        '• Skipped “k.pdf”: a PDF source.',
        '• Kept out: a selection of “Mabel.txt” at 60–90 does not fit its text (59 characters), coded Coke, note “Really?”.',
        '• Tag “Coke” keeps its color (#123456); the project has #966450.',
      ].join('\n'),
      ['Imported the codebook c.qdc: 0 new tags.', 'To check:', '• Code “milk/cream” renamed: a “/” would make a level, so it is written ∕.'].join('\n'),
    ]);
  });
});
