import { describe, expect, it } from 'vitest';
import { eachApart, firesApart, foreseenApart, levelsOfTwoTimes, measuredApart, movesApart, placeOfAmount, placesApart, sentenceOf, sharesOfOppositeWays, sharesOfTwoThings, spansOfTwoKinds } from './amount-context';
import { quantitiesIn } from './quantities';
import { designationsIn } from './designations';

/** The amount of `text` written as `written`, with all of the passage's. */
function amount(text: string, written: string) {
  const all = quantitiesIn(text);
  const q = all.find((x) => x.text === written);
  if (!q) throw new Error(`no amount "${written}" in: ${JSON.stringify(all.map((x) => x.text))}`);
  return { q, all };
}

describe('amount context (real passages of bench/match/gold/news)', () => {
  it('reads an amount\'s place right after it, else before it, countries and towns apart', () => {
    const p02 = 'Officials confirmed three deaths in Jamaica during preparations and at least four fatalities in Haiti and the Dominican Republic, and regional health authorities warned of secondary hazards such as crocodiles entering flooded areas.';
    const three = amount(p02, 'three deaths');
    const four = amount(p02, 'at least four fatalities');
    expect(placeOfAmount(p02, three.q, three.all)).toEqual(['@jamaica']);
    expect(placeOfAmount(p02, four.q, four.all)).toEqual(['@haiti', '@dominican republic']);
    const p14 = 'Jamaica experienced at least eight deaths and over 25,000 people in shelters, with 77 percent of the island without power and main roads blocked by landslides.';
    const eight = amount(p14, 'at least eight deaths');
    expect(placeOfAmount(p14, eight.q, eight.all)).toEqual(['@jamaica']);
    const m08 = 'Torrential rain triggered flash flooding in Kerr County, which is 65 miles north of San Antonio and 101 miles west of Austin, on Friday morning.';
    const miles = amount(m08, '65 miles');
    expect(placeOfAmount(m08, miles.q, miles.all)).toEqual(['#san antonio']);
    // A town is never apart from a country: it may lie in it.
    expect(placesApart(['#san antonio'], ['@united states'])).toBe(false);
    expect(placesApart(['#san antonio'], ['#austin'])).toBe(true);
  });

  it('reads the sentence of an amount, the whole text when it is one sentence', () => {
    const j07 = 'The earthquake’s impact was not confined to Myanmar. In Thailand, hundreds of miles away from the epicenter, an unfinished high-rise building in Bangkok collapsed, killing at least three people.';
    const three = amount(j07, 'at least three people');
    expect(sentenceOf(j07, three.q)).toMatch(/^In Thailand/u);
    const one = 'Fifteen died at the site, and two more died in the hospital overnight.';
    expect(sentenceOf(one, amount(one, 'Fifteen').q)).toBe(one);
  });

  it('tells a length or a speed foreseen from one seen, a share lost from one restored, and two named fires apart', () => {
    const o06 = 'The earthquake, recorded at a depth of 18.2 kilometres, caused waves of up to four metres along the Kamchatka coast, where several people were injured.';
    const o07 = 'Japan has ordered evacuations of its northern coast, where waves of up to three meters are expected.';
    expect(foreseenApart(o06, amount(o06, 'up to four metres').q, o07, amount(o07, 'up to three meters').q)).toBe(true);
    // The word nearest the amount decides, for a sentence may tell both (m13 / m01); "to hit" foresees (o04).
    const m13 = "Texas Division of Emergency Management Chief Nim Kidd told reporters Friday original forecasts from the National Weather Service predicted 4 to 8 inches of rain in that area, 'but the amount of rain that fell in this specific location was never in any of those forecasts.'";
    const m01 = 'The camp is located west of Kerrville in Kerr County, where six to 10 inches of rain fell from Thursday night into Friday morning.';
    expect(foreseenApart(m13, amount(m13, '4 to 8 inches').q, m01, amount(m01, 'six to 10 inches').q)).toBe(true);
    const o04 = 'The Japan Weather Agency said it expected a tsunami of around 10 feet to hit areas of the coast, reports Reuters.';
    expect(foreseenApart(o04, amount(o04, 'around 10 feet').q, o07, amount(o07, 'up to three meters').q)).toBe(false);
    expect(foreseenApart(o04, amount(o04, 'around 10 feet').q, o06, amount(o06, 'up to four metres').q)).toBe(true);
    // A storm's winds foreseen at landfall are not those it made landfall with (p13 / p12).
    const p13 = 'It will make another landfall on the southern coast of Cuba just west of Santiago de Cuba overnight Tuesday into Wednesday. Max winds are expected to be around 130mph at landfall.';
    const p12 = 'Hurricane Melissa made landfall in Cuba just before dawn Wednesday with Category 3 winds of 120 miles per hour.';
    expect(foreseenApart(p13, amount(p13, 'around 130mph').q, p12, amount(p12, '120 miles per hour').q)).toBe(true);
    const o06b = 'Japan’s Meteorological Agency issued warnings for waves up to three metres along Hokkaido and Honshu, with waves of 1.3 metres recorded in Iwate prefecture.';
    const o12 = 'Tsunami waves as high as 3-4 meters (10-13 feet) have been reported in Kamchatka, while 30 cm (12 inches) waves have reached a city in Hokkaido, northern Japan.';
    expect(foreseenApart(o06b, amount(o06b, 'up to three metres').q, o12, amount(o12, '3-4 meters (10-13 feet)').q)).toBe(true);
    const lost = 'Sánchez revealed that the country had suffered a catastrophic loss of 15 gigawatts (GW) of electricity generation in just five seconds, equivalent to 60% of Spain’s total energy demand at the time.';
    const restored = 'By 7 a.m., more than 99% of energy demand in Spain had been restored, the country\'s electricity operator Red Eléctrica said.';
    expect(sharesOfOppositeWays(lost, amount(lost, '60%').q, restored, amount(restored, 'more than 99%').q)).toBe(true);
    const k04 = 'The Eaton fire, which erupted on Tuesday night, has already scorched more than 10,600 acres near Altadena and Pasadena.';
    const k01 = 'The Palisades Fire has scorched over 2,900 acres since igniting Tuesday morning, with firefighters facing a long night ahead as wind speeds are expected to peak between 10 p.m. and 5 a.m.';
    expect(firesApart(k04, amount(k04, 'more than 10,600 acres').q, k01, amount(k01, 'over 2,900 acres').q)).toBe(true);
    expect(firesApart(k01, amount(k01, 'over 2,900 acres').q, k01, amount(k01, 'over 2,900 acres').q)).toBe(false);
    // Two fires named together: their total is neither's (k14 / k05).
    const k14 = '- The Palisades and Eaton fires, the largest of five wildfires in Los Angeles County, have burned over 27,000 acres with 0% containment reported as of Thursday morning.';
    const k05 = 'Meanwhile, the Eaton Fire in the San Gabriel Mountains consumed 10,600 acres and 1,000 structures and tragically took five lives.';
    expect(firesApart(k14, amount(k14, 'over 27,000 acres').q, k05, amount(k05, '10,600 acres').q)).toBe(true);
  });

  it('reads a storm\'s category where it struck and as what it became', () => {
    const p01 = 'Hurricane Melissa made landfall on Jamaica as a catastrophic Category 5 storm, bringing with it winds of up to 185 miles per hour and causing widespread destruction.';
    const p12 = 'Hurricane Melissa made landfall in Cuba just before dawn Wednesday with Category 3 winds of 120 miles per hour.';
    const p11 = 'Although Melissa has since weakened to a Category 4 hurricane with winds of 150 mph, it continues to spin menacingly over the island, prolonging the catastrophe.';
    const label = (text: string) => {
      const all = designationsIn(text);
      return { q: all[0]!, all };
    };
    const [a, b, c] = [label(p01), label(p12), label(p11)];
    expect(measuredApart(p01, a.q, a.all, p12, b.q, b.all)).toBe(true);
    expect(measuredApart(p01, a.q, a.all, p11, c.q, c.all)).toBe(true);
    expect(measuredApart(p01, a.q, a.all, p01, a.q, a.all)).toBe(false);
  });

  it('tells a move of a rate made from one wished for, and the wishes of two parties apart (story AD)', () => {
    const made = 'Monetary policymakers kicked off their first easing campaign by lowering the benchmark federal funds rate by 50 basis points.';
    const slashed = 'The Federal Reserve has cut its benchmark interest rate by an unusually large half-point, a dramatic shift after more than two years of high rates.';
    const dissent = 'Bowman preferred a quarter-point rate cut, the Fed said.';
    const market = 'The market was widely anticipating a 25 bps rate cut.';
    const projected = 'The median projection for the federal funds rate showed 4.4% for 2024, which means the central bank may lower interest rates two more times by 25 basis points each this year.';
    const signalled = 'The Fed’s policymakers also signalled that they expect to cut their key rate by an additional half-point in their final two meetings this year.';
    const apart = (a: string, x: string, b: string, y: string) => movesApart(a, amount(a, x).q, b, amount(b, y).q);
    // What was done against what was wished for: two figures.
    expect(apart(made, '50 basis points', dissent, 'a quarter-point')).toBe(true);
    expect(apart(slashed, 'half-point', projected, '25 basis points')).toBe(true);
    expect(apart(made, '50 basis points', market, '25 bps')).toBe(true);
    // "larger than expected" does not make the cut a wish; the noun after the amount tells of a cut made.
    expect(apart('The Fed has cut rates by a larger than expected half a percentage point.', 'half a percentage point', 'This half a percentage point cut to between 4.75% and 5% is the first in four years.', 'half a percentage point')).toBe(false);
    // Two wishes of two parties (the markets, a dissenter), or of no party named: two figures.
    expect(apart(market, '25 bps', dissent, 'a quarter-point')).toBe(true);
    expect(apart('Rates could fall by an additional half-point this year.', 'half-point', dissent, 'a quarter-point')).toBe(true);
    // A verb after "would" is a wish, not a move made; a dissenter named before a comma is the party.
    expect(apart('There was some debate over whether it would lower rates by 25 or 50 basis points.', '25 or 50 basis points', made, '50 basis points')).toBe(true);
    expect(apart('Policymakers see another 50 basis points of cuts in 2024', '50 basis points', 'Eleven members voted in favour of the cut, with one member, Michelle Bowman, opting instead for a quarter-point reduction.', 'a quarter-point')).toBe(true);
    // Two wishes of one party (the policymakers' projections): one figure, told each way.
    expect(apart(signalled, 'half-point', projected, '25 basis points')).toBe(false);
  });

  it('tells a span since something last happened from how long something went on (stories AD and N)', () => {
    const since = 'The Federal Reserve has cut interest rates for the first time in four years after concluding its two-day policy meeting.';
    const sinceHedged = 'The rate cut, the Fed’s first in more than four years, reflects its new focus on bolstering the job market.';
    const lasted = '“Over the past two years, the labour market has cooled from its formerly overheated state.';
    const served = 'Prevost, 69, is a native of Chicago who served for two decades in Peru, first as a missionary.';
    const apart = (a: string, x: string, b: string, y: string) => spansOfTwoKinds(a, amount(a, x).q, b, amount(b, y).q);
    expect(apart(since, 'four years', lasted, 'two years')).toBe(true);
    expect(apart(sinceHedged, 'more than four years', served, 'two decades')).toBe(true);
    // Two spans since the last cut, however hedged, are one span told two ways.
    expect(apart(since, 'four years', sinceHedged, 'more than four years')).toBe(false);
  });

  it('tells a level a rate was at before from the level it is at now (story AD)', () => {
    const was = 'Policymakers had been keeping the interest rate above 5 percent for more than a year to battle inflation.';
    const high = 'The central bank’s action lowered its key rate to roughly 4.8%, down from a two-decade high of 5.3%, where it had stood for 14 months.';
    const fromTo = "The FOMC reduced its benchmark lending rate from 5.25-5.50 per cent to 4.75-5.00 per cent.";
    const now = 'The new federal funds rate is 4.75 percent to 5 percent, in the Fed’s most pointed signal.';
    const apart = (a: string, x: string, b: string, y: string) => levelsOfTwoTimes(a, amount(a, x).q, b, amount(b, y).q);
    expect(apart(was, '5 percent', now, '4.75 percent to 5 percent')).toBe(true);
    expect(apart(high, '5.3%', now, '4.75 percent to 5 percent')).toBe(true);
    expect(apart(fromTo, '5.25-5.50 per cent', now, '4.75 percent to 5 percent')).toBe(true);
    // The end a change leads to is the level now; two levels before are one figure's two reports.
    expect(apart(fromTo, '4.75-5.00 per cent', now, '4.75 percent to 5 percent')).toBe(false);
    expect(apart(high, 'roughly 4.8%', now, '4.75 percent to 5 percent')).toBe(false);
    expect(apart(high, '5.3%', fromTo, '5.25-5.50 per cent')).toBe(false);
  });

  it('tells an amount of each of several from one of them all (story AD)', () => {
    const each = 'The median projection showed 4.4% for 2024, which means the central bank may lower interest rates two more times by 25 basis points each this year.';
    const total = 'The economic projections suggested the central bank will cut rates by another 50 basis points by the end of the year.';
    expect(eachApart(each, amount(each, '25 basis points').q, total, amount(total, '50 basis points').q)).toBe(true);
    expect(eachApart(total, amount(total, '50 basis points').q, total, amount(total, '50 basis points').q)).toBe(false);
  });

  it('tells shares of different things apart: inflation, the interest rate, unemployment (story AD)', () => {
    const target = 'With the Fed saying officials have gained greater confidence inflation is moving sustainably toward its 2 percent target, the central bank lowered the target range for the federal funds rate by 50 basis points to 4.75 to 5.00 percent.';
    const inflation = 'The Fed\'s move comes after annual inflation dropped to 2.5% in August, beating market expectations.';
    const rate = 'The US Federal Reserve has cut its current federal funds rate by 50 basis points, bringing it down to a range of 4.75%-5%.';
    const apart = (a: string, x: string, b: string, y: string) => {
      const [p, q] = [amount(a, x), amount(b, y)];
      return sharesOfTwoThings(a, p.q, p.all, b, q.q, q.all);
    };
    expect(apart(target, '2 percent', rate, '4.75%-5%')).toBe(true);
    expect(apart(inflation, '2.5%', rate, '4.75%-5%')).toBe(true);
    expect(apart(inflation, '2.5%', target, '2 percent')).toBe(false);
    expect(apart(target, '4.75 to 5.00 percent', rate, '4.75%-5%')).toBe(false);
    // A share of nothing named may be of anything.
    expect(apart('Milei won with 55.7%, against 44.3% for Massa.', '55.7%', rate, '4.75%-5%')).toBe(false);
  });
});
