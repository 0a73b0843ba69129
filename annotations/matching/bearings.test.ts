import { describe, expect, it } from 'vitest';
import { bearingsIn, bearingsThatDiffer } from './bearings';
import { differencesBetween } from './differences';

// Real reports of the Myanmar and Kamchatka earthquakes (bench/match/gold/news, stories J and O).
const j01 = 'The tremor’s epicentre was located 16 kilometres (10 miles) northwest of the city of Sagaing at a depth of 10 kilometres around 12:50 pm local time (0620 GMT), the USGS said.';
const j03 = 'According to USGS, the quake struck 16 kilometers (10 miles) north northwest of the town of Sagaing, Myanmar around 12:50 p.m. local time.';
const j04 = 'According to the US Geological Survey, the epicentre was 16 km northwest of Sagaing, at a depth of 10 km.';
const o10 = 'The United States Geological Survey (USGS) located the epicenter 119 kilometers southeast of Petropavlovsk-Kamchatsky, at a shallow depth of 20.7 kilometers.';

describe('bearingsIn', () => {
  it('reads a bearing in words or letters, and the place it is taken from whatever its kind', () => {
    expect(bearingsIn(j03)).toEqual([{ start: 61, end: 76, text: 'north northwest', point: 'NNW', from: 'sagaing', of: '' }]);
    expect(bearingsIn(j01).map((b) => [b.point, b.from])).toEqual([['NW', 'sagaing']]);
    expect(bearingsIn('Notable quake, preliminary info: M 8.0 - 136 km ESE of Petropavlovsk-Kamchatsky, Russia').map((b) => b.point)).toEqual(['ESE']);
    expect(bearingsIn('about 119 kilometers east-southeast of Petropavlovsk-Kamchatsky').map((b) => b.point)).toEqual(['ESE']);
    expect(bearingsIn('10 kilometers below the surface of Sagaing City, 16 kilometers north-west of Sagaing City').map((b) => [b.point, b.from])).toEqual([['NW', 'sagaing']]);
  });

  it('reads no part of a place, no single letter and no bearing from nothing named', () => {
    expect(bearingsIn('villages in the south of Armenia')).toEqual([]);
    expect(bearingsIn('Plan E of Kyiv')).toEqual([]);
    expect(bearingsIn('north of the river')).toEqual([]);
  });
});

describe('bearing differences', () => {
  it('names the bearings from one place that differ, showing the bearings alone (story J)', () => {
    expect(differencesBetween(j01, j03)).toContainEqual({ kind: 'place', here: 'northwest', there: 'north northwest' });
    expect(differencesBetween(j01, j04).filter((d) => d.kind === 'place')).toEqual([]);
    expect(bearingsThatDiffer(bearingsIn(o10), bearingsIn('136 km ESE of Petropavlovsk-Kamchatsky'))).toMatchObject({ here: { text: 'southeast' }, there: { text: 'ESE' } });
  });

  it('names none between the bearing of a town and that of an event, from one place (story P)', () => {
    const p04 = 'Near the town of New Hope, about 62 kilometers south of Montego Bay, Melissa unleashed sustained winds of 185 mph (295 kph).';
    const p03 = 'As of 2 p.m. EDT, the eye of the storm was located just 20 miles south-southwest of Montego Bay, packing maximum sustained winds of 165 miles per hour.';
    expect(bearingsIn(p04).map((b) => [b.point, b.from, b.of])).toEqual([['S', 'montego bay', 'new hope']]);
    expect(bearingsThatDiffer(bearingsIn(p04), bearingsIn(p03))).toBeUndefined();
  });

  it('names none between bearings from two places', () => {
    expect(bearingsThatDiffer(bearingsIn(j04), bearingsIn('approximately 100 kilometers north of the capital Naypyidaw'))).toBeUndefined();
  });
});
