/**
 * `research-annotator check <set-folder> [--json]`: validates every sidecar
 * of a set folder and reports where each annotation is in the current text
 * (check-set.ts), as a table or as JSON (format.ts). Writes nothing.
 */
import type { CheckReport } from './check-set';
import { EXIT_INVALID, EXIT_OK, JSON_AND_HELP, oneFolder, parseCommandLine, type Io, type Parsed } from './usage';

export const CHECK_USAGE = `research-annotator check <set-folder> [--json]

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
`;

/** The command line after `check`. */
export function parseCheck(args: readonly string[]): Parsed {
  const { values, positionals } = parseCommandLine(args, JSON_AND_HELP);
  if (values.help) return { help: true };
  const folder = oneFolder(positionals, 'check', 'check');
  const json = values.json === true;
  return { help: false, run: (io) => runCheck(folder, json, io) };
}

async function runCheck(folder: string, json: boolean, io: Io): Promise<number> {
  const [{ checkSet, SetFolderError }, { formatErrors, formatHuman, toJson }] = await Promise.all([import('./check-set'), import('./format')]);
  let report: CheckReport;
  try {
    report = await checkSet(folder);
  } catch (error) {
    if (!(error instanceof SetFolderError)) throw error;
    if (json) io.out(JSON.stringify({ articles: [], errors: [{ file: error.folder, message: error.message }] }, null, 2) + '\n');
    io.err(`error: ${error.message}\n`);
    return EXIT_INVALID;
  }

  if (json) io.out(JSON.stringify(toJson(report), null, 2) + '\n');
  else io.out(formatHuman(report));
  io.err(formatErrors(report.errors));
  return report.errors.length > 0 ? EXIT_INVALID : EXIT_OK;
}
