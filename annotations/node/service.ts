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
import type { SetView, TagView } from '../api/view-types';
import type { BriefOptions } from '../brief/types';
import { AnnotatorError, messageOf } from '../errors';
import { normalizeAnalystName } from '../model/creator';
import { effectiveTags, hotkeysOf, normalizeTagLabel, SET_FILE_NAME, type SetFile, type Tag } from '../model/codebook';
import { emptySetFile, sidecarNameFor } from '../sidecar/schema';
import { ArticleCache, type LoadedArticle } from './article-cache';
import { briefViewData, exportBriefFile, type BriefContext } from './brief-service';
import { ensureSeedSet } from './seed-set';
import { SetStore } from './set-store';
import { SettingsStore } from './settings';
import { KeyedQueue } from './keyed-queue';
import type { FsSteps } from './atomic-write';
import { PendingSaves } from './pending-saves';
import { watchSet, type SetWatcher } from './set-watcher';
import { importSources, sourceFromBase64, sourceFromPath, type ImportSource } from './import-service';
import { IMPORT_DIALOG_EXTENSIONS } from '../import/detect';
import type { ImportResult } from '../import/types';
import { SetNavigation } from './navigation-service';
import { createCodebookHandlers } from './codebook-service';
import { createHistory, type History } from './history-service';
import { createTrash, type Trash } from './trash-service';
import { CODEBOOK_KEY, type EditDeps } from './set-edits';
import { createAnnotations } from './annotation-service';
import { createCopyMerge } from './copy-merge-service';
import { createAgreement } from './agreement-service';
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
  /** The analyst's name as in the settings (read at start, changed by setAnalystName). */
  let analystName: string | null = null;
  const emit = (event: AppEvent) => options.emit?.(event);
  // Pending files are article names, or SET_FILE_NAME for the codebook.
  const fileOnDisk = (file: string) => (file === SET_FILE_NAME ? SET_FILE_NAME : sidecarNameFor(file));
  const pending = new PendingSaves(
    (file) =>
      file === SET_FILE_NAME
        ? queue.run(CODEBOOK_KEY, () => writeCodebook(requireSet()))
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

  /** Imports the sources into the set (import-service.ts); their metadata goes to their new sidecars. */
  async function importInto(set: OpenSet, sources: ImportSource[]): Promise<ImportResult> {
    const items = await importSources(sources, {
      folder: set.store.folder,
      ...(options.fs ? { fs: options.fs } : {}),
      saveMeta: (file, meta) => annotations.mutate(set, file, null, (article) => article.setMeta(meta)),
      report: (done, total, current) => emit({ type: 'importProgress', done, total, finished: current === undefined, ...(current === undefined ? {} : { current }) }),
    });
    return { items, articles: (await setView(set)).articles };
  }

  // Annotations, codebook edits, undo/redo and the trash (annotation-service.ts,
  // codebook-service.ts, history-service.ts, trash-service.ts).
  const editDeps: EditDeps = { requireSet, queue, pending, saveNow, saveCodebook, tagViews, clock, emit };
  const history: History = createHistory(editDeps, () => trash);
  const trash: Trash = createTrash(editDeps, () => history);
  const annotations = createAnnotations({ ...editDeps, newId, analyst: () => analystName }, history, trash);
  const codebookHandlers = createCodebookHandlers(editDeps, history);
  const copyMerge = createCopyMerge(editDeps, history, options.dialogs);
  const agreement = createAgreement(requireSet, options.dialogs, () => analystName);

  const handlers: Handlers = {
    async getSession() {
      const { recentSets, theme, viewStates } = await settings.read();
      let set = current ? await setView(current, (await current.store.readSetFile())?.name) : null;
      const viewState = set ? viewStates?.[set.folder] : undefined;
      if (set && viewState) set = { ...set, viewState };
      return {
        set,
        recentSets,
        ...(theme ? { theme } : {}),
        ...(startupProblem === undefined ? {} : { startupProblem }),
        ...(analystName === null ? {} : { analystName }),
      };
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

    async setAnalystName({ name }) {
      const normalized = name === null ? null : normalizeAnalystName(name);
      await settings.setAnalystName(normalized);
      analystName = normalized;
      return { analystName };
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

    ...annotations.handlers,
    ...codebookHandlers,
    ...history.handlers,
    ...trash.handlers,
    ...copyMerge,
    ...agreement,
  };

  return {
    handlers,
    async start() {
      const { lastSet, recentSets, theme = 'system', analystName: storedName } = await settings.read();
      analystName = storedName ?? null;
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
        startupProblem = `Could not reopen ${initial}: ${messageOf(error)}`;
      }
    },
    async openFromDesktop(folder) {
      try {
        const view = await openFolder(folder);
        startupProblem = undefined;
        emit({ type: 'sessionChanged' });
        return view;
      } catch (error) {
        emit({ type: 'openFailed', folder, reason: messageOf(error) });
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
