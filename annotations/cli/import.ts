/**
 * `research-annotator import <set-folder> <file>...`: imports files into a
 * set as the app does (the same service call, the same converters and
 * checks), without a window. Prints one line per file: what it became, or
 * why it was refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isImportedArticle, type ImportItemResult, type ImportResult } from '../import/types';
import { POSITION_UNITS, type PositionUnit } from '../refi-qda/positions';
import { isRefiFile } from '../refi-qda/report';
import { EXIT_INVALID, EXIT_OK, JSON_AND_HELP, parseCommandLine, UsageError, type Io, type Parsed } from './usage';

interface ImportCommand {
  folder: string;
  files: string[];
  json: boolean;
  unit: PositionUnit;
  wholePage: boolean;
}

export const IMPORT_USAGE = `research-annotator import <set-folder> <file>... [--whole-page] [--json]

Imports each file (.txt, .md, .html, .mhtml, .docx, .pdf) into the set as a
new plain-text article, with the metadata the file has (title, author,
source, date; for a web page its address and the day it was saved) in its
sidecar, exactly as Import articles… does in the app. A saved web page
becomes its article, as Firefox's Reader View finds it, or the whole page
where it finds none. Nothing in a file is run or fetched; no existing file
is overwritten. A file that cannot be imported (empty, binary, not UTF-8,
over its size limit, unsupported) is reported with the reason and the others
are imported all the same.

A .json file is a Hypothesis export: each of its annotations goes to the
article whose web address is the annotated page's, placed by its quote.
A .json or .jsonld file of W3C Web Annotations (what brief --format jsonld
writes, or another tool) puts each annotation in the article it names (its
file name, or its web address), placed by its quote, with its id, tags,
note and claim fields; one the article has already (the same id) is not
added twice. Annotations that cannot be placed are reported on stderr with
the reason.

A REFI-QDA project (.qdpx) brings its text sources as articles, its codes as
tags and its coded selections as annotations; a codebook (.qdc) its codes as
tags (README, "REFI-QDA"). What the set has already (the same GUIDs) is not
added twice; a differing colour or description is reported, never written
over; a project that cannot be read writes nothing.

Options:
  --whole-page   take every web page whole, navigation and all
  --json         print { "items": [ { "source", "ok", "file", "title", "format",
                 "extraction" } | { "source", "ok", "annotations": { "added",
                 "alreadyThere", "replies", "articles", "unmatched" } }
                 | { "source", "ok": false, "reason" } ], "projects": [ report ] }
                 on stdout
  --positions U  how a .qdpx counts positions: codepoints (default, as the
                 specification says) or utf16 (NVivo)
  -h, --help     show this help
`;

/** The command line after `import`. */
export function parseImport(args: readonly string[]): Parsed {
  const { values, positionals } = parseCommandLine(args, { ...JSON_AND_HELP, positions: { type: 'string' }, 'whole-page': { type: 'boolean' } });
  if (values.help) return { help: true };
  const [folder, ...files] = positionals;
  if (folder === undefined || folder === '') throw new UsageError('missing argument: the set folder to import into');
  if (files.length === 0) throw new UsageError('missing argument: the files to import');
  const unit = values.positions ?? 'codepoints';
  if (!(POSITION_UNITS as readonly string[]).includes(unit)) throw new UsageError(`unknown --positions "${unit}" (codepoints or utf16)`);
  const command = { folder, files: files.map((f) => path.resolve(f)), json: values.json === true, unit: unit as PositionUnit, wholePage: values['whole-page'] === true };
  return { help: false, run: (io) => runImport(command, io) };
}

async function runImport(command: ImportCommand, io: Io): Promise<number> {
  const refi = command.files.filter(isRefiFile);
  const articles = command.files.filter((f) => !isRefiFile(f));
  const projects = refi.length > 0 ? await (await import('./import-refi')).importRefiFiles(command.folder, refi, command.unit, io, command.json) : { ok: true, reports: [] };
  if (articles.length === 0) {
    if (command.json) io.out(`${JSON.stringify({ items: [], projects: projects.reports }, null, 2)}\n`);
    return projects.ok ? EXIT_OK : EXIT_INVALID;
  }
  const code = await importArticleFiles({ ...command, files: articles }, io, projects.reports);
  return projects.ok ? code : EXIT_INVALID;
}

async function importArticleFiles(command: ImportCommand, io: Io, projects: unknown[]): Promise<number> {
  // The service keeps recent sets in a data folder: a throwaway one, so the CLI leaves no trace of its own.
  const { createService } = await import('../node/service');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'research-annotator-cli-'));
  const service = createService({
    dataDir,
    defaultSetDir: path.join(dataDir, 'unused'),
    seedsDir: path.join(dataDir, 'unused'),
    initialSet: command.folder,
    dialogs: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
      chooseImportFiles: async () => command.files,
    },
  });
  try {
    await service.start();
    const session = await service.handlers.getSession({});
    if (!session.set) {
      io.err(`error: ${session.startupProblem ?? `cannot open ${command.folder}`}\n`);
      return EXIT_INVALID;
    }
    const result = (await service.handlers.importArticles(command.wholePage ? { webPages: 'page' } : {})) as ImportResult;
    await service.flush();
    if (command.json) io.out(`${JSON.stringify({ items: result.items, ...(projects.length > 0 ? { projects } : {}) }, null, 2)}\n`);
    else io.out(result.items.map(importedLine).join(''));
    io.err(result.items.map(problemLines).join(''));
    const unplaced = result.items.some((i) => 'annotations' in i && i.annotations.unmatched.length > 0);
    return result.items.every((i) => i.ok) && !unplaced ? EXIT_OK : EXIT_INVALID;
  } finally {
    service.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const EXTRACTIONS = { article: ' (its article)', page: ' (the whole page)' } as const;

function importedLine(item: ImportItemResult): string {
  if (isImportedArticle(item)) return `imported  ${item.source} -> ${item.file}${item.extraction ? EXTRACTIONS[item.extraction] : ''}\n`;
  if (!('annotations' in item)) return '';
  const { added, alreadyThere, articles } = item.annotations;
  const where = articles.length > 0 ? ` in ${articles.join(', ')}` : '';
  return `imported  ${item.source} -> ${added} annotation${added === 1 ? '' : 's'}${where}${alreadyThere > 0 ? ` (${alreadyThere} imported before)` : ''}\n`;
}

function problemLines(item: ImportItemResult): string {
  if (!item.ok) return `refused   ${item.reason}\n`;
  if (!('annotations' in item)) return '';
  return item.annotations.unmatched.map((u) => `unplaced  ${item.source}: ${u.id} "${u.quote.slice(0, 60)}": ${u.reason}\n`).join('');
}
