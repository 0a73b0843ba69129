/**
 * The agreement report as people read it (the CLI's text, Markdown for a
 * report or a paper's appendix, CSV for a spreadsheet) and as scripts read it
 * (`agreementJson`, the contract of `research-annotator agree --json`).
 */
import { stringify } from 'csv-stringify/sync';
import { figure, NOT_DEFINED, percent } from './figures';
import type { AgreementReport, Figures, TagAgreement } from './report';

export { figure, NOT_DEFINED, percent };


/** Exactly the documented fields, in the documented order. */
export function agreementJson(report: AgreementReport) {
  const figures = (f: Figures) => ({ alpha: f.alpha, kappa: f.kappa, units: f.units });
  return {
    compared: report.compared,
    notCompared: report.notCompared.map((n) => ({ file: n.file, why: n.why })),
    overall: figures(report.overall),
    tags: report.tags.map((t) => ({
      tag: t.tag,
      ...figures(t),
      segments: { agreed: t.segments.agreed, onlyA: t.segments.onlyA, onlyB: t.segments.onlyB },
    })),
  };
}

function segmentText(t: TagAgreement): string {
  const { agreed, onlyA, onlyB } = t.segments;
  return `${percent(t.segmentShare)} (${agreed} agreed, ${onlyA} only A, ${onlyB} only B)`;
}

function usedBy(t: TagAgreement): string {
  if (t.usedByA && t.usedByB) return '';
  if (t.usedByA) return 'only coder A used it';
  if (t.usedByB) return 'only coder B used it';
  return 'neither coder used it';
}

/** Rows of the per-tag table, overall first. */
function rows(report: AgreementReport): string[][] {
  return [
    ['Overall', figure(report.overall.alpha), figure(report.overall.kappa), '', String(report.overall.units), ''],
    ...report.tags.map((t) => [t.tag, figure(t.alpha), figure(t.kappa), segmentText(t), String(t.units), usedBy(t)]),
  ];
}

const HEADER = ['Tag', 'α (Krippendorff)', 'κ (Cohen)', 'Segments', 'Units (words)', 'Note'];

function coders(a: string, b: string): string[] {
  return [`Coder A: ${a}`, `Coder B: ${b}`];
}

function notComparedLines(report: AgreementReport): string[] {
  return report.notCompared.map((n) => `${n.file}: ${n.why}`);
}

/** The readable report of the CLI. */
export function agreementText(report: AgreementReport, a: string, b: string): string {
  const table = [HEADER, ...rows(report)];
  const widths = HEADER.map((_, col) => Math.max(...table.map((row) => [...(row[col] ?? '')].length)));
  const render = (row: string[]) => row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd();
  const lines = [
    ...coders(a, b),
    `Compared: ${report.compared.length} article${report.compared.length === 1 ? '' : 's'}; segments agree at ${Math.round(report.overlap * 100)}% overlap or more.`,
    '',
    ...table.map(render),
  ];
  if (report.notCompared.length > 0) lines.push('', 'Not compared:', ...notComparedLines(report).map((l) => `  ${l}`));
  lines.push('', `"${NOT_DEFINED}": the tag was never used, or every unit has the same value, so chance agreement cannot be told apart.`);
  return lines.join('\n') + '\n';
}

function escapeCell(cell: string): string {
  return cell.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');
}

export function agreementMarkdown(report: AgreementReport, a: string, b: string): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const out = [
    '# Intercoder agreement',
    '',
    ...coders(a, b).map((c) => `- ${c}`),
    `- Compared articles: ${report.compared.length}`,
    `- Segments agree at ${Math.round(report.overlap * 100)}% overlap or more`,
    '',
    line(HEADER),
    line(HEADER.map(() => '---')),
    ...rows(report).map(line),
  ];
  if (report.notCompared.length > 0) out.push('', '## Not compared', '', ...notComparedLines(report).map((l) => `- ${l}`));
  out.push('', `Units are the words of the compared articles (for a tag: 1 where the coder's highlights with that tag cover the word). "${NOT_DEFINED}": the tag was never used, or every unit has the same value.`);
  return out.join('\n') + '\n';
}

export const AGREEMENT_CSV_COLUMNS = ['tag', 'alpha', 'kappa', 'units', 'segments_agreed', 'segments_only_a', 'segments_only_b', 'segment_share'] as const;

/** One row per tag, "overall" first; undefined figures are empty cells. */
export function agreementCsv(report: AgreementReport): string {
  const cell = (v: number | null) => (v === null ? '' : v);
  return stringify(
    [
      [...AGREEMENT_CSV_COLUMNS],
      ['(overall)', cell(report.overall.alpha), cell(report.overall.kappa), report.overall.units, '', '', '', ''],
      ...report.tags.map((t) => [t.tag, cell(t.alpha), cell(t.kappa), t.units, t.segments.agreed, t.segments.onlyA, t.segments.onlyB, cell(t.segmentShare)]),
    ],
    { record_delimiter: 'windows', escape_formulas: true, bom: false },
  );
}
