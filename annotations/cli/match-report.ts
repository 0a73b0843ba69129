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
  // A JSON string holds no raw line break, so every one is the layout's.
  const text = format === 'json' ? '    ' + JSON.stringify(claimJson(claim), null, 2).replaceAll('\n', '\n    ') + (last ? '\n' : ',\n') : humanLines(claim);
  return { claims: 1, text, likely: likely.length, likelyFiles: [...new Set(likely.map((c) => c.file))], note };
}

function humanLines(claim: ClaimMatch): string {
  const lines = [`${claim.file}  ${abbreviate(claim.text)}  ${claim.id}`];
  if (claim.note) lines.push(`    (${NOTES[claim.note] ?? claim.note})`);
  else if (claim.candidates.length === 0) lines.push('    (nothing in other articles)');
  for (const c of claim.candidates) {
    const mark = c.likely ? 'likely' : '      ';
    const existing = c.annotation ? `  = ${c.annotation}` : '';
    lines.push(`  ${c.score.toFixed(2)} ${mark}  ${c.file} ${c.start}–${c.end}  ${abbreviate(c.text)}${existing}`);
    for (const d of c.differences) lines.push(`         differs (${differenceLabel(d)}): “${d.here}”${d.hereReads ? ` (${d.hereReads})` : ''} / “${d.there}”${d.thereReads ? ` (${d.thereReads})` : ''}`);
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
  };
}

/** Text handed to the output at once, about (UTF-16 units): few writes, no string of the whole report. */
const CHUNK = 1 << 20;

/** Puts the pieces together, in the order they are added, and hands the text on in chunks. */
export class ReportWriter {
  private parts: string[] = [];
  private size = 0;
  private claims = 0;
  private likely = 0;
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
      const { claims, likely } = this;
      const articles = this.likelyFiles.size;
      this.push(`${claims > 0 ? '\n' : ''}${claims} claim${claims === 1 ? '' : 's'}, ${likely} likely candidate${likely === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}.\n`);
    }
    this.flush();
    return this.notes.join('');
  }

  private push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunk) this.flush();
  }

  private flush(): void {
    if (this.parts.length > 0) this.out(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
