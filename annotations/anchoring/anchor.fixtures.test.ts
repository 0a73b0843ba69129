/**
 * Baseline fixtures, in the spirit of Hypothesis's html baselines: real-looking
 * articles edited the way articles get edited, with the expected anchor of
 * each annotation written down next to them.
 *
 * To add a fixture, create a folder under fixtures/ with:
 *   before.txt  - the article as it was annotated (UTF-8, any line ends);
 *   after.txt   - the article as it is now;
 *   cases.json  - an array of { "quote", "occurrence"?, "status", "found"?, "minScore"? }:
 *                 `quote` is a substring of before.txt (its `occurrence`-th
 *                 match, 0 by default), annotated with describeRange as the
 *                 app does; `status` is the expected AnchorResult status;
 *                 `found` is the text the anchor must cover in after.txt (its
 *                 first occurrence, or `foundOccurrence`-th), absent for an
 *                 orphan; `minScore` is the least acceptable fuzzy score.
 * Every folder is picked up automatically; each case is a test, and all the
 * cases of a fixture are also checked through anchorAll.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { anchorAll, anchorAnnotation, type AnchorResult } from './anchor';
import { describeRange } from './describe';

interface Case {
  quote: string;
  occurrence?: number;
  status: AnchorResult['status'];
  found?: string;
  foundOccurrence?: number;
  minScore?: number;
}

const root = fileURLToPath(new URL('./fixtures/', import.meta.url));
const read = (dir: string, name: string) => readFileSync(`${root}${dir}/${name}`, 'utf8');

function nth(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: ${JSON.stringify(needle)} not found (occurrence ${i})`);
  }
  return at;
}

const codePoints = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length;

for (const dir of readdirSync(root)) {
  describe(`fixture ${dir}`, () => {
    const before = read(dir, 'before.txt');
    const after = read(dir, 'after.txt');
    const cases = JSON.parse(read(dir, 'cases.json')) as Case[];
    const beforeIndex = new CodePointIndex(before);
    const afterIndex = new CodePointIndex(after);
    const annotations: Annotation[] = cases.map((c, i) => {
      const start = codePoints(before, nth(before, c.quote, c.occurrence));
      const { quote, position } = describeRange(beforeIndex, start, start + Array.from(c.quote).length);
      return createAnnotation({ id: `urn:uuid:${i}`, now: '2025-01-01T00:00:00.000Z', source: dir, quote, position, tags: [] });
    });

    cases.forEach((c, i) => {
      it(`${c.status}: ${JSON.stringify(c.quote)}`, () => {
        const result = anchorAnnotation(afterIndex, annotations[i] as Annotation);
        expect(result.status).toBe(c.status);
        if (c.found !== undefined) {
          const start = codePoints(after, nth(after, c.found, c.foundOccurrence));
          expect(result).toMatchObject({ start, end: start + Array.from(c.found).length });
        }
        if (result.status === 'fuzzy') expect(result.score).toBeGreaterThanOrEqual(c.minScore ?? 0);
      });
    });

    it('gives the same anchors through anchorAll', () => {
      expect(anchorAll(afterIndex, annotations)).toEqual(annotations.map((a) => anchorAnnotation(afterIndex, a)));
    });
  });
}
