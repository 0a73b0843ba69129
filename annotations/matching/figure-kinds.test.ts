import { describe, expect, it } from 'vitest';
import { figureKinds, sharesFigureKind } from './figure-kinds';

describe('figureKinds', () => {
  it('reads a measure by its dimension, a count by what it counts, and a time of day (stories H, K, O, Q)', () => {
    expect([...figureKinds('The 242 people on board were killed.')]).toEqual(['count peopl']);
    expect([...figureKinds('The fire burned about 2,900 acres.')]).toEqual(['area']);
    expect([...figureKinds('Waves of up to 3 metres hit Hokkaido, and property losses might exceed $10 billion.')]).toEqual(['length', 'money']);
    expect([...figureKinds('The jet collided with the helicopter at 8:48 p.m.')]).toEqual(['time of day']);
    // A year or a day of the month counts nothing named.
    expect([...figureKinds('In March 2025, on June 27, the talks began.')]).toEqual([]);
    // A move of a rate in points is in nearly every report of a rate decision (story AD): no kind; the level it leads to is a share.
    expect([...figureKinds('The Fed lowered the federal funds rate by 50 basis points, to a range of 4.75% to 5%.')]).toEqual(['percent']);
  });

  it('reads no figure in a span given by its unit alone, and one in a span given by its figure (the seeds)', () => {
    const claim = figureKinds('The Armenia-Azerbaijan conflict has endured for over three decades.');
    expect([...claim]).toEqual(['duration']);
    expect(sharesFigureKind(claim, figureKinds('His personal leadership at this pivotal moment could transform years of hostility into enduring stability.'))).toBe(false);
    expect(sharesFigureKind(claim, figureKinds('After almost four decades of bitter conflict, Baku and Yerevan might finally settle for peace.'))).toBe(true);
  });

  it('tells a passage that states a figure of the claim’s kind, whatever the figure', () => {
    const claim = figureKinds('The 242 people on board were killed.');
    expect(sharesFigureKind(claim, figureKinds('All 244 people on board died.'))).toBe(true);
    expect(sharesFigureKind(claim, figureKinds('The plane crashed 30 seconds after take-off.'))).toBe(false);
    expect(sharesFigureKind(figureKinds('No figure here.'), figureKinds('All 244 people on board died.'))).toBe(false);
  });
});
