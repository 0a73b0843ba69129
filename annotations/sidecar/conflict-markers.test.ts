import { describe, expect, it } from 'vitest';
import { AnnotatorError } from '../errors';
import { firstConflictMarker } from './conflict-markers';
import { emptySidecar, parseSidecar, serializeSidecar } from './schema';

/** A sidecar as `git merge` leaves it when both sides changed the same note. */
const HALF_MERGED = `{
  "format": "research-annotator/sidecar",
  "version": 1,
  "article": { "file": "a.txt", "sha256": "${'0'.repeat(64)}" },
  "annotations": [
    {
      "id": "urn:uuid:1",
<<<<<<< HEAD
      "modified": "2026-01-02T00:00:00Z",
=======
      "modified": "2026-01-03T00:00:00Z",
>>>>>>> colleague
      "type": "Annotation"
    }
  ]
}
`;

describe('git conflict markers in a sidecar', () => {
  it('are refused as a whole, naming the file and the line', () => {
    let error: unknown;
    try {
      parseSidecar(HALF_MERGED, 'a.txt.annotations.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnnotatorError);
    expect((error as AnnotatorError).kind).toBe('invalid-sidecar');
    expect((error as AnnotatorError).message).toBe(
      'a.txt.annotations.json: it holds an unresolved git merge conflict (line 8: "<<<<<<< HEAD"). ' +
        'Resolve the conflict in git (or keep one side with "git checkout --ours" or "--theirs"), then reopen the set',
    );
  });

  it('are found at the start of a line only: the same characters inside a JSON string are text', () => {
    const sidecar = { ...emptySidecar('a.txt', '0'.repeat(64)), note: '<<<<<<< HEAD\n=======' };
    expect(firstConflictMarker(serializeSidecar(sidecar))).toBeNull();
    expect(firstConflictMarker('a\r\n=======\r\nb')).toEqual({ line: 2, text: '=======' });
    expect(firstConflictMarker('>>>>>>> theirs')).toEqual({ line: 1, text: '>>>>>>> theirs' });
  });
});
