import { describe, expect, it } from 'vitest';
import { designationsDiffer, designationsIn } from './designations';
import { differencesBetween } from './differences';

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

  it('reads a label on a scale, whatever its case, and not one that allows two (story P)', () => {
    expect(read('Melissa has since weakened to a Category 4 hurricane with winds of 150 mph')).toEqual([{ text: 'Category 4', series: 'category', digits: '4' }]);
    expect(read('It is now a category 3 hurricane with max winds of 125mph.')).toEqual([{ text: 'category 3', series: 'category', digits: '3' }]);
    expect(read('forecasters expect a Category 4 or 5 hurricane, a level 2-3 alert, Phase 1.5')).toEqual([]);
    expect(differencesBetween('It exited the northern shore of the island as a Category 4 at 4:22 p.m.', 'It is now a category 3 hurricane with max winds of 125mph.')).toEqual([
      { kind: 'name', here: 'Category 4', there: 'category 3' },
    ]);
    expect(differencesBetween('It exited the island as a Category 4.', 'Melissa has since weakened to a Category 4 hurricane.')).toEqual([]);
  });

  it('reads no date, year, count or share', () => {
    expect(read('In 2025, on June 12 and Thursday 12, Over 290 people, Nearly 300 more, Gaza 2.5 million, Kashmir 26%')).toEqual([]);
    // A currency in letters before a sum is no series (story AF).
    expect(read('The Rs 600 crore mission, a grant of USD 500 million, INR 5000')).toEqual([]);
  });

  it('tells two numbers of one series apart, not a number that only goes on', () => {
    const [b787, b727, b7878] = designationsIn('Boeing 787 and Boeing 727 and Boeing 787-8');
    expect(designationsDiffer(b787!, b727!)).toBe(true);
    expect(designationsDiffer(b787!, b7878!)).toBe(false);
    const [airbus] = designationsIn('Airbus 787');
    expect(designationsDiffer(b787!, airbus!)).toBe(false);
  });
});
