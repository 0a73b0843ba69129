/**
 * `research-annotator match <set-folder> [--json]`: for every tagged
 * annotation, the passages of other articles that likely state the same
 * claim (annotations/matching/). Reads the set through SetStore's read
 * methods only and writes nothing: no sidecar, no cache, no lock.
 */
import { anchorAll } from '../anchoring/anchor';
import { AnnotatorError } from '../errors';
import { matchAll, type ArticleState, type ClaimMatch, type Placed } from '../matching/claim-matches';
import { SetMatchIndex } from '../node/match-index-builder';
import { SetStore } from '../node/set-store';
import { abbreviate } from './format';
import { EXIT_INVALID, EXIT_OK, JSON_AND_HELP, oneFolder, parseCommandLine, type Io, type Parsed } from './usage';

export const MATCH_USAGE = `research-annotator match <set-folder> [--json]

For every tagged annotation, lists the passages of other articles that likely
state the same claim: up to three per article, best first, with the details
that differ. Weaker candidates are listed too, marked not likely. Pairs the
analyst dismissed are left out. Writes nothing.

Options:
  --json      print one JSON object on stdout:
              { "claims": [ { "file", "id", "candidates": [ { "file", "start", "end",
                "text", "score", "likely", "annotation" (id or null),
                "differences": [ { "kind", "here", "there" } ] } ] } ] }
              Offsets count Unicode code points; kind is number, date, person,
              place or name. Notes (articles not in English, claims too short
              to match, copies of one story) go to stderr.
  -h, --help  show this help
`;

/** The command line after `match`. */
export function parseMatch(args: readonly string[]): Parsed {
  const { values, positionals } = parseCommandLine(args, JSON_AND_HELP);
  if (values.help) return { help: true };
  const folder = oneFolder(positionals, 'match', 'match');
  const json = values.json === true;
  return { help: false, run: (io) => runMatch(folder, json, io) };
}

export interface MatchReport {
  claims: ClaimMatch[];
  /** Groups of articles that are copies of one story. */
  copies: string[][];
  /** Articles not matched, with why. */
  notes: { file: string; message: string }[];
  errors: { file: string; message: string }[];
}

/** Reads the set and matches every claim. Throws AnnotatorError when the folder cannot be read. */
export async function matchSet(folder: string): Promise<MatchReport> {
  const store = await SetStore.open(folder);
  const built = await SetMatchIndex.build(store);
  const errors = [...built.problems];
  const articles = new Map<string, ArticleState>();
  for (const file of built.index.files()) {
    const article = built.index.article(file);
    if (!article) continue;
    let annotations: Placed[] = [];
    try {
      const sidecar = await store.readSidecar(file);
      const list = sidecar?.annotations ?? [];
      const anchored = anchorAll(article.text, list);
      annotations = list.flatMap((annotation, i) => {
        const r = anchored[i];
        return r && r.start !== null && r.end !== null ? [{ annotation, start: r.start, end: r.end }] : [];
      });
    } catch (error) {
      errors.push({ file, message: error instanceof AnnotatorError || error instanceof Error ? error.message : String(error) });
    }
    articles.set(file, { text: article.text, annotations });
  }
  const notes = built.index
    .files()
    .filter((f) => built.index.article(f)?.english === false)
    .map((file) => ({ file, message: 'not read as English: its passages are not matched' }));
  return { claims: matchAll(built.index, articles), copies: built.index.nearDuplicateGroups(), notes, errors };
}

/** The `--json` object: exactly the documented fields. */
export function matchJson(report: MatchReport): { claims: unknown[] } {
  return { claims: report.claims.map(claimJson) };
}

function claimJson(claim: ClaimMatch): unknown {
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

/** Text handed to the output at once, about (UTF-16 units): few writes, no string of the whole report. */
const CHUNK = 1 << 20;

/**
 * The `--json` text, `JSON.stringify(matchJson(report), null, 2)` and a
 * newline to the byte, made a claim at a time and handed on in chunks: a
 * report of hundreds of megabytes is never one string (nor one buffer of
 * its UTF-8) in memory.
 */
export function* matchJsonChunks(report: MatchReport, chunk = CHUNK): Generator<string> {
  const { claims } = report;
  if (claims.length === 0) {
    yield JSON.stringify({ claims: [] }, null, 2) + '\n';
    return;
  }
  let parts = ['{\n  "claims": [\n'];
  let size = 0;
  for (const [i, claim] of claims.entries()) {
    // Two levels deeper than on its own; a JSON string holds no raw line break, so every one is the layout's.
    const text = '    ' + JSON.stringify(claimJson(claim), null, 2).replaceAll('\n', '\n    ') + (i < claims.length - 1 ? ',\n' : '\n');
    parts.push(text);
    size += text.length;
    if (size >= chunk) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  parts.push('  ]\n}\n');
  yield parts.join('');
}

const NOTES: Record<string, string> = {
  'too-short': 'too short to match (fewer than three words that carry meaning)',
  'not-english': 'its article is not read as English',
  empty: 'empty',
};

/** Notes for stderr: copies, other languages, claims that cannot be matched. */
export function matchNotes(report: MatchReport): string {
  const lines = [
    ...report.copies.map((group) => `note: copies of one story (not independent sources): ${group.join(', ')}`),
    ...report.notes.map((n) => `note: ${n.file}: ${n.message}`),
    ...report.claims.filter((c) => c.note).map((c) => `note: ${c.file}: claim ${c.id}: ${NOTES[c.note as string] ?? c.note}`),
  ];
  return lines.map((l) => l + '\n').join('');
}

/** The readable report. */
export function matchHuman(report: MatchReport): string {
  const lines: string[] = [];
  let likely = 0;
  for (const claim of report.claims) {
    lines.push(`${claim.file}  ${abbreviate(claim.text)}  ${claim.id}`);
    if (claim.note) lines.push(`    (${NOTES[claim.note] ?? claim.note})`);
    else if (claim.candidates.length === 0) lines.push('    (nothing in other articles)');
    for (const c of claim.candidates) {
      if (c.likely) likely++;
      const mark = c.likely ? 'likely' : '      ';
      const existing = c.annotation ? `  = ${c.annotation}` : '';
      lines.push(`  ${c.score.toFixed(2)} ${mark}  ${c.file} ${c.start}–${c.end}  ${abbreviate(c.text)}${existing}`);
      for (const d of c.differences) lines.push(`         differs (${d.kind}): “${d.here}” / “${d.there}”`);
    }
  }
  if (lines.length > 0) lines.push('');
  const articles = new Set(report.claims.flatMap((c) => c.candidates.filter((x) => x.likely).map((x) => x.file))).size;
  lines.push(`${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}, ${likely} likely candidate${likely === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}.`);
  return lines.join('\n') + '\n';
}


/** Runs the command; the exit code as `check`'s: 1 when a sidecar or article could not be read. */
async function runMatch(folder: string, json: boolean, io: Io): Promise<number> {
  let report: MatchReport;
  try {
    report = await matchSet(folder);
  } catch (error) {
    if (!(error instanceof AnnotatorError)) throw error;
    if (json) io.out(JSON.stringify({ claims: [] }, null, 2) + '\n');
    io.err(`error: ${error.message}\n`);
    return EXIT_INVALID;
  }
  if (json) for (const chunk of matchJsonChunks(report)) io.out(chunk);
  else io.out(matchHuman(report));
  io.err(matchNotes(report) + report.errors.map((e) => `error: ${e.file}: ${e.message}\n`).join(''));
  return report.errors.length > 0 ? EXIT_INVALID : EXIT_OK;
}
