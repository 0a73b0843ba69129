import { describe, expect, it } from 'vitest';
import { countriesIn, countryOfDemonym, placeLevel } from './countries';

describe('placeLevel', () => {
  it('knows countries by their names and common aliases, with or without accents or a possessive', () => {
    for (const name of ['Myanmar', 'Burma', 'Türkiye', 'Turkey', 'DRC', 'United States', 'the United Kingdom', 'Malaysia’s']) expect(placeLevel(name), name).toBe('country');
  });

  it('knows continents and their parts, oceans and regions of several countries', () => {
    for (const name of ['Asia', 'Southeast Asia', 'Western Europe', 'East Africa', 'South America', 'the Pacific', 'Atlantic', 'the South Caucasus', 'Middle East']) expect(placeLevel(name), name).toBe('region');
  });

  it('takes towns, provinces and landmarks for places within a country', () => {
    for (const name of ['Sagaing', 'Mandalay', 'Putrajaya', 'Kashmir', 'Yunnan', 'Asian Games', 'White House']) expect(placeLevel(name), name).toBe('local');
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
