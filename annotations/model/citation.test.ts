import { describe, expect, it } from 'vitest';
import { splitLines } from '../text/lines';
import { formatQuoteCitation, paragraphAt } from './citation';

describe('formatQuoteCitation', () => {
  it('puts the quote, then the title, outlet, author, date and paragraph, on one line', () => {
    expect(formatQuoteCitation('The talks could end the war.', { title: 'Peace deal near', source: 'Euronews', author: 'A. Writer', published: '2025-08-06' }, 4)).toBe(
      '“The talks could end the war.” — Peace deal near, Euronews, by A. Writer, 2025-08-06, ¶ 4',
    );
  });

  it('leaves out what the article does not have, and the paragraph of an orphan', () => {
    expect(formatQuoteCitation('Quote.', { title: 'Field notes' }, null)).toBe('“Quote.” — Field notes');
    expect(formatQuoteCitation('Quote.', { title: 'Field notes', source: ' ', published: '2025' }, 2)).toBe('“Quote.” — Field notes, 2025, ¶ 2');
  });

  it('puts a quote across paragraphs, and details with line breaks, on one line', () => {
    expect(formatQuoteCitation('First paragraph ends.\r\n\r\nSecond\u00a0begins', { title: 'A\ntitle', source: 'Out\tlet' }, 3)).toBe(
      '“First paragraph ends. Second begins” — A title, Out let, ¶ 3',
    );
  });
});

describe('paragraphAt', () => {
  // Blank lines count, as the brief counts them; emoji count as one code point each.
  const TEXT = 'Title 😀\n\nFirst paragraph.\r\nSecond 🇦🇲 paragraph.\rThird.';
  it.each([
    [0, 1],
    [7, 1],
    [8, 2],
    [9, 3],
    [25, 3],
    [27, 4],
    [49, 5],
  ])('offset %i is in paragraph %i', (offset, paragraph) => {
    expect(paragraphAt(splitLines(TEXT), offset)).toBe(paragraph);
  });
});
