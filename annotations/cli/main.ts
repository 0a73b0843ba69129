/**
 * Entry point of the `research-annotator` command (bundled to
 * dist/cli/research-annotator.cjs, started by bin/research-annotator.cjs).
 *
 * Exit codes: 0 every sidecar is valid (orphans are reported, not failures);
 * 1 a sidecar is invalid or unreadable, or the set folder cannot be read;
 * 2 the command line is wrong.
 */
import { parseArgs } from 'node:util';
import { checkSet, SetFolderError, type CheckReport } from './check';
import { formatErrors, formatHuman, toJson } from './format';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: research-annotator check <set-folder> [--json]

Checks every sidecar (<article>.annotations.json) of a set folder: validates it
and finds each annotation again in the current article text. Writes nothing.

Each annotation is one of:
  exact   still at its stored position
  moved   its quote was found elsewhere in the text
  fuzzy   only an approximate match was found (with a score from 0 to 1)
  orphan  its quote is no longer in the text (kept, never deleted)

Articles without a sidecar have no annotations and are not listed.
A sidecar whose article file is missing is reported as an error.

Options:
  --json      print one JSON object on stdout instead of the report:
              { "articles": [ { "file", "sidecar", "annotations": [ { "id", "status",
                "start", "end", "score" (fuzzy only) } ] } ],
                "errors": [ { "file", "message" } ] }
              Offsets count Unicode code points; null for orphans.
  -h, --help  show this help

Exit status: 0 all sidecars valid (orphans do not fail the check),
             1 a sidecar is invalid or unreadable, or the folder cannot be read,
             2 wrong command line.
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

class UsageError extends Error {}

/** Runs the command line `args` (without node and script) and returns the exit code. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    if (!(error instanceof UsageError || isParseArgsError(error))) throw error;
    io.err(`research-annotator: ${(error as Error).message}\nRun "research-annotator --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.out(USAGE);
    return EXIT_OK;
  }

  let report: CheckReport;
  try {
    report = await checkSet(parsed.folder);
  } catch (error) {
    if (!(error instanceof SetFolderError)) throw error;
    if (parsed.json) io.out(JSON.stringify({ articles: [], errors: [{ file: error.folder, message: error.message }] }, null, 2) + '\n');
    io.err(`error: ${error.message}\n`);
    return EXIT_INVALID;
  }

  if (parsed.json) io.out(JSON.stringify(toJson(report), null, 2) + '\n');
  else io.out(formatHuman(report));
  io.err(formatErrors(report.errors));
  return report.errors.length > 0 ? EXIT_INVALID : EXIT_OK;
}

function parseCommandLine(args: readonly string[]): { help: true } | { help: false; folder: string; json: boolean } {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { help: true };
  const [command, folder, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command (the only command is "check")');
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (the only command is "check")`);
  if (folder === undefined || folder === '') throw new UsageError('missing argument: the set folder to check');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": check takes one set folder`);
  return { help: false, folder, json: values.json === true };
}

/** parseArgs reports unknown options and misplaced values with these codes. */
function isParseArgsError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('ERR_PARSE_ARGS_');
}

// Started as a program (the bundle is only ever loaded to run it).
run(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void (text && process.stderr.write(text)),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`research-annotator: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_INVALID;
  },
);
