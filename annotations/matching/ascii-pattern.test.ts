import { describe, expect, it } from 'vitest';
import { asciiPattern } from './ascii-pattern';

describe('asciiPattern', () => {
  it('matches as the same pattern with the u flag does, on news text in any case and with letters past ASCII', () => {
    const sources = [String.raw`\bno(?:body|ne)?\b`, String.raw`\b(?:half|third|thirds|quarter|quarters)\b`, String.raw`(?:north|south|east|west|\b[NSEW]{2,3})\s+of\b`, String.raw`\b(?:noon|midday|midnight)\b`];
    const texts = [
      'NO ONE was hurt; nobody saw it.',
      'Half of İstanbul’s residents — a THIRD of them — fled north of the city.',
      'Açaí, café and naïve: none of them, at midday, 16 km NNW of Sagaing.',
      'Noon\u00a0local time, nearly a quarter\u2011hour later, East of Eden.',
      'Nothing here at all: señor, Ærø, Ὀδυσσεύς.',
    ];
    for (const source of sources) {
      const fast = asciiPattern(source, 'g');
      const unicode = new RegExp(source, 'giu');
      for (const text of texts) expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(unicode)].map((m) => [m.index, m[0]]));
    }
  });

  it('refuses a pattern that needs the u flag', () => {
    expect(() => asciiPattern(String.raw`\p{Lu}+`)).toThrow(/needs the u flag/u);
    expect(() => asciiPattern('café')).toThrow(/needs the u flag/u);
    expect(asciiPattern('x', 'g').flags).toBe('gi');
  });
});
