/**
 * The REFI-QDA half of `research-annotator import`: each .qdpx or .qdc file
 * into the set (node/refi-qda-service.ts), one report each. A file that
 * cannot be read is named with the problem, and nothing of it is written.
 */
import path from 'node:path';
import { messageOf } from '../errors';
import { importCodebook, importProject, readRefiFile, type CodebookImportReport, type ProjectImportReport } from '../node/refi-qda-service';
import { SetStore } from '../node/set-store';
import type { PositionUnit } from '../refi-qda/positions';
import { isCodebookFile } from '../refi-qda/report';
import type { Io } from './usage';

export async function importRefiFiles(folder: string, files: readonly string[], unit: PositionUnit, io: Io, json: boolean): Promise<{ ok: boolean; reports: (ProjectImportReport | CodebookImportReport | { file: string; error: string })[] }> {
  let store: SetStore;
  try {
    store = await SetStore.open(folder);
  } catch (error) {
    io.err(`error: ${messageOf(error)}\n`);
    return { ok: false, reports: [] };
  }
  const reports: (ProjectImportReport | CodebookImportReport | { file: string; error: string })[] = [];
  let ok = true;
  for (const file of files) {
    const name = path.basename(file);
    try {
      const bytes = await readRefiFile(file);
      if (isCodebookFile(file)) {
        const report = await importCodebook(store, bytes, name);
        reports.push(report);
        if (!json) io.out(`imported  ${name}: ${report.addedTags.length} new tags\n`);
        io.err(report.conflicts.map((c) => `conflict  ${name}: the tag "${c.tag}" keeps its ${c.field} (${c.set}); the codebook has ${c.project}\n`).join(''));
      } else {
        const report = await importProject(store, bytes, name, { unit, now: new Date() });
        reports.push(report);
        if (!json) io.out(describeProject(report));
        io.err(projectWarnings(report));
      }
    } catch (error) {
      ok = false;
      const message = messageOf(error);
      reports.push({ file: name, error: message });
      io.err(`refused   ${message.startsWith(name) ? message : `${name}: ${message}`}\n`);
    }
  }
  return { ok, reports };
}

function describeProject(r: ProjectImportReport): string {
  const annotations = r.articles.reduce((n, a) => n + a.annotations, 0);
  const lines = [`imported  ${r.file}: ${r.articles.filter((a) => a.isNew).length} articles, ${annotations} annotations, ${r.addedTags.length} new tags${r.alreadyImported > 0 ? ` (${r.alreadyImported} annotations were imported before)` : ''}\n`];
  for (const a of r.articles) lines.push(`          ${a.source} -> ${a.file} (${a.annotations} annotations)\n`);
  return lines.join('');
}

function projectWarnings(r: ProjectImportReport): string {
  return [
    ...r.skippedSources.map((s) => `skipped   ${r.file}: "${s.name}": ${s.reason}\n`),
    ...r.misfits.map((m) => `kept out  ${r.file}: a selection of "${m.source}" at ${m.start}–${m.end} does not fit its text (${m.textLength} characters)${m.tags.length ? `, coded ${m.tags.join(', ')}` : ''}${m.note ? `, note: ${m.note}` : ''}\n`),
    ...r.conflicts.map((c) => `conflict  ${r.file}: the tag "${c.tag}" keeps its ${c.field} (${c.set}); the project has ${c.project}\n`),
    ...r.renamedCodes.map((n) => `renamed   ${r.file}: the code "${n}" (a "/" would make a level: it is written ∕)\n`),
    ...r.notImported.map((n) => `not kept  ${r.file}: ${n}\n`),
  ].join('');
}
