import { describe, expect, it } from 'vitest';
import { filterAnnotations, isFilterActive, NO_FILTER, toggled, type Filterable } from './annotation-filter';
import { isUnderTag } from './tag-tree';

const a = (tags: string[], status: Filterable['status'] = 'exact', stance?: Filterable['stance']): Filterable & { name: string } => ({
  name: `${tags.join('+') || 'untagged'}/${status}/${stance ?? 'none'}`,
  tags,
  status,
  ...(stance ? { stance } : {}),
});

const ALL = [
  a(['Security/Guarantees'], 'exact', 'asserts'),
  a(['Security'], 'moved', 'disputes'),
  a(['Securityish'], 'exact'),
  a(['Peace deal', 'Russia'], 'fuzzy', 'reports'),
  a(['Russia'], 'orphan'),
  a([], 'exact'),
];
const names = (list: readonly { name: string }[]) => list.map((x) => x.name);

describe('filtering the annotations panel', () => {
  it('shows everything without a filter', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(filterAnnotations(ALL, NO_FILTER)).toHaveLength(ALL.length);
  });

  it('a parent tag includes its children, not tags that merely start alike', () => {
    expect(isUnderTag('Security/Guarantees', 'Security')).toBe(true);
    expect(isUnderTag('Securityish', 'Security')).toBe(false);
    expect(names(filterAnnotations(ALL, { ...NO_FILTER, tags: ['Security'] }))).toEqual(['Security/Guarantees/exact/asserts', 'Security/moved/disputes']);
  });

  it('several tags are alternatives', () => {
    expect(filterAnnotations(ALL, { ...NO_FILTER, tags: ['Russia', 'Securityish'] })).toHaveLength(3);
  });

  it('"no stance" selects annotations without one', () => {
    expect(names(filterAnnotations(ALL, { ...NO_FILTER, stances: ['none'] }))).toEqual(['Securityish/exact/none', 'Russia/orphan/none', 'untagged/exact/none']);
  });

  it('status groups exact and moved as anchored, fuzzy as to review, orphan as not found', () => {
    expect(filterAnnotations(ALL, { ...NO_FILTER, statuses: ['anchored'] })).toHaveLength(4);
    expect(names(filterAnnotations(ALL, { ...NO_FILTER, statuses: ['review'] }))).toEqual(['Peace deal+Russia/fuzzy/reports']);
    expect(names(filterAnnotations(ALL, { ...NO_FILTER, statuses: ['orphan', 'review'] }))).toHaveLength(2);
  });

  it('different kinds of filter all apply', () => {
    expect(names(filterAnnotations(ALL, { tags: ['Russia'], stances: ['none'], statuses: ['orphan'] }))).toEqual(['Russia/orphan/none']);
    expect(filterAnnotations(ALL, { tags: ['Russia'], stances: ['asserts'], statuses: [] })).toEqual([]);
  });

  it('toggles a choice in and out', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('tags offered by the filter', () => {
  it('lists parents before children, adding parents that are only prefixes, in codebook order', async () => {
    const { tagOptions } = await import('./tag-tree');
    expect(tagOptions(['Russia', 'Security/Guarantees', 'Peace deal', 'Security/Corridor/Zangezur'])).toEqual([
      { label: 'Russia', depth: 0 },
      { label: 'Security', depth: 0 },
      { label: 'Security/Guarantees', depth: 1 },
      { label: 'Security/Corridor', depth: 1 },
      { label: 'Security/Corridor/Zangezur', depth: 2 },
      { label: 'Peace deal', depth: 0 },
    ]);
  });
});
