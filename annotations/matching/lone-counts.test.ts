import { describe, expect, it } from 'vitest';
import { differencesBetween } from './differences';
import { lonePeopleCounts } from './lone-counts';
import { quantitiesIn } from './quantities';

// Passages from the news gold's articles (bench/match/gold/news), each the one count of people its report gives.
const RESCUERS = 'Kerrville City Manager Dalton Rice said more than 1,000 rescuers were on the ground to help with search-and-rescue efforts.';
const HELPERS = 'Patrick said at least 400 people were on the ground helping in the response.';

describe('lonePeopleCounts', () => {
  it('pairs the one count of people each passage gives, whatever it calls them', () => {
    const pair = lonePeopleCounts(quantitiesIn(HELPERS), quantitiesIn(RESCUERS));
    expect(pair && [pair.x.text, pair.y.text]).toEqual(['at least 400 people', 'more than 1,000 rescuers']);
  });

  it('pairs none where a passage gives two counts, or counts children, nations or things', () => {
    const twoCounts = 'He also said hundreds of people were on the ground doing search operations and that about 20 people were still unaccounted for from hard-hit Camp Mystic.';
    expect(lonePeopleCounts(quantitiesIn(twoCounts), quantitiesIn(RESCUERS))).toBeUndefined();
    // "hundreds" holds no figure to differ in.
    expect(lonePeopleCounts(quantitiesIn('He also said hundreds of people were on the ground doing search operations.'), quantitiesIn(RESCUERS))).toBeUndefined();
    expect(lonePeopleCounts(quantitiesIn('rescuers continue searching for 27 missing girls'), quantitiesIn('At least 25 people remain missing.'))).toBeUndefined();
    expect(lonePeopleCounts(quantitiesIn('a historic day for our two peoples'), quantitiesIn('the three leaders signed'))).toBeUndefined();
    expect(lonePeopleCounts(quantitiesIn('Iran fired six missiles at the base'), quantitiesIn('the 14 soldiers at the base'))).toBeUndefined();
  });
});

describe('differences between people counted under two names', () => {
  it('names two figures for those on the ground, rescuers in one report and people in the other', () => {
    // Each report gives its figure to another official: a speaker differs too (speakers.ts).
    expect(differencesBetween(HELPERS, RESCUERS)).toEqual([
      { kind: 'number', here: 'at least 400 people', there: 'more than 1,000 rescuers' },
      { kind: 'person', here: 'Patrick said', there: 'Kerrville City Manager Dalton Rice said' },
    ]);
    expect(differencesBetween('We have 400 to 500 people on the ground.', RESCUERS).filter((d) => d.kind === 'number')).toEqual([
      { kind: 'number', here: '400 to 500 people', there: 'more than 1,000 rescuers' },
    ]);
  });

  it('names a gang of four men against one of three or four thieves', () => {
    expect(differencesBetween('Reports said three or four thieves used a basket lift to reach the gallery.', 'four men pulled up outside the world’s most visited museum')).toEqual([
      { kind: 'number', here: 'three or four thieves', there: 'four men' },
    ]);
  });

  it('names nothing where the figures agree, or count people at two fates', () => {
    expect(differencesBetween('Four thieves made off with the jewels.', 'four men pulled up outside the museum')).toEqual([]);
    // Those killed and those on board are two counts, however alike their figures.
    expect(differencesBetween('241 passengers and crew on board were killed.', 'An Air India aircraft with 242 passengers on board heading to London crashed.')).toEqual([]);
  });
});
