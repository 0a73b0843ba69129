/**
 * The claims of a set matched in report order, on whichever thread holds
 * this: the index built from the set's text, the articles, the list of
 * claims, and the report's pieces for any run of claims in that list. The
 * single-thread path and every worker (match-workers.ts) make the same one
 * from the same input, so a claim's piece is the same wherever it is made.
 */
import { matchSetClaim, setClaims, type ArticleState, type Placed, type SetClaim } from '../matching/claim-matches';
import type { MatchIndex } from '../matching/index';
import type { PublicationDate } from '../matching/relative-dates';
import { articleNotes, articleStates, indexOf, type MatchInput } from './match-input';
import { claimPiece, joinPieces, type ClaimPiece, type ReportFormat } from './match-report';

/** What the report says of the set beside its claims. */
export interface SetNotes {
  /** Groups of articles that are copies of one story. */
  copies: string[][];
  /** Articles not matched, with why. */
  notes: { file: string; message: string }[];
}

export class SetMatcher {
  readonly index: MatchIndex;
  readonly articles: Map<string, ArticleState>;
  readonly claims: SetClaim[];

  constructor(input: Pick<MatchInput, 'texts'> & { placed: ReadonlyMap<string, Placed[]>; published: ReadonlyMap<string, PublicationDate> }) {
    this.index = indexOf(input);
    this.articles = articleStates(this.index, input.placed, input.published);
    this.claims = setClaims(input.placed);
  }

  setNotes(): SetNotes {
    return { copies: this.index.nearDuplicateGroups(), notes: articleNotes(this.index) };
  }

  /** The pieces of claims [from, to) of `claims`, as one. */
  pieces(from: number, to: number, format: ReportFormat): ClaimPiece {
    const pieces: ClaimPiece[] = [];
    for (let k = from; k < to; k++) pieces.push(claimPiece(matchSetClaim(this.index, this.articles, this.claims[k] as SetClaim), format, k === this.claims.length - 1));
    return joinPieces(pieces);
  }
}
