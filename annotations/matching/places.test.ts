import { describe, expect, it } from 'vitest';
import { placeKey, placeOrPeopleKey } from './places';

describe('placeOrPeopleKey', () => {
  it('reads a people in the plural as its country, for comparing places', () => {
    expect(placeOrPeopleKey('germans')).toBe('germany');
    expect(placeOrPeopleKey('thais')).toBe('thailand');
    expect(placeOrPeopleKey('pakistanis')).toBe('pakistan');
    // The table's own forms, singular or plural, read as before.
    expect(placeOrPeopleKey('spaniards')).toBe('spain');
    expect(placeOrPeopleKey('baku')).toBe('azerbaijan');
  });

  it('reads no plural of a place\'s own name, nor a word that only ends like one', () => {
    expect(placeOrPeopleKey('chinas')).toBeUndefined();
    expect(placeOrPeopleKey('athens')).toBeUndefined();
    expect(placeOrPeopleKey('us')).toBe('united states');
  });

  it('leaves the matcher\'s terms to the table: a plural there would join reports of other stories', () => {
    expect(placeKey('germans')).toBeUndefined();
    expect(placeKey('german')).toBe('germany');
  });
});
