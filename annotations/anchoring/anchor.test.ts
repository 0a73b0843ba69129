import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { anchorAnnotation } from './anchor';
import { describeRange } from './describe';

const NOW = '2025-01-01T00:00:00.000Z';

function annotate(text: string, quote: string, occurrence = 0): Annotation {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(at);
  const { quote: q, position } = describeRange(index, start, start + Array.from(quote).length);
  return createAnnotation({ id: 'urn:uuid:1', now: NOW, source: 'a.txt', quote: q, position, tags: ['claim'] });
}

const anchor = (text: string, annotation: Annotation) => anchorAnnotation(new CodePointIndex(text), annotation);
const cpOf = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length;

describe('anchorAnnotation', () => {
  const text = 'The minister said the deal was signed.\n\nCritics said the deal was not signed.';

  it('is exact when the stored position still holds the quote', () => {
    const annotation = annotate(text, 'the deal was signed');
    const at = cpOf(text, text.indexOf('the deal was signed'));
    expect(anchor(text, annotation)).toEqual({ status: 'exact', start: at, end: at + 19 });
  });

  it('moves when text was inserted before the quote (emoji included)', () => {
    const annotation = annotate(text, 'Critics said');
    const edited = '😀 New first line.\n' + text;
    const at = cpOf(edited, edited.indexOf('Critics said'));
    expect(anchor(edited, annotation)).toEqual({ status: 'moved', start: at, end: at + 12 });
  });

  it('resolves a repeated quote by its context, even when another occurrence is nearer', () => {
    const original = 'A: the deal was signed. ' + '.'.repeat(100) + 'B: the deal was broken.';
    const annotation = annotate(original, 'the deal was', 1); // the second one, around code point 127
    const edited = '-'.repeat(150) + 'A: the deal was signed. B: the deal was broken.';
    const first = edited.indexOf('the deal was');
    const second = edited.lastIndexOf('the deal was');
    expect(Math.abs(first - 127)).toBeLessThan(Math.abs(second - 127)); // the nearest is the wrong one
    expect(anchor(edited, annotation)).toEqual({ status: 'moved', start: second, end: second + 12 });
  });

  it('prefers the occurrence nearest the old position when the context is equally good', () => {
    const annotation = createAnnotation({
      id: 'urn:uuid:2',
      now: NOW,
      source: 'a.txt',
      quote: { type: 'TextQuoteSelector', exact: 'said', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 11, end: 15 },
      tags: [],
    });
    const edited = 'said, said, said, said';
    expect(anchor(edited, annotation)).toEqual({ status: 'moved', start: 12, end: 16 });
  });

  it('is an orphan when the quote is gone', () => {
    const annotation = annotate(text, 'Critics said');
    expect(anchor(text.replace('Critics said', 'Others claimed'), annotation)).toEqual({
      status: 'orphan',
      start: null,
      end: null,
    });
  });

  it('is an orphan when the position is out of range and the quote is absent', () => {
    const annotation = annotate(text, 'not signed');
    expect(anchor('short', annotation).status).toBe('orphan');
  });

  it('without a quote selector trusts an in-range position only', () => {
    const annotation = annotate(text, 'minister');
    const positionOnly: Annotation = {
      ...annotation,
      target: { ...annotation.target, selector: annotation.target.selector.filter((s) => s.type !== 'TextQuoteSelector') },
    };
    expect(anchor(text, positionOnly)).toEqual({ status: 'exact', start: 4, end: 12 });
    expect(anchor('tiny', positionOnly).status).toBe('orphan');
  });
});

describe('anchorAnnotation on a 1 MB article', () => {
  it('re-anchors a frequent quote quickly', () => {
    const paragraph = 'The talks said the deal was close, and the 😀 parties said more. ';
    const text = paragraph.repeat(16_000); // ~1 MB, ~100k occurrences of "said"
    const annotation = annotate(text, 'said', 5_000);
    const edited = 'Inserted line.\n' + text;
    const started = performance.now();
    const result = anchor(edited, annotation);
    expect(performance.now() - started).toBeLessThan(2000);
    // Every paragraph has the same context, so the nearest occurrence wins: the same one, 15 code points later.
    const old = annotation.target.selector.find((s) => s.type === 'TextPositionSelector') as { start: number };
    expect(result).toEqual({ status: 'moved', start: old.start + 15, end: old.start + 19 });
  });
});
