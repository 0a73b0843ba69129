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
  /** A web page's address (as entered: not always a web address). */
  url?: string;
  /** The day the page was saved or read (YYYY-MM-DD preferred). */
  accessed?: string;
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
  /**
   * The place at the top of the view, as text: the line (paragraph) there and
   * how far into it (0 its top … 1 its bottom). A long article's paragraphs
   * away from the view have estimated heights, so the fraction alone can land
   * screens away from where the analyst was; the line cannot, whatever the
   * window's size. Absent in settings written before it (the fraction is used).
   */
  top?: { line: number; within: number };
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
  /** Where a link (research-annotator://open?…) asked to go in the open set; a new `seq` for each link. */
  reveal?: LinkReveal;
  /** The analyst's name, once given (written as the creator of their annotations). */
  analystName?: string;
  /** The analyst was never asked for their name: the window asks, once (setAnalystName answers it, null included). */
  askAnalystName?: true;
}

/** The article and annotation a link opened the set at, or why it could not go there. */
export interface LinkReveal {
  seq: number;
  file?: string;
  annotation?: string;
  /** The article or annotation is no longer there: said, and the set stays open. */
  problem?: string;
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

/** A set written as a REFI-QDA project (File ▸ Export Project…). */
export interface ProjectExport {
  path: string;
  articles: number;
  annotations: number;
  /** Annotations left out: their quote is no longer in the article. */
  notExported: { file: string; quote: string }[];
}

/** The set's codebook written as a REFI-QDA codebook (Codebook ▸ Export Codebook…). */
export interface CodebookExport {
  path: string;
  tags: number;
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

// ---- The same claim in other sources (issue 17: node/match-service.ts) ----

/** A detail in which two reports of one claim disagree (matching/differences.ts): as written here (the claim) and there. */
export interface DifferenceView {
  kind: 'number' | 'date' | 'person' | 'place' | 'name';
  here: string;
  there: string;
  /** How the tool read a text whose words alone do not say: "April 2025" for "last month" in a report of May 2025. */
  hereReads?: string;
  thereReads?: string;
}

/**
 * Why a passage was suggested, as written in the passage: the names, places,
 * numbers and other key terms it shares with the claim, rarest first.
 */
export interface SharedView {
  names: string[];
  places: string[];
  numbers: string[];
  terms: string[];
}

/**
 * Why a claim has no suggestions, when it cannot have any: too few words that
 * carry meaning, its article not read as English, an empty quote, or the
 * claim not found in the current text (an orphan).
 */
export type ElsewhereNote = 'too-short' | 'not-english' | 'empty' | 'orphan';

/** A passage of another article that may state the claim: not counted anywhere until the analyst decides. */
export interface ElsewhereCandidateView {
  file: string;
  title: string;
  /** The article's outlet, when set. */
  source?: string;
  /** Code points in the candidate's article. */
  start: number;
  end: number;
  text: string;
  /** A little of the article's text just before and after the passage (whole words, one paragraph). */
  before: string;
  after: string;
  /** 0..1: how much of the claim the passage says. */
  score: number;
  /** At or above the tool's own threshold; below it a weaker suggestion. */
  likely: boolean;
  /** The annotation this passage already is, or null (deciding creates one). */
  annotation: string | null;
  shared: SharedView;
  differences: DifferenceView[];
  /** The candidate's article is a near-duplicate (syndicated copy) of the claim's: not an independent source. */
  copyOfClaimArticle: boolean;
}

/** How two claims are linked: the same claim, or one contradicting the other (stored on both sides). */
export type ClaimLinkKind = 'same' | 'disputes' | 'disputedBy';

/** A passage already linked to the claim (confirmed by the analyst). */
export interface LinkedPassageView {
  /** `same`: ra:sameClaimAs; `disputes`: that passage disputes this claim; `disputedBy`: this claim disputes that one. */
  kind: ClaimLinkKind;
  /** False when linked through other claims of its group only (A = B and B = C: C for A). */
  direct: boolean;
  id: string;
  file: string;
  title: string;
  source?: string;
  exact: string;
  /** Code points in its article; null when it is an orphan. */
  start: number | null;
  end: number | null;
  stance?: Stance;
  differences: DifferenceView[];
  copyOfClaimArticle: boolean;
}

export interface ElsewhereView {
  claim: { id: string; file: string; exact: string; tags: string[]; stance?: Stance };
  /** Unreviewed suggestions, likely ones first, each part by score; at most three per article. */
  candidates: ElsewhereCandidateView[];
  /** Passages linked already (not suggested again). */
  linked: LinkedPassageView[];
  /** Suggestions the analyst dismissed from this claim ("Not the same"): left out of `candidates`. */
  dismissed: number;
  note?: ElsewhereNote;
}

/** The analyst's decision on a suggested passage. */
export type MatchDecision = 'same' | 'disputes' | 'not-same';

export interface DecisionView {
  decision: MatchDecision;
  /** The undo entry's label ("Link as the same claim"). */
  label: string;
  /** The claim after the decision (its links). */
  claim: { file: string; annotation: AnnotationView };
  /** The other passage's annotation after it (created or updated); null for "not-same". */
  other: { file: string; annotation: AnnotationView } | null;
  /** Whether the other annotation was created by this decision. */
  created: boolean;
  /** Articles whose sidecar was written (one or two). */
  updated: string[];
}

/** A tagged claim with suggestions left to review. */
export interface ReviewQueueItem {
  id: string;
  file: string;
  title: string;
  exact: string;
  tags: string[];
  /** Likely suggestions not yet decided on (dismissed and linked ones left out). */
  likely: number;
}

export interface ReviewQueueView {
  /** In set order (the article list's), then reading order: stable while the analyst walks it. */
  items: ReviewQueueItem[];
  /** items.length */
  claimsLeft: number;
  /** Sum of `likely`. */
  candidatesLeft: number;
}

/** How a source treats a claim of the compare view. */
export type Treatment = 'asserts' | 'disputes' | 'reports' | 'speculates' | 'silent';

/** A column of the compare view: an outlet (its articles), or an article with no outlet set. */
export interface CompareSourceView {
  key: string;
  label: string;
  files: string[];
}

export interface CompareQuoteView {
  id: string;
  file: string;
  exact: string;
  start: number | null;
  end: number | null;
  stance?: Stance;
  /** On the row's claim side, or on the side that disputes it. */
  side: 'claim' | 'disputing';
}

export interface CompareCellView {
  /** silent: no quote of the source in the group. */
  treatment: Treatment;
  /** The source's quotes in the group (empty when silent), for opening in place. */
  quotes: CompareQuoteView[];
  /** The quotes do not all treat the claim alike (the strongest is `treatment`). */
  mixed: boolean;
}

/** A row: a group of claims the analyst linked (same claim or disputes), across sources. */
export interface CompareRowView {
  /** The id of the group's first claim (set order, reading order): stable while the group lasts. */
  id: string;
  /** The claim's text (that first claim on the claim side). */
  label: string;
  tags: string[];
  /** One per source, in `sources` order. */
  cells: CompareCellView[];
  /** Some source disputes the claim while another asserts, reports or speculates it. */
  disagreement: boolean;
  /** Sources silent on it. */
  silent: number;
}

export interface CompareView {
  sources: CompareSourceView[];
  rows: CompareRowView[];
}
