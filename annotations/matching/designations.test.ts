import { describe, expect, it } from 'vitest';
import { designationsDiffer, designationsIn } from './designations';

const read = (text: string) => designationsIn(text).map(({ text, series, digits }) => ({ text, series, digits }));

describe('designationsIn', () => {
  it('reads a series and its number however the number is written (story H)', () => {
    expect(read('The Boeing 787-8 Dreamliner, flight AI-171, an Airbus A320')).toEqual([
      { text: 'Boeing 787-8', series: 'boeing', digits: '7878' },
      { text: 'Airbus A320', series: 'airbus', digits: '320' },
    ]);
    expect(read('Flight AI171 took off from Runway 23')).toEqual([
      { text: 'Flight AI171', series: 'flight', digits: '171' },
      { text: 'Runway 23', series: 'runway', digits: '23' },
    ]);
  });

  it('reads no date, year, count or share', () => {
    expect(read('In 2025, on June 12 and Thursday 12, Over 290 people, Nearly 300 more, Gaza 2.5 million, Kashmir 26%')).toEqual([]);
  });

  it('tells two numbers of one series apart, not a number that only goes on', () => {
    const [b787, b727, b7878] = designationsIn('Boeing 787 and Boeing 727 and Boeing 787-8');
    expect(designationsDiffer(b787!, b727!)).toBe(true);
    expect(designationsDiffer(b787!, b7878!)).toBe(false);
    const [airbus] = designationsIn('Airbus 787');
    expect(designationsDiffer(b787!, airbus!)).toBe(false);
  });
});
