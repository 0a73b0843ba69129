import { describe, expect, it } from 'vitest';
import { deleteTag } from './remove';
import { tag } from './test-support';

describe('deleteTag', () => {
  it('removes the tag and those under it, from the codebook and (by the mapping) from annotations', () => {
    const { tags, mapping } = deleteTag([tag('A'), tag('A/x'), tag('Ab')], ['A/y'], 'A');
    expect(tags).toEqual([tag('Ab')]);
    expect(Object.fromEntries(mapping)).toEqual({ A: null, 'A/x': null, 'A/y': null });
  });

  it('refuses an unknown tag', () => {
    expect(() => deleteTag([tag('A')], [], 'B')).toThrow(/no tag "B"/u);
  });
});
