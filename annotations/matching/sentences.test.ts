import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { OPEN_LINE_WEIGHT, passagesOf, sentenceSpansUtf16 } from './sentences';

const sentences = (text: string) => sentenceSpansUtf16(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits at full stops, question marks and line breaks', () => {
    expect(sentences('One here. Two there? Three\nFour.')).toEqual(['One here.', 'Two there?', 'Three', 'Four.']);
  });

  it('keeps titles, initials, initialisms and short months inside the sentence', () => {
    const text = 'U.S. President Donald J. Trump met Mr. Aliyev on Aug. 8 in Washington. They signed.';
    expect(sentences(text)).toEqual(['U.S. President Donald J. Trump met Mr. Aliyev on Aug. 8 in Washington.', 'They signed.']);
  });

  it('ends a sentence after its closing quote, and where a scraped page lost the space', () => {
    expect(sentences('He said “we are friends.” Then he left.')).toEqual(['He said “we are friends.”', 'Then he left.']);
    expect(sentences('in the Great Lakes region.The signing ceremony')).toEqual(['in the Great Lakes region.', 'The signing ceremony']);
  });

  it('keeps a quote ending in ? or ! with who said it after, and ends it where a new sentence starts', () => {
    // bench/match/gold/news/articles/f13-thehansindia.txt, as published.
    const f13 = '"What the hell just happened to the ceasefire? Explosions heard across Srinagar!!!" Abdullah posted on social media platform X, sharing video footage capturing blast sounds in the background.';
    expect(sentences(f13)).toEqual([
      '"What the hell just happened to the ceasefire?',
      'Explosions heard across Srinagar!!!" Abdullah posted on social media platform X, sharing video footage capturing blast sounds in the background.',
    ]);
    expect(sentences('“Are we safe?” Prime Minister Shehbaz Sharif asked. Nobody answered.')).toEqual(['“Are we safe?” Prime Minister Shehbaz Sharif asked.', 'Nobody answered.']);
    expect(sentences('“We won!” The crowd cheered. Then it rained.')).toEqual(['“We won!”', 'The crowd cheered.', 'Then it rained.']);
    expect(sentences('He said “we are friends.” Trump said it twice.')).toEqual(['He said “we are friends.”', 'Trump said it twice.']);
  });

  it('does not split numbers', () => {
    expect(sentences('About 2.5 hours, 100,000 people.')).toEqual(['About 2.5 hours, 100,000 people.']);
  });
});

describe('passagesOf', () => {
  it('gives sentences and short pairs within a paragraph, in code points', () => {
    const text = '😀 One. Two.\nThree.';
    const passages = passagesOf(text);
    const index = new CodePointIndex(text);
    expect(passages.map((p) => index.slice(p.start, p.end))).toEqual(['😀 One.', 'Two.', 'Three.', '😀 One. Two.']);
    expect(passages[0]).toMatchObject({ start: 0, end: 6 });
  });

  it('pairs two long sentences of one paragraph: a statement and the one that goes on about it', () => {
    // bench/match/gold/news/articles/a17-miragenews.txt, as published.
    const text =
      'The trilateral signing ceremony, held in the State Dining Room, capped a day of talks in Washington and was accompanied by separate bilateral economic agreements between the United States and each country. The accords aim to boost trade, transit, energy, infrastructure, and technology cooperation, with officials saying they could open new commercial opportunities for American companies in the strategically important region.';
    expect(passagesOf(text).map((p) => p.sentences)).toEqual([1, 1, 2]);
  });

  it('weighs a line that does not end as a sentence (a headline, a caption with its credit) less', () => {
    // bench/match/gold/news/articles/a05-globalpioneer.txt, as published.
    const text = 'Armenia, Azerbaijan leaders say Trump deserves Nobel Peace Prize. /REUTERS/Maxim Shemetov/Pool/File Photo\nNobel Peace Prize\nJointly endorsing Trump for the Nobel Peace Prize for his role in the deal, President Aliyev said, "Peace … will open great opportunities" for Azerbaijan.';
    expect(passagesOf(text).map((p) => p.weight)).toEqual([OPEN_LINE_WEIGHT, OPEN_LINE_WEIGHT, 1]);
  });

  it('always returns trimmed, non-empty spans inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '.', ' ', '\n', '?', '”', '😀', '1') }), (text) => {
        const index = new CodePointIndex(text);
        for (const p of passagesOf(text, index)) {
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(index.length);
          const slice = index.slice(p.start, p.end);
          expect(slice.trim()).toBe(slice);
        }
      }),
    );
  });
});
