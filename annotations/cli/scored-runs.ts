/**
 * A run of claims' scorings (elsewhere.ts) as a few typed arrays, for
 * `research-annotator match` on two threads (match-workers.ts): the worker
 * that holds the index scores the claims and hands the arrays over without a
 * copy; the main thread reads the details of each candidate from them.
 * Hundreds of thousands of candidates as objects would be cloned one by one.
 */
import type { ScoredClaim } from '../matching/claim-matches';
import type { Candidate, ElsewhereNote, ElsewhereResult } from '../matching/elsewhere';
import type { IndexedPassage } from '../matching/index';

export interface EncodedScores {
  /** Per claim: its note (NOTES' index + 1, or 0), its number of candidates and the passage of its range (or -1). */
  notes: Uint8Array;
  counts: Int32Array;
  claimPassages: Int32Array;
  /** Per candidate, claims in order: its article (a number the two threads share), passage, range, score and flags. */
  files: Int32Array;
  passages: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  scores: Float64Array;
  /** LIKELY | COPY. */
  flags: Uint8Array;
}

const NOTES: readonly ElsewhereNote[] = ['too-short', 'not-english', 'empty'];
const LIKELY = 1;
const COPY = 2;
/** The report does not print the terms a candidate shares: one frozen empty list for all. */
const NOTHING_SHARED = Object.freeze([]) as unknown as string[];

/** A claim as the worker scored it: its candidates with their passages, and its own range's passage (-1: none). */
export interface ScoringToSend {
  result: ElsewhereResult & { passages: readonly (IndexedPassage | undefined)[] };
  claimPassage: number;
}

export function encodeScores(scorings: readonly ScoringToSend[], fileNumber: (file: string) => number): EncodedScores {
  const total = scorings.reduce((n, s) => n + s.result.candidates.length, 0);
  const encoded: EncodedScores = {
    notes: new Uint8Array(scorings.length),
    counts: new Int32Array(scorings.length),
    claimPassages: new Int32Array(scorings.length),
    files: new Int32Array(total),
    passages: new Int32Array(total),
    starts: new Int32Array(total),
    ends: new Int32Array(total),
    scores: new Float64Array(total),
    flags: new Uint8Array(total),
  };
  let j = 0;
  for (const [i, { result, claimPassage }] of scorings.entries()) {
    encoded.notes[i] = result.note ? NOTES.indexOf(result.note) + 1 : 0;
    encoded.counts[i] = result.candidates.length;
    encoded.claimPassages[i] = claimPassage;
    for (const [k, c] of result.candidates.entries()) {
      encoded.files[j] = fileNumber(c.file);
      // A candidate trimmed to a clause is no passage of the index: its details are read from its text (-1).
      encoded.passages[j] = result.passages[k]?.id ?? -1;
      encoded.starts[j] = c.start;
      encoded.ends[j] = c.end;
      encoded.scores[j] = c.score;
      encoded.flags[j] = (c.likely ? LIKELY : 0) | (c.copyOfClaimArticle ? COPY : 0);
      j++;
    }
  }
  return encoded;
}

/** The scorings again, `files` naming the articles by the numbers `encodeScores` was given; no candidate shares terms. */
export function decodeScores(encoded: EncodedScores, files: readonly string[]): ScoredClaim[] {
  const scored: ScoredClaim[] = [];
  let j = 0;
  for (let i = 0; i < encoded.counts.length; i++) {
    const candidates: Candidate[] = [];
    const from = j;
    for (let end = j + (encoded.counts[i] as number); j < end; j++) {
      const flags = encoded.flags[j] as number;
      candidates.push({
        file: files[encoded.files[j] as number] as string,
        start: encoded.starts[j] as number,
        end: encoded.ends[j] as number,
        score: encoded.scores[j] as number,
        likely: (flags & LIKELY) !== 0,
        copyOfClaimArticle: (flags & COPY) !== 0,
        shared: NOTHING_SHARED,
      });
    }
    const note = NOTES[(encoded.notes[i] as number) - 1];
    scored.push({ result: note ? { candidates, note } : { candidates }, passages: encoded.passages.subarray(from, j), claimPassage: encoded.claimPassages[i] as number });
  }
  return scored;
}

/**
 * How the two threads number the set's articles in the arrays: by their
 * place in the input's texts, which both are given.
 */
export function articleNumbers(texts: readonly (readonly [string, string])[]): { files: string[]; numberOf: (file: string) => number } {
  const files = texts.map(([file]) => file);
  const numbers = new Map(files.map((file, i) => [file, i]));
  return { files, numberOf: (file) => numbers.get(file) ?? -1 };
}

/** The arrays to transfer with the message that carries them. */
export function buffersOf(encoded: EncodedScores): ArrayBuffer[] {
  return [encoded.notes, encoded.counts, encoded.claimPassages, encoded.files, encoded.passages, encoded.starts, encoded.ends, encoded.scores, encoded.flags].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
