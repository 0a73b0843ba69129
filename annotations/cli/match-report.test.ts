import { describe, expect, it } from 'vitest';
import { ReportWriter, type ClaimPiece } from './match-report';

const piece = (text: string): ClaimPiece => ({ claims: 1, text, likely: 0, likelyFiles: [], note: '', unmatched: 0 });

/** What the writer hands on, kept as it was handed (a copy), and as the output holds it when all is written (the chunk itself). */
function written(format: 'json' | 'human', texts: string[], chunk: number) {
  const handed: { chunk: Uint8Array; copy: Uint8Array }[] = [];
  const writer = new ReportWriter(format, (text) => {
    if (typeof text === 'string') throw new Error('the writer hands on bytes');
    handed.push({ chunk: text, copy: text.slice() });
  }, chunk);
  for (const text of texts) writer.add(piece(text));
  writer.finish();
  return handed;
}

describe('ReportWriter', () => {
  // Accents, a character outside the BMP (a surrogate pair), a lone surrogate (written as U+FFFD, as a string written to stdout is).
  const texts = ['naïve “quote” ', 'Hōkū 🌊 wave\n', 'plain ascii\n', 'lone \ud800 half\n', 'x'.repeat(300) + '\n'];

  it('hands on the UTF-8 of the pieces in order, cut only between pieces', () => {
    const handed = written('human', texts, 64);
    const whole = Buffer.concat(handed.map((h) => h.copy));
    const summary = '\n5 claims, 0 likely candidates in 0 articles.\n';
    expect(whole.equals(Buffer.from(texts.join('') + summary))).toBe(true);
    // Every chunk decodes alone: no character is split between two.
    const decoded = handed.map((h) => new TextDecoder('utf-8', { fatal: true }).decode(h.copy));
    expect(decoded.join('')).toBe(texts.join('').replace('\ud800', '\ufffd') + summary);
    // The piece longer than a chunk starts one of its own (the summary after it fits in it too).
    expect(decoded.filter((d) => d.startsWith('x'.repeat(300) + '\n'))).toHaveLength(1);
    expect(handed.length).toBeGreaterThan(2);
  });

  it('never writes again into a chunk it has handed on (a pipe may write it later)', () => {
    const handed = written('json', texts, 32);
    for (const h of handed) expect(Buffer.from(h.chunk).equals(Buffer.from(h.copy))).toBe(true);
  });

  it('sums up a large report with its thousands grouped, as the brief counts', () => {
    const out: string[] = [];
    const writer = new ReportWriter('human', (text) => out.push(typeof text === 'string' ? text : new TextDecoder().decode(text)));
    writer.add({ claims: 10_000, text: '', likely: 451_752, likelyFiles: Array.from({ length: 1_200 }, (_, i) => `${i}.txt`), note: '', unmatched: 0 });
    writer.finish();
    expect(out.join('')).toBe('\n10,000 claims, 451,752 likely candidates in 1,200 articles.\n');
  });

  it('says in its summary how many claims could not be matched, each named in the notes', () => {
    const out: string[] = [];
    const writer = new ReportWriter('human', (text) => out.push(typeof text === 'string' ? text : new TextDecoder().decode(text)));
    const note = 'note: a.txt: claim urn:uuid:1: too short to match (fewer than three words that carry meaning)\n';
    writer.add({ claims: 1, text: 'a.txt  …\n', likely: 0, likelyFiles: [], note, unmatched: 1 });
    writer.add({ claims: 1_622, text: '', likely: 3, likelyFiles: ['b.txt'], note: note.repeat(622), unmatched: 622 });
    const notes = writer.finish();
    expect(out.join('')).toContain('\n1,623 claims (623 not matched: the notes say why), 3 likely candidates in 1 article.\n');
    expect(notes.split('\n').filter(Boolean)).toHaveLength(623);
  });

  it('writes one chunk when the report fits in one', () => {
    const handed = written('json', texts.slice(0, 2), 1 << 20);
    expect(handed).toHaveLength(1);
    expect(Buffer.from(handed[0]?.copy ?? []).toString()).toBe('{\n  "claims": [\n' + texts.slice(0, 2).join('') + '  ]\n}\n');
  });
});
