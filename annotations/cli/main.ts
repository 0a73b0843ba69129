/**
 * Entry point of the `research-annotator` command (bundled to
 * dist/cli/research-annotator.cjs, started by bin/research-annotator.cjs).
 *
 * Commands, each with its options, help and work beside it: `check`
 * (validate and re-anchor, check.ts), `brief` (export the brief, brief.ts),
 * `import` (articles into a set, import.ts), `match` (the same claim in
 * other articles, match.ts) and `agree` (intercoder agreement of two copies,
 * agree.ts). Each command's module holds its command line; its work is
 * imported when it runs, so that a command starts without the code of the
 * others (scripts/startup-graph.test.ts).
 *
 * Exit codes: 0 every sidecar is valid (orphans are reported, not failures);
 * 1 a sidecar is invalid or unreadable, or the set folder cannot be read
 * (brief: then nothing is written); 2 the command line is wrong; 70
 * (EXIT_INTERNAL) an unexpected exception, a bug.
 */
import { AGREE_USAGE, parseAgree } from './agree';
import { BRIEF_USAGE, parseBrief } from './brief';
import { CHECK_USAGE, parseCheck } from './check';
import { EXPORT_USAGE, parseExport } from './export';
import { IMPORT_USAGE, parseImport } from './import';
import { MATCH_USAGE, parseMatch } from './match-command';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, isParseArgsError, JSON_AND_HELP, parseCommandLine, UsageError, type Env, type Io, type Parsed } from './usage';

const EXIT_STATUS = `Exit status: 0 all sidecars valid (orphans do not fail the check),
             1 a sidecar is invalid or unreadable, or the folder cannot be read
               (brief: nothing written; import: a file was refused),
             2 wrong command line (brief: also an unknown tag or article),
            70 internal error: a bug, not a problem of the set (please report
               it with the message printed on stderr).
`;

export const USAGE = `Usage: research-annotator check <set-folder> [--json]
       research-annotator brief <set-folder> [--format markdown|csv|jsonld] [--out FILE]
                                [--tags a,b | --exclude-tags a,b]
                                [--articles f1.txt,f2.txt | --exclude-articles f1.txt]
                                [--stances asserts,none] [--order codebook|frequency]
       research-annotator import <set-folder> <file>... [--json]
       research-annotator match <set-folder> [--json]
       research-annotator export <set-folder> --format qdpx|qdc [--out FILE] [--positions codepoints|utf16]
       research-annotator agree <set-a> <set-b> [--json] [--tags a,b] [--overlap N]
       research-annotator --version | --help

${CHECK_USAGE}
${BRIEF_USAGE}
${IMPORT_USAGE}
${MATCH_USAGE}
${EXPORT_USAGE}
${AGREE_USAGE}
${EXIT_STATUS}`;

/** Each command reads the command line that follows its name, and has its own help (`<command> --help`). */
const COMMANDS: Record<string, { parse: (args: readonly string[]) => Parsed; usage: string }> = {
  check: { parse: parseCheck, usage: CHECK_USAGE },
  brief: { parse: parseBrief, usage: BRIEF_USAGE },
  import: { parse: parseImport, usage: IMPORT_USAGE },
  match: { parse: parseMatch, usage: MATCH_USAGE },
  export: { parse: parseExport, usage: EXPORT_USAGE },
  agree: { parse: parseAgree, usage: AGREE_USAGE },
};
const COMMAND_NAMES = 'the commands are "check", "brief", "import", "match", "export" and "agree"';

/** Runs the command line `args` (without node and script) and returns the exit code. */
export async function run(args: readonly string[], io: Io, env: Env = {}): Promise<number> {
  try {
    const parsed = parseCommand(args);
    if (parsed === 'version') {
      const { packageVersion } = await import('./version');
      io.out(`${packageVersion(__dirname)}\n`);
      return EXIT_OK;
    }
    if (parsed.help) {
      io.out(parsed.usage);
      return EXIT_OK;
    }
    return await parsed.run(io, env);
  } catch (error) {
    if (!(error instanceof UsageError || isParseArgsError(error))) return internalError(error, io);
    io.err(`research-annotator: ${(error as Error).message}\nRun "research-annotator --help" for usage.\n`);
    return EXIT_USAGE;
  }
}

/** An exception no command expects: its stack on stderr, and a code of its own, so a script never takes a bug for a bad set. */
function internalError(error: unknown, io: Io): number {
  io.err(internalErrorMessage(error));
  return EXIT_INTERNAL;
}

function internalErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `research-annotator: internal error (a bug: please report it with this message): ${detail}\n`;
}

/** The command line read: the help to print (a command's, or all of them), or the command to run. */
type Command = { help: true; usage: string } | Extract<Parsed, { help: false }>;

function parseCommand(args: readonly string[]): Command | 'version' {
  // The command is the first word that is not an option.
  const name = args.find((a) => !a.startsWith('-'));
  const command = name === undefined || !Object.hasOwn(COMMANDS, name) ? undefined : COMMANDS[name];
  if (command) {
    const parsed = command.parse(args.filter((_, i) => i !== args.indexOf(name as string)));
    // A command's help is its own part of the usage: what it does, its options, and the exit codes.
    return parsed.help ? { help: true, usage: `Usage: ${command.usage}\n${EXIT_STATUS}\nAll commands: research-annotator --help\n` } : parsed;
  }
  // No command, or an unknown one: the options all commands take are read first, so -h still shows the usage.
  const { values } = parseCommandLine(args, { ...JSON_AND_HELP, version: { type: 'boolean', short: 'v' } });
  if (values.help) return { help: true, usage: USAGE };
  if (values.version) return 'version';
  throw new UsageError(name === undefined ? `missing command (${COMMAND_NAMES})` : `unknown command "${name}" (${COMMAND_NAMES})`);
}

// Started as a program (the bundle is only ever loaded to run it). An
// exception outside `run` (thrown from a callback, an unhandled rejection)
// would end Node with 1, the code of an invalid set: it gets EXIT_INTERNAL too.
// The reader of stdout stopped reading (`match … | head`): what is left has nowhere to go, and nothing
// went wrong. End at once and quietly, as Unix commands do, instead of calling it a bug.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT_OK);
});
process.on('uncaughtException', (error) => {
  process.stderr.write(internalErrorMessage(error));
  process.exit(EXIT_INTERNAL);
});
run(
  process.argv.slice(2),
  {
    out: (text) => void process.stdout.write(text),
    // Not events.once: it would reject on the error that a reader's going away (EPIPE) raises, which ends the command above.
    backlog: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', resolve)) : undefined),
    err: (text) => void (text && process.stderr.write(text)),
    // Back to the line's start, the line cleared, the new text: the terminal shows one line that changes.
    ...(process.stderr.isTTY ? { status: (line: string) => void process.stderr.write(`\r\x1b[K${line}`) } : {}),
  },
  process.env,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(internalErrorMessage(error));
    process.exitCode = EXIT_INTERNAL;
  },
);
