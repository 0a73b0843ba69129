import { describe, expect, it } from 'vitest';
import { differencesBetween } from './differences';
import { platformsIn } from './platforms';

const platforms = (text: string) => platformsIn(text).map((p) => p.platform);

describe('platformsIn', () => {
  it('reads where a statement was posted, X and Twitter as one', () => {
    expect(platforms('Trump said in a post on Truth Social.')).toEqual(['truth social']);
    expect(platforms('Taking to X, he wrote, “Pakistan and India have agreed to a ceasefire with immediate effect.')).toEqual(['twitter']);
    expect(platforms('Rubio said on X (formerly Twitter).')).toEqual(['twitter', 'twitter']);
    expect(platforms('he posted on Threads and via Telegram')).toEqual(['threads', 'telegram']);
    // Story F, as Parliamentarian wrote it.
    expect(platforms('was shared by President Donald Trump on X-social media platform.')).toEqual(['twitter']);
  });

  it('reads a broadcaster after "on" as where a statement was made (story F)', () => {
    expect(platforms('Pakistani Foreign Minister Ishaq Dar announced the truce on Geo News')).toEqual(['geo news']);
    expect(platforms('he said on state TV, and later on Sky News')).toEqual(['state tv', 'sky news']);
    expect(platforms('Geo News reported that the talks went on News of the day')).toEqual([]);
  });

  it('reads no letter X, no X-ray and no word threads as a platform', () => {
    expect(platforms('Country X and Country Y signed; an X-ray of the deal; Threads of the talks ran on.')).toEqual([]);
    expect(platforms('a bet on X-ray machines, or on X2')).toEqual([]);
  });
});

describe('platform differences (story F)', () => {
  const truth = '“After a long night of talks mediated by the United States, I am pleased to announce that India and Pakistan have agreed to a FULL AND IMMEDIATE CEASEFIRE,” Trump said in a post on Truth Social.';
  const x = 'US President Donald Trump announced on X that India and Pakistan have agreed to a full and immediate ceasefire.';

  it('names the platforms when the reports place the statement on different ones', () => {
    expect(differencesBetween(truth, x)).toContainEqual({ kind: 'name', here: 'Truth Social', there: 'X' });
  });

  it('names a broadcaster against a platform (story F)', () => {
    const f11 = 'Pakistani Foreign Minister Ishaq Dar announced the truce on Geo News';
    const f07 = 'In a statement on X, Pakistan Foreign Minister Ishaq Dar said: "Pakistan and India have agreed to a ceasefire with immediate effect."';
    expect(differencesBetween(f11, f07)).toContainEqual({ kind: 'name', here: 'Geo News', there: 'X' });
  });

  it('names the speakers, not the platforms too, when two people posted (story F)', () => {
    const f07 = 'In a statement on X, Pakistan Foreign Minister Ishaq Dar said: "Pakistan and India have agreed to a ceasefire with immediate effect."';
    const differences = differencesBetween(truth, f07);
    expect(differences.filter((d) => d.kind === 'person')).toHaveLength(1);
    expect(differences.filter((d) => d.kind === 'name')).toEqual([]);
  });

  it('names nothing when one report names no platform, or both name one they share', () => {
    expect(differencesBetween(truth, 'Trump announced that India and Pakistan have agreed to a full and immediate ceasefire.').filter((d) => d.kind === 'name')).toEqual([]);
    expect(differencesBetween('He wrote on X (formerly Twitter).', 'He wrote on Twitter.')).toEqual([]);
  });
});
