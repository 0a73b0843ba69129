/** Who coded an annotation travels with it into the JSON-LD export; annotations that name nobody stay as they are. */
import { describe, expect, it } from 'vitest';
import { annotated } from '../codebook/test-support';
import { withCreator } from '../model/creator';
import { setToJsonLd } from './jsonld';

describe('JSON-LD export and the creator', () => {
  it('carries the W3C creator as stored, and leaves annotations without one valid and without one', () => {
    const plain = annotated('urn:uuid:1', ['T']);
    const coded = withCreator({ ...plain, id: 'urn:uuid:2' }, 'Alice Martin');
    const items = setToJsonLd('Set', [{ file: 'a.txt', annotations: [plain, coded] }], new Date('2026-01-02T00:00:00Z')).first.items;
    expect(items[0]).not.toHaveProperty('creator');
    expect(items[1]?.['creator']).toEqual({ type: 'Person', name: 'Alice Martin' });
  });
});
