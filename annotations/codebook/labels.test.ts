import { describe, expect, it } from 'vitest';
import { isWithin, leafOf, moveLabel, parentOf, parseLabel } from './labels';

describe('tag labels', () => {
  it('normalizes what the analyst typed, also around the levels of a hierarchy', () => {
    expect(parseLabel('  Security /  Guarantees ')).toBe('Security/Guarantees');
    expect(parseLabel('U.S.   role')).toBe('U.S. role');
  });

  it('refuses empty labels and empty levels, saying why', () => {
    expect(() => parseLabel('   ')).toThrow(/needs a label/u);
    expect(() => parseLabel('Security//Guarantees')).toThrow(/each level/u);
    expect(() => parseLabel('/Security')).toThrow(/each level/u);
    expect(() => parseLabel('x'.repeat(201))).toThrow(/at most 200/u);
  });

  it('knows which labels sit under which', () => {
    expect(isWithin('Security/Guarantees', 'Security')).toBe(true);
    expect(isWithin('Security', 'Security')).toBe(true);
    expect(isWithin('Securityx', 'Security')).toBe(false);
    expect(moveLabel('Security/Guarantees', 'Security', 'Safety')).toBe('Safety/Guarantees');
    expect(parentOf('A/B/C')).toBe('A/B');
    expect(parentOf('A')).toBeNull();
    expect(leafOf('A/B/C')).toBe('C');
  });
});
