import { describe, expect, it } from 'vitest';
import { segmentLine } from './segments';

describe('segmentLine', () => {
  it('returns one plain segment for an unhighlighted line', () => {
    expect(segmentLine(10, 20, [])).toEqual([{ start: 0, end: 10, ids: [] }]);
  });

  it('returns no segment for an empty line', () => {
    expect(segmentLine(5, 5, [{ id: 'a', start: 0, end: 9 }])).toEqual([]);
  });

  it('flattens overlapping highlights into segments carrying both ids', () => {
    const segments = segmentLine(0, 20, [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 15, ids: ['b'] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it('clips a highlight that spans several lines to this line', () => {
    expect(segmentLine(100, 110, [{ id: 'a', start: 95, end: 104 }])).toEqual([
      { start: 0, end: 4, ids: ['a'] },
      { start: 4, end: 10, ids: [] },
    ]);
  });

  it('ignores highlights that end where the line starts', () => {
    expect(segmentLine(10, 20, [{ id: 'a', start: 0, end: 10 }])).toEqual([{ start: 0, end: 10, ids: [] }]);
  });
});
