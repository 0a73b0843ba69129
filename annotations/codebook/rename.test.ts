import { describe, expect, it } from 'vitest';
import { renameTag } from './rename';
import { tag } from './test-support';

describe('renameTag', () => {
  it('keeps colour, description and hotkey, and moves the tags under it along', () => {
    const codebook = [tag('Security', { color: '#123456', description: 'd', hotkey: 4 }), tag('Security/Guarantees'), tag('Other')];
    const { tags, mapping } = renameTag(codebook, ['Security/Doubts'], 'Security', ' Safety ');
    expect(tags).toEqual([tag('Safety', { color: '#123456', description: 'd', hotkey: 4 }), tag('Safety/Guarantees'), tag('Other')]);
    expect(Object.fromEntries(mapping)).toEqual({ Security: 'Safety', 'Security/Guarantees': 'Safety/Guarantees', 'Security/Doubts': 'Safety/Doubts' });
  });

  it('renames a tag found only in sidecars', () => {
    const { tags, mapping } = renameTag([], ['Loose'], 'Loose', 'Tight');
    expect(tags).toEqual([]);
    expect(mapping.get('Loose')).toBe('Tight');
  });

  it('refuses a label that exists already, pointing to merge', () => {
    expect(() => renameTag([tag('A'), tag('B')], [], 'A', 'B')).toThrow(/exists already.*merge/u);
    expect(() => renameTag([tag('A'), tag('B/x')], ['A/x'], 'A', 'B')).toThrow(/"B\/x" exists already/u);
  });

  it('refuses unknown tags, invalid labels and no-op renames', () => {
    expect(() => renameTag([tag('A')], [], 'Z', 'B')).toThrow(/no tag "Z"/u);
    expect(() => renameTag([tag('A')], [], 'A', 'a//b')).toThrow(/each level/u);
    expect(() => renameTag([tag('A')], [], 'A', ' A ')).toThrow(/already has that label/u);
  });

  it('can move a tag under a new parent', () => {
    const { tags } = renameTag([tag('Guarantees'), tag('Security')], [], 'Guarantees', 'Security/Guarantees');
    expect(tags.map((t) => t.label)).toEqual(['Security/Guarantees', 'Security']);
  });
});
