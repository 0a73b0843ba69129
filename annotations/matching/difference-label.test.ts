import { describe, expect, it } from 'vitest';
import { differenceLabel } from './difference-label';
import { differencesBetween } from './differences';

describe('differenceLabel', () => {
  it('shows a time of day given otherwise as a time, though its kind is date (story F)', () => {
    const [time] = differencesBetween('"The Pakistan DGMO called up his Indian counterpart at 15:35," Misri said', 'around 3:30 PM, Pakistan’s DGMO called his Indian counterpart');
    expect(time).toEqual({ kind: 'date', here: '15:35', there: 'around 3:30 PM' });
    expect(differenceLabel(time!)).toBe('time');
    expect(differenceLabel({ kind: 'date', here: '1535 hours', there: '5 p.m.' })).toBe('time');
  });

  it('shows dates, and dates with a time, as dates; other kinds by their kind', () => {
    expect(differenceLabel({ kind: 'date', here: 'June 27', there: 'June 18' })).toBe('date');
    expect(differenceLabel({ kind: 'date', here: 'June 23 at 5 pm', there: 'June 24' })).toBe('date');
    expect(differenceLabel({ kind: 'date', here: '10 May at 17:00', there: '17:30' })).toBe('date');
    expect(differenceLabel({ kind: 'number', here: 'four days', there: 'weeks' })).toBe('number');
    expect(differenceLabel({ kind: 'person', here: 'Foreign Minister Ishaq Dar', there: 'Deputy Prime Minister, Ishaq Dar' })).toBe('person');
  });
});
