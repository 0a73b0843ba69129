/**
 * The text of `research-annotator match`'s report, made a claim at a time:
 * each claim's piece (its JSON or its readable lines, and what the summary
 * and the notes need of it) is made where the claim is matched, on the main
 * thread or a worker's, and `ReportWriter` puts the pieces together in
 * claim order. The whole report is never one string: memory stays bounded
 * however large the set.
 */
import { differenceLabel } from '../matching/difference-label';
import type { ClaimMatch } from '../matching/claim-matches';
import { inQuotationMarks } from '../text/quotation';
import { abbreviate } from './format';

export type ReportFormat = 'json' | 'human';

/** One claim's part of the report, or several claims' in a row (`joinPieces`). */
export interface ClaimPiece {
  claims: number;
  /** Its text on stdout, separator included. */
  text: string;
  /** Its likely candidates, and the articles they are in (the readable summary counts them). */
  likely: number;
  likelyFiles: string[];
  /** Its note for stderr, or ''. */
  note: string;
  /** Its claims that cannot be matched (too short, not English, empty): each has its note. */
  unmatched: number;
}

const NOTES: Record<string, string> = {
  'too-short': 'too short to match (fewer than three words that carry meaning)',
  'not-english': 'its article is not read as English',
  empty: 'empty',
};

/** The claim as `--json` has it: exactly the documented fields. */
export function claimJson(claim: ClaimMatch): unknown {
  return {
    file: claim.file,
    id: claim.id,
    candidates: claim.candidates.map((c) => ({
      file: c.file,
      start: c.start,
      end: c.end,
      text: c.text,
      score: c.score,
      likely: c.likely,
      annotation: c.annotation,
      differences: c.differences.map((d) => ({ kind: d.kind, here: d.here, there: d.there })),
    })),
  };
}

/**
 * The claim's piece. In JSON it is the claim two levels deep in `{ "claims": [ … ] }`
 * as `JSON.stringify(…, null, 2)` lays it out, followed by a comma unless it is `last`.
 */
export function claimPiece(claim: ClaimMatch, format: ReportFormat, last: boolean): ClaimPiece {
  const likely = claim.candidates.filter((c) => c.likely);
  const note = claim.note ? `note: ${claim.file}: claim ${claim.id}: ${NOTES[claim.note] ?? claim.note}\n` : '';
  const text = format === 'json' ? jsonLines(claim) + (last ? '\n' : ',\n') : humanLines(claim);
  return { claims: 1, text, likely: likely.length, likelyFiles: [...new Set(likely.map((c) => c.file))], note, unmatched: claim.note ? 1 : 0 };
}

/**
 * `claimJson(claim)` as `JSON.stringify(…, null, 2)` lays it out two levels
 * deep, written out field by field: a report holds hundreds of thousands
 * of candidates, and building each as an object to stringify it, then
 * indenting the text, cost more than matching them (bench/match).
 * match.test.ts holds it to the byte against the stringified report.
 */
function jsonLines(claim: ClaimMatch): string {
  const q = JSON.stringify;
  let text = `    {\n      "file": ${q(claim.file)},\n      "id": ${q(claim.id)},\n      "candidates": [`;
  if (claim.candidates.length === 0) return text + ']\n    }';
  for (const [k, c] of claim.candidates.entries()) {
    text += `${k === 0 ? '' : ','}\n        {\n          "file": ${q(c.file)},\n          "start": ${q(c.start)},\n          "end": ${q(c.end)},\n          "text": ${q(c.text)},\n          "score": ${q(c.score)},\n          "likely": ${q(c.likely)},\n          "annotation": ${q(c.annotation)},\n          "differences": [`;
    if (c.differences.length === 0) text += ']';
    else {
      for (const [j, d] of c.differences.entries()) {
        text += `${j === 0 ? '' : ','}\n            {\n              "kind": ${q(d.kind)},\n              "here": ${q(d.here)},\n              "there": ${q(d.there)}\n            }`;
      }
      text += '\n          ]';
    }
    text += '\n        }';
  }
  return text + '\n      ]\n    }';
}

function humanLines(claim: ClaimMatch): string {
  const lines = [`${claim.file}  ${abbreviate(claim.text)}  ${claim.id}`];
  if (claim.note) lines.push(`    (${NOTES[claim.note] ?? claim.note})`);
  else if (claim.candidates.length === 0) lines.push('    (nothing in other articles)');
  for (const c of claim.candidates) {
    const mark = c.likely ? 'likely' : '      ';
    const existing = c.annotation ? `  = ${c.annotation}` : '';
    lines.push(`  ${c.score.toFixed(2)} ${mark}  ${c.file} ${c.start}–${c.end}  ${abbreviate(c.text)}${existing}`);
    for (const d of c.differences) lines.push(`         differs (${differenceLabel(d)}): ${inQuotationMarks(d.here)}${d.hereReads ? ` (${d.hereReads})` : ''} / ${inQuotationMarks(d.there)}${d.thereReads ? ` (${d.thereReads})` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** A piece whose text is encoded as UTF-8: a worker's, handed over without a copy. */
export type EncodedPiece = Omit<ClaimPiece, 'text'> & { bytes: Uint8Array };

/** Pieces of claims in a row, as one. */
export function joinPieces(pieces: readonly ClaimPiece[]): ClaimPiece {
  return {
    claims: pieces.reduce((n, p) => n + p.claims, 0),
    text: pieces.map((p) => p.text).join(''),
    likely: pieces.reduce((n, p) => n + p.likely, 0),
    likelyFiles: [...new Set(pieces.flatMap((p) => p.likelyFiles))],
    note: pieces.map((p) => p.note).join(''),
    unmatched: pieces.reduce((n, p) => n + p.unmatched, 0),
  };
}

/** Bytes handed to the output at once, about: few writes, no string of the whole report. */
const CHUNK = 1 << 20;

/**
 * Puts the pieces together, in the order they are added, and hands the
 * text on in chunks of UTF-8. Each piece is encoded into the chunk as it
 * comes: joining the pieces into a string and encoding that took several
 * times longer (bench/match), on a report of hundreds of megabytes.
 */
export class ReportWriter {
  private buffer: Buffer | undefined;
  private used = 0;
  private claims = 0;
  private likely = 0;
  private unmatched = 0;
  private readonly likelyFiles = new Set<string>();
  private readonly notes: string[] = [];

  constructor(
    private readonly format: ReportFormat,
    private readonly out: (text: string | Uint8Array) => void,
    private readonly chunk = CHUNK,
  ) {}

  add(piece: ClaimPiece | EncodedPiece): void {
    if (this.claims === 0 && this.format === 'json') this.push('{\n  "claims": [\n');
    this.claims += piece.claims;
    this.likely += piece.likely;
    this.unmatched += piece.unmatched;
    for (const f of piece.likelyFiles) this.likelyFiles.add(f);
    if (piece.note) this.notes.push(piece.note);
    if ('text' in piece) this.push(piece.text);
    else {
      // Already a run of claims, of a size worth a write of its own.
      this.flush();
      this.out(piece.bytes);
    }
  }

  /** Claims added so far. */
  get claimCount(): number {
    return this.claims;
  }

  /** Ends the report; returns the claims' notes for stderr. */
  finish(): string {
    if (this.format === 'json') this.push(this.claims === 0 ? JSON.stringify({ claims: [] }, null, 2) + '\n' : '  ]\n}\n');
    else {
      const { claims, likely, unmatched } = this;
      const articles = this.likelyFiles.size;
      const n = (count: number) => count.toLocaleString('en');
      // The claims that could not be matched are named one by one on stderr; the summary says how many, so that their
      // absence from the counts is not read as "nothing elsewhere".
      const notMatched = unmatched > 0 ? ` (${n(unmatched)} not matched: the notes say why)` : '';
      this.push(`${claims > 0 ? '\n' : ''}${n(claims)} claim${claims === 1 ? '' : 's'}${notMatched}, ${n(likely)} likely candidate${likely === 1 ? '' : 's'} in ${n(articles)} article${articles === 1 ? '' : 's'}.\n`);
    }
    this.flush();
    return this.notes.join('');
  }

  private push(text: string): void {
    // A UTF-16 unit takes at most three bytes of UTF-8 (a pair of them, four).
    const most = 3 * text.length;
    if (this.buffer && this.buffer.length - this.used < most) this.flush();
    // A chunk of its own, never reused once handed on: the output may still hold it (a pipe writes later).
    this.buffer ??= Buffer.allocUnsafeSlow(Math.max(this.chunk, most));
    this.used += this.buffer.write(text, this.used);
  }

  private flush(): void {
    if (this.buffer && this.used > 0) this.out(this.buffer.subarray(0, this.used));
    this.buffer = undefined;
    this.used = 0;
  }
}
