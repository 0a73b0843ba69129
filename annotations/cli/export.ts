/**
 * `research-annotator export <set-folder> --format F [--out FILE]`: the set in
 * another tool's format. `qdpx`: a REFI-QDA project (the articles, their
 * annotations, the codebook; refi-qda/); `qdc`: the codebook alone. The
 * brief's formats (markdown, csv, jsonld) are the `brief` command's, with its
 * options. Reads the set only; the file is written atomically.
 */
import os from 'node:os';
import path from 'node:path';
import { BRIEF_FORMATS } from '../brief/types';
import { messageOf } from '../errors';
import { POSITION_UNITS, type PositionUnit } from '../refi-qda/positions';
import { parseBrief } from './brief';
import { EXIT_INVALID, EXIT_OK, oneFolder, parseCommandLine, UsageError, type Io, type Parsed } from './usage';

export const EXPORT_FORMATS_CLI = ['qdpx', 'qdc', ...BRIEF_FORMATS] as const;

export const EXPORT_USAGE = `research-annotator export <set-folder> --format qdpx|qdc [--out FILE] [--positions codepoints|utf16]

Exports the set for other qualitative analysis tools (REFI-QDA 1.5: ATLAS.ti,
MAXQDA, NVivo, QualCoder…). Reads the set only.

Options:
  --format F     qdpx: the project: each article a text source (its text byte
                      for byte), each annotation a coded selection, the
                      codebook, notes, claim fields and links (README, "REFI-QDA")
                 qdc: the codebook alone (on stdout without --out)
                 markdown, csv, jsonld: the brief, as "research-annotator brief"
  --out FILE     write to FILE (atomically); needed for qdpx
  --positions U  codepoints (default, as the specification counts) or utf16
                 (for NVivo, which counts characters outside the Basic
                 Multilingual Plane, such as emoji, as two)
  -h, --help     show this help
`;

const OPTIONS = { format: { type: 'string' }, out: { type: 'string' }, positions: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

interface ExportCommand {
  folder: string;
  format: 'qdpx' | 'qdc';
  out?: string;
  unit: PositionUnit;
}

/** The command line after `export`. */
export function parseExport(args: readonly string[]): Parsed {
  const format = formatOf(args);
  if (format !== undefined && (BRIEF_FORMATS as readonly string[]).includes(format)) return parseBrief(args);
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return { help: true };
  const folder = oneFolder(positionals, 'export', 'export');
  if (format !== 'qdpx' && format !== 'qdc') {
    throw new UsageError(format === undefined ? `missing --format (the formats are ${EXPORT_FORMATS_CLI.join(', ')})` : `unknown format "${format}" (the formats are ${EXPORT_FORMATS_CLI.join(', ')})`);
  }
  if (values.out === '' || (format === 'qdpx' && values.out === undefined)) throw new UsageError('--out needs a file name (a .qdpx is a zip archive, not text for stdout)');
  const unit = values.positions ?? 'codepoints';
  if (!(POSITION_UNITS as readonly string[]).includes(unit)) throw new UsageError(`unknown --positions "${unit}" (codepoints or utf16)`);
  const command: ExportCommand = { folder, format, unit: unit as PositionUnit, ...(values.out !== undefined ? { out: values.out } : {}) };
  return { help: false, run: (io, env) => runExport(command, io, env['SOURCE_DATE_EPOCH']) };
}

/** --format's value, wherever it is on the line (the brief's formats go to its parser with all their options). */
function formatOf(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === '--format') return args[i + 1];
    if (arg.startsWith('--format=')) return arg.slice('--format='.length);
  }
  return undefined;
}

async function runExport(command: ExportCommand, io: Io, epoch: string | undefined): Promise<number> {
  const [{ writeFileAtomic }, { exportCodebook, exportProject }, { SetStore }, { refuseOutInsideSet, BriefFailure }] = await Promise.all([
    import('../node/files'),
    import('../node/refi-qda-service'),
    import('../node/set-store'),
    import('./build-brief'),
  ]);
  try {
    if (command.out !== undefined) await refuseOutInsideSet(command.folder, command.out);
    const store = await SetStore.open(command.folder);
    const origin = 'Research Annotator';
    if (command.format === 'qdc') {
      const xml = await exportCodebook(store, origin);
      if (command.out === undefined) io.out(xml);
      else await writeFileAtomic(path.resolve(command.out), xml);
      return EXIT_OK;
    }
    const now = epoch && /^\d+$/u.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
    const result = await exportProject(store, { analyst: os.userInfo().username || 'Analyst', origin, now, unit: command.unit });
    await writeFileAtomic(path.resolve(command.out as string), result.bytes);
    io.out(`exported  ${result.articles} articles, ${result.selections} annotations -> ${command.out}\n`);
    io.err(result.orphans.map((o) => `not exported  ${o.file}: "${o.quote}" is no longer in the text\n`).join(''));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof BriefFailure) {
      io.err(error.problems.map((p) => `error: ${p.file}: ${p.message}\n`).join('') + 'Nothing was written.\n');
      return EXIT_INVALID;
    }
    io.err(`error: ${messageOf(error)}\nNothing was written.\n`);
    return EXIT_INVALID;
  }
}
