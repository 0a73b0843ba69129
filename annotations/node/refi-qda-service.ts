/**
 * REFI-QDA with the set on disk: export the set as a project (.qdpx) or its
 * codebook (.qdc), and import either into the set (refi-qda/ decides what
 * goes where; this module reads and writes). An import checks everything
 * (the archive, the XML, every source's text, the sizes) before it writes
 * anything, so bad input writes nothing; then new articles are created under
 * free names, never over a file, their sidecars and the codebook saved
 * through the set store like any edit.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { anchorAnnotation } from '../anchoring/anchor';
import { AnnotatorError } from '../errors';
import { uniqueArticleName } from '../import/article-name';
import { tagsOf, type Annotation } from '../model/annotation';
import { effectiveTags, type Tag } from '../model/codebook';
import { codesToLabels, tagsToCodes } from '../refi-qda/codes';
import { ARCHIVE_LIMITS, openQdpx, writeQdpx, type ArchiveLimits } from '../refi-qda/archive';
import { formatBytes } from '../import/limits';
import { setToProject, sourceDetailsOf, type ExportArticle } from '../refi-qda/from-set';
import type { PositionUnit } from '../refi-qda/positions';
import { codebookFromXml, projectFromXml } from '../refi-qda/read-xml';
import type { CodebookImportReport, ProjectImportReport } from '../refi-qda/report';
import { planImport, type ImportPlan } from '../refi-qda/to-set';
import { codebookToXml, projectToXml } from '../refi-qda/write-xml';
import { XmlRefused } from '../refi-qda/xml';
import { emptySetFile, emptySidecar, type Sidecar } from '../sidecar/schema';
import { CodePointIndex, stripBom } from '../text/code-points';
import { createNewFile } from './create-new-file';
import { sha256Hex } from './files';
import type { SetStore } from './set-store';

export type { CodebookImportReport, ProjectImportReport };

/** Where an imported article keeps the GUID of the source it came from, so a second import finds it. */
export const SOURCE_GUID_KEY = 'ra:qdaSourceGuid';

export interface ProjectExport {
  bytes: Uint8Array;
  articles: number;
  selections: number;
  /** Annotations not exported: their quote is no longer in the article. */
  orphans: { file: string; quote: string }[];
}

async function setTags(store: SetStore, used: Iterable<string>): Promise<Tag[]> {
  return effectiveTags((await store.readSetFile())?.tags ?? [], used);
}

export async function exportProject(store: SetStore, options: { analyst: string; origin: string; now: Date; unit: PositionUnit }): Promise<ProjectExport> {
  const articles: ExportArticle[] = [];
  const raw: { internal?: string; file: string; bytes: Uint8Array }[] = [];
  for (const file of await store.listArticleFiles()) {
    const bytes = await readFile(await store.resolveInside(file));
    const { text } = await store.readArticle(file);
    const sidecar = await store.readSidecar(file);
    const index = new CodePointIndex(text);
    const placed: ExportArticle['placed'] = [];
    const orphans: Annotation[] = [];
    for (const annotation of sidecar?.annotations ?? []) {
      const found = anchorAnnotation(index, annotation);
      if (found.status === 'orphan') orphans.push(annotation);
      else placed.push({ annotation, start: found.start, end: found.end });
    }
    articles.push({ file, text, details: sourceDetailsOf(sidecar?.article), placed, orphans });
    raw.push({ file, bytes });
  }
  const tags = await setTags(store, articles.flatMap((a) => a.placed.flatMap((p) => tagsOf(p.annotation))));
  const { project, files, orphans } = setToProject({ setName: store.name, analyst: options.analyst, origin: options.origin, exportedAt: options.now, tags, articles, unit: options.unit });
  const internal = new Map(files.map((f) => [f.article, f.internal]));
  const bytes = writeQdpx(projectToXml(project), raw.map((r) => ({ name: internal.get(r.file) as string, bytes: r.bytes })));
  return { bytes, articles: articles.length, selections: articles.reduce((n, a) => n + a.placed.length, 0), orphans };
}

export async function exportCodebook(store: SetStore, origin: string): Promise<string> {
  const used: string[] = [];
  for (const file of await store.listArticleFiles()) {
    for (const a of (await store.readSidecar(file))?.annotations ?? []) used.push(...tagsOf(a));
  }
  return codebookToXml({ origin, codes: tagsToCodes(await setTags(store, used)) });
}


function decodeUtf8(bytes: Uint8Array, what: string, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AnnotatorError('invalid-argument', `${file}: ${what} is not valid UTF-8 text; nothing was imported.`, file);
  }
}

async function setState(store: SetStore): Promise<{ sources: Map<string, string>; annotationIds: Set<string>; sidecars: Map<string, Sidecar | null> }> {
  const sources = new Map<string, string>();
  const annotationIds = new Set<string>();
  const sidecars = new Map<string, Sidecar | null>();
  for (const file of await store.listArticleFiles()) {
    const sidecar = await store.readSidecar(file);
    sidecars.set(file, sidecar);
    const guid = sidecar?.article[SOURCE_GUID_KEY];
    if (typeof guid === 'string') sources.set(guid, file);
    for (const a of sidecar?.annotations ?? []) annotationIds.add(a.id);
  }
  return { sources, annotationIds, sidecars };
}

/** Imports a .qdpx (its bytes; `file` names it in messages) into the set. */
export async function importProject(store: SetStore, bytes: Uint8Array, file: string, options: { unit: PositionUnit; now: Date; limits?: ArchiveLimits }): Promise<ProjectImportReport> {
  const archive = openQdpx(bytes, file, options.limits);
  let project;
  try {
    project = projectFromXml(stripBom(decodeUtf8(archive.projectXml, archive.projectName, file)));
  } catch (error) {
    if (error instanceof XmlRefused) throw new AnnotatorError('invalid-argument', `${file}: ${archive.projectName}: ${error.message}; nothing was imported.`, file);
    throw error;
  }
  // Every text is read and checked before anything is written.
  const texts = new Map<string, string>();
  const raw = new Map<string, string>();
  for (const source of project.sources) {
    if (source.kind !== 'text') continue;
    if (source.plainTextPath !== null) {
      const decoded = decodeUtf8(archive.source(source.plainTextPath), `the source "${source.name}"`, file);
      raw.set(source.guid, decoded);
      texts.set(source.guid, stripBom(decoded));
    } else if (source.content !== undefined) {
      raw.set(source.guid, source.content);
      texts.set(source.guid, source.content);
    }
  }
  for (const note of project.notes) {
    if (note.text === undefined && note.plainTextPath) {
      try {
        note.text = decodeUtf8(archive.source(note.plainTextPath), `the note "${note.name ?? note.guid}"`, file);
      } catch {
        // A note whose file is missing is left without text: the selection keeps its codes.
      }
    }
  }
  const state = await setState(store);
  const codebook = (await store.readSetFile())?.tags ?? [];
  const plan = planImport(project, texts, { sources: state.sources, annotationIds: state.annotationIds, codebook }, options.unit, options.now.toISOString());
  return applyPlan(store, plan, raw, state.sidecars, file);
}

/** The codebook is saved only when the import changed it (new tags, or a description the set lacked). */
async function saveCodebook(store: SetStore, tags: Tag[]): Promise<void> {
  const setFile = (await store.readSetFile()) ?? emptySetFile();
  if (JSON.stringify(tags) !== JSON.stringify(setFile.tags)) await store.writeSetFile({ ...setFile, tags });
}

async function applyPlan(store: SetStore, plan: ImportPlan, raw: Map<string, string>, sidecars: Map<string, Sidecar | null>, file: string): Promise<ProjectImportReport> {
  await saveCodebook(store, plan.codebook);
  const articles: ProjectImportReport['articles'] = [];
  for (const article of plan.articles) {
    let target = article.existingFile;
    let sidecar: Sidecar;
    if (target === undefined) {
      const text = raw.get(article.sourceGuid) ?? '';
      // Named after the source (our own exports name each after its article file), else its title.
      const stem = article.name.replace(/\.[A-Za-z0-9]{1,5}$/u, '').trim();
      target = await createArticle(store.folder, stem || article.details.title || 'Imported source', text);
      const { sha256 } = await store.readArticle(target);
      const base = emptySidecar(target, sha256);
      sidecar = { ...base, article: { ...base.article, ...article.details, [SOURCE_GUID_KEY]: article.sourceGuid } };
    } else {
      if (article.annotations.length === 0) continue;
      sidecar = sidecars.get(target) ?? emptySidecar(target, sha256Hex(await readFile(await store.resolveInside(target))));
    }
    const annotations = article.annotations.map((a) => ({ ...a, target: { ...a.target, source: target as string } }));
    if (annotations.length > 0 || article.existingFile === undefined) {
      await store.writeSidecar(target, { ...sidecar, annotations: [...sidecar.annotations, ...annotations] }, sidecars.get(target) ?? null);
    }
    articles.push({ file: target, source: article.name, annotations: annotations.length, isNew: article.existingFile === undefined });
  }
  return {
    file,
    articles,
    addedTags: plan.addedTags,
    conflicts: plan.conflicts,
    skippedSources: plan.skippedSources,
    misfits: plan.misfits,
    alreadyImported: plan.alreadyImported,
    renamedCodes: plan.renamedCodes,
    notImported: plan.notImported,
  };
}

async function createArticle(folder: string, wanted: string, text: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const taken = new Set((await readdir(folder)).map((name) => name.toLowerCase()));
    const name = uniqueArticleName(wanted, taken);
    if (await createNewFile(folder, name, text)) return name;
  }
  throw new AnnotatorError('io', `Cannot find a free name for "${wanted}" in the set folder: other files keep appearing there.`);
}


/** Imports a .qdc codebook (its bytes; `file` names it in messages) into the set's codebook. */
export async function importCodebook(store: SetStore, bytes: Uint8Array, file: string): Promise<CodebookImportReport> {
  const xml = decodeUtf8(bytes, 'the codebook', file);
  let codebook;
  try {
    codebook = codebookFromXml(stripBom(xml));
  } catch (error) {
    if (error instanceof XmlRefused) throw new AnnotatorError('invalid-argument', `${file}: ${error.message}; nothing was imported.`, file);
    throw error;
  }
  const project = { name: '', users: [], codes: codebook.codes, variables: [], sources: [], notes: [], links: [] };
  const ours = (await store.readSetFile()) ?? emptySetFile();
  const plan = planImport(project, new Map(), { sources: new Map(), annotationIds: new Set(), codebook: ours.tags }, 'codepoints', new Date(0).toISOString());
  await saveCodebook(store, plan.codebook);
  return { file, addedTags: plan.addedTags, conflicts: plan.conflicts, renamedCodes: codesToLabels(codebook.codes).renamed };
}


/** The largest .qdpx or .qdc read: an archive this size holds far more than a set of articles. */
export const MAX_REFI_FILE_BYTES = ARCHIVE_LIMITS.maxUnpackedBytes;

/** A .qdpx or .qdc by path, its size checked before it is read. */
export async function readRefiFile(file: string): Promise<Uint8Array> {
  const { size } = await stat(file);
  if (size > MAX_REFI_FILE_BYTES) throw new AnnotatorError('invalid-argument', `${path.basename(file)}: the file is ${formatBytes(size)}, more than the ${formatBytes(MAX_REFI_FILE_BYTES)} allowed; nothing was imported.`);
  return readFile(file);
}
