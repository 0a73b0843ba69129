import { describe, expect, it } from 'vitest';
import { briefProgressWords, isCounted, matchProgressWords } from './progress-words';

describe('progress in words', () => {
  it('counts the brief’s articles read, then its claims matched, with thousands grouped', () => {
    expect(briefProgressWords({ type: 'briefProgress', task: 'view', phase: 'reading', done: 3, total: 5 })).toBe('reading article 3 of 5');
    expect(briefProgressWords({ type: 'briefProgress', task: 'export', phase: 'matching', done: 1437, total: 12280 })).toBe('finding possible corroboration, claim 1,437 of 12,280');
    expect(briefProgressWords({ type: 'briefProgress', task: 'view', phase: 'writing', done: 5, total: 5 })).toBe('writing…');
    expect(briefProgressWords(null)).toBe('starting…');
  });

  it('counts the review queue’s articles read, then its claims scored', () => {
    expect(matchProgressWords({ type: 'matchProgress', phase: 'reading', done: 12, total: 60 })).toBe('reading article 12 of 60');
    expect(matchProgressWords({ type: 'matchProgress', phase: 'scoring', done: 2280, total: 2280 })).toBe('scoring claim 2,280 of 2,280');
    expect(matchProgressWords(null)).toBe('starting…');
  });

  it('draws a bar with a value only for counted steps: not for writing, the end, or nothing to count', () => {
    expect(isCounted({ type: 'matchProgress', phase: 'scoring', done: 0, total: 10 })).toBe(true);
    expect(isCounted({ type: 'matchProgress', phase: 'scoring', done: 0, total: 0 })).toBe(false);
    expect(isCounted({ type: 'matchProgress', phase: 'done', done: 0, total: 0 })).toBe(false);
    expect(isCounted({ type: 'briefProgress', task: 'view', phase: 'writing', done: 5, total: 5 })).toBe(false);
    expect(isCounted(null)).toBe(false);
  });
});
