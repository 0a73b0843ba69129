/**
 * Entry point of the `research-annotator` command (bundled to
 * dist/cli/research-annotator.cjs, started by bin/research-annotator.cjs).
 *
 * Commands: `check` (validate and re-anchor, see check.ts), `brief` (export
 * the brief, see brief.ts), `import` (articles into a set, see import.ts) and
 * `match` (the same claim in other articles, see match.ts).
 *
 * Exit codes: 0 every sidecar is valid (orphans are reported, not failures);
 * 1 a sidecar is invalid or unreadable, or the set folder cannot be read
 * (brief: then nothing is written); 2 the command line is wrong.
 */
import { parseArgs } from 'node:util';
import { BRIEF_FORMATS, BriefFailure, buildBrief, refuseOutInsideSet, writeOut, type BriefFormat } from './brief';
import { checkSet, SetFolderError, type CheckReport } from './check';
import { formatErrors, formatHuman, toJson } from './format';
import { IMPORT_USAGE, parseImport, runImport, type ImportCommand } from './import';
import { MATCH_USAGE, parseMatch, runMatch, type MatchCommand } from './match';
import { JSON_AND_HELP, UsageError } from './usage';
import { BRIEF_ORDERS, STANCE_FILTERS, type BriefOptions, type BriefOrder, type StanceFilter } from '../brief/types';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage: research-annotator check <set-folder> [--json]
       research-annotator brief <set-folder> [--format markdown|csv|jsonld] [--out FILE]
                                [--tags a,b | --exclude-tags a,b]
                                [--articles f1.txt,f2.txt | --exclude-articles f1.txt]
                                [--stances asserts,none] [--order codebook|frequency]
       research-annotator import <set-folder> <file>... [--json]
       research-annotator match <set-folder> [--json]

research-annotator check <set-folder> [--json]

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

research-annotator brief <set-folder> [options]

Writes the comparative brief of the set, each annotation found again in the
current article text. Orphans (quotes no longer in the text) are listed, never
dropped. Reads the set only; if any sidecar (or the codebook) is invalid, or a
sidecar has no article, nothing is written and each problem is named.

Options:
  --format F     markdown (default): the brief as in the app
                 csv: one row per annotation: article, title, quote, tags, stance,
                      attribution, confidence, note, start, end, status
                      (RFC 4180, UTF-8; cells starting with = + - @ get a ')
                 jsonld: the stored annotations as a W3C Web Annotation
                      AnnotationCollection (JSON-LD)
  --out FILE     write to FILE (atomically) instead of stdout
  --tags a,b     only these tags (jsonld: annotations with one of them);
                 untagged highlights are then left out too
  --exclude-tags a,b
                 all tags but these (untagged highlights stay)
  --articles f1.txt,f2.txt
                 only these articles (file names)
  --exclude-articles f1.txt,f2.txt
                 all articles but these
  --stances S,S  only annotations with one of these stances: asserts, disputes,
                 reports, speculates, or none (annotations without a stance)
  --order O      the order of the topics: codebook (default) or frequency
                 (most claims first)
  -h, --help     show this help
The export time written in the brief is now, or SOURCE_DATE_EPOCH (seconds)
when that variable is set, for reproducible output.

${IMPORT_USAGE}
${MATCH_USAGE}
Exit status: 0 all sidecars valid (orphans do not fail the check),
             1 a sidecar is invalid or unreadable, or the folder cannot be read
               (brief: nothing written; import: a file was refused),
             2 wrong command line (brief: also an unknown tag or article).
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Parsed =
  | { help: true }
  | { help: false; command: 'check'; folder: string; json: boolean }
  | { help: false; command: 'brief'; folder: string; format: BriefFormat; out?: string; options: BriefOptions }
  | ImportCommand
  | MatchCommand;

const COMMANDS = 'the commands are "check", "brief", "import" and "match"';

/** Runs the command line `args` (without node and script) and returns the exit code. */
export async function run(args: readonly string[], io: Io, env: Record<string, string | undefined> = {}): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    if (!(error instanceof UsageError || isParseArgsError(error))) throw error;
    return usageError(io, (error as Error).message);
  }
  if (parsed.help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (parsed.command === 'import') return runImport(parsed, io);
  if (parsed.command === 'match') return runMatch(parsed, io);
  if (parsed.command === 'brief') {
    let now: Date;
    try {
      now = exportTime(env['SOURCE_DATE_EPOCH']);
    } catch (error) {
      return usageError(io, (error as Error).message);
    }
    return runBrief(parsed, now, io);
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

async function runBrief(parsed: Extract<Parsed, { command: 'brief' }>, now: Date, io: Io): Promise<number> {
  try {
    if (parsed.out !== undefined) await refuseOutInsideSet(parsed.folder, parsed.out);
    const { folder, format, options } = parsed;
    const content = await buildBrief({ folder, format, now, options });
    if (parsed.out === undefined) io.out(content);
    else await writeOut(parsed.out, content);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof BriefFailure)) throw error;
    if (error.usage) return usageError(io, error.problems.map((p) => p.message).join('; '));
    io.err(error.problems.map((p) => `error: ${p.file}: ${p.message}\n`).join('') + 'Nothing was written.\n');
    return EXIT_INVALID;
  }
}

function usageError(io: Io, message: string): number {
  io.err(`research-annotator: ${message}\nRun "research-annotator --help" for usage.\n`);
  return EXIT_USAGE;
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970, else now. */
function exportTime(epoch: string | undefined): Date {
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/u.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

function parseCommandLine(args: readonly string[]): Parsed {
  // The command is the first word that is not an option.
  const command = args.find((a) => !a.startsWith('-'));
  if (command === 'brief') return parseBrief(args.filter((a, i) => i !== args.indexOf(command)));
  if (command === 'import') return parseImport(args.filter((a, i) => i !== args.indexOf(command)));
  if (command === 'match') return parseMatch(args.filter((a, i) => i !== args.indexOf(command)));
  const { values, positionals } = parseArgs({
    args: [...args],
    options: JSON_AND_HELP,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { help: true };
  const [, folder, ...extra] = positionals;
  if (command === undefined) throw new UsageError(`missing command (${COMMANDS})`);
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (${COMMANDS})`);
  if (folder === undefined || folder === '') throw new UsageError('missing argument: the set folder to check');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": check takes one set folder`);
  return { help: false, command: 'check', folder, json: values.json === true };
}

function parseBrief(args: readonly string[]): Parsed {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      tags: { type: 'string' },
      'exclude-tags': { type: 'string' },
      articles: { type: 'string' },
      'exclude-articles': { type: 'string' },
      stances: { type: 'string' },
      order: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { help: true };
  const [folder, ...extra] = positionals;
  if (folder === undefined || folder === '') throw new UsageError('missing argument: the set folder to export');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": brief takes one set folder`);
  const format = values.format ?? 'markdown';
  if (!(BRIEF_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (the formats are ${BRIEF_FORMATS.join(', ')})`);
  }
  if (values.out === '') throw new UsageError('--out needs a file name');
  return {
    help: false,
    command: 'brief',
    folder,
    format: format as BriefFormat,
    ...(values.out !== undefined ? { out: values.out } : {}),
    options: briefOptions(values),
  };
}

function briefOptions(values: Record<string, string | boolean | undefined>): BriefOptions {
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const tags = list('--tags', text('tags'));
  const excludeTags = list('--exclude-tags', text('exclude-tags'));
  const articles = list('--articles', text('articles'));
  const excludeArticles = list('--exclude-articles', text('exclude-articles'));
  const stances = list('--stances', text('stances'));
  const wrong = (stances ?? []).filter((s) => !(STANCE_FILTERS as readonly string[]).includes(s));
  if (wrong.length > 0) throw new UsageError(`unknown stance "${wrong[0]}" (the stances are ${STANCE_FILTERS.join(', ')})`);
  const order = text('order');
  if (order !== undefined && !(BRIEF_ORDERS as readonly string[]).includes(order)) {
    throw new UsageError(`unknown order "${order}" (the orders are ${BRIEF_ORDERS.join(', ')})`);
  }
  return {
    ...(tags ? { tags } : {}),
    ...(excludeTags ? { excludeTags } : {}),
    ...(articles ? { articles } : {}),
    ...(excludeArticles ? { excludeArticles } : {}),
    ...(stances ? { stances: stances as StanceFilter[] } : {}),
    ...(order ? { order: order as BriefOrder } : {}),
  };
}

/** "a, b,c" -> ["a", "b", "c"]; an option given with nothing in it is a mistake. */
function list(flag: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = [...new Set(value.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
  if (items.length === 0) throw new UsageError(`${flag} needs at least one name`);
  return items;
}

/** parseArgs reports unknown options and misplaced values with these codes. */
function isParseArgsError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('ERR_PARSE_ARGS_');
}

// Started as a program (the bundle is only ever loaded to run it).
run(
  process.argv.slice(2),
  {
    out: (text) => void process.stdout.write(text),
    err: (text) => void (text && process.stderr.write(text)),
  },
  process.env,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`research-annotator: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_INVALID;
  },
);
