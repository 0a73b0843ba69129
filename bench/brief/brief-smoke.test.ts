/**
 * The brief benchmark harness at smoke sizes: the generated set is
 * deterministic and has what it promises (sizes, tags from 12, stances,
 * attributions, two-way same-claim links across articles, orphans, multi-
 * paragraph quotes), and the measures carry the expected ids. The figures
 * themselves are not tested (benchmarks are measurements, not tests).
 */
import { describe, expect, it } from 'vitest';
import { STANCES } from '../../annotations/model/claim';
import { generateBriefInput, TAG_LABELS } from './generate';
import { briefBench, run, SMOKE } from './run';

describe('brief benchmark harness (smoke sizes)', () => {
  const options = { seed: SMOKE.seed, articles: 20, annotations: 2_000 };
  const input = generateBriefInput(options);
  const quotes = input.articles.flatMap((a) => a.quotes.map((q) => ({ file: a.file, q })));

  it('is deterministic for a seed', () => {
    expect(generateBriefInput(options)).toEqual(input);
    expect(generateBriefInput({ ...options, seed: options.seed + 1 })).not.toEqual(input);
  });

  it('makes the requested numbers of articles and annotations, with unique ids and files', () => {
    expect(input.articles).toHaveLength(20);
    expect(quotes).toHaveLength(2_000);
    expect(new Set(quotes.map(({ q }) => q.id)).size).toBe(2_000);
    expect(new Set(input.articles.map((a) => a.file)).size).toBe(20);
    const sizes = input.articles.map((a) => a.quotes.length);
    expect(Math.max(...sizes)).toBeGreaterThan(Math.min(...sizes)); // uneven, as in real sets
  });

  it('uses a codebook of 12 tags, stances, attributions, orphans, untagged and multi-paragraph quotes', () => {
    expect(input.tags.map((t) => t.label)).toEqual([...TAG_LABELS]);
    const used = new Set(quotes.flatMap(({ q }) => q.tags));
    expect(used.size).toBe(12);
    expect(new Set(quotes.map(({ q }) => q.stance).filter(Boolean))).toEqual(new Set(STANCES));
    expect(quotes.filter(({ q }) => q.attribution).length).toBeGreaterThan(500);
    const orphans = quotes.filter(({ q }) => q.status === 'orphan');
    expect(orphans.length).toBeGreaterThan(0);
    expect(orphans.length).toBeLessThan(100);
    expect(orphans.every(({ q }) => q.location === null)).toBe(true);
    expect(quotes.some(({ q }) => q.tags.length === 0)).toBe(true);
    expect(quotes.some(({ q }) => q.exact.includes('\n'))).toBe(true);
  });

  it('links same claims both ways, across distinct articles only', () => {
    const byId = new Map(quotes.map((x) => [x.q.id, x]));
    const linked = quotes.filter(({ q }) => q.sameClaimAs.length > 0);
    expect(linked.length).toBeGreaterThan(100);
    for (const { file, q } of linked) {
      for (const other of q.sameClaimAs) {
        const target = byId.get(other);
        expect(target).toBeDefined();
        expect(target?.file).not.toBe(file);
        expect(target?.q.sameClaimAs).toContain(q.id);
      }
    }
  });

  it('times each scale and returns the measures under their ids', async () => {
    const { reports } = briefBench(SMOKE);
    expect(reports.map((r) => r.scale)).toEqual([1, 2, 4]);
    expect(reports.map((r) => r.input.articles.length)).toEqual([5, 10, 20]);
    for (const r of reports) {
      expect(r.ms).toHaveLength(SMOKE.runs);
      expect(r.outputLength).toBeGreaterThan(0);
    }
    const measures = await run({ smoke: true, log: () => {} });
    expect(measures.map((m) => m.id)).toEqual(['brief-50x10k-ms', 'brief-100x20k-ms', 'brief-200x40k-ms', 'brief-scaling-4x']);
    for (const m of measures) {
      expect(Number.isFinite(m.value)).toBe(true);
      expect(m.runs).toBe(SMOKE.runs);
    }
    expect(measures[0]?.target).toEqual({ op: '<=', value: 250 });
  });
});
