/**
 * The API the UI calls: declared once, here.
 *
 * - `callArgs` holds the argument schema of every call (validated in main,
 *   before any handler runs);
 * - `CallResults` holds each call's result type;
 * - `AnnotatorApi` (what the renderer sees as `window.annotator`) and
 *   `Handlers` (what main implements) are both derived from them, so renaming a
 *   call or changing an argument breaks the typecheck on both sides.
 *
 * Every call takes one JSON object and resolves to an `ApiResult`: errors are
 * values, because Electron reduces a thrown error to a bare message. What the
 * results are made of (the views) is in view-types.ts.
 */
import { z } from 'zod';
import type { ErrorKind } from '../errors';
import { BRIEF_FORMATS, BRIEF_ORDERS, STANCE_FILTERS, type StanceFilter } from '../brief/types';
import { CONFIDENCES, STANCES } from '../model/claim';
import { fileNameProblem } from '../model/file-name';
import { POSITION_UNITS, type PositionUnit } from '../refi-qda/positions';
import { importFilesArgs } from '../import/import-args';
import { WEB_PAGE_MODES, type ImportResult } from '../import/types';
import type { SearchResults } from '../navigation/set-search';
import type { TagQuotes } from '../navigation/tag-quotes';
import type { CallName } from './calls';
import { CONTEXT_MENU_COMMANDS, MENU_COMMANDS } from './commands';
import { THEMES, type Theme } from './themes';
import type {
  AboutView,
  AgreementView,
  AnnotationView,
  ArticleComparisonView,
  ArticleSummary,
  ArticleView,
  BriefExport,
  BriefViewData,
  ClaimRef,
  CodebookExport,
  CodebookTagView,
  CompareView,
  DecisionView,
  ElsewhereView,
  CopyMergeResult,
  HistoryView,
  MatchDecision,
  ReviewQueueView,
  ProjectExport,
  SessionView,
  SetEditResult,
  SetView,
  TagView,
  TrashItemView,
} from './view-types';

// Names of files inside the set folder: a bare name (model/file-name.ts).
// (The store checks again, on the real path, that the file is inside the set.)
const fileName = z
  .string()
  .min(1)
  .max(255)
  .superRefine((s, ctx) => {
    const problem = fileNameProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: `must be a file name inside the set (${problem})` });
  });

const tagLabel = z.string().trim().min(1).max(200);
const offset = z.number().int().nonnegative();
const annotationId = z.string().min(1).max(500);

/** The analyst's decisions on a suggested passage (view-types.ts MatchDecision). */
const MATCH_DECISIONS = ['same', 'disputes', 'not-same'] as const satisfies readonly MatchDecision[];

/** What a brief covers and in which order (brief/types.ts BriefOptions). */
const briefOptions = z
  .object({
    tags: z.array(tagLabel).max(10_000).optional(),
    excludeTags: z.array(tagLabel).max(10_000).optional(),
    articles: z.array(fileName).max(100_000).optional(),
    excludeArticles: z.array(fileName).max(100_000).optional(),
    stances: z.array(z.enum(STANCE_FILTERS as [StanceFilter, ...StanceFilter[]])).max(STANCE_FILTERS.length).optional(),
    order: z.enum(BRIEF_ORDERS).optional(),
    quoteLinks: z.boolean().optional(),
  })
  .strict();

export { THEMES, type Theme };
export { CALL_NAMES, CHANNEL_PREFIX, COMMAND_CHANNEL, EVENT_CHANNEL, callNameOf, channelOf, type CallName } from './calls';

/** The place at the top of an article's view: its line, and how far into it (view-types.ts ViewState.top). */
export const viewTop = z.object({ line: z.number().int().min(0), within: z.number().min(0).max(1) }).strict();

export const callArgs = {
  /** The open set (if any), the recent sets and the theme. */
  getSession: z.object({}).strict(),
  /** Empties the recent sets: the start screen's list, File ▸ Open Recent and the system's recent documents. */
  clearRecentSets: z.object({}).strict(),
  /**
   * Remembers where the analyst is in the open set: the article, how far
   * down it is scrolled (0 the top, 1 the end) and the line at the top of the
   * view. Reopening the set (or the app) comes back there.
   */
  saveViewState: z
    .object({
      article: fileName,
      scroll: z.number().min(0).max(1),
      top: viewTop.optional(),
    })
    .strict(),
  /** The theme chosen in the app (kept between sessions); the desktop shell's menus and dialogs follow it. */
  setTheme: z.object({ theme: z.enum(THEMES) }).strict(),
  /** The analyst's name, kept in the app's settings and written as the creator of each annotation they create or change; null forgets it. */
  setAnalystName: z.object({ name: z.string().max(1000).nullable() }).strict(),
  /** The app's version, the versions of what it runs on, and the licences of the packages it ships. */
  getAbout: z.object({}).strict(),
  /**
   * Shows the desktop's right-click menu for the article (context-menu.ts):
   * Copy and Tag Selection… when text is selected, Copy Quote with Citation
   * on a highlight (`citation`, made by the window with model/citation.ts).
   * What is chosen is done by the desktop, or sent back as a command.
   */
  showContextMenu: z.object({ hasSelection: z.boolean(), citation: z.string().min(1).max(200_000).optional() }).strict(),
  /** Reopens a set from the recent list (only folders main has seen opened). */
  openRecentSet: z.object({ folder: z.string().min(1).max(4096) }).strict(),
  /** Asks the user for a folder (native dialog) and opens it as a set; null if cancelled. */
  chooseSet: z.object({}).strict(),
  /** Closes the open set (after its pending saves); the next launch shows the start screen. */
  closeSet: z.object({}).strict(),
  openArticle: z.object({ file: fileName }).strict(),
  createAnnotation: z
    .object({
      file: fileName,
      start: offset,
      end: offset,
      /** The text the user selected; main checks it against the article file. */
      exact: z.string().min(1),
      tags: z.array(tagLabel).max(100),
      note: z.string().max(100_000).optional(),
    })
    .strict()
    .refine((a) => a.end > a.start, { message: 'end must be after start', path: ['end'] }),
  updateAnnotation: z
    .object({
      file: fileName,
      id: z.string().min(1).max(500),
      tags: z.array(tagLabel).max(100).optional(),
      note: z.string().max(100_000).optional(),
      // Claim fields: a value sets, null clears, absent leaves as is.
      stance: z.enum(STANCES).nullable().optional(),
      attribution: z.string().max(500).nullable().optional(),
      confidence: z.enum(CONFIDENCES).nullable().optional(),
      sameClaimAs: z.array(z.string().min(1).max(500)).max(200).nullable().optional(),
    })
    .strict(),
  /** Every tagged annotation of the set, for linking claims across articles. */
  listClaims: z.object({}).strict(),
  /** Edits an article's metadata (kept in its sidecar); null or "" clears a field. */
  updateArticleMeta: z
    .object({
      file: fileName,
      title: z.string().max(500).nullable().optional(),
      source: z.string().max(500).nullable().optional(),
      author: z.string().max(500).nullable().optional(),
      published: z.string().max(100).nullable().optional(),
      url: z.string().max(2000).nullable().optional(),
      accessed: z.string().max(100).nullable().optional(),
    })
    .strict(),
  deleteAnnotation: z.object({ file: fileName, id: z.string().min(1).max(500) }).strict(),
  /** Puts the annotation's link (links/annotation-link.ts) on the system clipboard; returns it. */
  copyAnnotationLink: z.object({ file: fileName, id: z.string().min(1).max(500) }).strict(),
  /**
   * For an article whose sidecar cannot be read (read-only): moves that file
   * aside, untouched, under a name that says so, and starts its annotations
   * afresh. Resolves with the new name and the article, now writable.
   */
  moveSidecarAside: z.object({ file: fileName }).strict(),
  /** Moves an annotation (typically an orphan) onto newly selected text; also confirms a fuzzy match. */
  reattachAnnotation: z
    .object({
      file: fileName,
      id: z.string().min(1).max(500),
      start: offset,
      end: offset,
      exact: z.string().min(1),
    })
    .strict()
    .refine((a) => a.end > a.start, { message: 'end must be after start', path: ['end'] }),
  addTag: z
    .object({
      label: tagLabel,
      color: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/u)
        .optional(),
    })
    .strict(),
  // ---- Codebook, undo and trash (codebook/, history/, node/codebook-service.ts) ----
  /** The codebook with, for each tag, how many annotations and articles use it. */
  getCodebook: z.object({}).strict(),
  /** Renames a tag everywhere (codebook and every sidecar); tags under it move along. */
  renameTag: z.object({ label: tagLabel, to: tagLabel }).strict(),
  /** Retags every annotation of `from` as `into`, and removes `from` from the codebook. */
  mergeTags: z.object({ from: tagLabel, into: tagLabel }).strict(),
  /** Removes a tag (and those under it) from the codebook and from every annotation. */
  deleteTag: z.object({ label: tagLabel }).strict(),
  /** Recolours, describes ("" or null clears) or assigns a hotkey (null: none) to one tag. */
  updateTag: z
    .object({
      label: tagLabel,
      color: z.string().regex(/^#[0-9a-fA-F]{6}$/u).optional(),
      description: z.string().max(2000).nullable().optional(),
      hotkey: z.number().int().min(1).max(9).nullable().optional(),
    })
    .strict(),
  /** Undoes the last annotation or codebook action of this session on the open set. */
  undo: z.object({}).strict(),
  redo: z.object({}).strict(),
  /** What undo and redo would do now (labels), as the `historyChanged` event tells. */
  getHistory: z.object({}).strict(),
  /** Tries every save the disk refused once more, now (they are also retried on their own, later). */
  retrySaves: z.object({}).strict(),
  /** The annotations deleted in this set, newest first. */
  listTrash: z.object({}).strict(),
  /** Puts annotations back into their articles (re-anchored) and out of the trash. */
  restoreFromTrash: z.object({ ids: z.array(z.string().min(1).max(500)).min(1).max(100_000) }).strict(),
  /** Deletes the annotations in the trash for good. */
  emptyTrash: z.object({}).strict(),
  /**
   * The brief for the Brief view, in the scope `options` give: the coverage
   * matrix, the quotes behind it, and the rest as Markdown. Reports progress
   * as `briefProgress` events (task `view`).
   */
  getBrief: z.object({ options: briefOptions.optional() }).strict(),
  /**
   * Asks where to save (native dialog, one filter per format) and writes the
   * brief in the scope `options` give; the format follows the chosen file's
   * extension unless given. Null if cancelled. Reports progress as
   * `briefProgress` events (task `export`).
   */
  exportBrief: z.object({ format: z.enum(BRIEF_FORMATS).optional(), options: briefOptions.optional() }).strict(),
  /**
   * Asks the user for files (native multi-file dialog) and imports each as a
   * new article of the open set (import/). Null if cancelled. Reports
   * progress as `importProgress` events. The files may also be REFI-QDA
   * projects (.qdpx) and codebooks (.qdc), by the dialog or dropped: their
   * articles, annotations and tags join the set, and `refi` reports what
   * became of each (skipped sources, selections kept out, codebook conflicts).
   */
  importArticles: z.object({ webPages: z.enum(WEB_PAGE_MODES).optional() }).strict(),
  /**
   * Imports files dropped on the window: their names and bytes, never their
   * paths (main reads no path a window names). Limits in import/import-args.ts.
   */
  importArticleFiles: importFilesArgs,
  /**
   * Asks where to save (native dialog) and writes the set as a REFI-QDA
   * project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder. `positions`:
   * how selections count characters (README, "REFI-QDA"); NVivo wants utf16.
   * Null if cancelled.
   */
  exportProject: z.object({ positions: z.enum(POSITION_UNITS as [PositionUnit, ...PositionUnit[]]).optional() }).strict(),
  /** Asks where to save and writes the set's codebook as a REFI-QDA codebook (.qdc). Null if cancelled. */
  exportCodebook: z.object({}).strict(),
  /** Asks for REFI-QDA codebooks (.qdc) and merges each into the set's codebook; conflicts are reported, never overwritten. Null if cancelled. */
  importCodebook: z.object({}).strict(),
  /**
   * Finds `query` in the set's article texts, quotes and notes (ignoring case
   * and accents); offsets are code points into the original text. At most
   * `limit` matches are listed; all are counted (navigation/set-search.ts).
   */
  searchSet: z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(1000).optional() }).strict(),
  /** Every quote under `tag` (its children included) from every article of the set, grouped by article. */
  listTagQuotes: z.object({ tag: tagLabel }).strict(),
  // ---- The same claim in other sources (node/match-service.ts) ----
  /**
   * "Elsewhere" for one tagged annotation: the passages of other articles
   * that may state the same claim (suggestions, never counted until decided),
   * and the passages already linked to it. The set's match index is built on
   * the first such call and kept in step as articles change.
   */
  getElsewhere: z.object({ file: fileName, id: annotationId }).strict(),
  /**
   * The analyst's decision on one suggested passage of `getElsewhere`: the
   * same claim, a passage that disputes it, or not the same (dismissed, never
   * suggested again). One undo step; both sidecars are saved before it resolves.
   */
  decideCandidate: z
    .object({
      file: fileName,
      id: annotationId,
      decision: z.enum(MATCH_DECISIONS),
      candidate: z
        .object({
          file: fileName,
          start: offset,
          end: offset,
          /** The candidate's text as listed; main checks it against the article. */
          text: z.string().min(1),
          /** The annotation the passage already is, as listed (null: none). */
          annotation: annotationId.nullable().optional(),
        })
        .strict()
        .refine((c) => c.end > c.start, { message: 'end must be after start', path: ['end'] }),
    })
    .strict(),
  /** Every tagged claim of the set with likely suggestions not yet decided on, with how many are left. */
  getReviewQueue: z.object({}).strict(),
  /** The compare view: the groups of linked claims as rows, the sources as columns, how each treats each claim. */
  getCompare: z.object({}).strict(),
  /**
   * Asks for another copy of the set (native folder dialog) and merges into
   * the open set what it holds and this one lacks (node/copy-merge-service.ts).
   * Null if cancelled. Nothing in the other folder is written; one undo entry.
   */
  mergeFromCopy: z.object({}).strict(),
  /**
   * Asks for another copy of the set (native folder dialog) and reports how
   * far its coder agrees with this one (agreement/). Null if cancelled.
   * `overlap`: the segment agreement threshold, a share of the joint extent.
   */
  compareWithCopy: z.object({ overlap: z.number().gt(0).max(1).optional() }).strict(),
  /** The report again for the copy compared last (with another threshold). */
  getAgreement: z.object({ overlap: z.number().gt(0).max(1).optional() }).strict(),
  /** One article of the last comparison: both coders' segments and the disagreements to walk. */
  compareArticle: z.object({ file: fileName }).strict(),
  /** Asks where to save (native dialog) and writes the last comparison's report as Markdown or CSV. Null if cancelled. */
  exportAgreement: z.object({ format: z.enum(['markdown', 'csv']) }).strict(),
} as const satisfies Record<CallName, z.ZodType>;
export type CallArgs<K extends CallName> = z.input<(typeof callArgs)[K]>;
export type ValidCallArgs<K extends CallName> = z.output<(typeof callArgs)[K]>;

/**
 * On an edit's result: the change is made, but the disk refused its save (full,
 * locked): the core keeps it in memory and saves it again until the disk takes
 * it (the `saveFailed` event says why, `saved` when it is on disk).
 */
export interface KeptInMemory {
  notOnDisk?: true;
}

export interface CallResults {
  getSession: SessionView;
  clearRecentSets: SessionView;
  saveViewState: null;
  setTheme: { theme: Theme };
  setAnalystName: { analystName: string | null };
  getAbout: AboutView;
  showContextMenu: null;
  openRecentSet: SetView;
  chooseSet: SetView | null;
  closeSet: SessionView;
  openArticle: ArticleView;
  createAnnotation: { annotation: AnnotationView; tags: TagView[] } & KeptInMemory;
  updateAnnotation: { annotation: AnnotationView; tags: TagView[] } & KeptInMemory;
  updateArticleMeta: ArticleSummary;
  listClaims: ClaimRef[];
  deleteAnnotation: { id: string };
  moveSidecarAside: { movedTo: string; article: ArticleView };
  reattachAnnotation: { annotation: AnnotationView } & KeptInMemory;
  addTag: TagView[];
  getBrief: BriefViewData;
  exportBrief: BriefExport | null;
  importArticles: ImportResult | null;
  importArticleFiles: ImportResult;
  exportProject: ProjectExport | null;
  exportCodebook: CodebookExport | null;
  importCodebook: ImportResult | null;
  searchSet: SearchResults;
  listTagQuotes: TagQuotes;
  mergeFromCopy: CopyMergeResult | null;
  compareWithCopy: AgreementView | null;
  getAgreement: AgreementView;
  compareArticle: ArticleComparisonView;
  exportAgreement: { file: string } | null;
  getCodebook: CodebookTagView[];
  renameTag: SetEditResult;
  mergeTags: SetEditResult;
  deleteTag: SetEditResult;
  updateTag: SetEditResult;
  undo: SetEditResult | null;
  redo: SetEditResult | null;
  getHistory: HistoryView;
  /** The articles whose changes are still not on disk. */
  retrySaves: { unsaved: string[] };
  listTrash: TrashItemView[];
  restoreFromTrash: SetEditResult;
  emptyTrash: { removed: number };
  getElsewhere: ElsewhereView;
  decideCandidate: DecisionView;
  getReviewQueue: ReviewQueueView;
  getCompare: CompareView;
  copyAnnotationLink: { link: string };
}

// Compile-time check that every call has a result type and vice versa.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const callsAreComplete: SameKeys<typeof callArgs, CallResults> = true;
void callsAreComplete;

// ---- Results ----

export interface ApiError {
  kind: ErrorKind;
  message: string;
  file?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ---- Commands main sends to the UI (native menu items) ----

// Every native menu item that acts in the window sends a command of the command table (commands.ts),
// and so do the right-click menu's (context-menu.ts).
export const appCommands = [...MENU_COMMANDS, ...CONTEXT_MENU_COMMANDS] as const;
export type AppCommand = (typeof appCommands)[number];

// ---- Events main sends to the UI ----

/**
 * Main is their only sender, so they are typed here and not validated on
 * arrival (the page's side carries no schema library: calls.ts).
 */
export type AppEvent =
  /** The shell opened a set for the window (a second launch, a file from the system, File ▸ Open Recent): show the session anew. */
  | { type: 'sessionChanged' }
  /** The shell was asked to open `folder` and could not; `reason` says why. */
  | { type: 'openFailed'; folder: string; reason: string }
  /** An article file of the open set changed on disk (edited, replaced, removed), or its sidecar was changed by another program. */
  | { type: 'articleChanged'; file: string }
  /**
   * Articles appeared in the set folder, left it, were renamed there, or their
   * sidecars were changed by another program: the list is to be read again.
   * `renamed` pairs an article's old name with its new one (its annotations
   * went with it).
   */
  | { type: 'articlesChanged'; renamed: { from: string; to: string }[] }
  /** Noticing changes made outside the app failed: polled from now on, or (`stopped`) not noticed any more. */
  | { type: 'watchProblem'; message: string; stopped: boolean }
  /**
   * The annotations of an article could not be saved (`reason` says why, in
   * words). They are kept and saving is tried again in `retryInSeconds`.
   */
  | { type: 'saveFailed'; file: string; sidecar: string; reason: string; retryInSeconds: number }
  /** An article whose save had failed is saved now. */
  | { type: 'saved'; file: string; sidecar: string }
  /**
   * An article's sidecar had been changed on disk (another window, a sync
   * tool) and was merged with the changes made here. With `conflicts`, the
   * version on disk is also kept beside it as `keptAside`.
   */
  | { type: 'merged'; file: string; sidecar: string; conflicts: number; keptAside?: string | undefined }
  /** What Undo and Redo would do now changed (an action was done, undone or redone; another set opened). */
  | { type: 'historyChanged'; undo?: string | undefined; redo?: string | undefined }
  /** How far a set-wide rename, merge, delete, undo or redo has got: articles gone through, of all. */
  | { type: 'setEditProgress'; done: number; total: number }
  /** The number of annotations in the set's trash changed. */
  | { type: 'trashChanged'; count: number }
  /**
   * How far the brief being built has got: `reading` the set's articles (done
   * of total), then `matching` its claims for possible corroboration (done of
   * total; the app's brief only), then `writing` the output, then `done`
   * (also after a failure).
   */
  | { type: 'briefProgress'; task: 'view' | 'export'; phase: 'reading' | 'matching' | 'writing' | 'done'; done: number; total: number }
  /**
   * The set's suggestions may have changed without an action of this window:
   * an article was added, changed or removed (the match index followed). Ask
   * again for what is shown (Elsewhere, the review queue, the compare view).
   * After a decision, an undo or a redo, `historyChanged` comes instead.
   */
  | { type: 'matchesChanged'; files: string[] }
  /**
   * How far the review queue being worked out has got: `reading` the set's
   * articles into the match index (done of total), then `scoring` its tagged
   * claims (done of total), then `done` (also after a failure).
   */
  | { type: 'matchProgress'; phase: 'reading' | 'scoring' | 'done'; done: number; total: number }
  /** How far an import has got: `done` of `total` files, `current` the one being converted; `finished` once at the end. */
  | { type: 'importProgress'; done: number; total: number; current?: string | undefined; finished: boolean };
export type ArticleChangedEvent = Extract<AppEvent, { type: 'articleChanged' }>;
export type BriefProgressEvent = Extract<AppEvent, { type: 'briefProgress' }>;
export type ImportProgressEvent = Extract<AppEvent, { type: 'importProgress' }>;
export type MatchProgressEvent = Extract<AppEvent, { type: 'matchProgress' }>;

// ---- The two sides ----

export type AnnotatorApi = {
  [K in CallName]: (args: CallArgs<K>) => Promise<ApiResult<CallResults[K]>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Subscribes to changes on disk; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
};

export type Handlers = {
  [K in CallName]: (args: ValidCallArgs<K>) => Promise<CallResults[K]>;
};
