import { describe, expect, it } from 'vitest';
import { hotkeysOf } from '../model/codebook';
import { editTag } from './edit';
import { tag } from './test-support';

describe('editTag', () => {
  it('recolours and describes; an empty description removes it', () => {
    const { tags } = editTag([tag('A', { description: 'old' })], [], 'A', { color: '#AABBCC', description: '  ' });
    expect(tags).toEqual([{ label: 'A', color: '#aabbcc' }]);
    expect(editTag(tags, [], 'A', { description: ' new ' }).tags[0]?.description).toBe('new');
  });

  it('moves a digit held by another tag, never leaving two tags on it, and names the loser', () => {
    const codebook = [tag('A', { hotkey: 3 }), tag('B'), tag('C')];
    const { tags, displaced } = editTag(codebook, [], 'C', { hotkey: 3 });
    expect(displaced).toBe('A');
    const keys = hotkeysOf(tags);
    expect(keys.get('C')).toBe(3);
    expect(keys.get('A')).toBeUndefined();
    expect(new Set(keys.values()).size).toBe(keys.size);
  });

  it('takes a digit that another tag got automatically', () => {
    // B answers to 2 by position; giving it to C leaves B with none.
    const { tags, displaced } = editTag([tag('A'), tag('B'), tag('C')], [], 'C', { hotkey: 2 });
    expect(displaced).toBe('B');
    expect(Object.fromEntries(hotkeysOf(tags))).toEqual({ C: 2, A: 1 });
  });

  it('clears a hotkey with null and gives a sidecar-only tag an entry', () => {
    expect(editTag([tag('A')], [], 'A', { hotkey: null }).tags[0]?.hotkey).toBeNull();
    const { tags } = editTag([tag('A')], ['Loose'], 'Loose', { hotkey: 5 });
    expect(tags[1]).toMatchObject({ label: 'Loose', hotkey: 5 });
  });

  it('refuses unknown tags, bad colours and digits outside 1–9', () => {
    expect(() => editTag([], [], 'Z', { color: '#000000' })).toThrow(/no tag "Z"/u);
    expect(() => editTag([tag('A')], [], 'A', { color: 'red' })).toThrow(/not a colour/u);
    expect(() => editTag([tag('A')], [], 'A', { hotkey: 0 })).toThrow(/1 to 9/u);
  });
});
