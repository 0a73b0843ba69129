/**
 * What an import of a REFI-QDA project or codebook did, as the CLI prints it
 * and the app's import report shows it: no DOM and no Node, so both sides
 * share it.
 */
import type { ImportPlan } from './to-set';

export interface ProjectImportReport {
  file: string;
  articles: { file: string; source: string; annotations: number; isNew: boolean }[];
  addedTags: string[];
  conflicts: ImportPlan['conflicts'];
  skippedSources: ImportPlan['skippedSources'];
  misfits: ImportPlan['misfits'];
  alreadyImported: number;
  renamedCodes: string[];
  notImported: string[];
}

export interface CodebookImportReport {
  file: string;
  addedTags: string[];
  conflicts: ImportPlan['conflicts'];
  renamedCodes: string[];
}

/** One .qdpx or .qdc of an import, and what became of it. */
export type RefiImport = { kind: 'project'; report: ProjectImportReport } | { kind: 'codebook'; report: CodebookImportReport };

/** The files an import hands to REFI-QDA rather than to the article formats. */
export function isRefiFile(name: string): boolean {
  return /\.(qdpx|qdc)$/iu.test(name);
}

export const isCodebookFile = (name: string): boolean => /\.qdc$/iu.test(name);
