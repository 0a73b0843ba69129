/**
 * The UI benchmark harness at smoke sizes, so it does not rot: the generated
 * sets are real and consistent, the static baseline holds the same text and
 * highlights as the app, and one smoke run in Chromium yields every measure
 * with a finite figure. The figures themselves are not tested (benchmarks are
 * measurements, not tests).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionSelectorOf, quoteSelectorOf } from '../../annotations/model/annotation';
import { parseSidecar, sidecarNameFor } from '../../annotations/sidecar/schema';
import { CodePointIndex } from '../../annotations/text/code-points';
import { splitLines } from '../../annotations/text/lines';
import { HEAVY_FILE, writeHeavySet } from './generate';
import { run, SMOKE } from './run';
import { staticArticleHtml } from './static-html';

describe('UI benchmark harness (smoke sizes)', () => {
  let tmp = '';
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'ra-bench-ui-test-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('writes a heavy set whose sidecar holds every highlight at its place, the same for a seed', async () => {
    const { text, annotations } = await writeHeavySet(path.join(tmp, 'a'), SMOKE);
    const again = await writeHeavySet(path.join(tmp, 'b'), SMOKE);
    expect(again.text).toBe(text);
    expect(text.length).toBeGreaterThanOrEqual(SMOKE.heavyChars);
    const sidecar = parseSidecar(await readFile(path.join(tmp, 'a', sidecarNameFor(HEAVY_FILE)), 'utf8'), HEAVY_FILE);
    expect(sidecar.annotations).toHaveLength(SMOKE.heavyAnnotations);
    const index = new CodePointIndex(text);
    for (const a of sidecar.annotations) expect(index.slice(positionSelectorOf(a)!.start, positionSelectorOf(a)!.end)).toBe(quoteSelectorOf(a)!.exact);
    expect(annotations).toHaveLength(SMOKE.heavyAnnotations);
  });

  it('builds a baseline page with one paragraph per line and the text unchanged', async () => {
    const { text, annotations } = await writeHeavySet(path.join(tmp, 'c'), SMOKE);
    const html = staticArticleHtml(text, annotations);
    expect(html.match(/<p /gu)).toHaveLength(splitLines(text).length);
    expect(html.match(/<mark /gu)!.length).toBeGreaterThanOrEqual(annotations.length / 2);
    const unescape = (s: string) => s.replace(/<br>/gu, '').replace(/<[^>]+>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
    expect(unescape(html.replace(/<\/p>/gu, '\n'))).toBe(splitLines(text).map((l) => l.text + '\n').join(''));
  });

  it('measures every figure in Chromium', { timeout: 180_000 }, async () => {
    const measures = await run({ smoke: true });
    const ids = measures.map((m) => m.id);
    for (const id of [
      'open-1mb-5k-first-screen-ms',
      'open-1mb-5k-full-ratio',
      'open-1mb-5k-vs-hinted-static-ratio',
      'open-1mb-5k-data-vs-core-ratio',
      'open-1mb-5k-bridge-ms',
      'open-seed-ratio',
      'open-seed-ratio-worst-of-5',
      'add-highlight-p95-ms',
      'heap-1mb-5k-mb',
      'set-500-open-ms',
    ]) {
      expect(ids).toContain(id);
    }
    for (const m of measures) expect(Number.isFinite(m.value), m.id).toBe(true);
  });
});
