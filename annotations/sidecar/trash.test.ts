import { describe, expect, it } from 'vitest';
import { annotated } from '../codebook/test-support';
import { emptyTrash, parseTrashFile, serializeTrashFile, TRASH_FILE_NAME } from './trash';

describe('the trash file', () => {
  it('round-trips, keeping fields it does not know', () => {
    const trash = { ...emptyTrash(), items: [{ file: 'a.txt', deleted: '2025-08-07T10:20:30.000Z', annotation: annotated('x', ['A']), 'x:by': 'kept' }], 'x:other': 1 };
    expect(parseTrashFile(serializeTrashFile(trash))).toEqual(trash);
  });

  it('names the file and the place of a problem', () => {
    expect(() => parseTrashFile('{"format":"research-annotator/trash","version":1,"items":[{"file":"a.txt","deleted":"yesterday"}]}')).toThrow(
      /annotation-trash\.json: items\[0\]\.deleted/u,
    );
    expect(() => parseTrashFile('nope', TRASH_FILE_NAME)).toThrow(/annotation-trash\.json: the file is not valid JSON/u);
  });

  it('refuses a trash written by a newer version', () => {
    expect(() => parseTrashFile('{"format":"research-annotator/trash","version":2,"items":[]}')).toThrow(/newer version/u);
  });
});
