import { describe, expect, it } from 'vitest';
import { tagQuotes, type TagQuote } from './tag-quotes';

const q = (id: string, tags: string[], start: number | null): TagQuote => ({ id, exact: id, tags, note: '', status: start === null ? 'orphan' : 'exact', start });

describe('the quotes of one tag across a set', () => {
  it('groups by article in set order, children included, reading order with orphans last', () => {
    const result = tagQuotes(
      [
        { file: 'a.txt', title: 'A', annotations: [q('a-orphan', ['Security'], null), q('a2', ['Security/Guarantees'], 50), q('a1', ['Security'], 10)] },
        { file: 'b.txt', title: 'B', annotations: [q('b1', ['Russia'], 5)] },
        { file: 'c.txt', title: 'C', annotations: [q('c1', ['Russia', 'Security/Corridor'], 7), q('c2', ['Securityish'], 1)] },
      ],
      'Security',
    );
    expect(result.total).toBe(4);
    expect(result.groups.map((g) => [g.file, g.quotes.map((x) => x.id)])).toEqual([
      ['a.txt', ['a1', 'a2', 'a-orphan']],
      ['c.txt', ['c1']],
    ]);
  });

  it('a child tag does not include its parent', () => {
    expect(tagQuotes([{ file: 'a.txt', title: 'A', annotations: [q('p', ['Security'], 1)] }], 'Security/Guarantees').total).toBe(0);
  });
});
