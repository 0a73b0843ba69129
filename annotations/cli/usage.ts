/**
 * What every command of the CLI shares: how its command line is read, how it
 * writes, and what it exits with. Each command (check.ts, brief.ts, import.ts)
 * keeps its own options, help text and checks beside what it does.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export const EXIT_OK = 0;
/** A sidecar is invalid or unreadable, the folder cannot be read, a file was refused. */
export const EXIT_INVALID = 1;
/** The command line is wrong. */
export const EXIT_USAGE = 2;
/**
 * An unexpected exception: a bug, not a problem of the set or the command
 * line. 70 is EX_SOFTWARE of BSD's sysexits.h ("internal software error"),
 * apart from the small codes the commands give their own meanings.
 */
export const EXIT_INTERNAL = 70;

export interface Io {
  /** Text, or text already encoded as UTF-8 (what `match`'s workers hand back). */
  out: (text: string | Uint8Array) => void;
  err: (text: string) => void;
  /**
   * A line saying how far long work has got, each one in place of the last
   * ('' clears it). Only where stderr is a terminal: a pipe, a file or a
   * test that reads stderr gets none of it.
   */
  status?: (line: string) => void;
  /**
   * When the output holds more than it has passed on (a pipe read slower
   * than the command writes), a promise of when it has taken it; undefined
   * when it has room. A command that writes a long report waits for it
   * before making more: its memory stays bounded whatever the reader, and
   * a reader that stops (`| head`) stops it.
   */
  backlog?: () => Promise<void> | undefined;
}

export type Env = Record<string, string | undefined>;

/** A command line read: `-h` asks for the usage; anything else is ready to run. */
export type Parsed = { help: true } | { help: false; run: (io: Io, env: Env) => Promise<number> };

/** Thrown for a wrong command line: main.ts prints it with the usage and exits with EXIT_USAGE. */
export class UsageError extends Error {}

/** The options of the commands that take only `--json` and `--help` (check, import). */
export const JSON_AND_HELP = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** Options and positionals of a command line; an unknown option or a misplaced value throws (isParseArgsError). */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(args: readonly string[], options: T) {
  return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
}

/** parseArgs reports unknown options and misplaced values with these codes. */
export function isParseArgsError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('ERR_PARSE_ARGS_');
}

/** The set folder, the one positional argument of check and brief. */
export function oneFolder(positionals: readonly string[], command: string, purpose: string): string {
  const [folder, ...extra] = positionals;
  if (folder === undefined || folder === '') throw new UsageError(`missing argument: the set folder to ${purpose}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": ${command} takes one set folder`);
  return folder;
}
