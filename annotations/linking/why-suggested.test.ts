import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { analyze } from '../matching/differences';
import { termsOf } from '../matching/terms';
import { passageContext } from './passage-context';
import { MAX_PER_KIND, whySuggested } from './why-suggested';

function why(shared: string[], claim: string, passage: string) {
  return whySuggested(shared, { analysis: analyze(claim), terms: termsOf(claim) }, analyze(passage));
}

/** The terms the matcher would report as shared: the claim's terms found in the passage. */
function sharedTerms(claim: string, passage: string): string[] {
  const there = new Set(termsOf(passage).map((t) => t.term));
  return [...new Set(termsOf(claim).map((t) => t.term))].filter((t) => there.has(t));
}

describe('whySuggested', () => {
  it('names what the passage shares with the claim, as the passage writes it, by kind', () => {
    const claim = 'Rubio said Baku and Yerevan could sign the peace agreement within 32 kilometers of the border.';
    const passage = 'Secretary Rubio said Armenia and Azerbaijan could sign a peace agreement on the 20-mile road.';
    const shared = why(sharedTerms(claim, passage), claim, passage);
    expect(shared.names).toEqual(['Rubio']);
    // In the claim's order (Baku, then Yerevan), as the passage names them.
    expect(shared.places).toEqual(['Azerbaijan', 'Armenia']);
    expect(shared.terms).toEqual(expect.arrayContaining(['sign', 'peace', 'agreement']));
    // 32 km and 20 miles are one length.
    expect(shared.numbers).toEqual(['20-mile']);
  });

  it('shows a name, not its possessive, as the passage writes it (story F)', () => {
    const claim = "Pakistan's foreign minister also said both countries had agreed to a ceasefire";
    const passage = 'Meanwhile, Pakistan’s Deputy Prime Minister Ishaq Dar confirmed the truce, stating: “Pakistan and India have agreed to an immediate ceasefire.';
    const shared = why(sharedTerms(claim, passage), claim, passage);
    expect(shared.places).toEqual(['Pakistan']);
    expect(why(sharedTerms('Trump’s envoy Witkoff met Putin', 'Witkoff’s talks with Putin'), 'Trump’s envoy Witkoff met Putin', 'Witkoff’s talks with Putin').names).toEqual(['Witkoff', 'Putin']);
  });

  it('shows a shared amount once, not again as its number and its unit (seed set)', () => {
    const claim = 'The Armenia-Azerbaijan conflict has endured for over three decades.';
    const passage =
      'In an unexpected turn of events, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Thursday, ending months of stalemate in diplomatic negotiations and reaffirming their mutual commitment to securing a final peace agreement that could end three decades of hostility.';
    const shared = why(sharedTerms(claim, passage), claim, passage);
    expect(shared.numbers).toEqual(['three decades']);
    expect(shared.terms).not.toContain('decades');
  });

  it('finds a name under another spelling, and keeps at most a few of each kind', () => {
    const claim = 'President Zelensky was named.';
    const zelensky = termsOf(claim).find((t) => t.capital && t.term.startsWith('zel'))?.term as string;
    expect(why([zelensky], claim, 'The envoy met President Zelenskyy.').names).toEqual(['Zelenskyy']);
    const words = Array.from({ length: 12 }, (_, i) => `word${String.fromCharCode(97 + i)}ing`);
    const text = words.join(' ');
    expect(why(sharedTerms(text, text), text, text).terms).toHaveLength(MAX_PER_KIND);
  });
});

describe('passageContext', () => {
  it('gives whole words either side, within the passage’s paragraph', () => {
    const text = new CodePointIndex('Title line\nThe first words of a long paragraph come before the passage itself, and some words come after it too.\nNext');
    const start = text.text.indexOf('the passage');
    const end = start + 'the passage'.length;
    const { before, after } = passageContext(text, start, end, 30);
    // The word cut in two ("of") is left out.
    expect(before).toBe('a long paragraph come before ');
    expect(after).toBe(' itself, and some words come');
    expect(passageContext(text, 11, 14, 200)).toEqual({ before: '', after: ' first words of a long paragraph come before the passage itself, and some words come after it too.' });
  });
});
