import { describe, expect, it } from 'vitest';
import { differencesBetween } from './differences';
import { meansIn } from './means';

const kinds = (text: string) => meansIn(text).map((m) => [m.text, m.kind]);

describe('meansIn', () => {
  it('reads each kind of lifting gear and two-wheeler under its names (story I)', () => {
    expect(kinds('using a mechanized cherry-picker to gain access')).toEqual([['cherry-picker', 'basket lift']]);
    expect(kinds('thieves used a basket lift to reach the iconic Paris museum')).toEqual([['basket lift', 'basket lift']]);
    expect(kinds('used a freight elevator to reach the Apollo Gallery')).toEqual([['freight elevator', 'furniture lift']]);
    expect(kinds('a furniture elevator used by robbers')).toEqual([['furniture elevator', 'furniture lift']]);
    expect(kinds('they escaped on motor scooters with their two compatriots')).toEqual([['motor scooters', 'scooter']]);
    expect(kinds('the robbers fled the spot on their motorcycles')).toEqual([['motorcycles', 'motorbike']]);
  });

  it('reads no kind in words that could name any, nor in vehicles of many parts', () => {
    for (const text of [
      'escaping on two-wheelers',
      'The assailants utilized a stolen vehicle-mounted mechanical lift',
      'calls to lift sanctions',
      'one of the two cars of the Glória lift derailed',
      'the jet collided with an Army helicopter',
    ]) {
      expect(meansIn(text), text).toEqual([]);
    }
  });
});

describe('means that differ', () => {
  // Real reports of the Louvre heist (bench/match/gold/news, story I).
  it('names two kinds of one means, each passage naming one', () => {
    expect(differencesBetween('thieves used a basket lift to reach the iconic Paris museum', 'used a freight elevator to reach the Apollo Gallery')).toEqual([
      { kind: 'name', here: 'basket lift', there: 'freight elevator' },
    ]);
    expect(differencesBetween('before escaping on scooters with eight incredibly valuable items', 'The thieves escaped on motorbikes')).toEqual([
      { kind: 'name', here: 'scooters', there: 'motorbikes' },
    ]);
  });

  it('names nothing between two names of one kind, against a report that names two kinds, or one that says less', () => {
    expect(differencesBetween('used a “cherry picker” to gain entry inside the museum', 'Using a basket lift, they scaled the façade')).toEqual([]);
    expect(differencesBetween('the robbers fled the spot on their motorcycles', 'then escaping on motorbikes')).toEqual([]);
    expect(differencesBetween('"Individuals entered from outside with a cherry picker (a kind of hydraulic ladder) and stole priceless jewellery"', 'used a furniture elevator to sneak in through a balcony')).toEqual([]);
    expect(differencesBetween('escaping on two-wheelers', 'The suspects escaped on scooters waiting outside')).toEqual([]);
    // Lifting gear and a getaway are two things, not two answers to one.
    expect(differencesBetween('used a basket lift to reach the gallery', 'escaped on scooters')).toEqual([]);
  });
});
