/** What every command line of the CLI shares. */

/** Thrown for a wrong command line: main.ts prints it with the usage and exits with status 2. */
export class UsageError extends Error {}

/** The options of the commands that take only `--json` and `--help` (check, import). */
export const JSON_AND_HELP = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
