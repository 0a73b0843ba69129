/**
 * The app's REFI-QDA calls (File ▸ Export Project…, Codebook ▸ Export
 * Codebook…, and the .qdpx and .qdc files an import is given), on the open
 * set: refi-qda-service.ts does the work on disk; this module asks where to
 * save, keeps the service's view of the set (its cached articles and
 * codebook) in step with what an import wrote, and records the import for
 * Undo like any set-wide action.
 */
import os from 'node:os';
import path from 'node:path';
import type { CodebookExport, ProjectExport } from '../api/view-types';
import { diffSidecars, type SidecarChange } from '../history/sidecar-change';
import type { PositionUnit } from '../refi-qda/positions';
import { isCodebookFile, type RefiImport } from '../refi-qda/report';
import type { Sidecar } from '../sidecar/schema';
import { safeFileName } from './brief-service';
import { writeFileAtomic } from './files';
import type { Dialogs } from './ports';
import type * as RefiQdaService from './refi-qda-service';
import type { EditableSet, EditDeps } from './set-edits';
import type { History } from './history-service';

/** The REFI-QDA reader and writer (XML, zip), loaded at the first export or import: the app starts without them. */
const refiQda = (): Promise<typeof RefiQdaService> => import('./refi-qda-service');

const ORIGIN = 'Research Annotator';

/** A .qdpx or .qdc chosen in the file dialog: read only once its size is checked. */
export function refiSourceFromPath(file: string): { name: string; read(): Promise<Uint8Array> } {
  return { name: path.basename(file), read: async () => (await refiQda()).readRefiFile(file) };
}

export interface RefiCalls {
  exportProject(args: { positions?: PositionUnit | undefined }): Promise<ProjectExport | null>;
  exportCodebook(): Promise<CodebookExport | null>;
  /** Imports one .qdpx or .qdc (its name says which) into the open set. */
  importRefi(set: EditableSet, name: string, bytes: Uint8Array): Promise<RefiImport>;
}

export function createRefiCalls(deps: EditDeps & { dialogs: Dialogs; history: History; setName(set: EditableSet): Promise<string>; analyst(): string | null }): RefiCalls {
  /** Asks where to save; the dialog starts beside the set's folder (the file is no article of it). */
  async function chooseTarget(set: EditableSet, title: string, filter: { name: string; extensions: string[] }): Promise<string | null> {
    const defaultPath = path.join(path.dirname(set.store.folder), `${safeFileName(await deps.setName(set))}.${filter.extensions[0] ?? ''}`);
    return deps.dialogs.chooseSaveFile({ title, defaultPath, filters: [filter] });
  }

  /** Exports read the set from disk: every change already made is written first. */
  async function settled(): Promise<void> {
    await deps.queue.idle();
  }

  return {
    async exportProject({ positions = 'codepoints' }) {
      const set = deps.requireSet();
      const target = await chooseTarget(set, 'Export project', { name: 'REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)', extensions: ['qdpx'] });
      if (target === null) return null;
      await settled();
      const result = await (await refiQda()).exportProject(set.store, { analyst: deps.analyst() ?? (os.userInfo().username || 'Analyst'), origin: ORIGIN, now: deps.clock(), unit: positions });
      await writeFileAtomic(target, result.bytes);
      return { path: target, articles: result.articles, annotations: result.selections, notExported: result.orphans };
    },

    async exportCodebook() {
      const set = deps.requireSet();
      const target = await chooseTarget(set, 'Export codebook', { name: 'REFI-QDA codebook', extensions: ['qdc'] });
      if (target === null) return null;
      await settled();
      const xml = await (await refiQda()).exportCodebook(set.store, ORIGIN);
      await writeFileAtomic(target, xml);
      return { path: target, tags: (xml.match(/<Code /gu) ?? []).length };
    },

    async importRefi(set, name, bytes) {
      // After every change already made: the import reads and writes the set on disk.
      await settled();
      const codebookBefore = set.codebook;
      const sidecarsBefore = new Map<string, Sidecar>();
      if (!isCodebookFile(name)) {
        for (const file of await set.store.listArticleFiles()) {
          // An article that cannot be read is no target of the import either (it matches no source).
          const loaded = await set.articles.load(file).catch(() => null);
          if (loaded) sidecarsBefore.set(file, loaded.sidecar);
        }
      }
      const { importCodebook, importProject } = await refiQda();
      const outcome: RefiImport = isCodebookFile(name)
        ? { kind: 'codebook', report: await importCodebook(set.store, bytes, name) }
        : { kind: 'project', report: await importProject(set.store, bytes, name, { unit: 'codepoints', now: deps.clock() }) };
      set.codebook = (await set.store.readSetFile())?.tags ?? set.codebook;
      const sidecars: SidecarChange[] = [];
      for (const article of outcome.kind === 'project' ? outcome.report.articles : []) {
        const after = (await deps.queue.run(article.file, () => set.articles.load(article.file, { fresh: true }))).sidecar;
        const before = sidecarsBefore.get(article.file) ?? { ...after, annotations: [] };
        const change = diffSidecars(article.file, before, after);
        // Undo takes the annotations back out; the article keeps its details and the source's GUID, so importing again finds it.
        if (change && change.annotations.length > 0) sidecars.push({ file: change.file, annotations: change.annotations });
        if (!article.isNew) deps.emit({ type: 'articleChanged', file: article.file });
      }
      const codebookChanged = JSON.stringify(codebookBefore) !== JSON.stringify(set.codebook);
      if (sidecars.length > 0 || codebookChanged) {
        deps.history.record(set, { label: `Import ${name}`, sidecars, ...(codebookChanged ? { codebook: { before: codebookBefore, after: set.codebook } } : {}) });
      }
      return outcome;
    },
  };
}
