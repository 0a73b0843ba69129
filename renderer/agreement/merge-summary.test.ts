import { describe, expect, it } from 'vitest';
import type { CopyMergeResult } from '../../annotations/api/view-types';
import { mergeSummary } from './merge-summary';

const base: CopyMergeResult = {
  label: 'Merge from “bob”',
  from: '/sets/bob',
  tags: [],
  updated: [],
  failed: [],
  annotations: 0,
  added: 0,
  taken: 0,
  deletedHere: 0,
  conflicts: [],
  tagsAdded: [],
  refused: [],
  skipped: [],
};

describe('mergeSummary', () => {
  it('a clean merge is news, not a problem', () => {
    expect(mergeSummary({ ...base, added: 2, taken: 1, tagsAdded: ['New'] })).toEqual({
      text: 'Merged from /sets/bob: 2 annotations brought in, 1 change taken, 1 tag added to the codebook.',
      problem: false,
    });
  });

  it('names each conflict with the copy kept beside it, and each refused file with why', () => {
    const summary = mergeSummary({
      ...base,
      added: 1,
      deletedHere: 1,
      conflicts: [{ file: 'a.txt', id: 'urn:uuid:1', keptAside: 'a.txt.annotations.conflict-20260101T000000Z.json' }],
      refused: [{ file: 'b.txt.annotations.json', reason: 'it holds an unresolved git merge conflict (line 3)' }],
    });
    expect(summary.problem).toBe(true);
    expect(summary.text).toBe(
      'Merged from /sets/bob: 1 annotation brought in, 0 changes taken, 1 annotation you deleted left deleted. ' +
        '1 annotation was changed in both copies; yours is kept, the other version beside it: urn:uuid:1 in a.txt (a.txt.annotations.conflict-20260101T000000Z.json). ' +
        'Not merged: b.txt.annotations.json (it holds an unresolved git merge conflict (line 3)).',
    );
  });
});
