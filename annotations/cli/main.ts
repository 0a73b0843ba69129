/**
 * Entry point of the `research-annotator` command (bundled to
 * dist/cli/research-annotator.cjs, started by bin/research-annotator.cjs).
 *
 * Commands, each with its options, help and work beside it: `check`
 * (validate and re-anchor, check.ts), `brief` (export the brief, brief.ts),
 * `import` (articles into a set, import.ts), `match` (the same claim in
 * other articles, match.ts) and `agree` (intercoder agreement of two copies,
 * agree.ts).
 *
 * Exit codes: 0 every sidecar is valid (orphans are reported, not failures);
 * 1 a sidecar is invalid or unreadable, or the set folder cannot be read
 * (brief: then nothing is written); 2 the command line is wrong.
 */
import { AGREE_USAGE, parseAgree } from './agree';
import { BRIEF_USAGE, parseBrief } from './brief';
import { CHECK_USAGE, parseCheck } from './check';
import { IMPORT_USAGE, parseImport } from './import';
import { MATCH_USAGE, parseMatch } from './match';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, isParseArgsError, JSON_AND_HELP, parseCommandLine, UsageError, type Env, type Io, type Parsed } from './usage';

export const USAGE = `Usage: research-annotator check <set-folder> [--json]
       research-annotator brief <set-folder> [--format markdown|csv|jsonld] [--out FILE]
                                [--tags a,b | --exclude-tags a,b]
                                [--articles f1.txt,f2.txt | --exclude-articles f1.txt]
                                [--stances asserts,none] [--order codebook|frequency]
       research-annotator import <set-folder> <file>... [--json]
       research-annotator match <set-folder> [--json]
       research-annotator agree <set-a> <set-b> [--json] [--tags a,b] [--overlap N]

${CHECK_USAGE}
${BRIEF_USAGE}
${IMPORT_USAGE}
${MATCH_USAGE}
${AGREE_USAGE}
Exit status: 0 all sidecars valid (orphans do not fail the check),
             1 a sidecar is invalid or unreadable, or the folder cannot be read
               (brief: nothing written; import: a file was refused),
             2 wrong command line (brief: also an unknown tag or article).
`;

/** Each command reads the command line that follows its name. */
const COMMANDS: Record<string, (args: readonly string[]) => Parsed> = { check: parseCheck, brief: parseBrief, import: parseImport, match: parseMatch, agree: parseAgree };
const COMMAND_NAMES = 'the commands are "check", "brief", "import", "match" and "agree"';

/** Runs the command line `args` (without node and script) and returns the exit code. */
export async function run(args: readonly string[], io: Io, env: Env = {}): Promise<number> {
  try {
    const parsed = parseCommand(args);
    if (parsed.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    return await parsed.run(io, env);
  } catch (error) {
    if (!(error instanceof UsageError || isParseArgsError(error))) throw error;
    io.err(`research-annotator: ${(error as Error).message}\nRun "research-annotator --help" for usage.\n`);
    return EXIT_USAGE;
  }
}

function parseCommand(args: readonly string[]): Parsed {
  // The command is the first word that is not an option.
  const name = args.find((a) => !a.startsWith('-'));
  const parse = name === undefined || !Object.hasOwn(COMMANDS, name) ? undefined : COMMANDS[name];
  if (parse) return parse(args.filter((_, i) => i !== args.indexOf(name as string)));
  // No command, or an unknown one: the options all commands take are read first, so -h still shows the usage.
  const { values } = parseCommandLine(args, JSON_AND_HELP);
  if (values.help) return { help: true };
  throw new UsageError(name === undefined ? `missing command (${COMMAND_NAMES})` : `unknown command "${name}" (${COMMAND_NAMES})`);
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
