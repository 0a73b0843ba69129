import { describe, expect, it } from 'vitest';
import { annotated } from '../codebook/test-support';
import type { Annotation } from './annotation';
import { creatorNamesOf, normalizeAnalystName, withCreator } from './creator';

const base: Annotation = annotated('urn:uuid:1', ['T']);

describe('creator', () => {
  it('is written as a W3C Person and read back', () => {
    const stamped = withCreator(base, 'Alice Martin');
    expect(stamped['creator']).toEqual({ type: 'Person', name: 'Alice Martin' });
    expect(creatorNamesOf(stamped)).toEqual(['Alice Martin']);
    expect(withCreator(stamped, 'Alice Martin')).toBe(stamped);
  });

  it("keeps the first coder when a colleague changes the annotation", () => {
    const both = withCreator(withCreator(base, 'Alice'), 'Bob');
    expect(both['creator']).toEqual([
      { type: 'Person', name: 'Alice' },
      { type: 'Person', name: 'Bob' },
    ]);
    expect(creatorNamesOf(both)).toEqual(['Alice', 'Bob']);
  });

  it("reads other tools' forms, and none at all", () => {
    expect(creatorNamesOf(base)).toEqual([]);
    expect(creatorNamesOf({ ...base, creator: 'http://example.org/user1' })).toEqual(['http://example.org/user1']);
    expect(creatorNamesOf({ ...base, creator: { type: 'Software', nickname: 'bot' } })).toEqual(['bot']);
    expect(creatorNamesOf({ ...base, creator: [{ id: 'acct:x' }, 42, null] })).toEqual(['acct:x']);
    expect(withCreator({ ...base, creator: 'http://example.org/user1' }, 'Bob')['creator']).toEqual(['http://example.org/user1', { type: 'Person', name: 'Bob' }]);
  });

  it('normalizes the name as typed', () => {
    expect(normalizeAnalystName('  Alice \n Martin ')).toBe('Alice Martin');
    expect(normalizeAnalystName('   ')).toBeNull();
  });
});
