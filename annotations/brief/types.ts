/**
 * The input of every brief format (Markdown, CSV, the Brief view): the whole
 * set, gathered by the caller (node/brief-input.ts) with each annotation
 * anchored in the current text. Pure data, no I/O.
 */
import type { AnchorStatus } from '../anchoring/anchor';
import { type Confidence, type Stance, STANCE_LABELS, STANCES } from '../model/claim';
import type { Tag } from '../model/codebook';

export interface BriefQuote {
  id: string;
  /** Verbatim quote; may span several lines (paragraphs) of the article. */
  exact: string;
  tags: string[];
  note: string;
  status: AnchorStatus;
  /** `paragraph` is the 1-based line number; offsets are code points. Null for orphans. */
  location: { paragraph: number; start: number; end: number } | null;
  stance?: Stance;
  /** Who makes the claim (as opposed to the outlet reporting it). */
  attribution?: string;
  confidence?: Confidence;
  /** Ids of annotations in other articles that make the same claim. */
  sameClaimAs: string[];
  /** Who coded it (the W3C creators' names), when the annotation names anyone. */
  creators?: string[];
}

export interface BriefArticle {
  file: string;
  /** The title the analyst set, else one guessed from the text (model/article-title.ts), else the file name. */
  title: string;
  /** Outlet. */
  source?: string;
  author?: string;
  /** Publication date as the analyst entered it (ISO date preferred). */
  published?: string;
  /** A web page's address, and the day it was saved or read. */
  url?: string;
  accessed?: string;
  quotes: BriefQuote[];
}

/** A stance to keep in the brief's scope, or `none` for quotes without one. */
export type StanceFilter = Stance | 'none';
export const STANCE_FILTERS: readonly StanceFilter[] = [...STANCES, 'none'];
export const STANCE_FILTER_LABELS: Record<StanceFilter, string> = { ...STANCE_LABELS, none: 'No stance' };
/** The formats a brief is exported in (formats.ts writes them). */
export const BRIEF_FORMATS = ['markdown', 'csv', 'jsonld'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];
export const BRIEF_ORDERS = ['codebook', 'frequency'] as const;
export type BriefOrder = (typeof BRIEF_ORDERS)[number];

export interface BriefOptions {
  /** Only these tags (labels); absent = all. */
  tags?: string[];
  excludeTags?: string[];
  /** Only these articles (file names); absent = all. */
  articles?: string[];
  excludeArticles?: string[];
  /** Only quotes with these stances (`none`: quotes without a stance); absent = all. */
  stances?: StanceFilter[];
  /** Order of the tag sections: the codebook's, or most claims first. Default: codebook. */
  order?: BriefOrder;
  /** Markdown: each quote gets its link back into the app (research-annotator://open?…). Not a filter. */
  quoteLinks?: boolean;
}

export interface BriefInput {
  setName: string;
  /** Injected clock, so the output is reproducible in tests. */
  exportedAt: Date;
  /** Codebook order, already including tags used but missing from the codebook. */
  tags: Tag[];
  /** Set order; also the column order of the coverage table. */
  articles: BriefArticle[];
  options?: BriefOptions;
  /** The set's folder, for links back into the app (absent: no links). */
  setFolder?: string;
  /**
   * What the matcher adds (the app's briefs; node/match-service.ts): likely
   * matches the analyst has not reviewed, listed apart and never counted,
   * and the groups of near-duplicate articles (copies of one story), which
   * count as one independent source. Absent: the brief says nothing of either.
   */
  matching?: BriefMatching;
}

export interface BriefMatching {
  possible: BriefPossibleMatch[];
  /** Groups of articles that are copies of one story (near-duplicates). */
  copies: string[][];
}

/** A passage of another article likely to state a claim, not confirmed nor dismissed. */
export interface BriefPossibleMatch {
  /** The claim's annotation id. */
  claim: string;
  file: string;
  text: string;
  score: number;
}
