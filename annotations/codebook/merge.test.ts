import { describe, expect, it } from 'vitest';
import { mergeTags } from './merge';
import { tag } from './test-support';

describe('mergeTags', () => {
  it('removes the merged tag from the codebook; the target keeps its own colour and hotkey', () => {
    const { tags, mapping } = mergeTags([tag('A', { color: '#111111', hotkey: 1 }), tag('B', { color: '#222222', hotkey: 2 })], [], 'A', 'B');
    expect(tags).toEqual([tag('B', { color: '#222222', hotkey: 2 })]);
    expect(Object.fromEntries(mapping)).toEqual({ A: 'B' });
  });

  it('moves the tags under the merged one, merging with those that exist under the target', () => {
    const { tags, mapping } = mergeTags([tag('A'), tag('A/x', { description: 'ax' }), tag('A/y'), tag('B'), tag('B/x', { description: 'bx' })], [], 'A', 'B');
    expect(tags).toEqual([tag('A/y', { label: 'B/y' }), tag('B'), tag('B/x', { description: 'bx' })]);
    expect(Object.fromEntries(mapping)).toEqual({ A: 'B', 'A/x': 'B/x', 'A/y': 'B/y' });
  });

  it('merges into a tag found only in sidecars', () => {
    const { tags } = mergeTags([tag('A')], ['Loose'], 'A', 'Loose');
    expect(tags).toEqual([tag('A', { label: 'Loose' })]);
  });

  it('refuses merging a tag into itself, into a tag under it, or an unknown tag', () => {
    expect(() => mergeTags([tag('A')], [], 'A', 'A')).toThrow(/into itself/u);
    expect(() => mergeTags([tag('A'), tag('A/x')], [], 'A', 'A/x')).toThrow(/under it/u);
    expect(() => mergeTags([tag('A')], [], 'A', 'Z')).toThrow(/no tag "Z"/u);
  });
});
