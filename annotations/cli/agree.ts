/**
 * `research-annotator agree <set-a> <set-b> [--json] [--tags a,b]`: how far
 * two coders agree, from two copies of one set (agreement/). Reads both
 * copies through SetStore's read methods only and writes nothing.
 */
import { DEFAULT_OVERLAP } from '../agreement/segments';
import { AnnotatorError } from '../errors';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, parseCommandLine, UsageError, type Io, type Parsed } from './usage';

export const AGREE_USAGE = `research-annotator agree <set-a> <set-b> [--json] [--tags a,b] [--overlap N]

How far two coders agree: two copies of one set (a colleague's copy, a git
worktree), articles matched by file name and identical text. Per tag and
overall: Krippendorff's alpha and Cohen's kappa over the words of the
compared articles, and segment agreement. Writes nothing.

Options:
  --json         print one JSON object on stdout:
                 { "compared": [file], "notCompared": [ { "file", "why" } ],
                   "overall": { "alpha", "kappa", "units" },
                   "tags": [ { "tag", "alpha", "kappa", "units",
                     "segments": { "agreed", "onlyA", "onlyB" } } ] }
                 A figure that is not defined is null.
  --tags a,b     only these tags (a parent tag includes its children);
                 default: every tag either coder used
  --overlap N    segments agree when they overlap by N% or more of their
                 joint extent (default ${DEFAULT_OVERLAP * 100})
  -h, --help     show this help
`;

const OPTIONS = {
  json: { type: 'boolean' },
  tags: { type: 'string' },
  overlap: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface AgreeRequest {
  a: string;
  b: string;
  json: boolean;
  tags?: string[];
  overlap: number;
}

/** The command line after `agree`. */
export function parseAgree(args: readonly string[]): Parsed {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return { help: true };
  const [a, b, ...extra] = positionals;
  if (!a || !b) throw new UsageError('agree needs two set folders: the two copies to compare');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": agree takes two set folders`);
  const request: AgreeRequest = { a, b, json: values.json === true, overlap: overlapOf(values.overlap) };
  if (values.tags !== undefined) {
    const tags = [...new Set(values.tags.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
    if (tags.length === 0) throw new UsageError('--tags needs at least one tag');
    request.tags = tags;
  }
  return { help: false, run: (io) => runAgree(request, io) };
}

function overlapOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_OVERLAP;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 100) throw new UsageError(`--overlap takes a percentage above 0 and at most 100, not "${value}"`);
  return n / 100;
}

async function runAgree(request: AgreeRequest, io: Io): Promise<number> {
  const [{ compareCoders }, { agreementJson, agreementText }, { readCopies, SameFolderError }] = await Promise.all([
    import('../agreement/report'),
    import('../agreement/format'),
    import('../node/agreement-input'),
  ]);
  let copies;
  try {
    copies = await readCopies(request.a, request.b);
  } catch (error) {
    if (!(error instanceof AnnotatorError)) throw error;
    io.err(`research-annotator: ${error.message}\n`);
    return error instanceof SameFolderError ? EXIT_USAGE : EXIT_INVALID;
  }
  const report = compareCoders(copies.articles, copies.notCompared, { overlap: request.overlap, ...(request.tags ? { tags: request.tags } : {}) });
  io.out(request.json ? JSON.stringify(agreementJson(report), null, 2) + '\n' : agreementText(report, copies.a.folder, copies.b.folder));
  return EXIT_OK;
}
