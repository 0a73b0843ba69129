import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkIndex } from './mark-index';

describe('MarkIndex', () => {
  it('finds every mark of an annotation, across paragraphs and overlaps', () => {
    const index = new MarkIndex();
    index.set('1', ['a']);
    index.set('2', ['a', 'b']);
    index.set('3', ['b']);
    expect(index.keysOf('a')).toEqual(['1', '2']);
    expect(index.keysOf('b')).toEqual(['2', '3']);
    index.delete('2');
    expect(index.keysOf('a')).toEqual(['1']);
    expect(index.keysOf('b')).toEqual(['3']);
    index.set('1', ['c']);
    expect(index.keysOf('a')).toEqual([]);
    expect(index.idsOf('1')).toEqual(['c']);
    expect(index.allKeys().sort()).toEqual(['1', '3']);
  });

  it('agrees with a plain model after any sequence of sets and deletes', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 6 }), ids: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const index = new MarkIndex();
        const model = new Map<string, readonly string[]>();
        for (const o of ops) {
          if (o.kind === 'set') {
            index.set(String(o.key), o.ids);
            model.set(String(o.key), o.ids);
          } else {
            index.delete(String(o.key));
            model.delete(String(o.key));
          }
        }
        for (const id of ['a', 'b', 'c', 'd']) {
          const expected = [...model].filter(([, ids]) => ids.includes(id)).map(([key]) => key);
          expect(index.keysOf(id).sort()).toEqual(expected.sort());
        }
      }),
    );
  });
});
