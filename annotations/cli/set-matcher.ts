/**
 * The claims of a set matched in report order, on whichever thread holds
 * this: the index built from the set's text, the articles, the list of
 * claims, and the report's pieces for any run of claims in that list. The
 * single-thread path and every worker (match-workers.ts) make the same one
 * from the same input, so a claim's piece is the same wherever it is made.
 * On two threads the work is split by stage instead: a worker's SetMatcher
 * scores the claims (`scores`), and the main thread's ScoredClaims makes
 * their pieces from those scorings, with no index of its own.
 */
import {
  claimTextOf, matchScoredClaim, matchSetClaim, passageOver, PassageAnalyses, scoreSetClaim, setClaims, type ArticleState, type Placed, type ScoredClaim, type SetClaim,
} from '../matching/claim-matches';
import type { MatchIndex } from '../matching/index';
import type { PublicationDate } from '../matching/relative-dates';
import { articleNotes, articleStates, articleStatesOf, indexOf, type MatchInput } from './match-input';
import { claimPiece, joinPieces, type ClaimPiece, type ReportFormat } from './match-report';
import type { ScoringToSend } from './scored-runs';

/** What the report says of the set beside its claims. */
export interface SetNotes {
  /** Groups of articles that are copies of one story. */
  copies: string[][];
  /** Articles not matched, with why. */
  notes: { file: string; message: string }[];
}

type SetInput = Pick<MatchInput, 'texts'> & { placed: ReadonlyMap<string, Placed[]>; published: ReadonlyMap<string, PublicationDate> };

export class SetMatcher {
  readonly index: MatchIndex;
  readonly articles: Map<string, ArticleState>;
  readonly claims: SetClaim[];

  constructor(input: SetInput) {
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

  /** The scorings of claims [from, to), as `pieces` scores them, with the passage of each claim's range. */
  scores(from: number, to: number): ScoringToSend[] {
    const scorings: ScoringToSend[] = [];
    for (let k = from; k < to; k++) {
      const setClaim = this.claims[k] as SetClaim;
      const { file, claim } = setClaim;
      const result = scoreSetClaim(this.index, setClaim, claimTextOf(this.articles, setClaim));
      scorings.push({ result, claimPassage: passageOver(this.index, file, claim.start, claim.end)?.id ?? -1 });
    }
    return scorings;
  }
}

/** The report's pieces made from scorings done on another thread: the articles and claims of the set, no index. */
export class ScoredClaims {
  readonly articles: Map<string, ArticleState>;
  readonly claims: SetClaim[];
  /** Each passage's details, read once for the whole report (a worker's index holds them on the other path). */
  private readonly analyses = new PassageAnalyses();

  constructor(input: SetInput) {
    this.articles = articleStatesOf(input, input.placed, input.published);
    this.claims = setClaims(input.placed);
  }

  /** The pieces of claims [from, from + scorings.length), one a claim: joining them would copy every text once more. */
  pieces(from: number, scorings: readonly ScoredClaim[], format: ReportFormat): ClaimPiece[] {
    return scorings.map((scored, i) => {
      const k = from + i;
      return claimPiece(matchScoredClaim(this.articles, this.claims[k] as SetClaim, scored, this.analyses), format, k === this.claims.length - 1);
    });
  }
}
