/**
 * The API's vocabulary: the views its calls return, plain JSON, as the core
 * makes them and the UI shows them. Apart from the transport (contract.ts:
 * argument schemas, results, events) so that a module that only speaks of
 * articles, annotations and tags never depends on how calls travel.
 */
import type { AgreementReport, Coded } from '../agreement/report';
import type { Disagreement } from '../agreement/disagreements';
import type { AnchorStatus } from '../anchoring/anchor';
import type { BriefFormat } from '../brief/types';
import type { Confidence, Stance } from '../model/claim';
import type { Theme } from './themes';

export interface TagView {
  label: string;
  color: string;
  description?: string;
  /** The digit key (1–9) that applies the tag to a selection; absent when it has none. */
  hotkey?: number;
}

/** Metadata the analyst can edit; absent when not set. */
export interface ArticleMeta {
  source?: string;
  author?: string;
  published?: string;
}

export interface ArticleSummary extends ArticleMeta {
  file: string;
  title: string;
  annotationCount: number;
  /** Set when the article or its sidecar cannot be used; names the problem. */
  problem?: string;
}

/** Where the analyst was in a set: the article open, and how far down it was scrolled (0 the top … 1 the end). */
export interface ViewState {
  article: string;
  scroll: number;
}

export interface SetView {
  folder: string;
  name: string;
  articles: ArticleSummary[];
  tags: TagView[];
  /** Where the analyst was when the set was last open (absent the first time). */
  viewState?: ViewState;
}

export interface RecentSet {
  folder: string;
  name: string;
  openedAt: string;
}

export interface SessionView {
  set: SetView | null;
  recentSets: RecentSet[];
  /** The theme chosen in the app; absent until one was (the window then keeps its own). */
  theme?: Theme;
  /** Why the set of the last session could not be reopened, if it could not. */
  startupProblem?: string;
  /** The analyst's name, once given (written as the creator of their annotations). */
  analystName?: string;
}

export interface AnnotationView {
  id: string;
  /** Code-point offsets in the current text; null for an orphan. */
  start: number | null;
  end: number | null;
  exact: string;
  tags: string[];
  note: string;
  status: AnchorStatus;
  /** For `fuzzy`: how close the match is, 0..1. */
  score?: number;
  stance?: Stance;
  /** Who makes the claim, as opposed to the outlet reporting it. */
  attribution?: string;
  confidence?: Confidence;
  /** Ids of annotations in other articles that make the same claim. */
  sameClaimAs: string[];
  created: string;
  modified: string;
  /** Who coded it (the W3C creators' names); absent when the annotation names nobody. */
  creators?: string[];
}

export interface ArticleView extends ArticleMeta {
  file: string;
  title: string;
  text: string;
  annotations: AnnotationView[];
  /** Set when annotations cannot be saved (e.g. an unreadable sidecar is kept untouched). */
  readOnlyReason?: string;
  tags: TagView[];
  /** Set when the text had changed since the annotations were saved: what re-anchoring found. */
  reanchored?: { moved: number; fuzzy: number; orphan: number };
}

/** A claim somewhere in the set, as offered for "same claim as" links. */
export interface ClaimRef {
  id: string;
  file: string;
  title: string;
  exact: string;
  tags: string[];
}

/** One quote behind a coverage cell, enough to show it and open it at its place. */
export interface BriefQuoteRef {
  id: string;
  file: string;
  exact: string;
  tags: string[];
  stance?: Stance;
  attribution?: string;
  status: AnchorStatus;
  paragraph: number | null;
}

export interface BriefViewData {
  /** The brief in Markdown, without its coverage table (the view draws that as a heatmap). */
  markdown: string;
  /** Everything the scope can be narrowed to: the set's tags (codebook order) and articles, whatever the options. */
  scope: {
    tags: TagView[];
    articles: { file: string; title: string }[];
  };
  coverage: {
    tags: TagView[];
    articles: { file: string; title: string }[];
    /** counts[tag][article]: claims with that tag in that article. */
    counts: number[][];
  };
  /** Every tagged quote of the set, for the heatmap's drill-down. */
  quotes: BriefQuoteRef[];
}

export interface BriefExport {
  path: string;
  format: BriefFormat;
  articles: number;
  annotations: number;
}

/** A tag as the Codebook view shows it: with how much it is used in the set. */
export interface CodebookTagView extends TagView {
  /** Annotations tagged with it. */
  uses: number;
  /** Articles with at least one of those. */
  articles: number;
}

/** A file a set-wide action could not change, and why. */
export interface FileFailure {
  file: string;
  reason: string;
}

/**
 * What a codebook action, an undo or a redo did: which articles' annotations
 * changed (so the window reloads the open one) and which could not be
 * changed (a read-only or damaged sidecar, a full disk), each with the reason.
 */
export interface SetEditResult {
  /** The action, in words: "Merge “A” into “B”". */
  label: string;
  tags: TagView[];
  /** Articles whose sidecar was rewritten. */
  updated: string[];
  failed: FileFailure[];
  /** Annotations changed. */
  annotations: number;
  /** For a hotkey given to a tag: the tag that had that digit and has none now. */
  hotkeyTakenFrom?: string;
}

/** The agreement report between the open set (coder A) and another copy (coder B). */
export interface AgreementView {
  /** The analyst's name, or this set's folder name while none is set (`coderANamed` false). */
  coderA: string;
  coderANamed: boolean;
  coderB: string;
  /** The other copy's folder. */
  folderB: string;
  report: AgreementReport;
  /** The compared articles, with how many disagreements each has. */
  articles: { file: string; title: string; disagreements: number }[];
}

/** One compared article: its text, both coders' segments and where they differ. */
export interface ArticleComparisonView {
  coderA: string;
  coderANamed: boolean;
  coderB: string;
  file: string;
  title: string;
  text: string;
  a: Coded[];
  b: Coded[];
  disagreements: Disagreement[];
}

/** What "Merge from another copy…" did. */
export interface CopyMergeResult extends SetEditResult {
  /** The other copy's folder. */
  from: string;
  /** Annotations brought in, and changes made only there that were taken. */
  added: number;
  taken: number;
  /** Annotations the other copy has that were deleted here (in the trash): left deleted. */
  deletedHere: number;
  /** Annotations (or `article.<field>`) both copies changed: this copy's version stays; the other's sidecar is kept beside, as `keptAside`. */
  conflicts: { file: string; id: string; keptAside: string }[];
  /** Tags of the other copy's codebook added to this one. */
  tagsAdded: string[];
  /** The other copy's files that could not be read (invalid, from a newer version, with git conflict markers): not merged. */
  refused: FileFailure[];
  /** Articles of the other copy not merged: missing here, or with different text. */
  skipped: FileFailure[];
}

/** What Undo and Redo would do now; absent when there is nothing to undo or redo. */
export interface HistoryView {
  undo?: string;
  redo?: string;
}

export interface TrashItemView {
  id: string;
  file: string;
  title: string;
  exact: string;
  tags: string[];
  note: string;
  deleted: string;
}

/** One package the app ships, with its licence (from the list made at build time, scripts/licenses.mjs). */
export interface LicenseEntry {
  name: string;
  version: string;
  /** The SPDX expression its package.json gives ("MIT", "(MIT OR Apache-2.0)"). */
  license: string;
  /** The text of its licence file; null when the package has none. */
  text: string | null;
}

export interface AboutView {
  name: string;
  version: string;
  /** What the app runs on, as far as known: absent where it does not run in Electron (the test harness). */
  versions: { electron?: string; chrome?: string; node?: string };
  licenses: LicenseEntry[];
  /** Set when the licence list cannot be read; names the file and the problem. */
  licensesProblem?: string;
}
