/**
 * `research-annotator match <set-folder> [--json]`: for every tagged
 * annotation, the passages of other articles that likely state the same
 * claim (annotations/matching/). Reads the set through SetStore's read
 * methods only and writes nothing: no sidecar, no cache, no lock.
 */
import { AnnotatorError } from '../errors';
import { matchSetClaim, type ClaimMatch } from '../matching/claim-matches';
import { readMatchInput, type MatchInput } from './match-input';
import { claimJson, claimPiece, ReportWriter } from './match-report';
import { matchPieces, type MatchOptions } from './match-workers';
import { SetMatcher } from './set-matcher';
import { EXIT_INVALID, EXIT_OK, type Io } from './usage';

export interface MatchReport {
  claims: ClaimMatch[];
  /** Groups of articles that are copies of one story. */
  copies: string[][];
  /** Articles not matched, with why. */
  notes: { file: string; message: string }[];
  /** Tagged annotations that cannot be matched (orphans, a sidecar whose article is gone), by file. */
  unmatched: { file: string; message: string }[];
  errors: { file: string; message: string }[];
}

/** Reads the set and matches every claim, on this thread, into one report. Throws AnnotatorError when the folder cannot be read. */
export async function matchSet(folder: string): Promise<MatchReport> {
  const input = await readMatchInput(folder);
  const matcher = new SetMatcher(input);
  return { claims: matcher.claims.map((c) => matchSetClaim(matcher.index, matcher.articles, c)), ...matcher.setNotes(), unmatched: input.unmatched, errors: input.errors };
}

/** The `--json` object: exactly the documented fields. */
export function matchJson(report: MatchReport): { claims: unknown[] } {
  return { claims: report.claims.map(claimJson) };
}

/**
 * The `--json` text, `JSON.stringify(matchJson(report), null, 2)` and a
 * newline to the byte, made a claim at a time and handed on in chunks: a
 * report of hundreds of megabytes is never one string (nor one buffer of
 * its UTF-8) in memory.
 */
export function* matchJsonChunks(report: MatchReport, chunk?: number): Generator<string> {
  const out: string[] = [];
  const writer = new ReportWriter('json', (text) => out.push(textOf(text)), chunk);
  for (const [i, claim] of report.claims.entries()) {
    writer.add(claimPiece(claim, 'json', i === report.claims.length - 1));
    yield* out.splice(0);
  }
  writer.finish();
  yield* out.splice(0);
}

const decoder = new TextDecoder();
const textOf = (text: string | Uint8Array) => (typeof text === 'string' ? text : decoder.decode(text));

/** Notes for stderr on the set: copies, other languages, tagged annotations not matched. */
function setNotes(copies: readonly string[][], notes: readonly { file: string; message: string }[]): string {
  const lines = [...copies.map((group) => `note: copies of one story (not independent sources): ${group.join(', ')}`), ...notes.map((n) => `note: ${n.file}: ${n.message}`)];
  return lines.map((l) => l + '\n').join('');
}

/** Why an empty report is empty: only tagged annotations are claims. */
const NO_CLAIMS = 'note: no tagged annotation in this set, so no claim to match: tag the passages that state claims (a highlight without a tag is not one)\n';

/** How often the terminal's progress line is rewritten, at most. */
const STATUS_MS = 100;

/** The progress line: claims matched of all. */
export function matchStatus(done: number, total: number): string {
  return `matching claims: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
}

/** Runs the command; the exit code as `check`'s: 1 when a sidecar or article could not be read. */
export async function runMatch(folder: string, options: MatchOptions, io: Io): Promise<number> {
  const json = options.format === 'json';
  let input: MatchInput;
  io.status?.('reading the set…');
  try {
    input = await readMatchInput(folder);
  } catch (error) {
    io.status?.('');
    if (!(error instanceof AnnotatorError)) throw error;
    if (json) io.out(JSON.stringify({ claims: [] }, null, 2) + '\n');
    io.err(`error: ${error.message}\n`);
    return EXIT_INVALID;
  }
  const writer = new ReportWriter(options.format, io.out);
  let shown = 0;
  const { copies, notes } = await matchPieces(
    input,
    options,
    (piece, claims) => {
      writer.add(piece);
      if (io.status && performance.now() - shown >= STATUS_MS) {
        shown = performance.now();
        io.status(matchStatus(writer.claimCount, claims));
      }
    },
    io.backlog,
  ).finally(() => io.status?.(''));
  // A set whose every tagged annotation is unmatched has claims, none of them matched: the notes say why.
  const none = writer.claimCount === 0 && input.unmatched.length === 0 ? NO_CLAIMS : '';
  const claimNotes = writer.finish();
  io.err(setNotes(copies, [...notes, ...input.unmatched]) + none + claimNotes + input.errors.map((e) => `error: ${e.file}: ${e.message}\n`).join(''));
  return input.errors.length > 0 ? EXIT_INVALID : EXIT_OK;
}
