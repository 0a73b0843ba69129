/**
 * The `match` command's line: its usage and options. The matching itself
 * (match.ts, and the matcher behind it) is loaded only when the command
 * runs, so that every other command starts without it.
 */
import { JSON_AND_HELP, oneFolder, parseCommandLine, UsageError, type Parsed } from './usage';

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
              to match, copies of one story, tagged annotations that cannot
              be matched: orphans, and those of a sidecar whose article is
              gone) go to stderr.
  --workers N match on N threads (1: on the main thread only; 2: one
              worker scores the claims while the main thread reads the
              details that differ; more: N workers share the claims). By
              default one per idle core (the cores less the load average),
              up to 8, at least 2 on a set of 2,000 tagged claims or more,
              and one for a smaller set;
              the environment variable RA_MATCH_WORKERS sets the same. The
              report is the same either way.
  -h, --help  show this help
`;

/** The command line after `match`. */
export function parseMatch(args: readonly string[]): Parsed {
  const { values, positionals } = parseCommandLine(args, { ...JSON_AND_HELP, workers: { type: 'string' } });
  if (values.help) return { help: true };
  const folder = oneFolder(positionals, 'match', 'match');
  const json = values.json === true;
  const workers = values.workers === undefined ? undefined : workerNumber(values.workers, '--workers');
  return {
    help: false,
    run: async (io, env) => {
      const fromEnv = env.RA_MATCH_WORKERS ? workerNumber(env.RA_MATCH_WORKERS, 'RA_MATCH_WORKERS') : undefined;
      const { runMatch } = await import('./match');
      return runMatch(folder, { format: json ? 'json' : 'human', workers: workers ?? fromEnv }, io);
    },
  };
}

function workerNumber(value: string, name: string): number {
  if (!/^\d+$/u.test(value) || Number(value) > 256) throw new UsageError(`${name} takes a number of worker threads from 0 to 256, not "${value}"`);
  return Number(value);
}
