import { describe, expect, it } from 'vitest';
import { createAnnotation } from './annotation';
import { claimOf, withClaim } from './claim';

const NOW = '2026-01-01T00:00:00.000Z';
const base = createAnnotation({
  id: 'urn:uuid:a',
  now: NOW,
  source: 'a.txt',
  quote: { type: 'TextQuoteSelector', exact: 'x' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
  tags: ['T'],
});

describe('claim fields', () => {
  it('reads nothing from an annotation without them', () => {
    expect(claimOf(base)).toEqual({ sameClaimAs: [] });
  });

  it('sets, reads and clears each field as namespaced properties', () => {
    const claimed = withClaim(base, { stance: 'disputes', attribution: ' Marco Rubio ', confidence: 'high', sameClaimAs: ['urn:uuid:b', 'urn:uuid:b'] }, NOW);
    expect(claimed['ra:stance']).toBe('disputes');
    expect(claimed['ra:attribution']).toBe('Marco Rubio');
    expect(claimOf(claimed)).toEqual({ stance: 'disputes', attribution: 'Marco Rubio', confidence: 'high', sameClaimAs: ['urn:uuid:b'] });
    const cleared = withClaim(claimed, { stance: null, attribution: '', sameClaimAs: [] }, NOW);
    expect(claimOf(cleared)).toEqual({ confidence: 'high', sameClaimAs: [] });
    expect('ra:stance' in cleared).toBe(false);
    expect('ra:sameClaimAs' in cleared).toBe(false);
  });

  it('ignores values outside the vocabulary instead of trusting them', () => {
    expect(claimOf({ ...base, 'ra:stance': 'maybe', 'ra:confidence': 7, 'ra:sameClaimAs': ['urn:uuid:c', 3] })).toEqual({ sameClaimAs: ['urn:uuid:c'] });
  });
});
