import { describe, expect, it } from 'vitest';
import { bodiesIn } from './bodies';
import { differencesBetween } from './differences';

const sources = (here: string, there: string) => differencesBetween(here, there).filter((d) => d.kind === 'name');

describe('bodiesIn', () => {
  it('reads a body credited by its verb, its statement or its voice, and no person, place or outlet (stories K, O, S)', () => {
    const read = (text: string) => bodiesIn(text).map((b) => b.text);
    expect(read('The U.S. Geological Survey said the quake struck at a depth of 20.7 kilometers.')).toEqual(['The U.S. Geological Survey said']);
    expect(read('Japan’s Meteorological Agency forecast a tsunami up to 3 metres high.')).toEqual(['Japan’s Meteorological Agency forecast']);
    expect(read('Russia’s emergencies ministry reported several injuries.')).toEqual(['Russia’s emergencies ministry reported']);
    expect(read('One preliminary estimate from AccuWeather, a weather forecasting site, calculated the loss.')).toEqual(['estimate from AccuWeather']);
    expect(read('AccuWeather’s initial estimate pegged the loss at $50 billion.')).toEqual(['AccuWeather’s initial estimate']);
    expect(read('Coast Guard spokesperson Cynthia Oldham said all 21 crew members were accounted for.')).toEqual(['Coast Guard spokesperson Cynthia Oldham said']);
    // A person, a description alone, an outlet (attributions.ts) and a name written otherwise are none.
    for (const text of [
      'Donald Trump said the talks went well.',
      'McCarthy said the vote would be held.',
      'The company’s CEO said the update was faulty.',
      'The company said the update was faulty.',
      'CNN reported the figure.',
      'The report was published on Friday.',
    ])
      expect(read(text)).toEqual([]);
  });
});

describe('two bodies credited with one claim', () => {
  it('are two sources when neither report names the other’s (stories K and O)', () => {
    expect(
      sources(
        'The Japan Weather Agency said it expected a tsunami of around 10 feet to hit areas of the coast.',
        'The Japanese broadcaster NHK reported the threat of waves reaching up to three meters (9.8 feet) in some regions.',
      ),
    ).toEqual([{ kind: 'name', here: 'The Japan Weather Agency said', there: 'NHK reported' }]);
  });

  it('are one body by a word of their names, their country, or an acronym (stories J, O, P)', () => {
    // One country's weather agency, named two ways.
    expect(sources('The Japan Weather Agency said waves of 3 metres were expected.', 'The Japanese Meteorological Agency has issued a tsunami warning for waves of 3 metres.')).toEqual([]);
    expect(sources('The United States Geological Survey said the quake had a magnitude of 8.8.', 'USGS calculated a magnitude of 8.8.')).toEqual([]);
    expect(sources('NHC said the storm would strengthen.', 'The U.S. National Hurricane Center reported the storm would strengthen.')).toEqual([]);
    expect(sources('The US Geological Survey confirmed the magnitude.', 'USGS said the magnitude was 7.7.')).toEqual([]);
    // A report that names the other's body too may pass on both.
    expect(sources('NHK reported, citing the Japan Meteorological Agency, that waves of 3 metres were expected.', 'Japan’s Meteorological Agency forecast waves of 3 metres.')).toEqual([]);
  });

  it('are two bodies of one country when their names end in heads of two kinds, read past an acronym or an aside (story AH)', () => {
    const fsb = 'Russia’s Federal Security Service (FSB) said 40 people had died in the attack.';
    const committee = 'Russia\'s Investigative Committee, which probes major crimes, said on Saturday that 40 people had died in the attack.';
    expect(sources(fsb, committee)).toEqual([{ kind: 'name', here: 'Russia’s Federal Security Service (FSB) said', there: 'Russia\'s Investigative Committee, which probes major crimes, said' }]);
    expect(sources(fsb, 'The FSB said 40 people had died in the attack.')).toEqual([]);
    expect(sources('Russia’s Emergencies Ministry said 40 people had died.', 'The Russian emergencies ministry reported 40 people had died.')).toEqual([]);
  });

  it('are read with a description between commas, as a head and what it is of, or after "according to" (story AH)', () => {
    const read = (text: string) => bodiesIn(text).map((b) => [b.text, b.head]);
    expect(read('The FSB, Russia’s main security service, cited preliminary information saying 40 people were killed.')).toEqual([['FSB, Russia’s main security service, cited', undefined]]);
    expect(read('The Investigative Committee of Russia has announced that the death toll has risen to 115.')).toEqual([['The Investigative Committee of Russia has announced', 'committee']]);
    const fsb = 'Gunmen killed 40 people, according to the Russian Federal Security Service (FSB).';
    const committee = 'The Investigative Committee of Russia has announced that 40 people were killed.';
    expect(sources(fsb, committee)).toEqual([{ kind: 'name', here: 'according to the Russian Federal Security Service', there: 'The Investigative Committee of Russia has announced' }]);
    // One body: its acronym in the other report, or the same words of its name.
    expect(sources(fsb, 'The FSB, Russia’s main security service, cited preliminary information saying 40 people were killed.')).toEqual([]);
    expect(sources(committee, 'Russia\'s Investigative Committee, which probes major crimes, said 40 people were killed.')).toEqual([]);
    // A person credited is no body ("according to National Security Adviser Waltz").
    expect(sources('Forty were killed, according to National Security Adviser Mike Waltz.', 'The FSB said 40 people were killed.')).toEqual([]);
  });

  it('are read as the agent of a verb in the passive, and by a capitalized name before a head in lower case (story AL)', () => {
    const read = (text: string) => bodiesIn(text).map((b) => b.text);
    expect(read('The five men who were onboard the missing Titan submersible have been declared dead by the US Coast Guard.')).toEqual(['declared dead by the US Coast Guard']);
    expect(read('The five passengers are believed to be dead, the OceanGate Expeditions company said in a statement on Thursday.')).toEqual(['OceanGate Expeditions company said']);
    expect(sources('The five passengers are believed to be dead, the OceanGate Expeditions company said.', 'The US Coast Guard says all five passengers on board have died.')).toEqual([
      { kind: 'name', here: 'OceanGate Expeditions company said', there: 'The US Coast Guard says' },
    ]);
    // An office in capitals is a person's: "the CM declared state mourning" (the Chief Minister).
    expect(read('In view of the accident, the CM declared state mourning for a day.')).toEqual([]);
  });

  it('set against an outlet credited, are two sources too; two outlets are attributions.ts’s (story S)', () => {
    expect(sources('All 22 crew members are safe, according to management company Synergy Marine Group.', 'Coast Guard spokesperson Cynthia Oldham said all 22 crew members were accounted for.')).toEqual([
      { kind: 'name', here: 'according to management company Synergy Marine Group', there: 'Coast Guard spokesperson Cynthia Oldham said' },
    ]);
    // Not a person credited as an outlet would be (the sheriff may be his office), nor an outlet told: who told it is the source.
    expect(sources('At least 43 died, according to Kerr County Sheriff Larry Leitha.', 'KCSO confirmed at least 43 deaths.')).toEqual([]);
    expect(sources('A deputy told CNN that at least 43 died.', 'KCSO confirmed at least 43 deaths.')).toEqual([]);
    expect(sources('All 22 crew members are safe, according to the Coast Guard.', 'Coast Guard spokesperson Cynthia Oldham said all 22 crew members were accounted for.')).toEqual([]);
    expect(sources('The toll rose to 12, as reported by Reuters.', 'The toll rose to 12, according to The New York Times.')).toEqual([
      { kind: 'name', here: 'reported by Reuters', there: 'according to The New York Times' },
    ]);
  });

  it('are left alone when a report credits several bodies: which one gave the claim is not said', () => {
    expect(sources('The USGS said the quake struck at 8.8, and NHK reported waves of 3 metres.', 'AccuWeather estimated waves of 3 metres.')).toEqual([]);
  });
});
