import { describe, expect, it } from 'vitest';
import { differenceLabel } from './difference-label';
import { differencesBetween } from './differences';

describe('differenceLabel', () => {
  it('shows a time of day given otherwise as a time, though its kind is date (story F)', () => {
    const [time] = differencesBetween('"The Pakistan DGMO called up his Indian counterpart at 15:35," Misri said', 'around 3:30 PM, Pakistan’s DGMO called his Indian counterpart');
    expect(time).toEqual({ kind: 'date', here: '15:35', there: 'around 3:30 PM' });
    expect(differenceLabel(time!)).toBe('time');
    expect(differenceLabel({ kind: 'date', here: '1535 hours', there: '5 p.m.' })).toBe('time');
  });

  it('shows the statement given to two people as its speaker, and a person given two roles as the role (story F)', () => {
    const [speaker] = differencesBetween(
      'US President Donald Trump on Saturday announced that both the countries have agreed to a full and immediate ceasefire.',
      'India and Pakistan have reached an understanding to initiate "full and immediate ceasefire", Vikram Misri, the secretary for external affairs said.',
    );
    expect(speaker).toEqual({ kind: 'person', here: 'President Donald Trump on Saturday announced', there: 'Vikram Misri, the secretary for external affairs said' });
    expect(differenceLabel(speaker!)).toBe('speaker');
    expect(differenceLabel({ kind: 'person', here: 'said Foreign Minister Ishaq Dar', there: 'President Donald Trump says' })).toBe('speaker');
    expect(differenceLabel({ kind: 'person', here: 'US President made a post', there: 'Foreign Minister Ishaq Dar took to X' })).toBe('speaker');
    expect(differenceLabel({ kind: 'person', here: 'Deputy Prime Minister and Foreign Minister Ishaq Dar', there: 'Foreign Minister Ishaq Dar' })).toBe('role');
  });

  it('shows a role given otherwise as the role, and other people, lists of them and names spelled otherwise as persons', () => {
    // The seeds: one Rubio, one office or two.
    const [rubio] = differencesBetween(
      '“Armenia and Azerbaijan could strike a peace deal pretty soon,” U.S. Secretary of State Marco Rubio said ahead of the leaders’ recent meeting.',
      'A sign of potential breakthrough came from a statement by U.S. Secretary of State and National Security Advisor Marco Rubio, made during a government meeting at the White House.',
    ).filter((d) => d.kind === 'person');
    expect(rubio).toEqual({ kind: 'person', here: 'Secretary of State Marco Rubio', there: 'Secretary of State and National Security Advisor Marco Rubio' });
    expect(differenceLabel(rubio!)).toBe('role');
    expect(differenceLabel({ kind: 'person', here: 'the prime minister', there: 'the foreign minister' })).toBe('role');
    // One surname spelled two ways, a role after the name (stories E and P).
    expect(differenceLabel({ kind: 'person', here: 'Deputy Prime Minister Phumtham Wechayachai', there: 'Defence Minister Phumtham Wechachai' })).toBe('role');
    expect(differenceLabel({ kind: 'person', here: 'Minister Desmond McKenzie', there: 'Desmond McKenzie, deputy chairman' })).toBe('role');
    expect(differenceLabel({ kind: 'person', here: 'US President Donald Trump and Vice President JD Vance', there: 'US President Donald Trump' })).toBe('person');
    expect(differenceLabel({ kind: 'person', here: 'Edgar Kagan', there: 'Edgard D. Kagan' })).toBe('person');
    expect(differenceLabel({ kind: 'person', here: 'Ambassador to Malaysia Edgar Kagan', there: 'ambassador to Malaysia Edgard D. Kagan' })).toBe('person');
    expect(differenceLabel({ kind: 'person', here: 'President Donald Trump and Vice President JD Vance', there: 'Secretary Marco Rubio and Vice President JD Vance' })).toBe('person');
    expect(differenceLabel({ kind: 'person', here: 'Prime Minister Shehbaz Sharif', there: 'Prime Minister Narendra Modi' })).toBe('person');
  });

  it('shows dates, and dates with a time, as dates; other kinds by their kind', () => {
    expect(differenceLabel({ kind: 'date', here: 'June 27', there: 'June 18' })).toBe('date');
    expect(differenceLabel({ kind: 'date', here: 'June 23 at 5 pm', there: 'June 24' })).toBe('date');
    expect(differenceLabel({ kind: 'date', here: '10 May at 17:00', there: '17:30' })).toBe('date');
    expect(differenceLabel({ kind: 'number', here: 'four days', there: 'weeks' })).toBe('number');
    expect(differenceLabel({ kind: 'person', here: 'Foreign Minister Ishaq Dar', there: 'Deputy Prime Minister, Ishaq Dar' })).toBe('role');
  });

  it('shows two outlets or two bodies credited as the source (stories K and O)', () => {
    const [body] = differencesBetween(
      'The Japan Weather Agency said it expected a tsunami of around 10 feet to hit areas of the coast.',
      'The Japanese broadcaster NHK reported the mass evacuations, citing the threat of waves reaching up to three meters (9.8 feet) in some regions.',
    ).filter((d) => d.kind === 'name');
    expect(body).toEqual({ kind: 'name', here: 'The Japan Weather Agency said', there: 'NHK reported' });
    expect(differenceLabel(body!)).toBe('source');
    expect(differenceLabel({ kind: 'name', here: 'assessments by investment services company JPMorgan', there: 'AccuWeather’s initial estimate' })).toBe('source');
    expect(differenceLabel({ kind: 'name', here: 'as reported by Reuters', there: 'according to The New York Times' })).toBe('source');
    // Names of things stay names.
    expect(differenceLabel({ kind: 'name', here: 'the Zangezur Corridor', there: 'the Trump Route' })).toBe('name');
  });

  it('shows a credit at a sentence\'s start or in the passive as the source, and one credit read twice once (session 44)', () => {
    expect(differenceLabel({ kind: 'name', here: 'According to the BBC', there: 'according to the port of Singapore' })).toBe('source');
    expect(differenceLabel({ kind: 'name', here: 'declared dead by the US Coast Guard', there: 'OceanGate Expeditions company said' })).toBe('source');
    // Read as an outlet ("According to a report from …") and as a body ("report from …"): one difference, as the outlet.
    const dhs = 'According to a report from the Department of Homeland Security\'s Cybersecurity Infrastructure Security Agency obtained by ABC News, the container ship "lost control and propulsion" as it was leaving the port.';
    const synergy = 'The ship lost propulsion as it left the port, according to management company Synergy Marine Group.';
    expect(differencesBetween(dhs, synergy).filter((d) => d.kind === 'name')).toEqual([
      { kind: 'name', here: "According to a report from the Department of Homeland Security's Cybersecurity Infrastructure", there: 'according to management company Synergy Marine Group' },
    ]);
  });
});
