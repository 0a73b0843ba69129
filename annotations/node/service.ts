/**
 * The service behind the API: one implementation of every call, used by
 * Electron's IPC handlers and by the test bridge alike.
 *
 * State is small: the open set and a cache of the articles read from it.
 * Every change to annotations is written to the sidecar before the call
 * returns, so a resolved call means the annotation is on disk.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AppEvent, BriefProgressEvent, Handlers } from '../api/contract';
import type { ClaimRef, SetView, TagView } from '../api/view-types';
import type { BriefOptions } from '../brief/types';
import { AnnotatorError } from '../errors';
import { effectiveTags, hotkeysOf, nextTagColor, normalizeTagLabel, SET_FILE_NAME, type SetFile, type Tag } from '../model/codebook';
import { createAnnotation, tagsOf, withNote, withTags } from '../model/annotation';
import { withClaim } from '../model/claim';
import { parseLabel } from '../codebook/labels';
import { describeRange } from '../anchoring/describe';
import { toAnnotationView } from '../api/views';
import { emptySetFile, sidecarNameFor } from '../sidecar/schema';
import { ArticleCache, type LoadedArticle } from './article-cache';
import { briefViewData, exportBriefFile, type BriefContext } from './brief-service';
import { ensureSeedSet } from './seed-set';
import { SetStore } from './set-store';
import { SettingsStore } from './settings';
import { KeyedQueue } from './keyed-queue';
import { type FsSteps, SaveError } from './atomic-write';
import { PendingSaves } from './pending-saves';
import { watchSet, type SetWatcher } from './set-watcher';
import { importSources, sourceFromBase64, sourceFromPath, type ImportSource } from './import-service';
import { IMPORT_DIALOG_EXTENSIONS } from '../import/detect';
import type { ImportResult } from '../import/types';
import { SetNavigation } from './navigation-service';
import { createCodebookHandlers } from './codebook-service';
import { createHistory, type History } from './history-service';
import { createTrash, type Trash } from './trash-service';
import type { EditDeps } from './set-edits';
import { aboutView, type AboutSource } from './about';
import type { DesktopHooks, Dialogs } from './ports';

export interface ServiceOptions {
  /** The app's data folder: settings (recent sets, last set). */
  dataDir: string;
  /** Where the seed set is copied on first launch. */
  defaultSetDir: string;
  /** The read-only seed articles shipped with the app. */
  seedsDir: string;
  dialogs: Dialogs;
  /** A folder given on the command line: opened instead of the last set. */
  initialSet?: string;
  /** What the desktop was given and could not open (a file that is not a set): shown like a set that could not be reopened. */
  startupProblem?: string;
  /** Receives events for the UI (an article changed on disk). */
  emit?: (event: AppEvent) => void;
  clock?: () => Date;
  newId?: () => string;
  /** The filesystem steps of a save (the fault tests inject failures here). */
  fs?: FsSteps;
  /** Delays between attempts to save again after a failure (tests shorten them). */
  retryDelaysMs?: readonly number[];
  /** What Help ▸ About shows (absent: the name and version only, no licences). */
  about?: AboutSource;
  desktop?: DesktopHooks;
}

export interface AnnotatorService {
  handlers: Handlers;
  /** Opens the initial set: the command-line folder, else the last set, else the seed set. */
  start(): Promise<void>;
  /**
   * Resolves when every change already received is on disk, after trying
   * failed saves once more; lists the articles whose changes still are not.
   */
  flush(): Promise<{ unsaved: string[] }>;
  /**
   * Opens a folder the desktop was given (a second launch, a file from the
   * system, File ▸ Open Recent) and tells the window (`sessionChanged`);
   * when it cannot, tells it why (`openFailed`) instead of throwing.
   */
  openFromDesktop(folder: string): Promise<SetView | null>;
  /** Stops watching the open set's files. */
  dispose(): void;
}

interface OpenSet {
  store: SetStore;
  articles: ArticleCache;
  codebook: Tag[];
  watcher: SetWatcher;
}

export function createService(options: ServiceOptions): AnnotatorService {
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? (() => `urn:uuid:${randomUUID()}`);
  const settings = new SettingsStore(options.dataDir);
  // One queue per article (and one for the codebook): a read-modify-write of a
  // sidecar never interleaves with another on the same file.
  const queue = new KeyedQueue();
  let current: OpenSet | null = null;
  const navigation = new SetNavigation();
  let startupProblem: string | undefined = options.startupProblem;
  const emit = (event: AppEvent) => options.emit?.(event);
  // Pending files are article names, or SET_FILE_NAME for the codebook.
  const fileOnDisk = (file: string) => (file === SET_FILE_NAME ? SET_FILE_NAME : sidecarNameFor(file));
  const pending = new PendingSaves(
    (file) =>
      file === SET_FILE_NAME
        ? queue.run('\0codebook', () => writeCodebook(requireSet()))
        : queue.run(file, async () => saveNow(requireSet(), await requireSet().articles.load(file))),
    {
      failed: (file, error, retryInMs) =>
        emit({ type: 'saveFailed', file, sidecar: fileOnDisk(file), reason: error.message, retryInSeconds: Math.round(retryInMs / 1000) }),
      saved: (file) => emit({ type: 'saved', file, sidecar: fileOnDisk(file) }),
    },
    options.retryDelaysMs,
  );

  /** Saves an article's sidecar; reports a merge with changes made on disk. Throws when the save fails. */
  async function saveNow(set: OpenSet, article: LoadedArticle): Promise<void> {
    const saved = await set.articles.save(article);
    if (!saved.merged) return;
    emit({ type: 'merged', file: article.file, sidecar: article.sidecarName, conflicts: saved.conflicts.length, ...(saved.keptAside ? { keptAside: saved.keptAside } : {}) });
    // The window shows the article again, with what the merge brought in.
    emit({ type: 'articleChanged', file: article.file });
  }

  /**
   * Saves after a change. When the disk fails the change is kept in memory,
   * reported, and saved again later (PendingSaves); the caller goes on.
   */
  async function save(set: OpenSet, article: LoadedArticle): Promise<void> {
    try {
      await saveNow(set, article);
      pending.succeeded(article.file);
    } catch (error) {
      if (!(error instanceof SaveError)) throw error;
      pending.failed(article.file, error);
    }
  }

  /** Closing or switching sets must not drop changes that could not be saved yet. */
  async function refuseUnsaved(action: string): Promise<void> {
    await queue.idle();
    const unsaved = await pending.retryAll();
    if (unsaved.length > 0) {
      throw new AnnotatorError('io', `Cannot ${action}: the changes to ${unsaved.join(', ')} are not saved yet (the disk refused them). Free some space or fix the folder's permissions; saving is tried again.`);
    }
  }

  async function openFolder(folder: string): Promise<SetView> {
    if (current) await refuseUnsaved('open another set');
    const store = await SetStore.open(folder, { ...(options.fs ? { fs: options.fs } : {}), clock });
    const setFile = await store.readSetFile();
    const watcher = watchSet(store.folder, (file) => options.emit?.({ type: 'articleChanged', file }));
    const next: OpenSet = { store, articles: new ArticleCache(store, watcher), codebook: setFile?.tags ?? [], watcher };
    let view: SetView;
    try {
      view = await setView(next, setFile?.name);
    } catch (error) {
      watcher.close();
      throw error;
    }
    current?.watcher.close();
    current = next;
    const { recentSets, viewStates } = await settings.rememberOpened(store.folder, view.name, clock());
    options.desktop?.recentSetsChanged?.(recentSets, store.folder);
    const viewState = viewStates?.[store.folder];
    return viewState ? { ...view, viewState } : view;
  }

  async function setView(set: OpenSet, storedName?: string): Promise<SetView> {
    const files = await set.store.listArticleFiles();
    const articles = await Promise.all(files.map((file) => set.articles.summary(file)));
    return {
      folder: set.store.folder,
      name: storedName ?? path.basename(set.store.folder),
      articles,
      tags: tagViews(set),
    };
  }

  function tagViews(set: OpenSet): TagView[] {
    const tags = effectiveTags(set.codebook, set.articles.usedTags());
    const hotkeys = hotkeysOf(tags);
    return tags.map(({ label, color, description }) => {
      const hotkey = hotkeys.get(label);
      return { label, color, ...(description === undefined ? {} : { description }), ...(hotkey === undefined ? {} : { hotkey }) };
    });
  }

  async function briefContext(set: OpenSet, task: BriefProgressEvent['task'], briefOptions: BriefOptions = {}): Promise<BriefContext> {
    const setFile = await set.store.readSetFile();
    return {
      store: set.store,
      articles: set.articles,
      setName: setFile?.name ?? path.basename(set.store.folder),
      tags: effectiveTags(set.codebook, set.articles.usedTags()),
      now: clock(),
      options: briefOptions,
      report: (phase, done, total) => options.emit?.({ type: 'briefProgress', task, phase, done, total }),
    };
  }

  function requireSet(): OpenSet {
    if (!current) throw new AnnotatorError('no-set-open', 'No annotation set is open. Open a folder of articles first.');
    return current;
  }

  /** Adds labels missing from the codebook to `annotation-set.json`, so new tags keep their colour. */
  async function registerTags(set: OpenSet, labels: readonly string[]): Promise<void> {
    const missing = labels.filter((l) => !set.codebook.some((t) => t.label === l));
    if (missing.length === 0) return;
    await queue.run('\0codebook', async () => {
      const setFile = (await set.store.readSetFile()) ?? emptySetFile();
      const tags = [...setFile.tags];
      for (const label of missing) {
        if (!tags.some((t) => t.label === label)) tags.push({ label, color: nextTagColor(tags) });
      }
      set.codebook = tags;
      await saveCodebook(set, setFile);
    });
  }

  /** registerTags, as part of the annotation edit just recorded: undoing it also takes the new tags out of the codebook. */
  async function registerTagsUndoably(set: OpenSet, labels: readonly string[]): Promise<void> {
    const before = set.codebook;
    await registerTags(set, labels);
    if (set.codebook !== before) history.amendCodebook(set, before, set.codebook);
  }

  async function writeCodebook(set: OpenSet, setFile?: SetFile): Promise<void> {
    const stored = setFile ?? (await set.store.readSetFile()) ?? emptySetFile();
    await set.store.writeSetFile({ ...stored, tags: set.codebook });
  }

  /** Saves the codebook as held in memory; like a sidecar, a failed save is reported and tried again. */
  async function saveCodebook(set: OpenSet, setFile?: SetFile): Promise<void> {
    try {
      await writeCodebook(set, setFile);
      pending.succeeded(SET_FILE_NAME);
    } catch (error) {
      // The annotation that brought the tag is saved already: a codebook that
      // cannot be written (full disk, a link leading outside) must not fail
      // the call, or the window would retry and create the annotation twice.
      if (!(error instanceof AnnotatorError)) throw error;
      pending.failed(SET_FILE_NAME, error);
    }
  }

  /**
   * Runs `change` on the article's annotations and saves the sidecar before
   * resolving; what changed is recorded for undo under `action` (null: not
   * an analyst's action, e.g. the metadata an import brings with a new article).
   */
  function mutate<T>(set: OpenSet, file: string, action: string | null, change: (article: LoadedArticle, now: string) => T): Promise<T> {
    return queue.run(file, async () => {
      const article = await set.articles.load(file);
      if (article.readOnlyReason) throw new AnnotatorError('read-only', article.readOnlyReason, article.sidecarName);
      const before = article.sidecar;
      const result = change(article, clock().toISOString());
      await save(set, article);
      if (action !== null) history.recordSidecar(set, action, file, before, article.sidecar);
      return result;
    });
  }

  /** Imports the sources into the set (import-service.ts); their metadata goes to their new sidecars. */
  async function importInto(set: OpenSet, sources: ImportSource[]): Promise<ImportResult> {
    const items = await importSources(sources, {
      folder: set.store.folder,
      ...(options.fs ? { fs: options.fs } : {}),
      saveMeta: (file, meta) => mutate(set, file, null, (article) => article.setMeta(meta)),
      report: (done, total, current) => emit({ type: 'importProgress', done, total, finished: current === undefined, ...(current === undefined ? {} : { current }) }),
    });
    return { items, articles: (await setView(set)).articles };
  }

  // Codebook edits, undo/redo and the trash (codebook-service.ts, history-service.ts, trash-service.ts).
  const editDeps: EditDeps = { requireSet, queue, pending, saveNow, saveCodebook, tagViews, clock, emit };
  const history: History = createHistory(editDeps, () => trash);
  const trash: Trash = createTrash(editDeps, () => history);
  const codebookHandlers = createCodebookHandlers(editDeps, history);

  const handlers: Handlers = {
    async getSession() {
      const { recentSets, theme, viewStates } = await settings.read();
      let set = current ? await setView(current, (await current.store.readSetFile())?.name) : null;
      const viewState = set ? viewStates?.[set.folder] : undefined;
      if (set && viewState) set = { ...set, viewState };
      return { set, recentSets, ...(theme ? { theme } : {}), ...(startupProblem === undefined ? {} : { startupProblem }) };
    },

    async clearRecentSets() {
      const { recentSets, theme } = await settings.clearRecent();
      options.desktop?.recentSetsChanged?.(recentSets);
      const set = current ? await setView(current, (await current.store.readSetFile())?.name) : null;
      return { set, recentSets, ...(theme ? { theme } : {}) };
    },

    async saveViewState(state) {
      const set = requireSet();
      await set.store.resolveInside(state.article);
      await settings.saveViewState(set.store.folder, state);
      return null;
    },

    async setTheme({ theme }) {
      await settings.setTheme(theme);
      options.desktop?.themeChanged?.(theme);
      return { theme };
    },

    async getAbout() {
      return options.about ? aboutView(options.about) : { name: 'Research Annotator', version: '', versions: {}, licenses: [] };
    },

    async openRecentSet({ folder }) {
      const { recentSets } = await settings.read();
      // Only folders the user opened before through a dialog or the command line.
      if (!recentSets.some((r) => r.folder === folder)) {
        throw new AnnotatorError('outside-set', `"${folder}" is not in the list of recent sets.`);
      }
      return openFolder(folder);
    },

    async chooseSet() {
      const folder = await options.dialogs.chooseFolder('Open annotation set');
      return folder === null ? null : openFolder(folder);
    },

    async closeSet() {
      await refuseUnsaved('close the set');
      current?.watcher.close();
      current = null;
      const { recentSets, theme } = await settings.forgetLastSet();
      return { set: null, recentSets, ...(theme ? { theme } : {}) };
    },

    async openArticle({ file }) {
      const set = requireSet();
      await set.store.resolveInside(file);
      return queue.run(file, async () => {
        const article = await set.articles.load(file, { fresh: true });
        if (!article.needsSettling || article.readOnlyReason) return set.articles.view(article, tagViews(set));
        // The text changed since the annotations were saved: write their new
        // places back (with the new hash), so the next open is exact.
        const reanchored = article.settle(clock().toISOString());
        await save(set, article);
        return { ...set.articles.view(article, tagViews(set)), reanchored };
      });
    },

    async createAnnotation({ file, start, end, exact, tags, note }) {
      const set = requireSet();
      const labels = [...new Set(tags.map(parseLabel))];
      const annotation = await mutate(set, file, 'Create annotation', (article, now) => {
        if (end > article.index.length) {
          throw new AnnotatorError('invalid-argument', `The selection ends after the end of ${file}.`, file);
        }
        if (article.index.slice(start, end) !== exact) {
          throw new AnnotatorError(
            'invalid-argument',
            `The selected text no longer matches ${file} at that place. Reopen the article and select it again.`,
            file,
          );
        }
        const { quote, position } = describeRange(article.index, start, end);
        const created = createAnnotation({ id: newId(), now, source: file, quote, position, tags: labels, ...(note ? { note } : {}) });
        article.add(created);
        return created;
      });
      await registerTagsUndoably(set, labels);
      return { annotation: toAnnotationView(annotation, { status: 'exact', start, end }), tags: tagViews(set) };
    },

    async updateAnnotation({ file, id, tags, note, ...claim }) {
      const set = requireSet();
      const labels = tags === undefined ? undefined : [...new Set(tags.map(parseLabel))];
      const view = await mutate(set, file, describeUpdate({ tags, note, ...claim }), (article, now) => {
        let next = article.get(id);
        if (labels !== undefined) next = withTags(next, labels, now);
        if (note !== undefined) next = withNote(next, note, now);
        if (Object.values(claim).some((v) => v !== undefined)) next = withClaim(next, claim, now);
        if (labels !== undefined || note !== undefined) next = { ...next, motivation: tagsOf(next).length > 0 ? 'tagging' : 'highlighting' };
        article.replace(next);
        return article.annotationView(id);
      });
      if (labels) await registerTagsUndoably(set, labels);
      return { annotation: view, tags: tagViews(set) };
    },

    async listClaims() {
      const set = requireSet();
      const claims: ClaimRef[] = [];
      for (const file of await set.store.listArticleFiles()) {
        const article = await set.articles.load(file).catch(() => null);
        if (!article) continue; // unreadable articles are reported in the article list
        for (const annotation of article.sidecar.annotations) {
          const view = article.annotationView(annotation.id);
          if (view.tags.length > 0) claims.push({ id: view.id, file, title: article.title, exact: view.exact, tags: view.tags });
        }
      }
      return claims;
    },

    async updateArticleMeta({ file, ...meta }) {
      const set = requireSet();
      await mutate(set, file, 'Edit article details', (article) => article.setMeta(meta));
      return set.articles.summary(file);
    },

    async deleteAnnotation({ file, id }) {
      const set = requireSet();
      await trash.deleteAnnotation(set, file, id);
      return { id };
    },

    async reattachAnnotation({ file, id, start, end, exact }) {
      const set = requireSet();
      const annotation = await mutate(set, file, 'Re-attach annotation', (article, now) => {
        if (end > article.index.length || article.index.slice(start, end) !== exact) {
          throw new AnnotatorError(
            'invalid-argument',
            `The selected text no longer matches ${file} at that place. Reopen the article and select it again.`,
            file,
          );
        }
        article.reattach(id, start, end, now);
        return article.annotationView(id);
      });
      return { annotation };
    },

    async addTag({ label, color }) {
      const set = requireSet();
      const normalized = parseLabel(label);
      const before = set.codebook;
      await registerTags(set, [normalized]);
      if (color) {
        await queue.run('\0codebook', async () => {
          const setFile = (await set.store.readSetFile()) ?? emptySetFile();
          const tags = setFile.tags.map((t) => (t.label === normalized ? { ...t, color } : t));
          await set.store.writeSetFile({ ...setFile, tags });
          set.codebook = tags;
        });
      }
      if (set.codebook !== before) history.record(set, { label: `Add tag “${normalized}”`, sidecars: [], codebook: { before, after: set.codebook } });
      return tagViews(set);
    },

    async moveSidecarAside({ file }) {
      const set = requireSet();
      await set.store.resolveInside(file);
      return queue.run(file, async () => {
        const before = await set.articles.load(file, { fresh: true });
        if (!before.readOnlyReason) {
          throw new AnnotatorError('invalid-argument', `The annotations of ${file} can be read and changed: there is nothing to move aside.`, before.sidecarName);
        }
        const movedTo = await set.store.moveSidecarAside(file);
        const article = await set.articles.load(file, { fresh: true });
        return { movedTo, article: set.articles.view(article, tagViews(set)) };
      });
    },

    async getBrief({ options: scope }) {
      return briefViewData(await briefContext(requireSet(), 'view', scope));
    },

    async exportBrief({ format, options: scope }) {
      return exportBriefFile(await briefContext(requireSet(), 'export', scope), options.dialogs, format);
    },

    async importArticles() {
      const set = requireSet();
      if (!options.dialogs.chooseImportFiles) throw new AnnotatorError('internal', 'This window cannot show a file dialog; drop the files on it instead.');
      const files = await options.dialogs.chooseImportFiles({
        title: 'Import articles',
        filters: [{ name: 'Articles (text, Markdown, HTML, Word, PDF)', extensions: IMPORT_DIALOG_EXTENSIONS }],
      });
      return files.length === 0 ? null : importInto(set, files.map((file) => sourceFromPath(file)));
    },

    async importArticleFiles({ files }) {
      return importInto(requireSet(), files.map((f) => sourceFromBase64(f.name, f.dataBase64)));
    },

    searchSet: ({ query, limit }) => navigation.search(requireSet(), query, limit),

    listTagQuotes: ({ tag }) => navigation.tagQuotes(requireSet(), normalizeTagLabel(tag)),

    ...codebookHandlers,
    ...history.handlers,
    ...trash.handlers,
  };

  return {
    handlers,
    async start() {
      const { lastSet, recentSets, theme = 'system' } = await settings.read();
      // The desktop mirrors these from the start (the menu's Open Recent, the native theme).
      options.desktop?.themeChanged?.(theme);
      options.desktop?.recentSetsChanged?.(recentSets);
      // The seed set only on a first launch: after "Close set" the start screen is what the user chose.
      const firstLaunch = recentSets.length === 0;
      const initial =
        options.initialSet ??
        lastSet ??
        (firstLaunch ? await ensureSeedSet(options.seedsDir, options.defaultSetDir) : null);
      if (initial === null) return;
      try {
        await openFolder(initial);
      } catch (error) {
        // A vanished or unreadable last set leaves the app on its start screen,
        // where the recent list and "Open set…" remain, and says why.
        current = null;
        startupProblem = `Could not reopen ${initial}: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    async openFromDesktop(folder) {
      try {
        const view = await openFolder(folder);
        startupProblem = undefined;
        emit({ type: 'sessionChanged' });
        return view;
      } catch (error) {
        emit({ type: 'openFailed', folder, reason: error instanceof Error ? error.message : String(error) });
        return null;
      }
    },
    flush: async () => {
      await queue.idle();
      return { unsaved: await pending.retryAll() };
    },
    dispose: () => {
      pending.dispose();
      current?.watcher.close();
    },
  };
}

/** An annotation edit in words, for the Undo button. */
function describeUpdate(change: { tags?: unknown; note?: unknown; [claim: string]: unknown }): string {
  if (change.tags !== undefined) return 'Change tags';
  if (change.note !== undefined) return 'Edit note';
  return 'Edit claim';
}
