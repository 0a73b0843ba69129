import { describe, expect, it } from 'vitest';
import { elsewhere } from './elsewhere';
import { MatchIndex } from './index';
import { figureOf, figuresClose, FigureTable } from './near-numbers';

describe('close figures', () => {
  it('reads numbers and times of day, not small numbers, years or words', () => {
    expect(figureOf('8,200')).toEqual({ kind: 'number', value: 8200 });
    expect(figureOf('13:39')).toEqual({ kind: 'time', minutes: 13 * 60 + 39 });
    expect(figureOf('12')).toBeUndefined();
    expect(figureOf('2025')).toBeUndefined();
    expect(figureOf('peopl')).toBeUndefined();
  });

  it('calls two figures close within a few per cent or a few minutes (story H)', () => {
    const close = (a: string, b: string) => figuresClose(figureOf(a)!, figureOf(b)!);
    expect(close('242', '244')).toBe(true);
    expect(close('241', '247')).toBe(true);
    expect(close('8200', '8,200')).toBe(true);
    expect(close('242', '274')).toBe(false);
    expect(close('625', '825')).toBe(false);
    expect(close('13:39', '13:38')).toBe(true);
    expect(close('13:39', '13:10')).toBe(false);
    // A time and a number are never one figure.
    expect(figuresClose({ kind: 'time', minutes: 242 }, { kind: 'number', value: 242 })).toBe(false);
  });

  it('finds a figure’s close ones in the table, across a bucket’s edge, and not itself', () => {
    const table = new FigureTable();
    for (const term of ['242', '244', '241', '247', '274', '13:38', '13:40', '13:10', '2025', 'peopl']) table.add(term);
    expect(table.closeTo('242').sort()).toEqual(['241', '244', '247']);
    expect(table.closeTo('13:39').sort()).toEqual(['13:38', '13:40']);
    expect(table.closeTo('2024')).toEqual([]);
  });

  it('lets the matcher count the claim’s figure given otherwise, and not one far from it (story H)', () => {
    const claim = { file: 'h02.txt', text: 'The flight took off at 13:39 local time but lost radar contact soon after, following a mayday call from the cockpit.' };
    const scored = (time: string) => {
      const index = new MatchIndex();
      index.setArticle('h02.txt', claim.text);
      index.setArticle('h07.txt', `Rescue teams reached the site within minutes. The flight took off at ${time} from Ahmedabad and lost contact soon after.`);
      index.setArticle('x.txt', 'A different plane left another airport on schedule, its crew said.');
      return elsewhere(index, claim).candidates.find((c) => c.file === 'h07.txt');
    };
    const near = scored('13:38');
    const far = scored('13:10');
    expect(near?.shared).toContain('13:39');
    // The far time shares nothing: the passage scores less, here under what is listed at all.
    expect(far?.shared ?? []).not.toContain('13:39');
    expect(near!.score).toBeGreaterThan(far?.score ?? 0);
  });
});
