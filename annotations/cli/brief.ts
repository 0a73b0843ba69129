/**
 * `research-annotator brief <set-folder> [options]`: the comparative brief of
 * a set folder, as Markdown, CSV or W3C Web Annotation JSON-LD, on stdout or
 * in a file (build-brief.ts). All or nothing: with any invalid sidecar,
 * nothing is written.
 */
import { BRIEF_FORMATS, BRIEF_ORDERS, STANCE_FILTERS, type BriefFormat, type BriefOptions, type BriefOrder, type StanceFilter } from '../brief/types';
import type { BriefRequest } from './build-brief';
import { EXIT_INVALID, EXIT_OK, oneFolder, parseCommandLine, UsageError, type Env, type Io, type Parsed } from './usage';

export const BRIEF_USAGE = `research-annotator brief <set-folder> [options]

Writes the comparative brief of the set, each annotation found again in the
current article text. Orphans (quotes no longer in the text) are listed, never
dropped. Reads the set only; if any sidecar (or the codebook) is invalid, or a
sidecar has no article, nothing is written and each problem is named.

Options:
  --format F     markdown (default): the brief as the app exports it, with the
                      likely matches in other articles nobody has confirmed or
                      dismissed listed apart, under "Possible corroboration, not
                      reviewed" (never counted as corroboration), and copies
                      of one story counted as one source
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
  --links        Markdown: give each quote its link back into the app
                 (research-annotator://open?…), to follow from a memo
  --no-suggestions
                 Markdown: leave the matcher out (faster on a large set): no
                 "Possible corroboration" section, and copies of one story
                 counted by their outlets
  -h, --help     show this help
The export time written in the brief is now, or SOURCE_DATE_EPOCH (seconds)
when that variable is set, for reproducible output.
`;

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  tags: { type: 'string' },
  'exclude-tags': { type: 'string' },
  articles: { type: 'string' },
  'exclude-articles': { type: 'string' },
  stances: { type: 'string' },
  order: { type: 'string' },
  links: { type: 'boolean' },
  'no-suggestions': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The command line after `brief`. */
export function parseBrief(args: readonly string[]): Parsed {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  if (values.help) return { help: true };
  const folder = oneFolder(positionals, 'brief', 'export');
  const format = values.format ?? 'markdown';
  if (!(BRIEF_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (the formats are ${BRIEF_FORMATS.join(', ')})`);
  }
  if (values.out === '') throw new UsageError('--out needs a file name');
  const request = {
    folder,
    format: format as BriefFormat,
    ...(values.out !== undefined ? { out: values.out } : {}),
    options: briefOptions(values),
    suggestions: values['no-suggestions'] !== true,
  };
  return { help: false, run: (io, env) => runBrief(request, io, env) };
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
    ...(values['links'] === true ? { quoteLinks: true } : {}),
  };
}

/** "a, b,c" -> ["a", "b", "c"]; an option given with nothing in it is a mistake. */
function list(flag: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = [...new Set(value.split(',').map((v) => v.trim()).filter((v) => v !== ''))];
  if (items.length === 0) throw new UsageError(`${flag} needs at least one name`);
  return items;
}

/** The progress line while the matcher scores the claims: as the app's brief says it. */
export function briefStatus(done: number, total: number): string {
  return `finding possible corroboration, claim ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
}

async function runBrief(request: Omit<BriefRequest, 'now' | 'scored'>, io: Io, env: Env): Promise<number> {
  const now = exportTime(env['SOURCE_DATE_EPOCH']);
  const { BriefFailure, buildBrief, refuseOutInsideSet, writeOut } = await import('./build-brief');
  const status = io.status;
  try {
    if (request.out !== undefined) await refuseOutInsideSet(request.folder, request.out);
    const content = await buildBrief({ ...request, now, ...(status ? { scored: (done, total) => status(briefStatus(done, total)) } : {}) }).finally(() => status?.(''));
    if (request.out === undefined) io.out(content);
    else await writeOut(request.out, content);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof BriefFailure)) throw error;
    if (error.usage) throw new UsageError(error.problems.map((p) => p.message).join('; '));
    io.err(error.problems.map((p) => `error: ${p.file}: ${p.message}\n`).join('') + 'Nothing was written.\n');
    return EXIT_INVALID;
  }
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970, else now. */
function exportTime(epoch: string | undefined): Date {
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/u.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}
