import { describe, expect, it } from 'vitest';
import { attributionsIn } from './attributions';
import { differenceLabel } from './difference-label';
import { differencesBetween } from './differences';
import { growth } from './test-support';

// Reports of story G (bench/match/gold/news): who reported Qatar's mediation, and to whom Iranian officials confirmed the deal.
const REUTERS =
  "Qatar's Prime Minister, Sheikh Mohammed bin Abdulrahman Al Thani, secured Tehran's agreement to a US-proposed ceasefire in the conflict between Israel and Iran, a senior official involved in the negotiations said, as reported by Reuters.";
const NYT =
  'NEW YORK: Qatar stepped in to mediate between Iran and Israel at the request of the Trump administration, helping push for a ceasefire amid escalating tensions, according to The New York Times.';
const REUTERS_REPORT = "Qatar's Prime Minister has been mediating a US-brokered ceasefire proposal between Israel and Iran, according to a Reuters report citing an official briefing.";
const TOLD_REUTERS = 'Iran has agreed to the ceasefire proposal, an Iranian official told Reuters.';
const TO_TWO = 'However, Iranian officials confirmed to Reuters and Al Arabiya that a deal had been reached to halt the war between Iran and Israel.';
// Reports of story S: who gave the Dali's crew as 22.
const SYNERGY = "There are no reports of injuries among the ship's 22 crew members, according to management company Synergy Marine Group.";
const PORT_AND_SYNERGY = 'There were 22 crew members on board, according to the port of Singapore, and none were injured, according to Synergy, which also says no leaking has been detected.';

describe('attributionsIn', () => {
  it('reads the outlets a passage credits, as it writes them', () => {
    expect(attributionsIn(REUTERS)).toMatchObject([{ text: 'reported by Reuters', words: ['reuters'] }]);
    expect(attributionsIn(NYT)).toMatchObject([{ text: 'according to The New York Times', words: ['times'] }]);
    expect(attributionsIn(REUTERS_REPORT)).toMatchObject([{ text: 'according to a Reuters report', words: ['reuters'] }]);
    expect(attributionsIn(TO_TWO)).toMatchObject([{ text: 'confirmed to Reuters and Al Arabiya', words: ['reuters', 'arabiya'] }]);
    expect(attributionsIn('The New York Times reported that talks had stalled.')).toMatchObject([{ text: 'The New York Times reported' }]);
  });

  it('reads an outlet or a body credited with what it is before its name (story S)', () => {
    expect(attributionsIn(SYNERGY).map((a) => [a.text, a.words])).toEqual([['according to management company Synergy Marine Group', ['group']]]);
    expect(attributionsIn(PORT_AND_SYNERGY).map((a) => [a.text, a.words])).toEqual([
      ['according to the port of Singapore', ['singapore']],
      ['according to Synergy', ['synergy']],
    ]);
    expect(attributionsIn('according to aviation analytics firm Cirium').map((a) => a.words)).toEqual([['cirium']]);
  });

  it('reads no outlet in a person, a title or a document credited, nor after "told" a name that is no outlet', () => {
    for (const text of [
      'according to Secretary Rubio',
      'according to President Trump',
      'according to a statement',
      'Trump told Netanyahu to stop',
      'citing an official briefing',
      // People, or a place, before the name: no outlet.
      'according to a statement by Prime Minister Shehbaz Sharif',
      'according to officials in Texas',
      'according to police in Kerr County',
      'according to sources close to Hamas',
    ]) {
      expect(attributionsIn(text)).toEqual([]);
    }
  });

  it('reads an outlet past an aside, after a people’s name and its kind, and a body a place’s name opens (story AH)', () => {
    const read = (text: string) => attributionsIn(text).map((a) => [a.text, a.outlets]);
    expect(read('Russian state-run news channel RIA Novosti, citing Russian intelligence, reported that “several” people had been killed.')).toEqual([
      ['RIA Novosti, citing Russian intelligence, reported', ['ria novosti']],
    ]);
    expect(read('The death toll has risen to 115, as reported by the Russian state publication TASS.')).toEqual([['reported by the Russian state publication TASS', ['tass']]]);
    expect(read('The toll rose to 60, according to Russian state news agency Tass.')).toEqual([['according to Russian state news agency Tass', ['tass']]]);
    expect(read('Three children died in hospital, according to the Moscow region health ministry.')).toEqual([['according to the Moscow region health ministry', ['moscow']]]);
    // A people's name alone is none, with "the" or without.
    expect(read('Forty were killed, according to the Russian authorities.')).toEqual([]);
  });

  it('reads "According to" at a sentence\'s start, a list only as a list, and no possessor (session 44)', () => {
    const read = (text: string) => attributionsIn(text).map((a) => a.text);
    expect(read('According to the BBC, the ship lost power twice.')).toEqual(['According to the BBC']);
    // The comma closes the credit, not a list: "Mohammadi" is who the next clause is about.
    expect(read('According to the Tehran Times, Mohammadi was detained on Tuesday.')).toEqual(['According to the Tehran Times']);
    expect(read('according to CNN, the BBC and AFP')).toEqual(['according to CNN, the BBC and AFP']);
    expect(read('According to Trump’s post on Truth Social, the strikes were a success.')).toEqual([]);
    // An irregular people's name before the outlet's kind, a body's name with "for", a role before a body's head.
    expect(read('According to the French news agency AFP, nine jewels are missing.')).toEqual(['According to the French news agency AFP']);
    expect(read('According to the National Centre for Seismology (NCS), a magnitude 4 earthquake hit Meghalaya.')).toEqual(['According to the National Centre for Seismology']);
    expect(read('according to Tehran’s health ministry')).toEqual(['according to Tehran’s health ministry']);
    // What the name is, given first and set off by a comma (story AL); not any clause before a comma.
    expect(read('The five are believed to be dead, according to the vessel\'s operator, OceanGate.')).toEqual(["according to the vessel's operator, OceanGate"]);
    expect(read('According to the report, CNN said nothing.')).toEqual([]);
  });

  it('reads no outlet in names that describe the people after them (story O)', () => {
    // A real passage: the seismologists are Japan's and America's, no outlet.
    expect(attributionsIn('The quake occurred at 8:25 a.m. Japan time and initially had a preliminary magnitude of 8.0, according to Japanese and U.S. seismologists.')).toEqual([]);
    expect(attributionsIn('according to CNN sources')).toEqual([]);
    // A people's name alone is no outlet: the intelligence or the authorities are (story AH).
    expect(attributionsIn('RIA Novosti, citing Russian intelligence, reported that several people had been killed.').map((a) => a.outlets)).toEqual([['ria novosti']]);
    expect(attributionsIn('according to Russian authorities')).toEqual([]);
    expect(attributionsIn('according to the port of Singapore').map((a) => a.words)).toEqual([['singapore']]);
    // An outlet's own noun or a verb after it keeps it one.
    expect(attributionsIn('according to TASS news agency').map((a) => a.words)).toEqual([['tass']]);
    expect(attributionsIn('according to a Reuters report citing an official briefing').map((a) => a.words)).toEqual([['reuters']]);
  });
});

describe('the source among the details that differ', () => {
  it('names two outlets credited, read as the source', () => {
    const [d] = differencesBetween(REUTERS, NYT).filter((x) => x.kind === 'name');
    expect(d).toEqual({ kind: 'name', here: 'reported by Reuters', there: 'according to The New York Times' });
    expect(differenceLabel(d!)).toBe('source');
    expect(differencesBetween(TOLD_REUTERS, TO_TWO).filter((x) => x.kind === 'name')).toEqual([{ kind: 'name', here: 'told Reuters', there: 'confirmed to Reuters and Al Arabiya' }]);
    expect(differencesBetween(SYNERGY, PORT_AND_SYNERGY).filter((x) => x.kind === 'name')).toEqual([
      { kind: 'name', here: 'according to management company Synergy Marine Group', there: 'according to the port of Singapore' },
    ]);
  });

  it('names nothing when both credit the same outlet, however written, or when one passage credits none', () => {
    // An acronym and the name it stands for are one source.
    expect(differencesBetween('The quake struck at 12:50, according to the USGS.', 'The quake struck at 12:50, according to the United States Geological Survey.').filter((x) => x.kind === 'name')).toEqual([]);
    expect(differencesBetween(REUTERS, REUTERS_REPORT).filter((x) => x.kind === 'name')).toEqual([]);
    expect(differencesBetween(TO_TWO, 'Reuters and Al Arabiya were told by Iranian officials that a deal had been reached; Iran confirmed to Al Arabiya and Reuters.').filter((x) => x.kind === 'name')).toEqual([]);
    expect(differencesBetween(NYT, 'Qatar stepped in to mediate between Iran and Israel.').filter((x) => x.kind === 'name')).toEqual([]);
  });

  it('names nothing when one report passes on from an outlet what the other credits to the body that outlet quotes (story S, story J)', () => {
    const bbc = 'According to the BBC, shipping company Synergy Marine Group had confirmed that all crew members, including the two pilots who were aboard, have been accounted for and there are no reports of any injuries.';
    expect(differencesBetween(SYNERGY, bbc).filter((x) => x.kind === 'name')).toEqual([]);
    expect(differencesBetween(bbc, SYNERGY).filter((x) => x.kind === 'name')).toEqual([]);
    const j13 = 'A report from the U.S. Geological Survey (USGS) estimates that the earthquake’s total death toll could range between 10,000 and 100,000, according to Reuters.';
    expect(differencesBetween(j13, 'The death toll could exceed 10,000, according to the U.S. Geological Survey.').filter((x) => x.kind === 'name')).toEqual([]);
    // Not a body of the same country: the ministry is not the news agency.
    expect(differencesBetween('Several people died in hospital from their injuries, according to the Moscow region health ministry.', 'The Investigative Committee of Russia has announced that several people died in hospital, as reported by the Russian state publication TASS.').filter((x) => x.kind === 'name').length).toBeGreaterThan(0);
  });
});

describe('a pasted table of thousands of credits (guard, not a benchmark)', () => {
  const UNIT = 'according to The New York Times and CNN, an official told Reuters, as reported by Al Jazeera, Reuters reported ';

  // Linear is eight (collections of garbage on a busy machine make it up to about twice that); quadratic is sixty-four.
  it('eight times as many in well under sixty-four times as long', { timeout: 60_000 }, () => {
    // Large enough that both sizes are past what the caches and the young generation hold (below, a small text reads far faster).
    expect(growth((copies) => attributionsIn(UNIT.repeat(copies)), 2000, 16000)).toBeLessThan(32);
  });
});
