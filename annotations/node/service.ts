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
import type { LinkReveal, SetView, TagView } from '../api/view-types';
import { formatAnnotationLink } from '../links/annotation-link';
import { followLink, type LinkOpener } from './link-opener';
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
import { syncSetFolder, type FolderSync } from './set-folder-sync';
import { watchModeOf } from './network-folder';
import { importSources, sourceFromBase64, sourceFromPath, type ImportSource } from './import-service';
import { IMPORT_DIALOG_EXTENSIONS } from '../import/detect';
import { isImportedArticle, type ImportItemResult, type ImportResult, type WebPageMode } from '../import/types';
import { isRefiFile, type RefiImport } from '../refi-qda/report';
import { createRefiCalls, refiSourceFromPath } from './refi-qda-calls';
import { importAnnotationsFile } from './web-annotation-import';
import { SetNavigation } from './navigation-service';
import { createCodebookHandlers } from './codebook-service';
import { createHistory, type History } from './history-service';
import { createTrash, type Trash } from './trash-service';
import { CODEBOOK_KEY, type EditDeps } from './set-edits';
import { createAnnotations } from './annotation-service';
import { createCopyMerge } from './copy-merge-service';
import { createAgreement } from './agreement-service';
import { aboutView, type AboutSource } from './about';
import { createMatches } from './match-service';
import { createDecisions } from './decision-service';
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
  /** A link (research-annotator://open?…) the app was launched with: its set opened at its annotation, instead of the last set. */
  initialLink?: string;
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
  /** Resolves when changes made in the open set's folder so far are taken in (tests). */
  folderSettled(): Promise<void>;
  /**
   * Follows a link the desktop was given (a second launch, macOS's open-url):
   * opens its set at its annotation and tells the window (`sessionChanged`,
   * the place in the session's `reveal`), or why it could not (`openFailed`).
   */
  openLink(url: string): Promise<void>;
  /** Stops watching the open set's files. */
  dispose(): void;
}

interface OpenSet {
  store: SetStore;
  articles: ArticleCache;
  codebook: Tag[];
  /** The folder watched for changes made by other programs (set-folder-sync.ts). */
  watcher: FolderSync | null;
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
  /** Where the last link asked to go (links/annotation-link.ts, link-opener.ts). */
  let reveal: LinkReveal | undefined;
  const linkOpener: LinkOpener = { current: () => current, openFolder: (folder) => openFolder(folder) };
  async function followLinkNow(url: string): Promise<void> {
    reveal = { seq: (reveal?.seq ?? 0) + 1, ...(await followLink(url, linkOpener)) };
  }
  /** The analyst's name as in the settings (read at start, changed by setAnalystName). */
  let analystName: string | null = null;
  /** Whether the analyst still has to be asked for their name (once, on the first launch that has a set open). */
  let askAnalystName = false;
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
    const next: OpenSet = { store, articles: new ArticleCache(store), codebook: setFile?.tags ?? [], watcher: null };
    const view = await setView(next, setFile?.name);
    const { mode } = await watchModeOf(store.folder);
    // The match index follows what the folder watcher learns, as it follows the app's own edits.
    const emitAndMatch = (event: AppEvent): void => {
      emit(event);
      if (event.type === 'articlesChanged') emit({ type: 'matchesChanged', files: event.renamed.map((r) => r.to) });
    };
    const textsTouched = (files: readonly string[]): void => {
      matches.of(next).changed([...files]);
      emit({ type: 'matchesChanged', files: [...files] });
    };
    next.watcher = syncSetFolder({ store, articles: next.articles, queue, emit: emitAndMatch, textsTouched }, view.articles.map((a) => a.file), { mode });
    current?.watcher?.close();
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
      matching: (scored) => matches.briefExtras(set, scored),
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

  /**
   * Imports the sources into the set: REFI-QDA projects and codebooks first
   * (refi-qda-calls.ts), then articles, web pages and Hypothesis exports (import-service.ts), whose metadata
   * goes to their new sidecars. A refused file is an item with its reason.
   */
  async function importInto(set: OpenSet, sources: ImportSource[], webPages?: WebPageMode): Promise<ImportResult> {
    const refiSources = sources.filter((s) => isRefiFile(s.name));
    const progress = (done: number, total: number, current: string | undefined) =>
      emit({ type: 'importProgress', done, total, finished: current === undefined, ...(current === undefined ? {} : { current }) });
    const refused: ImportItemResult[] = [];
    const refi: RefiImport[] = [];
    for (const [index, source] of refiSources.entries()) {
      progress(index, sources.length, source.name);
      try {
        refi.push(await refiCalls.importRefi(set, source.name, await source.read()));
      } catch (error) {
        if (!(error instanceof AnnotatorError)) throw error;
        refused.push({ source: source.name, ok: false, reason: error.message });
      }
    }
    const items = await importSources(
      sources.filter((s) => !isRefiFile(s.name)),
      {
        folder: set.store.folder,
        ...(options.fs ? { fs: options.fs } : {}),
        ...(webPages ? { webPages } : {}),
        saveMeta: (file, meta) => annotations.mutate(set, file, null, (article) => article.setMeta(meta)),
        importAnnotations: (name, text) => importAnnotationsFile(name, text, { set, newId, mutate: (file, action, change) => annotations.mutate(set, file, action, change) }),
        report: (done, total, current) => progress(done + refiSources.length, total + refiSources.length, current),
      },
    );
    const added = items.filter(isImportedArticle).map((item) => item.file);
    if (added.length > 0) matches.of(set).changed(added);
    if (added.length > 0 || refi.length > 0) emit({ type: 'matchesChanged', files: added });
    return { items: [...refused, ...items], articles: (await setView(set)).articles, ...(refiSources.length > 0 ? { refi } : {}) };
  }

  // Annotations, codebook edits, undo/redo and the trash (annotation-service.ts,
  // codebook-service.ts, history-service.ts, trash-service.ts).
  const editDeps: EditDeps = { requireSet, queue, pending, saveNow, saveCodebook, tagViews, clock, emit };
  const history: History = createHistory(editDeps, () => trash);
  const trash: Trash = createTrash(editDeps, () => history);
  const annotations = createAnnotations({ ...editDeps, newId, analyst: () => analystName }, history, trash);
  const codebookHandlers = createCodebookHandlers(editDeps, history);
  // The same claim in other sources (match-service.ts, decision-service.ts).
  const matches = createMatches(editDeps);
  const decisions = createDecisions({ ...editDeps, newId }, annotations, history);
  const refiCalls = createRefiCalls({
    ...editDeps,
    dialogs: options.dialogs,
    history,
    setName: async (set) => (await set.store.readSetFile())?.name ?? path.basename(set.store.folder),
    analyst: () => analystName,
  });
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
        ...(reveal === undefined || set === null ? {} : { reveal }),
        ...(analystName === null ? {} : { analystName }),
        ...(askAnalystName && set !== null ? { askAnalystName: true } : {}),
      };
    },

    async copyAnnotationLink({ file, id }) {
      const set = requireSet();
      await set.store.resolveInside(file);
      const link = formatAnnotationLink({ set: set.store.folder, article: file, annotation: id });
      options.desktop?.writeClipboard?.(link);
      return { link };
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

    async retrySaves() {
      return { unsaved: await pending.retryAll() };
    },

    async setAnalystName({ name }) {
      const normalized = name === null ? null : normalizeAnalystName(name);
      await settings.setAnalystName(normalized);
      analystName = normalized;
      askAnalystName = false;
      return { analystName };
    },

    async getAbout() {
      return options.about ? aboutView(options.about) : { name: 'Research Annotator', version: '', versions: {}, licenses: [] };
    },

    async showContextMenu(context) {
      options.desktop?.showContextMenu?.(context);
      return null;
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
      current?.watcher?.close();
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

    async importArticles({ webPages }) {
      const set = requireSet();
      if (!options.dialogs.chooseImportFiles) throw new AnnotatorError('internal', 'This window cannot show a file dialog; drop the files on it instead.');
      const files = await options.dialogs.chooseImportFiles({
        title: 'Import articles',
        filters: [
          { name: 'Articles (text, Markdown, web pages, Word, PDF), Hypothesis exports and Web Annotations', extensions: IMPORT_DIALOG_EXTENSIONS },
          { name: 'REFI-QDA projects and codebooks', extensions: ['qdpx', 'qdc'] },
        ],
      });
      return files.length === 0 ? null : importInto(set, files.map((file) => (isRefiFile(file) ? refiSourceFromPath(file) : sourceFromPath(file))), webPages);
    },

    async importCodebook() {
      const set = requireSet();
      if (!options.dialogs.chooseImportFiles) throw new AnnotatorError('internal', 'This window cannot show a file dialog; drop the codebook on it instead.');
      const files = await options.dialogs.chooseImportFiles({ title: 'Import codebook', filters: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }] });
      return files.length === 0 ? null : importInto(set, files.map(refiSourceFromPath));
    },

    exportProject: (args) => refiCalls.exportProject(args),
    exportCodebook: () => refiCalls.exportCodebook(),

    async importArticleFiles({ files, webPages }) {
      return importInto(requireSet(), files.map((f) => sourceFromBase64(f.name, f.dataBase64)), webPages);
    },

    searchSet: ({ query, limit }) => navigation.search(requireSet(), query, limit),

    listTagQuotes: ({ tag }) => navigation.tagQuotes(requireSet(), normalizeTagLabel(tag)),

    ...annotations.handlers,
    ...codebookHandlers,
    ...history.handlers,
    ...trash.handlers,
    ...matches.handlers,
    ...decisions,
    ...copyMerge,
    ...agreement,
  };

  return {
    handlers,
    async start() {
      const { lastSet, recentSets, theme = 'system', analystName: storedName, analystNameAsked } = await settings.read();
      analystName = storedName ?? null;
      askAnalystName = analystName === null && analystNameAsked !== true;
      // The desktop mirrors these from the start (the menu's Open Recent, the native theme).
      options.desktop?.themeChanged?.(theme);
      options.desktop?.recentSetsChanged?.(recentSets);
      if (options.initialLink !== undefined) {
        try {
          await followLinkNow(options.initialLink);
        } catch (error) {
          current = null;
          startupProblem = `Could not open the link: ${messageOf(error)}`;
        }
        return;
      }
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
    folderSettled: async () => {
      await current?.watcher?.settled();
    },
    async openLink(url) {
      try {
        await followLinkNow(url);
        startupProblem = undefined;
        emit({ type: 'sessionChanged' });
      } catch (error) {
        emit({ type: 'openFailed', folder: 'the link', reason: messageOf(error) });
      }
    },
    flush: async () => {
      await queue.idle();
      const unsaved = await pending.retryAll();
      // The window's last view state (sent as it closes) is written before the app exits.
      await settings.idle();
      return { unsaved };
    },
    dispose: () => {
      pending.dispose();
      current?.watcher?.close();
    },
  };
}
