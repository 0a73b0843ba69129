import { describe, expect, it } from 'vitest';
import { differencesBetween } from './differences';
import { CHILDREN_OF, datesConflict, datesIn, isWhole, numberValue, quantitiesIn, sameValue } from './quantities';

const one = (text: string) => {
  const found = quantitiesIn(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('numberValue', () => {
  it('reads digits and words', () => {
    expect(numberValue('100,000')).toBe(100_000);
    expect(numberValue('2.5')).toBe(2.5);
    expect(numberValue('Thirty-five')).toBe(35);
    expect(numberValue('four')).toBe(4);
    expect(numberValue('1.5 million')).toBe(1_500_000);
    expect(numberValue('two hundred and fifty')).toBe(250);
    expect(numberValue('two and a half million')).toBe(2_500_000);
    expect(numberValue('one and a half billion')).toBe(1_500_000_000);
    expect(numberValue('peace')).toBeUndefined();
  });

  it('knows no number by a name every object inherits', () => {
    expect(numberValue('constructor')).toBeUndefined();
    expect(numberValue('two constructor')).toBeUndefined();
  });
});

describe('quantitiesIn', () => {
  it('reads lengths in any unit, and 10 km is 6.2 miles', () => {
    const km = one('a road of 10 km');
    const miles = one('a road of 6.2 miles');
    expect(km.dimension).toBe('length');
    expect(sameValue(km, miles)).toBe(true);
    expect(sameValue(one('32 kilometers'), one('43 kilometers'))).toBe(false);
  });

  it('joins a conversion in brackets to its quantity', () => {
    const q = one('separated by a 32-kilometer (20-mile) patch');
    expect(q.text).toBe('32-kilometer (20-mile)');
    // With its noun between (story M), and only a conversion: two amounts in brackets stay two.
    expect(one('a river gauge recorded a 22 foot rise (6.7 meters)').text).toBe('22 foot rise (6.7 meters)');
    expect(quantitiesIn('a 22 foot rise (9 meters)')).toHaveLength(2);
    expect(sameValue(q, one('a 32-kilometer patch'))).toBe(true);
  });

  it('reads durations in words and digits as the same value', () => {
    expect(sameValue(one('Thirty-five years they fought'), one('for 35 years'))).toBe(true);
    expect(sameValue(one('after four decades of conflict'), one('for 35 years'))).toBe(false);
    expect(sameValue(one('in six months'), one('in 6 months'))).toBe(true);
    expect(one('a 99-year lease').value).toBe(one('for 99 years').value);
  });

  it('reads a span given in two units as one span, which "almost two hours" is not (story AL)', () => {
    const span = one('One hour and 45 minutes later communications with Titan were lost.');
    expect(span).toMatchObject({ text: 'One hour and 45 minutes', dimension: 'duration' });
    expect(span.value).toBeCloseTo(105 / 1440);
    expect(one('about an hour, 45 minutes into the dive').text).toBe('about an hour, 45 minutes');
    expect(one('3 hours 20 minutes').value).toBeCloseTo(200 / 1440);
    expect(sameValue(span, one('almost two hours into the dive'))).toBe(false);
    expect(sameValue(span, one('105 minutes after it set off'))).toBe(true);
    // Two spans of one unit, or the smaller first, are two spans.
    expect(quantitiesIn('after 24 hours, 48 hours and 72 hours').map((q) => q.text)).toEqual(['24 hours', '48 hours', '72 hours']);
    expect(quantitiesIn('45 minutes and two hours').map((q) => q.text)).toEqual(['45 minutes', 'two hours']);
  });

  it('keeps the qualifier in the text but not in the value: "over 100,000" and "120,000" differ, "over 35" and "35" agree', () => {
    const over = one('the exodus of over 100,000 ethnic Armenians');
    expect(over.text).toBe('over 100,000 ethnic');
    expect(sameValue(over, one('120,000 ethnic Armenians'))).toBe(false);
    expect(sameValue(one('more than 35 years'), one('35 years'))).toBe(true);
  });

  it('reads a compound number word whole, and no number inside a longer word', () => {
    expect(one('seventy-one years of talks')).toMatchObject({ text: 'seventy-one years', value: 71 * 365.25 });
    expect(quantitiesIn('the tenth round')).toEqual([]);
  });

  it('reads hours, minutes and seconds as news abbreviates them (story H)', () => {
    expect(one('Capt Sumeet Sabharwal is a LTC with 8200 Hrs of experience.')).toMatchObject({ dimension: 'duration', text: '8200 Hrs' });
    expect(sameValue(one('with 8200 Hrs of experience'), one('a veteran with 8,200 flying hours'))).toBe(true);
    expect(sameValue(one('the raid took 7 mins'), one('the raid took seven minutes'))).toBe(true);
    expect(one('a 45 sec clip')).toMatchObject({ dimension: 'duration' });
  });

  it('reads metres on the digits before a word of measure, and "pc" on the digits as percent; "300m" alone stays a figure (story S)', () => {
    expect(one('The vessel is 300m long and was on its way to Colombo in Sri Lanka.')).toMatchObject({ dimension: 'length', value: 300, text: '300m' });
    expect(one('a 12m high wall')).toMatchObject({ dimension: 'length', value: 12 });
    // British news writes millions so: "300m people", "£300m".
    expect(one('300m people watched')).toMatchObject({ dimension: 'count', value: 300 });
    expect(one('a £300m long-term loan')).toMatchObject({ dimension: 'money', value: 300e6 });
    expect(one('prices rose 45pc')).toMatchObject({ dimension: 'percent', value: 45 });
    expect(one('5 PCs were stolen')).toMatchObject({ dimension: 'count' });
  });

  it('knows a unit however written: "984-foot" and "300m long" are one length, "984-foot" and "985 feet" one unit', () => {
    expect(sameValue(one('the 984-foot Dali'), one('The vessel is 300m long'))).toBe(true);
    expect(sameValue(one('the 984-foot Dali'), one('a 985 feet ship'))).toBe(true);
    expect(sameValue(one('the 984-foot Dali'), one('a 1,000 feet ship'))).toBe(false);
    expect(sameValue(one('a 300 meter ship'), one('a 300 metres ship'))).toBe(true);
    // In one unit the figures must be equal, however the unit is written: no conversion rounds either.
    expect(sameValue(one('a road of 10 km'), one('a road of 10.2 kilometres'))).toBe(false);
    expect(sameValue(one('a road of 10 km'), one('a road of 6.2 miles'))).toBe(true);
    expect(sameValue(one('the raid took 7 mins'), one('the raid took 7.2 minutes'))).toBe(false);
  });

  it('lets a converted length agree within what its written digits can hold', () => {
    expect(sameValue(one('a road of 2 kilometers'), one('a road of 1.2 miles'))).toBe(true);
    expect(sameValue(one('a road of 2 kilometers'), one('a road of 1.5 miles'))).toBe(false);
  });

  it('lets a measure of three figures or more agree one apart in its last figure, as two outlets round one conversion (story S)', () => {
    // The Dali is 300 m long: "984-foot" in one report, "985-foot" in another.
    expect(sameValue(one('the 984-foot ship'), one('the 985-foot-long ship'))).toBe(true);
    expect(differencesBetween('The 984-foot ship lost power.', 'The 985-foot-long ship lost power.')).toEqual([]);
    expect(sameValue(one('at 885 km/h'), one('at 886 km/h'))).toBe(true);
    expect(sameValue(one('a span of 1,208.5 metres'), one('a span of 1,208.4 metres'))).toBe(true);
    // Two apart, or one apart in fewer figures, is another measure.
    expect(sameValue(one('the 984-foot ship'), one('the 986-foot ship'))).toBe(false);
    expect(sameValue(one('a 1.9-mile bridge'), one('a 1.8-mile bridge'))).toBe(false);
    expect(sameValue(one('a span of 1,208.5 metres'), one('a span of 1,208 metres'))).toBe(false);
    // Counts are told, not converted: one apart is another figure.
    expect(sameValue(one('244 people on board'), one('243 people on board'))).toBe(false);
    expect(differencesBetween('the 244 people on board', 'the 243 people on board')).toHaveLength(1);
  });

  it('counts things by their noun, and leaves years to dates', () => {
    expect(one('at least nine developers')).toMatchObject({ dimension: 'count', value: 9, of: 'develop' });
    expect(quantitiesIn('in a 2023 offensive')).toEqual([]);
    expect(one('about 6% of its territory').dimension).toBe('percent');
  });

  it('leaves clock times to moments: no count in "5 a.m.", "between 4 and 5 a.m.", "1200 hours" or the minutes of "17:05" (story M)', () => {
    expect(quantitiesIn('floodwaters began rising between 4 and 5 a.m., as much as 26 feet')).toMatchObject([{ text: '26 feet', dimension: 'length' }]);
    expect(quantitiesIn('They will talk again at 1200 hours, at 17:05 or at 3 p.m.')).toEqual([]);
    expect(one('the pilot had logged 1200 hours of flight')).toMatchObject({ dimension: 'duration' });
  });

  it('reads counts of several peoples as a breakdown by nationality, each its own group (stories H and R)', () => {
    const h06 = 'Of the 242 passengers and crew, there were 169 Indians, 53 Britons, seven Portuguese nationals, one Canadian, and 12 crew.';
    const [whole, indians, britons, portuguese, canadian] = quantitiesIn(h06);
    expect(whole).toMatchObject({ text: '242 passengers and crew', of: one('242 people').of });
    expect([indians, britons, portuguese, canadian].map((q) => q?.text)).toEqual(['169 Indians', '53 Britons', 'seven Portuguese', 'one Canadian']);
    expect(new Set([indians, britons, portuguese, canadian, whole].map((q) => q?.of)).size).toBe(5);
    // One people alone is people ("15,000 Jamaicans" are those the storm drove out).
    expect(one('15,000 Jamaicans fled').of).toBe(one('15,000 people fled').of);
    // Those counted from a country are its people: a breakdown (story R, r10).
    const r10 = quantitiesIn('They include five people from Portugal, two Koreans, one person from Switzerland, and three from Great Britain.');
    expect(r10.filter((q) => q.of.startsWith('(nationals)')).map((q) => q.text)).toEqual(['five people', 'one person', 'three']);
    expect(r10.find((q) => q.text === 'five people')?.of).toBe(quantitiesIn(h06).find((q) => q.text === 'seven Portuguese')?.of);
    // A people of two words is one people; a body or a faith named with a capital is no people (story N).
    const r14 = quantitiesIn('Five of those killed were Portuguese along with three Britons, two South Koreans, two Canadians, an American, a Ukrainian, a Swiss and a French national, police said.');
    expect(new Set(r14.filter((q) => q.text !== 'Five').map((q) => q.of)).size).toBe(3);
    const n09 = quantitiesIn('white smoke emerged from the chimney of the Sistine Chapel, signalling to the faithful that the papal conclave, a gathering of the 135 College of Cardinals for the first time in 12 years, had elected a new leader for the world’s 1.4 billion Catholics.');
    expect(n09.filter((q) => q.dimension === 'count').map((q) => q.of)).not.toContainEqual(expect.stringContaining('(nationals)'));
  });

  it('tells a level a river stands at from how far it rose (story M)', () => {
    const [peak, rise] = quantitiesIn('One hour later at 5:10am, the river rose to its peak of 37.52 feet, a rise of nearly 30 feet since 10 p.m.').filter((q) => q.dimension === 'length');
    expect(peak).toMatchObject({ text: '37.52 feet' });
    expect(rise).toMatchObject({ text: 'nearly 30 feet' });
    expect(peak?.of).not.toBe(rise?.of);
    expect(one('the river rose 26 feet overnight').of).toBe(rise?.of);
    // Every figure of a list of levels, a conversion in brackets, a height over a mark, where it rose from.
    const levels = [
      ...quantitiesIn('The river crested at 29.45 feet in Hunt and 23.40 feet in Kerrville, both in major flood stage and at 34.76 feet in Comfort.'),
      one('the gauge failed after recording a level of 29 and a half feet (9 meters)'),
      one('In places, water rose 40-feet above the streambed.'),
      one('an enormous climb from the 4-5 feet seen even just the day before'),
      one('the Guadalupe went from a docile 5-foot flow to a raging torrent'),
    ];
    expect(levels.map((q) => q.text)).toEqual(['29.45 feet', '23.40 feet', '34.76 feet', '29 and a half feet (9 meters)', '40-feet', '4-5 feet', '5-foot']);
    expect(levels.every((q) => q.of === peak?.of)).toBe(true);
  });

  it('counts a share given "out of" a whole by the whole\'s noun, and the whole apart (story M)', () => {
    const [share, whole] = quantitiesIn('About 23, out of the roughly 750 girls, attending Camp Mystic were among those unaccounted for');
    expect(share).toMatchObject({ text: 'About 23', value: 23, of: CHILDREN_OF });
    expect(whole).toMatchObject({ text: 'roughly 750 girls', value: 750 });
    expect(whole?.of).not.toBe(CHILDREN_OF);
    expect(whole?.of).toBe(quantitiesIn('12 out of 750 girls')[1]?.of);
    const [part, members] = quantitiesIn('12 out of 15 members voted for it');
    expect(part).toMatchObject({ text: '12', of: one('15 members').of });
    expect(members).toMatchObject({ text: '15 members' });
    expect(members?.of).not.toBe(one('15 members').of);
  });

  it('reads a person\'s age as an age, not a span of events; a thing\'s age stays how long it has stood (stories N and R)', () => {
    expect(one('The 69-year-old leader extends his warm wishes')).toMatchObject({ text: '69-year-old', dimension: 'age', value: 69 });
    expect(one('The 69-year-old Chicago native becomes pope')).toMatchObject({ dimension: 'age', value: 69 });
    expect(one('The 69-year-old Prevost had been talked about')).toMatchObject({ dimension: 'age', value: 69 });
    expect(one('Cardinal Robert Prevost, 69 years old, has been announced')).toMatchObject({ text: '69 years old', dimension: 'age' });
    expect(quantitiesIn('Prevost, 69, served for two decades in Peru').map((q) => q.dimension)).toEqual(['age', 'duration']);
    expect(one('the 140-year-old Glória funicular derailed').dimension).toBe('duration');
    expect(differencesBetween('Prevost, 69, served for two decades in Peru.', 'The 69-year-old leader extends his warm wishes.')).toEqual([]);
    expect(differencesBetween('Prevost, 69, is a native of Chicago.', 'The 70-year-old leader spoke.')).toEqual([{ kind: 'number', here: '69', there: '70-year-old' }]);
    // Two words of a title between the age and the person (story AI, session 45).
    const ai01 = 'Hours earlier the 76-year-old five-time Prime Minister had resigned from her position after violent protests killed over 300.';
    expect(quantitiesIn(ai01).map((q) => [q.text, q.dimension])).toContainEqual(['76-year-old', 'age']);
    expect(differencesBetween(ai01, 'Hasina resigned as the worst violence since the birth of the nation more than five decades ago spread.').filter((d) => d.kind === 'number')).toEqual([]);
  });

  it('reads no number of a name joined to it by a hyphen as an amount, a measure\'s decimal aside (story AF, session 45)', () => {
    expect(quantitiesIn('One of the main objectives of Chandrayaan-3 will be to explore ice.').map((q) => q.text)).toEqual(['One']);
    expect(quantitiesIn('COVID-19 and Luna-25 were in the news, as was the AR-15.')).toEqual([]);
    expect(differencesBetween('One of the main objectives of Chandrayaan-3 will be to explore ice.', 'Modi congratulated the team of Chandrayaan-3 for achieving this milestone.')).toEqual([]);
    // A measure given after a hyphen keeps its figure, and a number after a word in lower case stays an amount.
    expect(quantitiesIn('a quake of M-7.4 hit').map((q) => q.value)).toEqual([7.4]);
    expect(quantitiesIn('a top-10 goal').map((q) => q.value)).toEqual([10]);
  });

  it('reads an ordinal in digits as a place in an order, set against ordinals only, with its suffix (story N)', () => {
    expect(one('Leo is the 267th pope')).toMatchObject({ text: '267th', value: 267, of: '(ordinal)' });
    expect(differencesBetween('He becomes the 257th pontiff of the Church.', 'Leo is the 267th pope.')).toEqual([{ kind: 'number', here: '257th', there: '267th' }]);
    expect(differencesBetween('He becomes the 267th pontiff.', 'Prevost, 69, is a native of Chicago.')).toEqual([]);
  });

  it('reads a noun that every object inherits as a noun, not as a unit', () => {
    expect(one('12 constructor crews')).toMatchObject({ dimension: 'count', value: 12, of: 'constructor' });
  });

  it('counts people by the verb that says what befell them when no noun follows the number', () => {
    const people = one('three people').of;
    expect(one('three had been confirmed dead')).toMatchObject({ text: 'three', value: 3, of: people });
    expect(one('six died in the fire')).toMatchObject({ text: 'six', of: people });
    expect(one('an additional 60,000 are being evacuated')).toMatchObject({ text: '60,000', of: people });
    expect(one('three had lunch').of).not.toBe(people);
  });

  it('reads the noun after a word of what befell those counted, and the word itself when no noun follows (story M)', () => {
    expect(one('searching for 27 missing girls at a camp')).toMatchObject({ text: '27 missing girls', of: one('20 girls').of });
    expect(one('Thailand reported 101 missing individuals')).toMatchObject({ of: one('three people').of });
    expect(one('at least 10 dead have been identified')).toMatchObject({ text: 'at least 10 dead', of: one('three people').of });
    expect(one('730 injured, while')).toMatchObject({ text: '730 injured' });
  });

  it('reads the magnitude of an earthquake however it is written (stories O and J)', () => {
    const magnitude = one('a magnitude of 8.8').of;
    for (const text of ['magnitude 8.7', 'an 8.8-magnitude earthquake', 'a 8.8\u2011magnitude earthquake', 'After 8.7 Magnitude Earthquake', 'a 7.7 quake']) expect(one(text).of, text).toBe(magnitude);
    expect(one('an 8.8-magnitude earthquake').value).toBe(8.8);
    // Not a count of quakes, nor a figure of ten or more.
    expect(one('two earthquakes').of).not.toBe(magnitude);
    expect(one('magnitude 12 people').of).not.toBe(magnitude);
    // With its sign, as the USGS writes it (story O); never the digits after a decimal point alone.
    expect(quantitiesIn('The July 29, 2025, M8.8 earthquake east of Petropavlovsk-Kamchatsky').find((q) => q.of === magnitude)).toMatchObject({ text: 'M8.8 earthquake', value: 8.8 });
    expect(quantitiesIn('a 20 m2 room, up 3.8 percent').some((q) => q.value === 2 || q.value === 8)).toBe(false);
    // A figure the magnitude is given as, or one on the Richter scale (story O).
    expect(one('The USGS calculated the magnitude to 8.8.').of).toBe(magnitude);
    expect(quantitiesIn('a depth of 19.3 kilometers, measured 8.8 on the Richter scale').find((q) => q.value === 8.8)?.of).toBe(magnitude);
    expect(one('measured 8.8 on the ground').of).not.toBe(magnitude);
    // A bare figure of the kind, in a passage that gives a magnitude (story O); not a whole number, nor one with a unit.
    const o01 = 'The earthquake, which struck at 8:25 a.m. Japan time, was initially reported as magnitude 8.0 by Japanese and U.S. agencies, but the U.S. Geological Survey later revised it to 8.8.';
    // Its first reading is a magnitude of its own kind, set only against another first reading.
    expect(quantitiesIn(o01).map((q) => [q.text, q.of === magnitude, q.of.startsWith(magnitude)])).toEqual([['8.0', false, true], ['8.8', true, true]]);
    expect(quantitiesIn('a magnitude 8.8 quake, felt by 2.5 million people and 3 towns').filter((q) => q.of === magnitude).map((q) => q.text)).toEqual(['8.8 quake']);
    expect(one('revised it to 8.8').of).not.toBe(magnitude);
  });

  it("reads an aftershock's magnitude as its own figure, not the main quake's (story J)", () => {
    const mainQuake = one('a magnitude of 8.8').of;
    const aftershock = one('followed by a 6.8 aftershock').of;
    expect(aftershock).not.toBe(mainQuake);
    for (const text of ['The USGS said an aftershock of 6.4-magnitude struck', 'it triggered multiple aftershocks, one measuring 6.4 magnitude', 'followed minutes later by a magnitude 6.4 aftershock', 'followed by a strong 6.4 magnitude aftershock']) {
      expect(quantitiesIn(text).find((q) => q.value === 6.4)?.of, text).toBe(aftershock);
    }
    expect(quantitiesIn('A powerful 7.7 magnitude earthquake hit central Myanmar on Friday, followed by a 6.8 aftershock.').map((q) => q.of)).toEqual([mainQuake, aftershock]);
  });

  it('reads temperatures in either scale, with their sign, and 30 °C is 86 °F', () => {
    const agree = (a: string, b: string) => sameValue(one(a), one(b));
    expect(one('a high of 30 °C')).toMatchObject({ dimension: 'temperature', value: 30, text: '30 °C' });
    expect(one('a low of -5 °C overnight')).toMatchObject({ dimension: 'temperature', value: -5, text: '-5 °C' });
    expect(one('a high of 86 degrees Fahrenheit')).toMatchObject({ dimension: 'temperature', value: 30 });
    expect(agree('it reached 30 °C', 'it reached 86F')).toBe(true);
    expect(agree('it reached 38C', 'it reached 100 degrees Fahrenheit')).toBe(true);
    expect(agree('it reached minus 5 degrees Celsius', 'it reached 23 °F')).toBe(true);
    expect(agree('it reached 42C', 'it reached 104F')).toBe(false);
    expect(agree('it reached -5 °C', 'it reached 5 °C')).toBe(false);
    // A letter after a space, or one that opens a designation, is no scale.
    expect(quantitiesIn('with 30 C-130s and a Category 5 F').every((q) => q.dimension !== 'temperature')).toBe(true);
  });

  it('reads "half a million" as half, the article and a hedge before a scale as the figure\'s, and a share as rounded to its digits', () => {
    expect(one('Half a million people fled.')).toMatchObject({ text: 'Half a million people', value: 500_000 });
    expect(one('about half a million people fled')).toMatchObject({ text: 'about half a million people', value: 500_000 });
    expect(one('half a dozen people')).toMatchObject({ text: 'half a dozen people', value: 6 });
    expect(one('two and a half million people fled')).toMatchObject({ text: 'two and a half million people', value: 2_500_000 });
    expect(differencesBetween('Officials said half a million people were affected.', 'Officials said 500,000 people were affected.')).toEqual([]);
    // A round figure in words at a scale is about that figure.
    expect(sameValue(one('A million people fled.'), one('960,000 people fled.'))).toBe(true);
    expect(sameValue(one('two-thirds of residents'), one('67% of residents'))).toBe(true);
    // A dozen is round: "more than a dozen" runs to under two dozen, "nearly a dozen" from nine.
    expect(sameValue(one('more than a dozen people fled'), one('15 people fled'))).toBe(true);
    expect(sameValue(one('nearly a dozen people fled'), one('11 people fled'))).toBe(true);
    expect(sameValue(one('more than a dozen people fled'), one('30 people fled'))).toBe(false);
    expect(sameValue(one('a third of residents'), one('33 percent of residents'))).toBe(true);
    expect(sameValue(one('two-thirds of residents'), one('60% of residents'))).toBe(false);
    // A hedged share is read by its hedge, not rounded: "more than 99%" is no reading of 99.16% (story L's gold).
    expect(sameValue(one('more than 99% of supply'), one('99.16% of supply'))).toBe(false);
  });

  it('reads areas in square units, hectares and acres, and 5 square miles is 13 square kilometres', () => {
    const agree = (a: string, b: string) => sameValue(one(a), one(b));
    expect(one('a 20-square-mile area')).toMatchObject({ dimension: 'area', text: '20-square-mile' });
    expect(agree('burned 5 square miles', 'burned 13 square kilometres')).toBe(true);
    expect(agree('burned 13 km²', 'burned 5 sq. miles')).toBe(true);
    expect(agree('burned 1,000 acres', 'burned 405 hectares')).toBe(true);
    expect(agree('burned 1,000 acres', 'burned 500 hectares')).toBe(false);
    expect(agree('burned 2,921 acres', 'burned 2,900 acres')).toBe(false);
    expect(agree('burned more than 2,900 acres', 'burned 2,921 acres')).toBe(true);
    expect(one('engulf hundreds of acres')).toMatchObject({ dimension: 'area', atLeast: true });
    // An area given as words is set against a figure, as a count given as words is (story K).
    const k03 = 'The fire was first reported at around 10:30 a.m. Tuesday morning and quickly grew to engulf hundreds of acres while fueled by one of the strongest Santa Ana wind events to hit Southern California in the last decade.';
    const k01 = 'The Palisades Fire has scorched over 2,900 acres since igniting Tuesday morning, with firefighters facing a long night ahead as wind speeds are expected to peak between 10 p.m. and 5 a.m.';
    expect(differencesBetween(k03, k01).filter((d) => d.kind === 'number')).toEqual([{ kind: 'number', here: 'hundreds of acres', there: 'over 2,900 acres' }]);
  });

  it('reads speeds in any unit, and a length per hour as a speed (story P)', () => {
    const agree = (a: string, b: string) => sameValue(one(a), one(b));
    expect(one('sustained winds of 185 mph (295 kph)')).toMatchObject({ dimension: 'speed', text: '185 mph (295 kph)' });
    expect(one('winds exceeding 150 kilometres per hour')).toMatchObject({ dimension: 'speed', value: 150 });
    expect(agree('185 mph', '295km/h')).toBe(true);
    expect(agree('160 knots', '185 mph')).toBe(true);
    expect(agree('185 mph', '150 km/h')).toBe(false);
    expect(one('about 62 kilometers south of Montego Bay').dimension).toBe('length');
  });

  it('reads counts given as words as ranges, with what they count', () => {
    expect(one('destroyed hundreds of homes')).toMatchObject({ text: 'hundreds of homes', value: 200, below: 1000, of: one('1,100 homes').of });
    expect(one('Tens of thousands of people gathered')).toMatchObject({ value: 20000, below: 100000, of: one('6,000 people').of });
    expect(one('dozens of workers')).toMatchObject({ value: 24, below: 100 });
    expect(sameValue(one('thousands of people'), one('2,000 people'))).toBe(true);
    expect(sameValue(one('thousands of people'), one('1,100 people'))).toBe(false);
    // With no noun, what befell them says they are people.
    expect(one('forced tens of thousands to evacuate')).toMatchObject({ text: 'tens of thousands', of: one('6,000 people').of });
    expect(one('tens of thousands, the report said').of).toBe('');
  });

  it('reads a toll of none as a count of people, zero (story P)', () => {
    const people = one('6,000 people').of;
    expect(one('He said there are no confirmed reports of deaths but stressed that it was too early.')).toMatchObject({ text: 'no confirmed reports of deaths', value: 0, of: people });
    expect(one('no one was killed')).toMatchObject({ value: 0, of: people });
    expect(quantitiesIn('There was no word on the damage.')).toEqual([]);
    // Story S: "none were injured", "no reports of any injuries"; and one of them who "got injured" is a toll of one.
    expect(one('Synergy said none were injured.')).toMatchObject({ text: 'none were injured', value: 0, of: people });
    expect(one('there are no reports of any injuries onboard')).toMatchObject({ value: 0, of: people });
    expect(one('One of them got injured slightly, but they are all safe.')).toMatchObject({ value: 1, of: people });
    expect(differencesBetween('There are no reports of any injuries among the crew.', 'One of them got injured slightly, but they are all safe.')).toEqual([{ kind: 'number', here: 'no reports of any injuries', there: 'One' }]);
    expect(quantitiesIn('Six of those injured were admitted to intensive care.').map((q) => q.of)).toEqual(['']);
  });

  it('counts workers as people, and people after words that describe them (story J)', () => {
    const people = one('6,000 people').of;
    expect(one('Eighty-one construction workers remain missing in the rubble.')).toMatchObject({ text: 'Eighty-one construction workers', value: 81, of: people });
    expect(one('at least 40 workers are reported missing')).toMatchObject({ of: people });
    expect(one('over 100,000 local residents')).toMatchObject({ text: 'over 100,000 local residents', of: people });
    expect(one('three were reported missing').text).toBe('three');
  });

  it('counts by the noun after a participle that describes those counted (stories I and Q)', () => {
    expect(one('by four masked thieves')).toMatchObject({ text: 'four masked thieves', of: one('four thieves').of });
    expect(quantitiesIn('three or four chainsaw-wielding robbers')).toMatchObject([{ text: 'three or four chainsaw-wielding robbers', value: 4, alternative: 3, of: one('two robbers').of }]);
    expect(one('41 recovered bodies').of).toBe(one('28 bodies').of);
    // A word of what befell them stays what is counted by: "27 missing girls" counts girls, "the 16 killed" people.
    expect(one('the 16 killed in a funicular crash').of).toBe(one('16 people').of);
  });

  it('reads the noun after a quoted figure, the quotation marks kept (story M)', () => {
    expect(one('"About 23" girls were unaccounted for from Camp Mystic')).toMatchObject({ text: '"About 23" girls', value: 23, of: one('20 girls').of });
    expect(one('“About 23” girls were unaccounted for')).toMatchObject({ text: '“About 23” girls', value: 23 });
    expect(one("it took robbers just 'seven minutes' to walk away")).toMatchObject({ text: 'seven minutes', dimension: 'duration' });
  });

  it('counts a share of a whole by the whole\'s noun, but not "one of" (story I)', () => {
    expect(quantitiesIn('Four thieves made off with eight of France’s crown jewels')[1]?.of).toBe(one('nine jewels').of);
    expect(one('eight of France’s crown jewels')).toMatchObject({ text: 'eight of France’s crown jewels', value: 8 });
    expect(one('One of the suspects was arrested at the airport').of).not.toBe(one('two suspects').of);
    expect(one('three of the strongest storms').of).toBe('');
  });

  it('counts a people by its demonym as people (story P)', () => {
    expect(one('Close to 15,000 Jamaicans').of).toBe(one('6,000 people').of);
    expect(one('300 Americans').of).toBe(one('6,000 people').of);
  });

  it('counts children by any name, apart from everyone (story M)', () => {
    const children = one('27 children').of;
    for (const text of ['about 20 girls', '10 kids', 'nine boys', 'five minors']) expect(one(text).of, text).toBe(children);
    expect(one('68 people').of).not.toBe(children);
  });

  it('reads a word for a group of so many as a count of what follows it (story I)', () => {
    expect(one('A quartet of thieves made off with priceless necklaces')).toMatchObject({ text: 'quartet of thieves', value: 4, of: one('four thieves').of });
    expect(sameValue(one('A quartet of thieves'), one('Three or four thieves broke into the museum'))).toBe(false);
    expect(one('a trio of suspects').value).toBe(3);
    expect(quantitiesIn('the pair met in Washington')).toEqual([]);
  });

  it('reads "one" after a determiner as a thing named before it, not a count (story K)', () => {
    expect(quantitiesIn('Palisades is the big one (17,200 acres), with others').map((q) => q.text)).toEqual(['17,200 acres']);
    expect(quantitiesIn('not this one, but one person').map((q) => q.text)).toEqual(['one person']);
  });

  it('counts those who did a crime as one gang by any name, not a part of them nor men or suspects (story I)', () => {
    const gang = one('by four masked thieves').of;
    expect(one('three or four chainsaw-wielding robbers').of).toBe(gang);
    expect(one('two burglars').of).toBe(gang);
    expect(one('Two of the burglars').of).not.toBe(gang);
    expect(one('four men pulled up outside').of).not.toBe(gang);
    expect(one('two suspects were arrested').of).not.toBe(gang);
  });

  it('counts vehicles by any name, and the size of a group as a count of its members (story S)', () => {
    const vehicles = one('five vehicles under water').of;
    expect(one('Sending 7 Cars into Water').of).toBe(vehicles);
    expect(one('roughly a dozen cars plunged').of).toBe(vehicles);
    expect(one('a cement truck and two SUVs').of).not.toBe(one('two people').of);
    expect(one("The Dali's 22-member Indian crew has remained on board.")).toMatchObject({ value: 22, of: one('21 crew members').of });
    expect(one('a 300-strong delegation').of).toBe(one('300 delegation').of);
    expect(differencesBetween('There were 21 crew members on board.', "The Dali's 22-member Indian crew has remained on board.")).toEqual([{ kind: 'number', here: '21 crew', there: '22-member' }]);
    expect(differencesBetween('Seven cars fell into the water.', 'Five vehicles fell into the water.')).toEqual([{ kind: 'number', here: 'Seven cars', there: 'Five vehicles' }]);
  });

  it('reads the noun after a participle and one more word that describes it, and a whole given before a figure with no noun (story T)', () => {
    const t07 = 'Out of more than 110,000 scheduled commercial flights on Friday, 5,000 were cancelled globally with more expected.';
    const [whole, part] = quantitiesIn(t07);
    expect(whole).toMatchObject({ text: 'more than 110,000 scheduled commercial flights', value: 110000 });
    expect(part).toMatchObject({ text: '5,000', value: 5000, of: one('3,340 flights').of });
    expect(isWhole(whole!)).toBe(true);
    expect(one('Around 3,340 flights have been cancelled').of).toBe(part!.of);
    expect(differencesBetween('Around 3,340 flights have been cancelled worldwide, according to Cirium.', t07)).toEqual([{ kind: 'number', here: 'Around 3,340 flights', there: '5,000' }]);
    // A toll's noun after a verb is not read so: the three are some of the injured, not a count set against theirs.
    expect(quantitiesIn('Six of those injured were admitted to intensive care, while three sustained minor injuries.').map((q) => q.of)).not.toContain(one('18 people').of);
  });

  it('reads no verb as what a figure counts ("of which 20 are Indians")', () => {
    expect(quantitiesIn('there are 21 crew members, of which 20 are Indians').map((q) => q.of)).toEqual([one('21 crew').of, '']);
  });

  it('reads "three or four thieves" as one count that allows either figure, agreeing only with one that allows the same (story I)', () => {
    const hedged = one('Three or four thieves broke into the museum');
    expect(hedged).toMatchObject({ text: 'Three or four thieves', value: 4, alternative: 3 });
    expect(sameValue(hedged, one('by four masked thieves'))).toBe(false);
    expect(sameValue(hedged, one('Reports said three or four thieves used a basket lift'))).toBe(true);
    expect(sameValue(hedged, one('four or three thieves'))).toBe(true);
    // Not two figures of two things, nor "one or more".
    expect(quantitiesIn('two men and three or more guards').map((q) => q.alternative)).toEqual([undefined, undefined]);
    expect(quantitiesIn('four thieves or two guards').map((q) => q.text)).toEqual(['four thieves', 'two guards']);
    // A label on a scale is no unsure count (story P).
    expect(quantitiesIn('a direct hit from a Category 4 or 5 hurricane').map((q) => q.alternative)).not.toContain(4);
  });
});

describe('sums and ranges', () => {
  it('reads a sum by its currency sign wherever it stands, with its scale written out or on the digits (story K)', () => {
    expect(one('Property losses might exceed $10 billion, based on initial assessments')).toMatchObject({ text: '$10 billion', dimension: 'money', value: 10e9, of: 'usd' });
    expect(one('AccuWeather’s initial estimate pegged the loss at $50 billion')).toMatchObject({ text: '$50 billion', value: 50e9 });
    expect(one('a bill of £3.5m')).toMatchObject({ text: '£3.5m', value: 3.5e6, of: 'gbp' });
    expect(sameValue(one('losses of $52bn'), one('losses of $52 billion'))).toBe(true);
  });

  it('reads a fraction of a whole as a share (story P), not a count of its parts', () => {
    expect(one('Already, power is out for more than a third of Jamaicans')).toMatchObject({ text: 'more than a third', dimension: 'percent' });
    expect(one('half of the island').value).toBe(50);
    expect(one('two-thirds of the homes').value).toBeCloseTo(66.67, 1);
    expect(sameValue(one('three quarters of the votes'), one('75% of the votes'))).toBe(true);
    expect(sameValue(one('more than a third of Jamaicans'), one('representing 77 per cent of the customer base'))).toBe(false);
    expect(quantitiesIn('a half-hour drive on the third day')).toEqual([]);
    expect(quantitiesIn('an area half the size of Wales')).toEqual([]);
  });

  it('reads sums in rupees, lakh and crore, and a currency written in letters before a sum (stories AF and Z)', () => {
    expect(one('The Rs 600 crore moon mission')).toMatchObject({ text: 'Rs 600 crore', dimension: 'money', value: 6e9, of: 'inr' });
    expect(one('ex-gratia of Rs. 10 lakh to the families')).toMatchObject({ dimension: 'money', value: 1e6, of: 'inr' });
    expect(one('a budget of ₹615 crore')).toMatchObject({ dimension: 'money', value: 6.15e9, of: 'inr' });
    expect(one('Rs 50,000 for minor injuries')).toMatchObject({ dimension: 'money', value: 50_000, of: 'inr' });
    expect(one('a grant of USD 5 billion')).toMatchObject({ dimension: 'money', value: 5e9, of: 'usd' });
    expect(one('some 600 crore rupees')).toMatchObject({ dimension: 'money', value: 6e9, of: 'inr' });
    expect(sameValue(one('Rs 615 crore'), one('INR 6.15 billion'))).toBe(true);
    expect(sameValue(one('Rs 600 crore'), one('$600 million'))).toBe(false);
    // A venue's seats however written (story AH).
    expect(sameValue(one('the 6,000-seater concert hall'), one('a 6,000-seat hall'))).toBe(true);
    expect(differencesBetween('the 6,200-seat Crocus City Hall', 'the 6,000-seater Crocus City Hall')).toEqual([{ kind: 'number', here: '6,200-seat', there: '6,000-seater' }]);
    // A span's unit after a word that leaves it as long (story AF).
    expect(one('a mission life of 15 earth days')).toMatchObject({ text: '15 earth days', dimension: 'duration', value: 15 });
    expect(one('five straight days of strikes')).toMatchObject({ dimension: 'duration', value: 5 });
    expect(differencesBetween('It is designed to operate for 15 earth days.', 'The lander will work for 14 days.')).toEqual([{ kind: 'number', here: '15 earth days', there: '14 days' }]);
    expect(differencesBetween('The Rs 600 crore Chandrayaan-3 mission was launched on July 14.', 'The Rs 615 crore moon mission was launched on July 14.')).toEqual([
      { kind: 'number', here: 'Rs 600 crore', there: 'Rs 615 crore' },
    ]);
  });

  it('reads a range as one amount that allows either end, its first end at the scale and in the unit of the second (stories K, M, O)', () => {
    const k13 = one('AccuWeather’s Global Weather Center estimated $52 billion to $57 billion in preliminary damage');
    expect(k13).toMatchObject({ text: '$52 billion to $57 billion', value: 57e9, alternative: 52e9 });
    const k13quote = one('the total damage and economic loss from the windstorm and wildfires in Southern California is between $52 and $57 billion');
    expect(k13quote).toMatchObject({ text: 'between $52 and $57 billion', value: 57e9, alternative: 52e9 });
    expect(sameValue(k13, k13quote)).toBe(true);
    expect(sameValue(k13, one('preliminary damage estimates exceeding $60 billion'))).toBe(false);
    expect(one('We have 400 to 500 people on the ground.')).toMatchObject({ text: '400 to 500 people', value: 500, alternative: 400 });
    expect(one('where six to 10 inches of rain fell')).toMatchObject({ text: 'six to 10 inches', dimension: 'length' });
    // Ends in words: "and" joins number words only after a scale, so "between four and eight" is two ends, not twelve.
    expect(one('rain of four to eight inches')).toMatchObject({ text: 'four to eight inches', value: 8 * 0.0254, alternative: 4 * 0.0254 });
    expect(one('between four and eight inches of rain')).toMatchObject({ text: 'between four and eight inches', value: 8 * 0.0254, alternative: 4 * 0.0254 });
    expect(one('between thirty and forty people')).toMatchObject({ value: 40, alternative: 30 });
    expect(one('two hundred and fifty people')).toMatchObject({ value: 250 });
    expect(differencesBetween('Officials expect four to eight inches of rain on Tuesday.', 'Officials expect 10 to 20 cm of rain on Tuesday.')).toEqual([]);
    // The same range in two units agrees; a range and one of its ends do not, but a range and a bound at its top do.
    const o13 = quantitiesIn('Early reports confirmed waves between 30 to 50 centimeters (12-20 inches) in some areas.');
    expect(o13).toHaveLength(1);
    expect(sameValue(one('waves of 12-20 inches'), one('waves between 30 to 50 centimeters'))).toBe(true);
    const o08 = one('In Japan, tsunami waves of 30 to 60 cm were recorded in Hokkaido');
    expect(sameValue(o08, one('frothy waves up to 60 cm high washed ashore on Hokkaido'))).toBe(true);
    expect(sameValue(o08, one('waves of 60 cm'))).toBe(false);
    // A vague amount that holds both ends agrees with the range (story M).
    expect(sameValue(one('We have 400 to 500 people on the ground.'), one('hundreds of people were on the ground'))).toBe(true);
  });

  it('does not read a change, two figures of two things, or a magnitude and a distance as a range', () => {
    expect(quantitiesIn('the toll rose from 20 to 30 people').map((q) => q.alternative)).toEqual([undefined, undefined]);
    expect(quantitiesIn('30 and 40 people').map((q) => q.alternative)).toEqual([undefined, undefined]);
    expect(quantitiesIn('M 8.0 - 136 km ESE of Petropavlovsk-Kamchatsky').map((q) => q.alternative)).not.toContain(8);
  });
});

describe('spans given by their article', () => {
  const spans = (text: string) => quantitiesIn(text).map(({ text, value, dimension }) => ({ text, value, dimension }));

  it('reads one of a unit, half of one, and one and a half (story N)', () => {
    expect(spans('The conclave began on the evening of May 7 and lasted just over a day.')).toContainEqual({ text: 'just over a day', value: 1, dimension: 'duration' });
    expect(spans('Just an hour and a half earlier, white smoke emerged')).toEqual([{ text: 'an hour and a half', value: 1.5 / 24, dimension: 'duration' }]);
    expect(spans('it took half an hour')).toEqual([{ text: 'half an hour', value: 0.5 / 24, dimension: 'duration' }]);
    expect(sameValue(one('it took half an hour'), one('it took 30 minutes'))).toBe(true);
    // A span in two units agrees as a length in two units does, within what converting rounds; "a week" is one exactly.
    expect(sameValue(one('it took a year'), one('it took 365 days'))).toBe(true);
    expect(sameValue(one('it took six months'), one('it took 26 weeks'))).toBe(true);
    expect(sameValue(one('it took four days'), one('it took a week'))).toBe(false);
    expect(sameValue(one('it took three weeks'), one('it took 20 days'))).toBe(false);
    expect(spans('to be completed within a week')).toEqual([{ text: 'within a week', value: 7, dimension: 'deadline' }]);
    const n08 = one('The announcement came about 70 minutes after white smoke emerged');
    expect(sameValue(n08, one('Just an hour and a half earlier, white smoke emerged'))).toBe(false);
  });

  it('reads no rate, no time ago and no guess between two as a span', () => {
    expect(quantitiesIn('usually carries over 3 million people a year').map((q) => q.text)).toEqual(['over 3 million people']);
    expect(quantitiesIn('twice a day, a year ago, in a day or two, a week-long visit').filter((q) => q.dimension !== 'count')).toEqual([]);
  });
});

describe('spans given without a number', () => {
  const spans = (text: string) => quantitiesIn(text).map(({ text, value, atLeast }) => ({ text, value, ...(atLeast ? { atLeast } : {}) }));

  it('reads "the past week" as a week, "weeks of" and "for years" as at least two, "a fourth day of" as four days', () => {
    expect(spans('they exchanged fire over the past week')).toEqual([{ text: 'the past week', value: 7 }]);
    expect(spans('an end to weeks of escalating clashes')).toEqual([{ text: 'weeks', value: 14, atLeast: true }]);
    expect(spans('they have fought for years')).toEqual([{ text: 'years', value: 730.5, atLeast: true }]);
    expect(spans('after a fourth day of strikes')).toEqual([{ text: 'a fourth day', value: 4 }]);
    expect(spans('four days of strikes')).toEqual([{ text: 'four days', value: 4 }]);
  });

  it('reads a gap before "after" or "before" as at least one of its unit and under the next: "just hours after", not "hours later"', () => {
    expect(spans('came just hours after Iran attacked')).toEqual([{ text: 'just hours', value: 1 / 24, atLeast: true }]);
    expect(spans('hours later, Iran attacked')).toEqual([]);
    const [minutes] = quantitiesIn('minutes after the strikes');
    expect(sameValue(minutes!, quantitiesIn('20 minutes')[0]!)).toBe(true);
    expect(sameValue(minutes!, quantitiesIn('two hours')[0]!)).toBe(false);
    expect(sameValue(minutes!, quantitiesIn('hours after the strikes')[0]!)).toBe(false);
    expect(sameValue(quantitiesIn('days after the strikes')[0]!, quantitiesIn('weeks of clashes')[0]!)).toBe(true);
  });

  it('reads no span in "last week", "weeks ago" or "the last week of June"', () => {
    expect(spans('the fighting began last week')).toEqual([]);
    expect(spans('it was agreed weeks ago, for weeks later')).toEqual([]);
    expect(spans('in the last week of June')).toEqual([]);
  });

  it('lets a hedged round figure agree with the figures its hedge allows, and no others (stories O, P, K and E)', () => {
    const agree = (a: string, b: string) => sameValue(quantitiesIn(a)[0]!, quantitiesIn(b)[0]!);
    expect(agree('About two million residents', '1.9 million people')).toBe(true);
    expect(agree('nearly two million residents', '1.9 million people')).toBe(true);
    expect(agree('Over 900,000 people', 'Almost one million people')).toBe(true);
    expect(agree('more than 530,000 customers', '540,000 customers')).toBe(true);
    expect(agree('more than 2,900 acres', '2,921 acres')).toBe(true);
    expect(agree('a depth of around 20 km', 'a depth of 20.7 kilometers')).toBe(true);
    // The issue's own example, two round figures over one another, and figures that are not round: they differ.
    expect(agree('over 100,000 people', '120,000 people')).toBe(false);
    expect(agree('more than 270,000 people', 'more than 260,000 people')).toBe(false);
    expect(agree('at least 35 people', 'at least 36 people')).toBe(false);
    expect(agree('about 20 girls', 'about 23 girls')).toBe(false);
    expect(agree('more than 99%', '99.16%')).toBe(false);
    expect(agree('about 43 kilometers', 'about 40 kilometers')).toBe(false);
  });

  it('lets a measure hedged to a small figure agree with a finer one in its unit that rounds to it on the hedge\'s side, within its share (story S)', () => {
    const agree = (a: string, b: string) => sameValue(quantitiesIn(a)[0]!, quantitiesIn(b)[0]!);
    // The Key Bridge: "the 1.9-mile span" in one report, "the nearly 2-mile-long bridge" in another.
    expect(differencesBetween('halted cars from crossing the 1.9-mile span', 'The nearly 2-mile-long bridge collapsed')).toEqual([]);
    expect(agree('about 6 miles of road', '6.2 miles of road')).toBe(true);
    expect(agree('more than 2 miles of road', '2.1 miles of road')).toBe(true);
    // Not past the hedge's side, nor beyond its last digit, nor unhedged, nor both hedged.
    expect(agree('nearly 2 miles of road', '2.1 miles of road')).toBe(false);
    expect(agree('more than 2 miles of road', '1.9 miles of road')).toBe(false);
    expect(agree('nearly 2 miles of road', '1.6 miles of road')).toBe(false);
    expect(differencesBetween('the 1.6-mile-long bridge', 'The nearly 2-mile-long bridge')).toHaveLength(1);
    expect(agree('a 2-mile bridge', 'a 1.9-mile bridge')).toBe(false);
    expect(agree('nearly 2 miles of road', 'nearly 1.9 miles of road')).toBe(false);
  });

  it('lets a least amount agree with any amount at or over it', () => {
    const [weeks] = quantitiesIn('weeks of clashes');
    expect(sameValue(weeks!, quantitiesIn('six weeks')[0]!)).toBe(true);
    expect(sameValue(weeks!, quantitiesIn('four days')[0]!)).toBe(false);
    expect(sameValue(weeks!, quantitiesIn('for months')[0]!)).toBe(true);
  });
});

describe('datesIn', () => {
  it('reads the forms news text uses', () => {
    const fields = (t: string) => datesIn(t).map(({ year, month, day }) => ({ year, month, day }));
    expect(fields('on Friday, June 27, 2025, in')).toEqual([{ year: 2025, month: 6, day: 27 }]);
    expect(fields('on Friday, 27 June 2025')).toEqual([{ year: 2025, month: 6, day: 27 }]);
    expect(fields('the 15 Aug. meeting')).toEqual([{ year: undefined, month: 8, day: 15 }]);
    expect(fields('on August 8 for')).toEqual([{ year: undefined, month: 8, day: 8 }]);
    expect(fields('In March 2025, the two')).toEqual([{ year: 2025, month: 3, day: undefined }]);
    expect(fields('reached in principle in March.')).toEqual([{ year: undefined, month: 3, day: undefined }]);
  });

  it('reads an abbreviated month without its full stop beside a day or a year, as Reuters writes it', () => {
    const fields = (t: string) => datesIn(t).map(({ year, month, day, text }) => ({ text, year, month, day }));
    expect(fields('at the White House on Aug 8, 2025.')).toEqual([{ text: 'Aug 8, 2025', year: 2025, month: 8, day: 8 }]);
    // Story E (bench/match/gold/news, e08).
    expect(fields('since fresh clashes erupted on Jul 24, with at least 36 people killed')).toEqual([{ text: 'Jul 24', year: undefined, month: 7, day: 24 }]);
    expect(fields('on 8 Aug 2025')).toEqual([{ text: '8 Aug 2025', year: 2025, month: 8, day: 8 }]);
    expect(fields('from Sept 1')).toEqual([{ text: 'Sept 1', year: undefined, month: 9, day: 1 }]);
    // Alone, an abbreviation needs its full stop; a longer word is not a month.
    expect(fields('by Aug the talks')).toEqual([]);
    expect(fields('the 8 Augusta road')).toEqual([]);
    // So its day is a date's, never a number of its own.
    expect(differencesBetween('The summit was held on Aug 8, 2025.', 'The summit was held on Aug 9, 2025.')).toEqual([{ kind: 'date', here: 'Aug 8, 2025', there: 'Aug 9, 2025' }]);
  });

  it('does not read a length or a decimal after "of" or "in" as a year', () => {
    expect(datesIn('a road of 2000 kilometers')).toEqual([]);
    expect(datesIn('a road of 1000.4 miles')).toEqual([]);
    expect(datesIn('a road of 1610 kilometers')).toEqual([]);
    expect(datesIn('signed in 2025 by both').map((d) => d.year)).toEqual([2025]);
  });

  it('finds conflicts only between comparable dates', () => {
    const [a] = datesIn('June 27');
    const [b] = datesIn('June 18');
    const [c] = datesIn('in 2025');
    const [d] = datesIn('27 June 2025');
    expect(datesConflict(a!, b!)).toBe(true);
    expect(datesConflict(a!, c!)).toBe(false);
    expect(datesConflict(a!, d!)).toBe(false);
  });
});

describe('rates in points, percent ranges and unsure amounts (story AD, the Federal Reserve of 18 September 2024)', () => {
  it('reads a move of a rate in points however news writes it, in basis points', () => {
    const points = (text: string) => quantitiesIn(text).filter((q) => q.dimension === 'points').map((q) => [q.text, q.value]);
    expect(points('lowering the benchmark federal funds rate by 50 basis points')).toEqual([['50 basis points', 50]]);
    expect(points('The market was widely anticipating a 25 bps rate cut.')).toEqual([['25 bps', 25]]);
    expect(points('an aggressive 50-basis point reduction')).toEqual([['50-basis point', 50]]);
    expect(points('a cut of 0.5 percentage point')).toEqual([['0.5 percentage point', 50]]);
    expect(points('cut interest rates by half of a percentage point on Wednesday')).toEqual([['half of a percentage point', 50]]);
    expect(points('Fed Slashes Interest Rates by Half a Percentage Point')).toEqual([['Half a Percentage Point', 50]]);
    expect(points('by an unusually large half-point')).toEqual([['half-point', 50]]);
    expect(points('Bowman preferred a quarter-point rate cut')).toEqual([['a quarter-point', 25]]);
    expect(points('a quarter of a percentage point')).toEqual([['quarter of a percentage point', 25]]);
    expect(points('another full percentage point in cuts')).toEqual([['full percentage point', 100]]);
    // Not a point of a rate: "at one point", a plan of four points.
    expect(points('At one point the index rose; a four-point plan')).toEqual([]);
    expect(sameValue(one('by 50 basis points'), one('by half a percentage point'))).toBe(true);
    expect(sameValue(one('a 25 bps cut'), one('a 50 basis point cut'))).toBe(false);
  });

  it('reads a range with its unit at both ends as one range, however it is joined', () => {
    const forms = ['4.75%-5.00%', '4.75%-5%', '4.75% - 5.0%', '4.75% to 5%', 'between 4.75% and 5%', 'between 4.75 percent and 5 percent', '4.75 percent to 5 percent', '4.75-5.00 per cent', '4.75 to 5.00 percent'];
    const ranges = forms.map((text) => one(`lowered the rate to ${text} on Wednesday`));
    for (const r of ranges) expect([r.value, r.alternative]).toEqual([5, 4.75]);
    for (const r of ranges) expect(sameValue(r, ranges[0]!)).toBe(true);
    expect(sameValue(ranges[0]!, one('to 5% on Wednesday'))).toBe(false);
    expect(sameValue(ranges[0]!, one('to a range of 4.25% to 4.5%'))).toBe(false);
    // A change is not a range, nor figures of two measures parted by a spaced dash.
    expect(quantitiesIn('Rates rose from 2% to 5%').map((q) => q.text)).toEqual(['2%', '5%']);
    // A change between two ranges: each range is one amount.
    expect(quantitiesIn('It reduced its benchmark lending rate from 5.25-5.50 per cent to 4.75-5.00 per cent.').map((q) => q.text)).toEqual(['5.25-5.50 per cent', '4.75-5.00 per cent']);
    expect(quantitiesIn('M 8.0 - 136 km').map((q) => q.text)).toEqual(['8.0', '136 km']);
  });

  it('reads a decimal as a broadcast transcript spells it', () => {
    expect(numberValue('four-point-75')).toBe(4.75);
    const spoken = one('The decision lowers the federal funds rate to a range between four-point-75-percent to five-percent.');
    expect([spoken.dimension, spoken.value, spoken.alternative]).toEqual(['percent', 5, 4.75]);
    expect(sameValue(spoken, one('to the 4.75%-5.00% range'))).toBe(true);
  });

  it('gives the first of two unsure figures the unit and scale of the second', () => {
    const unsure = one('whether it would lower rates by 25 or 50 basis points');
    expect([unsure.dimension, unsure.value, unsure.alternative]).toEqual(['points', 50, 25]);
    // Unsure between two figures against one of them: a difference, as "three or four thieves" / "four thieves" is.
    expect(sameValue(unsure, one('a 50-basis-point cut'))).toBe(false);
    const millions = one('two or three million people');
    expect([millions.value, millions.alternative]).toEqual([3_000_000, 2_000_000]);
  });
});
