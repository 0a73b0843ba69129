import { describe, expect, it } from 'vitest';
import { inQuotationMarks } from './quotation';

describe('inQuotationMarks', () => {
  it('puts a quote in quotation marks', () => {
    expect(inQuotationMarks('Over 100,000 people marched.')).toBe('“Over 100,000 people marched.”');
    expect(inQuotationMarks('')).toBe('“”');
  });

  it('leaves a quote that opens with a quotation mark as it is, rather than doubling the mark', () => {
    const said = '“Armenia and Azerbaijan could strike a peace deal pretty soon,” U.S. Secretary of State Marco Rubio said.';
    expect(inQuotationMarks(said)).toBe(said);
    for (const mark of ['"', '„', '«']) expect(inQuotationMarks(`${mark}Yes${mark}`)).toBe(`${mark}Yes${mark}`);
    // A mark inside the quote is the text's own.
    expect(inQuotationMarks('He said “no”.')).toBe('“He said “no”.”');
  });
});
