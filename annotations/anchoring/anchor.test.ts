import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { CodePointIndex, stripBom } from '../text/code-points';
import { collapse } from '../text/whitespace';
import { anchorAll, anchorAnnotation } from './anchor';
import { prefixSimilarity } from './context';
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

describe('anchorAnnotation: fuzzy and orphan', () => {
  const may =
    'Talks in Geneva. After a long night of bargaining, delegates left the hall. The minister said the talks would resume in May. Nobody expected a breakthrough.\n\n' +
    'Weather report. Rain is likely across the north while farmers wait for help. The minister said the talks would resume in June. Markets barely moved.';

  it('is an orphan when the quoted passage is deleted and a look-alike sits in another context (Hypothesis #7571)', () => {
    const annotation = annotate(may, 'The minister said the talks would resume in May.');
    const edited = may.replace('The minister said the talks would resume in May. ', '');
    expect(anchor(edited, annotation)).toEqual({ status: 'orphan', start: null, end: null });
  });

  it('finds the corrected quote as fuzzy, with a score, where its context still is', () => {
    const text = 'Intro line.\nThe ministre said the talks would resume in May. Nobody expected a breakthrough.';
    const annotation = annotate(text, 'The ministre said the talks would resume in May.');
    const edited = 'A new first paragraph.\n\n' + text.replace('ministre', 'minister');
    const result = anchor(edited, annotation);
    const at = edited.indexOf('The minister said');
    expect(result).toMatchObject({ status: 'fuzzy', start: at, end: at + 48 });
    if (result.status !== 'fuzzy') throw new Error('unreachable');
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.score).toBeLessThan(1);
  });

  it('accepts a reworded quote (similarity between 0.75 and 0.9) only where the context agrees', () => {
    const text = 'Before it: the summit opened. Leaders agreed on a short joint statement today. After it: questions.';
    const annotation = annotate(text, 'Leaders agreed on a short joint statement today.');
    const reworded = text.replace('a short joint statement today', 'a brief joint statement on Friday');
    const result = anchor(reworded, annotation);
    expect(result.status).toBe('fuzzy');
    expect(result.start).toBe(reworded.indexOf('Leaders'));
    // The same rewording, but its paragraph replaced the original one's context: orphan.
    const elsewhere = 'Unrelated opening words here. Leaders agreed on a brief joint statement on Friday. Quite different ending.';
    expect(anchor(elsewhere, annotation).status).toBe('orphan');
  });

  it('is an orphan when two look-alikes are equally good and far apart', () => {
    const base = 'Prefix text about apples. The committee approved the budget for next year. Suffix text about pears.';
    const annotation = annotate(base, 'The committee approved the budget for next year.');
    const twin = 'Prefix text about apples. The committee approved a budget for next year. Suffix text about pears.';
    // Both far from the old place (whole-text search) or both near it (window search): no coin toss.
    expect(anchor('-'.repeat(3000) + twin + '\n' + '='.repeat(600) + '\n' + twin, annotation).status).toBe('orphan');
    expect(anchor(twin + '\n' + '='.repeat(600) + '\n' + twin, annotation).status).toBe('orphan');
    // One twin near the old place, the other beyond the search window: the near one is trusted (see fuzzy.ts).
    const result = anchor(twin + '\n' + '='.repeat(3000) + '\n' + twin, annotation);
    expect(result).toMatchObject({ status: 'fuzzy', start: 26 });
  });

  it('is moved when the position selector is out of range but the quote is present', () => {
    const text = 'The minister said the deal was signed.\n\nCritics said the deal was not signed.';
    const annotation = annotate(text, 'Critics said');
    const broken: Annotation = {
      ...annotation,
      target: {
        ...annotation.target,
        selector: annotation.target.selector.map((s) => (s.type === 'TextPositionSelector' ? { ...s, start: 9000, end: 9012 } : s)),
      },
    };
    const at = text.indexOf('Critics said');
    expect(anchor(text, broken)).toEqual({ status: 'moved', start: at, end: at + 12 });
  });

  it('counts code points after an emoji, for fuzzy matches too', () => {
    const original = 'Opening words. The delegates signed a protocol in Vienna. Closing words.';
    const annotation = annotate(original, 'The delegates signed a protocol in Vienna.');
    const edited = '🇦🇲😀 ' + original.replace('protocol', 'protocoll');
    const result = anchor(edited, annotation);
    const at = cpOf(edited, edited.indexOf('The delegates'));
    expect(result).toMatchObject({ status: 'fuzzy', start: at, end: at + 43 });
    expect(Array.from(edited).slice(at, at + 43).join('')).toBe('The delegates signed a protocoll in Vienna.');
  });

  it('never lets unrelated 32-character contexts of real text look alike (the 0.5 bound of rule a)', () => {
    const seed = readSeed('003_8d5387ac8c00ce0b.txt');
    let worst = 0;
    for (let a = 200; a < 3000; a += 97) {
      for (let b = 3200; b < seed.length - 40; b += 211) {
        worst = Math.max(worst, prefixSimilarity(seed, b, seed.slice(a - 32, a)) ?? 0);
      }
    }
    expect(worst).toBeLessThan(0.5);
  });
});

describe('anchorAnnotation: line ends and whitespace', () => {
  const lf = 'First paragraph.\nThe deal was\nsigned today.\n\nSecond paragraph here.\nEnd.';

  it('re-anchors after LF became CRLF, and CRLF became LF', () => {
    const crlf = lf.replace(/\n/g, '\r\n');
    for (const [before, after] of [
      [lf, crlf],
      [crlf, lf],
    ] as const) {
      const oneLine = annotate(before, 'Second paragraph here.');
      const at = after.indexOf('Second paragraph here.');
      expect(anchor(after, oneLine)).toEqual({ status: 'moved', start: at, end: at + 22 });

      const acrossLines = annotate(before, before.slice(before.indexOf('The deal'), before.indexOf(' today')));
      const result = anchor(after, acrossLines);
      const from = after.indexOf('The deal');
      expect(result).toEqual({ status: 'fuzzy', start: from, end: after.indexOf(' today'), score: 0.99 });
    }
  });

  for (const [file, label] of [
    ['003_8d5387ac8c00ce0b.txt', 'NBSPs'],
    ['004_f5d7da63b06ad7bc.txt', 'indentation'],
  ] as const) {
    it(`re-anchors ~20 annotations of ${file} after its ${label} and space runs became single spaces`, () => {
      const seed = readSeed(file);
      const { text: copy, at: newOffset } = singleSpaced(seed);
      expect(copy).not.toBe(seed);
      const seedIndex = new CodePointIndex(seed);
      const annotations = wordRanges(seed, 20).map(([start, end], i) => {
        const { quote, position } = describeRange(seedIndex, start, end);
        return createAnnotation({ id: `urn:uuid:${i}`, now: NOW, source: file, quote, position, tags: [] });
      });
      const index = new CodePointIndex(copy);
      const results = anchorAll(index, annotations);
      results.forEach((result, i) => {
        const [start, end] = wordRanges(seed, 20)[i] as [number, number];
        const exact = annotations[i] ? (annotations[i].target.selector[0] as { exact: string }).exact : '';
        expect(result.status).not.toBe('orphan');
        expect(result).toMatchObject({ start: newOffset[start], end: (newOffset[end - 1] as number) + 1 });
        expect(collapse(index.slice(result.start ?? 0, result.end ?? 0))).toBe(collapse(exact));
        if (result.status === 'fuzzy') expect(result.score).toBeGreaterThanOrEqual(0.95);
        expect(anchorAnnotation(index, annotations[i] as Annotation)).toEqual(result);
      });
      expect(results.some((r) => r.status === 'fuzzy')).toBe(true);
    });
  }
});

function readSeed(name: string): string {
  return stripBom(readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), 'utf8'));
}

/** Every run of spaces, tabs and NBSPs becomes one plain space; `at[i]` is where old offset i went (BMP text). */
function singleSpaced(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const blank = /[ \t\u00A0]/.test(text[i] as string);
    if (blank && i > 0 && /[ \t\u00A0]/.test(text[i - 1] as string)) {
      at.push(out.length - 1);
      continue;
    }
    at.push(out.length);
    out += blank ? ' ' : text[i];
  }
  return { text: out, at };
}

/** `count` ranges spread over the text, each from a word start to a word end, 3 to 12 words long. */
function wordRanges(text: string, count: number): [number, number][] {
  const words = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const ranges: [number, number][] = [];
  // Half of them start right after an NBSP or a space run, where the copy differs, if the text has any.
  const afterOddSpace = words.map(([start], i) => (i > 0 && /\u00A0| {2}/.test(text.slice(start - 2, start)) ? i : -1)).filter((i) => i > 0);
  for (let k = 0; k < count; k++) {
    const odd = afterOddSpace[Math.floor((k * afterOddSpace.length) / count)];
    const first = k % 2 === 1 && odd !== undefined ? Math.max(0, Math.min(odd - 1, words.length - 13)) : Math.floor((k * (words.length - 12)) / count);
    const last = first + 2 + (k % 10);
    ranges.push([(words[first] as readonly [number, number])[0], (words[last] as readonly [number, number])[1]]);
  }
  return ranges;
}
