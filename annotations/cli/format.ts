/**
 * Output of `research-annotator check`: the human report (a table of status
 * counts per article, then the annotations that need a look) and the JSON
 * object of `--json`.
 */
import { ANCHOR_STATUSES, type AnchorStatus } from '../anchoring/anchor';
import { inQuotationMarks } from '../text/quotation';
import type { CheckedArticle, CheckError, CheckReport } from './check-set';
import { tableLines } from './columns';

/** Longest quote shown, in code points. */
const QUOTE_LENGTH = 60;

/** The human report, for stdout. Errors are not in it: see `formatErrors`. */
export function formatHuman(report: CheckReport): string {
  const lines: string[] = [];
  if (report.articles.length > 0) {
    const header = ['article', ...ANCHOR_STATUSES];
    const rows = report.articles.map((article) => [article.file, ...ANCHOR_STATUSES.map((s) => String(count(article, s)))]);
    const [headerLine, ...rowLines] = tableLines([header, ...rows], ['left', ...ANCHOR_STATUSES.map(() => 'right' as const)]);
    lines.push(headerLine ?? '');
    report.articles.forEach((article, i) => {
      lines.push(rowLines[i] ?? '');
      lines.push(...detailLines(article));
    });
    lines.push('');
  }
  lines.push(summary(report));
  return lines.join('\n') + '\n';
}

/** Under an article's row: a changed-article note, then one line per fuzzy annotation and per orphan. */
function detailLines(article: CheckedArticle): string[] {
  const lines: string[] = [];
  if (article.changedSinceSave) lines.push(`    (article changed since its sidecar was last saved)`);
  for (const a of article.annotations) {
    if (a.status === 'fuzzy') {
      lines.push(`    fuzzy  ${(a.score ?? 0).toFixed(2)}  ${abbreviate(a.quote)}  at ${a.start}–${a.end}  ${a.id}`);
    } else if (a.status === 'orphan') {
      lines.push(`    orphan        ${abbreviate(a.quote)}  ${a.id}`);
    }
  }
  return lines;
}

function summary(report: CheckReport): string {
  const totals = Object.fromEntries(ANCHOR_STATUSES.map((s) => [s, 0])) as Record<AnchorStatus, number>;
  let annotations = 0;
  for (const article of report.articles) {
    for (const a of article.annotations) {
      totals[a.status]++;
      annotations++;
    }
  }
  const sidecars = report.articles.length;
  const errors = report.errors.length;
  if (sidecars === 0 && errors === 0) {
    return `No sidecars in ${report.folder}: nothing to check (articles without a sidecar have no annotations).`;
  }
  const counts = ANCHOR_STATUSES.map((s) => `${totals[s]} ${s}`).join(', ');
  return (
    `${plural(sidecars, 'article')} checked, ${plural(annotations, 'annotation')} (${counts}); ` +
    `${plural(errors, 'error')}.`
  );
}

/** One line per error, for stderr: the file, then the problem. */
export function formatErrors(errors: readonly CheckError[]): string {
  return errors.map((e) => `error: ${e.file}: ${e.message}\n`).join('');
}

/** The `--json` object: exactly the documented fields, nothing internal. */
export function toJson(report: CheckReport): {
  articles: { file: string; sidecar: string; annotations: { id: string; status: AnchorStatus; start: number | null; end: number | null; score?: number }[] }[];
  errors: CheckError[];
} {
  return {
    articles: report.articles.map((article) => ({
      file: article.file,
      sidecar: article.sidecar,
      annotations: article.annotations.map((a) => ({
        id: a.id,
        status: a.status,
        start: a.start,
        end: a.end,
        ...(a.status === 'fuzzy' && a.score !== undefined ? { score: a.score } : {}),
      })),
    })),
    errors: report.errors.map((e) => ({ file: e.file, message: e.message })),
  };
}

/**
 * A quote on one line: whitespace runs collapsed, leading and trailing ones
 * dropped, cut at QUOTE_LENGTH code points, in quotation marks unless it
 * opens with one. Only the first code points are
 * read: `match` abbreviates hundreds of thousands of passages, and flattening
 * each whole was a tenth of its work.
 */
export function abbreviate(quote: string): string {
  // UTF-16 units, a code point at a time, whitespace told by its code: a regular expression per character was most of the cost.
  let out = '';
  /** `out` as it was at QUOTE_LENGTH - 1 code points: what is shown when the quote is longer than QUOTE_LENGTH. */
  let head = '';
  let points = 0;
  let space = false;
  for (let i = 0; i < quote.length; i++) {
    const code = quote.charCodeAt(i);
    if (isWhitespace(code)) {
      space = points > 0;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < quote.length && isLowSurrogate(quote.charCodeAt(i + 1));
    const ch = pair ? quote.slice(i, i + 2) : (quote[i] as string);
    if (pair) i++;
    // The space kept between two words, then the character: each one code point more.
    for (let part = space ? 0 : 1; part < 2; part++) {
      if (points === QUOTE_LENGTH) return inQuotationMarks(`${head.trimEnd()}…`);
      out += part === 0 ? ' ' : ch;
      if (++points === QUOTE_LENGTH - 1) head = out;
    }
    space = false;
  }
  return inQuotationMarks(out);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** What `\s` matches: the Unicode white space and line terminators of JavaScript. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function count(article: CheckedArticle, status: AnchorStatus): number {
  return article.annotations.filter((a) => a.status === status).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
