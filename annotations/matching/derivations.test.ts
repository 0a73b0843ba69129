import { describe, expect, it } from 'vitest';
import { adjectiveForm } from './derivations';
import { termsOf } from './terms';

describe('derivations', () => {
  it('reads a noun in -y as its adjective in -ic, and leaves other -y words alone', () => {
    expect(['economy', 'economies', 'strategy', 'diplomacy', 'democracy'].map(adjectiveForm)).toEqual(['economic', 'economic', 'strategic', 'diplomatic', 'democratic']);
    expect(['policy', 'party', 'army', 'city', 'energy', 'history'].map(adjectiveForm)).toEqual(['policy', 'party', 'army', 'city', 'energy', 'history']);
  });

  it('gives the economy and economic deals one term (two outlets on one claim, bench/match/gold/news)', () => {
    // a01-wpxi.txt and a18-tag24.txt, as published.
    const claim = termsOf('both Armenia and Azerbaijan will sign deals with the United States meant to bolster cooperation in energy, technology and the economy');
    const other = termsOf('Both countries are also expected to sign bilateral economic deals with the US.');
    const shared = claim.filter((t) => other.some((o) => o.term === t.term)).map((t) => t.term);
    expect(shared).toContain('econom');
  });
});
