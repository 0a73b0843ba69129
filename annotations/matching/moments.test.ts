import { describe, expect, it } from 'vitest';
import { differencesBetween } from './differences';
import { timesOfDay } from './moments';

const times = (text: string) => timesOfDay(text).map(({ text, time, zone }) => ({ text, time, zone }));

describe('timesOfDay', () => {
  it('reads a time however written (story F), with the word that makes it approximate', () => {
    expect(times('called at 15:35 hours earlier this afternoon')).toEqual([{ text: '15:35 hours', time: '15:35', zone: '' }]);
    expect(times('at 1535 hours this afternoon')).toEqual([{ text: '1535 hours', time: '15:35', zone: '' }]);
    expect(times('around 3:30 PM, the DGMO called')).toEqual([{ text: 'around 3:30 PM', time: '15:30', zone: '' }]);
    expect(times('from 5 p.m. on Saturday')).toEqual([{ text: '5 p.m.', time: '17:00', zone: '' }]);
  });

  it('reads a window as one time, its start in the half of the day its end gives once (stories I and M)', () => {
    const windows = (text: string) => timesOfDay(text).map(({ text, time, until }) => ({ text, time, until }));
    expect(windows('the heist was carried out between 9.30 and 9.40 am')).toEqual([{ text: 'between 9.30 and 9.40 am', time: '9:30', until: '9:40' }]);
    expect(windows('floodwaters began rising between 4 and 5 a.m.')).toEqual([{ text: 'between 4 and 5 a.m.', time: '4:00', until: '5:00' }]);
    expect(windows('between about 9:30 am and about 9:40 am')).toEqual([{ text: 'between about 9:30 am and about 9:40 am', time: '9:30', until: '9:40' }]);
    expect(windows('the river rose from 10 p.m. to 5:10 a.m.')).toEqual([{ text: 'from 10 p.m. to 5:10 a.m.', time: '22:00', until: '5:10' }]);
    expect(windows('open 9:30-11 am')).toEqual([{ text: '9:30-11 am', time: '9:30', until: '11:00' }]);
    // Across noon: "from 11 to 2 pm" starts in the morning.
    expect(windows('talks ran from 11 to 2 pm')).toEqual([{ text: 'from 11 to 2 pm', time: '11:00', until: '14:00' }]);
    // Two moments, not a window: no "between" before "and", no "from" before "to".
    expect(windows('talks began at 9 am and ended at 5 pm').map((t) => t.until)).toEqual([undefined, undefined]);
    expect(windows('at 9 am to 5 pm').map((t) => t.time)).toEqual(['9:00', '17:00']);
    // A count before "and" is no time.
    expect(times('4 and 5 apples')).toEqual([]);
  });

  it('gives each time the zone its passage names, none for "local time"', () => {
    expect(times('with effect from 1700 hours IST')[0]?.zone).toBe('ist');
    expect(times('from 4:30 PM Pakistan Standard Time')[0]?.zone).toBe('pakistan');
    expect(times('at 7 a.m. Israel time')[0]?.zone).toBe('israel');
    expect(times('at 15:35 local time')[0]?.zone).toBe('');
    expect(times('This time the call came at 5 pm')[0]?.zone).toBe('');
    expect(['at 6 p.m. EST', 'at 6 p.m. EDT', 'at 6 p.m. ET', 'at 6 p.m. Eastern Time'].map((t) => times(t)[0]?.zone)).toEqual(['et', 'et', 'et', 'et']);
    expect(['at 0800 GMT', 'at 08:00 UTC'].map((t) => times(t)[0]?.zone)).toEqual(['utc', 'utc']);
  });

  it('reads "1.38 pm" and "1339 IST", gives a time the zone written right after it, and reads a conversion in brackets as the same time (story H)', () => {
    expect(times('The flight took off at 1.38 pm and within two minutes it burst into flames.')).toEqual([{ text: '1.38 pm', time: '13:38', zone: '' }]);
    expect(times('took off from Runway 23 at 1339 IST (0809 UTC)')).toEqual([{ text: '1339', time: '13:39', zone: 'ist' }]);
    expect(times('It took off at 13:39 local time (08:09 GMT) from Runway 23.')).toEqual([{ text: '13:39', time: '13:39', zone: '' }]);
    // Two times of a passage, neither in brackets, are two.
    expect(times('talks began at 9 am and ended at 5 pm GMT').map((t) => t.time)).toEqual(['9:00', '17:00']);
    // A decimal is no time: the minutes after a dot are two digits.
    expect(times('up 3.5 pm on the index')).toEqual([]);
  });

  it('reads an hour by its name, and whether the passage says in which zone (stories L and P)', () => {
    expect(times('a major power outage hit several regions just after midday local time')).toEqual([{ text: 'just after midday', time: '12:00', zone: '' }]);
    expect(times('The alarm was raised around midnight, at the gate and at 2 am')).toEqual([
      { text: 'around midnight', time: '0:00', zone: '' },
      { text: '2 am', time: '2:00', zone: '' },
    ]);
    expect(timesOfDay('slammed into the coast just after midday local time on Tuesday')[0]?.zoned).toBe(true);
    expect(timesOfDay('the truce begins at midnight ET')[0]?.zoned).toBe(true);
    expect(timesOfDay('Hurricane Melissa made landfall in south-western Jamaica at 1 p.m. Tuesday')[0]?.zoned).toBe(false);
  });

  it('reads no time in a count, a year, a score or a decimal', () => {
    expect(times('15 people died in 2025, 3.5 percent more')).toEqual([]);
    expect(times('logged 1200 flights')).toEqual([]);
    expect(times('the pilot logged 1200 hours of flight, and trained for 1500 hours; more than 2000 hours')).toEqual([]);
    expect(times('with effect from 1700 hours, and again at 0600 hrs')).toEqual([
      { text: '1700 hours', time: '17:00', zone: '' },
      { text: '0600 hrs', time: '6:00', zone: '' },
    ]);
  });

  it('reads the 24-hour clock with a stop before a zone or after "at", not a span of hours (story AF)', () => {
    expect(times('The lander touched down at around 18.03 Hrs. IST on Wednesday')).toMatchObject([{ time: '18:03', zone: 'ist' }]);
    expect(times('the powered descent began at 17.44 hrs')).toMatchObject([{ time: '17:44' }]);
    expect(times('The journey took 2.30 hours in all')).toEqual([]);
    expect(differencesBetween('landed at around 18.03 Hrs. IST', 'landed at 6:04 pm IST')).toEqual([{ kind: 'date', here: 'around 18.03 Hrs.', there: '6:04 pm' }]);
    expect(differencesBetween('landed at around 18.03 Hrs. IST', 'landed at 6:03 pm IST')).toEqual([]);
  });
});
