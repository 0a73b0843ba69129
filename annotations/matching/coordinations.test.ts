import fc from 'fast-check';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldedWords, nameGroupsIn } from './coordinations';
import { differencesBetween } from './differences';
import { fold } from './tokens';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

// Reports of stories G and F (bench/match/gold/news): where Iran's missiles struck, who asked Qatar's emir, who talked to India and Pakistan.
const QATAR = 'Earlier in the day, Iran retaliated for America\'s Saturday night attacks on Iranian nuclear sites, firing ballistic missiles at a U.S. military base in Qatar.';
const QATAR_AND_IRAQ =
  'The US president\'s announcement came minutes after Iran launched retaliatory strikes on US bases in the Middle East, namely in Qatar and Iraq, with Trump later calling the attacks "very weak."';
const TWO_BASES =
  'Iran announced on Tuesday that it had imposed a ceasefire in its 12-day war with Israel after it launched a barrage of ballistic missiles on June 23 at two major U.S. military installations—Al Udeid Air Base in Qatar and Al Asad Base in western Iraq.';
const NEAR_DOHA = "Tehran's retaliatory missile strike on the Al Udeid Air Base near Doha";
const TRUMP_AND_VANCE =
  "The move came after US President Donald Trump and Vice President JD Vance reached out to Qatar's Emir, urging him to help de-escalate rising tensions in the Middle East.";
const TRUMP_ALONE =
  "The phone conversation reportedly took place after US President Donald Trump informed the Qatari emir that Israel had agreed to a ceasefire, and asked for Qatar's help in persuading Iran to accept the terms as well, the official said.";
const RUBIO_ALONE = 'U.S. Secretary of State Marco Rubio had spoken to Pakistani Prime Minister Shehbaz Sharif and Indian External Affairs Minister S. Jaishankar on Wednesday night.';
const RUBIO_AND_VANCE =
  'It is understood that Rubio and Vice President JD Vance had spent the past 48 hours engaged in intensive discussions with a number of high ranking Indian and Pakistani officials.';
// The seeds: two leaders meeting (003), and one of them on a visit of his own (002).
const ALIYEV_AND_PASHINYAN_MET = 'On 10 July, Azerbaijan President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Abu Dhabi for the first formal bilateral meeting.';
const PASHINYAN_IN_ISTANBUL = 'Pashinyan visited Istanbul in June. He was the first Armenian leader to do so since the country gained independence after the fall of the Soviet Union in 1991.';

describe('nameGroupsIn', () => {
  it('reads a list of names, each by a key, after the preposition the list stands after', () => {
    const { groups } = nameGroupsIn(QATAR_AND_IRAQ);
    const list = groups.find((g) => g.members.length > 1);
    expect(list).toMatchObject({ text: 'Qatar and Iraq', kind: 'place' });
    expect(list?.members.map((m) => m.after)).toEqual(['in', 'in']);
    expect(nameGroupsIn('the ceasefire brokered by the US and Qatar').groups).toMatchObject([{ text: 'US and Qatar', members: [{ key: '@united states', after: 'by' }, { key: '@qatar', after: 'by' }] }]);
    expect(nameGroupsIn('In Qatar and Iraq, bases were hit.').groups[0]?.members.map((m) => m.after)).toEqual(['in', 'in']);
  });

  it('keys a place named after a name by that place ("Al Asad Base in western Iraq")', () => {
    const list = nameGroupsIn(TWO_BASES).groups.find((g) => g.members.length > 1);
    expect(list?.text).toBe('Al Udeid Air Base in Qatar and Al Asad Base in western Iraq');
    expect(list?.members.map((m) => [m.key, m.after])).toEqual([
      ['@qatar', 'in'],
      ['@iraq', 'in'],
    ]);
  });

  it('leaves out the common noun that opens a sentence before "in" and the places (stories J and P)', () => {
    const j02 = 'The quake sent shockwaves beyond Myanmar. People in northern Thailand and Bangkok felt the tremors, causing panic.';
    expect(nameGroupsIn(j02).groups.find((g) => g.members.length > 1)?.text).toBe('Thailand and Bangkok');
    expect(nameGroupsIn('Authorities in Haiti reported deaths.').groups.map((g) => g.text)).toEqual(['Haiti']);
  });

  it('reads a body named with a word of an office ("National") as no person (story M)', () => {
    const m05 = 'They were joined by the Texas National Guard, Texas Parks and Wildlife and local volunteers.';
    expect(nameGroupsIn(m05).groups.some((g) => g.kind === 'person')).toBe(false);
    expect(nameGroupsIn('hosted National Security Adviser Marco Rubio and Vice President JD Vance').groups.find((g) => g.members.length > 1)?.kind).toBe('person');
  });

  it('reads people with their offices, and who spoke', () => {
    const list = nameGroupsIn(TRUMP_AND_VANCE).groups.find((g) => g.members.length > 1);
    expect(list).toMatchObject({ text: 'US President Donald Trump and Vice President JD Vance', kind: 'person', speaks: false });
    expect(nameGroupsIn('“It means a lot,” Aliyev said of the peace accord.').groups).toMatchObject([{ text: 'Aliyev', speaks: true }]);
    expect(nameGroupsIn('Mr Phumtham Wechayachai, spoke briefly.').groups).toMatchObject([{ text: 'Phumtham Wechayachai', speaks: true, members: [{ after: '' }] }]);
  });

  it('reads who met, each with the others, apart from who met someone named after the verb', () => {
    const meets = (text: string) => nameGroupsIn(text).groups.filter((g) => g.members.length > 1).map((g) => [g.text, g.meets]);
    expect(meets(ALIYEV_AND_PASHINYAN_MET)).toEqual([['Azerbaijan President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan', true]]);
    expect(meets('Aliyev and Pashinyan are set to meet on Friday.')).toEqual([['Aliyev and Pashinyan', true]]);
    expect(meets('Trump and Putin met Friday in Alaska.')).toEqual([['Trump and Putin', true]]);
    expect(meets('Aliyev and Pashinyan held talks in Abu Dhabi.')).toEqual([['Aliyev and Pashinyan', true]]);
    expect(meets('Aliyev and Pashinyan shook hands.')).toEqual([['Aliyev and Pashinyan', true]]);
    // Someone met, named after the verb: a slot of its own.
    expect(meets('Trump and Putin met with reporters.')).toEqual([['Trump and Putin', false]]);
    expect(meets('Trump and Putin met Zelensky.')).toEqual([['Trump and Putin', false]]);
    expect(meets('Aliyev and Pashinyan met the press.')).toEqual([['Aliyev and Pashinyan', false]]);
    expect(meets(TRUMP_AND_VANCE)).toEqual([['US President Donald Trump and Vice President JD Vance', false]]);
  });

  it('reads no list where the names are not one: a place named with "and", demonyms, people beside places, a sentence\'s end', () => {
    const lists = (text: string) => nameGroupsIn(text).groups.filter((g) => g.members.length > 1).map((g) => g.text);
    expect(lists('Jammu and Kashmir Chief Minister Omar Abdullah posted on X.')).toEqual([]);
    expect(lists('talks with Indian and Pakistani officials')).toEqual([]);
    expect(lists('Cambodian Prime Minister Hun Manet and Thai officials met.')).toEqual([]);
    expect(lists('Trump praised Common Sense and Great Intelligence. Thank you!')).toEqual(['Common Sense and Great Intelligence']);
  });
});

describe('a list that names others in one slot', () => {
  it('names a place list against one place: "in Qatar" / "in Qatar and Iraq"', () => {
    expect(differencesBetween(QATAR, QATAR_AND_IRAQ)).toEqual([{ kind: 'place', here: 'Qatar', there: 'Qatar and Iraq' }]);
    expect(differencesBetween(QATAR_AND_IRAQ, QATAR)).toEqual([{ kind: 'place', here: 'Qatar and Iraq', there: 'Qatar' }]);
    expect(differencesBetween(NEAR_DOHA, TWO_BASES)).toEqual([{ kind: 'place', here: 'Al Udeid Air Base near Doha', there: 'Al Udeid Air Base in Qatar and Al Asad Base in western Iraq' }]);
  });

  it('names no list against a place of another phrase: citizenship is not service (story N)', () => {
    // Real passages: the pope holds citizenship in two countries and served in one of them.
    const n09 = 'Leo XIV is a leader with global experience, having spent much of his career in South America, and holding dual citizenship in the US and Peru, where he served as a bishop.';
    const n05 = 'Prevost, 69, is a native of Chicago who served for two decades in Peru, first as a missionary and then as an archbishop, per the AP and the New York Times.';
    expect(differencesBetween(n09, n05).filter((d) => d.kind === 'place')).toEqual([]);
    expect(differencesBetween(n05, n09).filter((d) => d.kind === 'place')).toEqual([]);
    // The same phrase with a list on one side still differs.
    expect(differencesBetween('He holds dual citizenship in the US and Peru.', 'He holds citizenship in Peru.')).toEqual([{ kind: 'place', here: 'US and Peru', there: 'Peru' }]);
  });

  it('names who acted when one report names more: Trump / Trump and Vance; Rubio / Rubio and Vance', () => {
    expect(differencesBetween(TRUMP_AND_VANCE, TRUMP_ALONE)).toEqual([{ kind: 'person', here: 'US President Donald Trump and Vice President JD Vance', there: 'US President Donald Trump' }]);
    expect(differencesBetween(RUBIO_ALONE, RUBIO_AND_VANCE)).toContainEqual({ kind: 'person', here: 'U.S. Secretary of State Marco Rubio', there: 'Rubio and Vice President JD Vance' });
  });

  it('names nothing when the lists agree, or the other report names the extra one elsewhere', () => {
    expect(differencesBetween('strikes on bases in Qatar and Iraq', 'strikes on bases in Iraq and Qatar')).toEqual([]);
    expect(differencesBetween(QATAR, 'strikes in Qatar, and later on a base in Iraq')).toEqual([]);
    expect(differencesBetween(TRUMP_ALONE, 'Trump asked the emir for help; Vance said he had spoken to him too.')).toEqual([]);
  });

  it('names nothing for names in two slots: two parties of a conflict, who spoke and who acted, a place after another preposition', () => {
    // "Israel and Iran agreed" and "Iran attacked": the subjects of two clauses.
    expect(differencesBetween('Israel and Iran have agreed to a ceasefire.', 'Iran attacked a base in Qatar.')).toEqual([]);
    expect(differencesBetween('“It means a lot,” Aliyev said of the peace accord.', 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook hands and signed.')).toEqual([]);
    expect(differencesBetween('U.S. President Donald J. Trump hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev.', 'Aliyev signed the deal.')).toEqual([]);
    expect(differencesBetween('a ceasefire between Israel and Iran', 'a ceasefire with Iran')).toEqual([]);
    expect(differencesBetween('Jammu and Kashmir Chief Minister Omar Abdullah posted on X.', 'Abdullah posted on X.')).toEqual([]);
    // The parties to a meeting, and one of them doing something else (seeds 003 and 002).
    expect(differencesBetween(ALIYEV_AND_PASHINYAN_MET, PASHINYAN_IN_ISTANBUL).filter((d) => d.kind === 'person')).toEqual([]);
    expect(differencesBetween(PASHINYAN_IN_ISTANBUL, ALIYEV_AND_PASHINYAN_MET).filter((d) => d.kind === 'person')).toEqual([]);
    expect(differencesBetween(ALIYEV_AND_PASHINYAN_MET, 'On 10 July, Pashinyan met in Abu Dhabi for the first formal bilateral meeting.').filter((d) => d.kind === 'person')).toEqual([]);
    // Two meetings of different parties differ.
    expect(differencesBetween('President Trump and President Vladimir Putin met in Alaska.', 'President Trump and President Volodymyr Zelensky met in Alaska.')).toContainEqual({
      kind: 'person',
      here: 'President Trump and President Vladimir Putin',
      there: 'President Trump and President Volodymyr Zelensky',
    });
    // Who met someone is still a slot one report may fill with fewer names.
    expect(differencesBetween('President Trump and Vice President JD Vance met with the emir on Monday.', 'President Trump met with the emir on Monday.')).toEqual([
      { kind: 'person', here: 'President Trump and Vice President JD Vance', there: 'President Trump' },
    ]);
  });
});

describe('foldedWords', () => {
  const bySplit = (text: string) => new Set(fold(text).split(/[^\p{L}\p{N}]+/u));

  it('is the pieces of the folded text split at every run of other characters, on any text', () => {
    // Words, digits, accents, marks, astral letters and digits, lone surrogates, spaces of every kind, punctuation.
    const pieces = fc.constantFrom('a', 'Z', '7', 'é', 'É', 'ß', 'ǅ', '\u0301', '𝐀', '𝟕', '😀', '\ud800', '\udc00', ' ', '\u00a0', '\u2009', '’', '“', '-', '.', ',', '—', '\n', 'Ω', 'ж', '中', '٣');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(foldedWords(text)).toEqual(bySplit(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is so on the seed articles, sentence by sentence and whole', async () => {
    for (const file of (await readdir(SEEDS)).filter((f) => f.endsWith('.txt'))) {
      const text = await readFile(path.join(SEEDS, file), 'utf8');
      expect(foldedWords(text)).toEqual(bySplit(text));
      for (const line of text.split('\n')) expect(foldedWords(line)).toEqual(bySplit(line));
    }
  });
});
