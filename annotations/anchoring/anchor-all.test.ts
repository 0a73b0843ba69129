/**
 * anchorAll: same answers as anchorAnnotation, in input order, and no
 * pathological slowness on a large edited article. The timing bound is a
 * generous guard against regressions, not a benchmark (that lives in bench/).
 */
import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { anchorAll, anchorAnnotation } from './anchor';
import { describeRange } from './describe';

const WORDS = (
  'the minister said talks would resume peace deal corridor signed leaders meeting agreement region route ' +
  'transport border security summit delegates treaty officials statement parliament ceasefire analysts warned ' +
  'economy sanctions villages refugees negotiators capital envoy'
).split(' ');

function article(bytes: number, seed: number): string {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentence: string[] = [];
    const n = 6 + Math.floor(next() * 14);
    for (let i = 0; i < n; i++) sentence.push(WORDS[Math.floor(next() * WORDS.length)] as string);
    const part = sentence.join(' ') + (next() < 0.15 ? '.\n\n' : '. ');
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function annotationsOver(text: string, count: number): Annotation[] {
  const index = new CodePointIndex(text);
  const step = Math.floor(text.length / count);
  return Array.from({ length: count }, (_, i) => {
    const start = i * step;
    const { quote, position } = describeRange(index, start, start + 20 + (i % 60));
    return createAnnotation({ id: `urn:uuid:${i}`, now: '2025-01-01T00:00:00.000Z', source: 'big.txt', quote, position, tags: [] });
  });
}

describe('anchorAll', () => {
  it('anchors 10,000 annotations on an edited 1 MB article quickly, each where anchorAnnotation puts it', () => {
    const original = article(1_000_000, 7);
    const annotations = annotationsOver(original, 10_000);
    // Edits: a paragraph inserted near the top, 5 typos (changed letters), 3 passages of ~400 units deleted.
    let edited = original.slice(0, 2000) + 'An inserted paragraph 😀 with an emoji.\n\n' + original.slice(2000);
    for (const at of [100_000, 300_000, 500_000, 700_000, 900_000]) edited = edited.slice(0, at) + 'X' + edited.slice(at + 1);
    for (const at of [200_000, 400_000, 600_000]) edited = edited.slice(0, at) + edited.slice(at + 400);
    const index = new CodePointIndex(edited);

    const started = performance.now();
    const results = anchorAll(index, annotations);
    const elapsed = performance.now() - started;
    console.info(`anchorAll: ${annotations.length} annotations, ${edited.length} units: ${elapsed.toFixed(0)} ms`);
    // A guard against work that grows with annotations × text (minutes here), not a benchmark: loose enough for a busy machine.
    expect(elapsed).toBeLessThan(6000);

    const counts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
    for (const r of results) counts[r.status]++;
    console.info(counts);
    expect(counts.exact).toBe(20); // before the insertion
    expect(counts.orphan).toBeGreaterThan(5); // inside the deleted passages
    expect(counts.orphan).toBeLessThan(30);
    // Same answers one by one (sampled: one at a time is the slow path).
    for (let i = 0; i < results.length; i += 97) {
      expect(results[i]).toEqual(anchorAnnotation(index, annotations[i] as Annotation));
    }
  });

  it('returns results in input order, whatever the order of positions', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta';
    const index = new CodePointIndex(text);
    const make = (word: string) => {
      const start = text.indexOf(word);
      const { quote, position } = describeRange(index, start, start + word.length);
      return createAnnotation({ id: word, now: '2025-01-01T00:00:00.000Z', source: 'a.txt', quote, position, tags: [] });
    };
    const annotations = ['theta', 'alpha', 'delta'].map(make);
    const edited = new CodePointIndex('NEW ' + text);
    expect(anchorAll(edited, annotations).map((r) => r.start)).toEqual([
      edited.text.indexOf('theta'),
      edited.text.indexOf('alpha'),
      edited.text.indexOf('delta'),
    ]);
    expect(anchorAll(edited, [])).toEqual([]);
  });
});
