import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviate } from './format';

/** The quote flattened whole, then cut: what abbreviate must print, read the slow way. */
function flattenedWhole(quote: string): string {
  const flat = Array.from(quote.replace(/\s+/gu, ' ').trim());
  const cut = flat.length > 60 ? flat.slice(0, 59).join('').trimEnd() + '…' : flat.join('');
  return /^["“„«]/u.test(cut) ? cut : `“${cut}”`;
}

const pieces = fc.constantFrom('a', '“', '"', 'Ö', '😀', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200a', '\u1680', '\u0085', '\u200b', '\ud800', '\udc00', 'word', '.');

describe('abbreviate', () => {
  it('prints what flattening the whole quote and cutting it prints, reading only its start', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120, size: 'max' }).map((p) => p.join('')), (quote) => {
        expect(abbreviate(quote)).toBe(flattenedWhole(quote));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts at 60 code points, dropping the space before the ellipsis', () => {
    expect(abbreviate(`  ${'x'.repeat(58)} \n y ${'z'.repeat(10)}`)).toBe(`“${'x'.repeat(58)}…”`);
    expect(abbreviate(`\t${'😀'.repeat(60)}\n`)).toBe(`“${'😀'.repeat(60)}”`);
    expect(abbreviate('')).toBe('“”');
  });

  it('does not double the quotation mark a passage opens with', () => {
    const said = '“Armenia and Azerbaijan could strike a peace deal pretty soon,” U.S. Secretary of State Marco Rubio said.';
    expect(abbreviate(said)).toBe('“Armenia and Azerbaijan could strike a peace deal pretty so…');
    expect(abbreviate(' “We are ready to wait 10 years.”')).toBe('“We are ready to wait 10 years.”');
  });
});
