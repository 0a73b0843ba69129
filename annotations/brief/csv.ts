/**
 * The brief as CSV: one row per annotation, for spreadsheets and scripts.
 *
 * - Rows: the quotes `input.options` selects, by the Markdown brief's rules
 *   (filter.ts), in set order then sidecar order. Orphans are rows too, with
 *   status "orphan" and empty start/end: never dropped.
 * - Columns (header row first): article (file name), title, quote, tags
 *   (joined with "; "), stance, attribution, confidence, note, start, end
 *   (code-point offsets in the current text, end exclusive), status, then
 *   the article's url and accessed (a web page's address, the day it was
 *   saved; empty when unset), then creator (who coded it: the W3C creators'
 *   names joined with "; ", empty when none): new columns go last, so scripts
 *   reading the earlier columns by position still read them.
 * - RFC 4180 via csv-stringify: fields with a comma, a double quote or a line
 *   break are quoted (quotes doubled), line breaks inside a quote are kept as
 *   they are, records end with CRLF. UTF-8 without a BOM.
 * - Formula injection guard: a cell starting with =, +, -, @, a tab or a CR
 *   gets a leading apostrophe ('). Spreadsheet apps (Excel, LibreOffice,
 *   Google Sheets) execute such cells as formulas when the file is opened, and a
 *   quote copied from an article is untrusted text (e.g. `=HYPERLINK(...)`
 *   leaking data, or `=cmd|...` DDE). The apostrophe makes them plain text; it
 *   shows in the cell, the price of safety. Numbers (start, end) are never
 *   negative, so never prefixed.
 */
import { stringify } from 'csv-stringify/sync';
import { selectQuotes } from './filter';
import type { BriefInput } from './types';

export const CSV_COLUMNS = [
  'article',
  'title',
  'quote',
  'tags',
  'stance',
  'attribution',
  'confidence',
  'note',
  'start',
  'end',
  'status',
  'url',
  'accessed',
  'creator',
] as const;

export const CSV_TAG_SEPARATOR = '; ';

export function briefToCsv(input: BriefInput): string {
  const rows = selectQuotes(input.articles, input.options).map(({ article, quote, tags }) => [
    article.file,
    article.title,
    quote.exact,
    tags.join(CSV_TAG_SEPARATOR),
    quote.stance ?? '',
    quote.attribution ?? '',
    quote.confidence ?? '',
    quote.note,
    quote.location?.start ?? '',
    quote.location?.end ?? '',
    quote.status,
    article.url ?? '',
    article.accessed ?? '',
    (quote.creators ?? []).join(CSV_TAG_SEPARATOR),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], {
    record_delimiter: 'windows',
    escape_formulas: true,
    bom: false,
  });
}
