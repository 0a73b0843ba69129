import { describe, expect, it } from 'vitest';
import { countriesIn, countryOfDemonym, isCountryOrLarger } from './countries';

describe('isCountryOrLarger', () => {
  it('knows countries by their names and common aliases, with or without accents or a possessive', () => {
    for (const name of ['Myanmar', 'Burma', 'Türkiye', 'Turkey', 'DRC', 'United States', 'the United Kingdom', 'Malaysia’s']) expect(isCountryOrLarger(name), name).toBe(true);
  });

  it('knows continents and their parts', () => {
    for (const name of ['Asia', 'Southeast Asia', 'Western Europe', 'East Africa', 'South America']) expect(isCountryOrLarger(name), name).toBe(true);
  });

  it('takes towns, regions and landmarks for smaller places', () => {
    for (const name of ['Sagaing', 'Mandalay', 'Putrajaya', 'South Caucasus', 'Kashmir', 'Yunnan', 'Asian Games']) expect(isCountryOrLarger(name), name).toBe(false);
  });

  it('finds the countries a text names anywhere, in runs of capitalized words', () => {
    expect([...countriesIn('The quake has struck central Myanmar, and was felt in Thailand and the United States.')]).toEqual(['myanmar', 'thailand', 'united states']);
    expect([...countriesIn('Kerr County Sheriff Larry Leitha said')]).toEqual([]);
  });

  it('reads a demonym as its country', () => {
    expect(['Japanese', 'Chinese', 'Italian', 'Pakistani', 'Russian', 'Indian', 'Mexican', 'German'].map(countryOfDemonym)).toEqual(['japan', 'china', 'italy', 'pakistan', 'russia', 'india', 'mexico', 'germany']);
    expect(['Meteorological', 'Agency', 'Korean', 'Ian'].map(countryOfDemonym)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
