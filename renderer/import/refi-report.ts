/**
 * What a REFI-QDA import did, in words for the import notices: what came in
 * (told and gone), and what the analyst must look at (kept until dismissed):
 * sources skipped with the reason, selections kept out because their
 * positions do not fit their text, codebook conflicts, codes renamed, parts
 * of the project the set cannot hold.
 */
import type { ProjectImportReport, RefiImport } from '../../annotations/refi-qda/report';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface RefiImportWords {
  /** One line per file: what was imported. */
  done: string[];
  /** One block per file with something to look at, headed by the file; empty when nothing needs a look. */
  toCheck: string[];
}

function projectDone(r: ProjectImportReport): string {
  const added = r.articles.filter((a) => a.isNew).length;
  const annotations = r.articles.reduce((n, a) => n + a.annotations, 0);
  const before = r.alreadyImported > 0 ? ` (${count(r.alreadyImported, 'annotation was', 'annotations were')} imported before)` : '';
  return `Imported the project ${r.file}: ${count(added, 'article')}, ${count(annotations, 'annotation')}, ${count(r.addedTags.length, 'new tag')}${before}.`;
}

function conflictLines(r: { conflicts: ProjectImportReport['conflicts'] }, what: string): string[] {
  return r.conflicts.map((c) => `Tag “${c.tag}” keeps its ${c.field} (${c.set}); the ${what} has ${c.project}.`);
}

function renamedLines(r: { renamedCodes: string[] }): string[] {
  return r.renamedCodes.map((n) => `Code “${n}” renamed: a “/” would make a level, so it is written ∕.`);
}

function projectToCheck(r: ProjectImportReport): string[] {
  return [
    ...r.skippedSources.map((s) => `Skipped “${s.name}”: ${s.reason}.`),
    ...r.misfits.map(
      (m) =>
        `Kept out: a selection of “${m.source}” at ${m.start}–${m.end} does not fit its text (${count(m.textLength, 'character')})${m.tags.length > 0 ? `, coded ${m.tags.join(', ')}` : ''}${m.note ? `, note “${m.note}”` : ''}.`,
    ),
    ...conflictLines(r, 'project'),
    ...renamedLines(r),
    ...r.notImported.map((n) => `Not kept: ${n}.`),
  ];
}

export function describeRefiImports(imports: readonly RefiImport[]): RefiImportWords {
  const words: RefiImportWords = { done: [], toCheck: [] };
  for (const item of imports) {
    const { report } = item;
    const done = item.kind === 'project' ? projectDone(item.report) : `Imported the codebook ${report.file}: ${count(report.addedTags.length, 'new tag')}.`;
    const lines =
      item.kind === 'project'
        ? projectToCheck(item.report)
        : [...conflictLines(item.report, 'codebook'), ...renamedLines(item.report)];
    if (lines.length === 0) words.done.push(done);
    else words.toCheck.push(`${done}\nTo check:\n${lines.map((line) => `• ${line}`).join('\n')}`);
  }
  return words;
}
