import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAnnotatedSeedSet } from '../node/annotated-seed-set';
import { readMatchInput, type MatchInput } from './match-input';
import { joinPieces } from './match-report';
import { articleNumbers, buffersOf, decodeScores, encodeScores } from './scored-runs';
import { ScoredClaims, SetMatcher } from './set-matcher';

describe('a run of scorings sent from the thread that scores to the one that reads the details', () => {
  let folder = '';
  let input: MatchInput;
  let matcher: SetMatcher;
  /** The articles numbered as both threads number them. */
  let numbering: ReturnType<typeof articleNumbers>;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'annotator-scored-runs-'));
    await writeAnnotatedSeedSet(folder);
    input = await readMatchInput(folder);
    matcher = new SetMatcher(input);
    numbering = articleNumbers(input.texts);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const files = () => numbering.files;
  const numberOf = (file: string) => numbering.numberOf(file);

  it('comes back as it was scored: every candidate, its passage, each claim its note and its own passage', () => {
    const scorings = matcher.scores(0, matcher.claims.length);
    const decoded = decodeScores(structuredClone(encodeScores(scorings, numberOf)), files());
    expect(decoded).toHaveLength(matcher.claims.length);
    expect(scorings.reduce((n, s) => n + s.result.candidates.length, 0)).toBeGreaterThan(100);
    expect(scorings.some((s) => s.claimPassage >= 0) && scorings.some((s) => s.claimPassage < 0)).toBe(true);
    for (const [i, { result, claimPassage }] of scorings.entries()) {
      const back = decoded[i]!;
      expect(back.result.note).toBe(result.note);
      expect(back.claimPassage).toBe(claimPassage);
      expect(back.result.candidates).toEqual(result.candidates);
      expect([...back.passages]).toEqual(result.passages.map((p) => p?.id ?? -1));
    }
  });

  it('hands its arrays over without a copy: the sender keeps none of them', () => {
    const encoded = encodeScores(matcher.scores(0, 3), numberOf);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(encoded, buffersOf(encoded));
    port1.close();
    port2.close();
    expect([encoded.files.length, encoded.scores.length, encoded.counts.length, encoded.claimPassages.length]).toEqual([0, 0, 0, 0]);
  });

  it('keeps the note that says why a claim has no candidates, among claims that have some', () => {
    const [first, second] = matcher.scores(0, 2);
    // What elsewhere.ts answers a claim it cannot match: no candidates, and why.
    const notes = (['too-short', 'not-english', 'empty'] as const).map((note) => ({ result: { candidates: [], passages: [], note }, claimPassage: -1 }));
    const back = decodeScores(encodeScores([first!, ...notes, second!], numberOf), files());
    expect(back.map((b) => b.result.note)).toEqual([undefined, 'too-short', 'not-english', 'empty', undefined]);
    expect(back[4]?.result.candidates).toEqual(second?.result.candidates);
  });

  it('makes, from the scorings alone, the report the scoring thread makes, to the byte, in both formats', () => {
    const scored = decodeScores(encodeScores(matcher.scores(0, matcher.claims.length), numberOf), files());
    for (const format of ['json', 'human'] as const) {
      const fromScores = new ScoredClaims(input).pieces(0, scored, format);
      const whole = matcher.pieces(0, matcher.claims.length, format);
      expect(joinPieces(fromScores)).toEqual(whole);
      expect(whole.text.length).toBeGreaterThan(10_000);
    }
  });
});
