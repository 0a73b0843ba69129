/**
 * "Elsewhere" for the window: the analyst's decisions on suggested passages,
 * and when what the core suggests may have changed. The cards, the review
 * queue and the compare view each ask the core for what they show, and ask
 * again when the revision here moves on: after a decision, an undo or a
 * redo (the workspace says so once its files are written), or an article
 * changed on disk (matchesChanged). A highlight of the open article
 * added, removed, retagged or moved changes which claims the set has (the
 * review queue asks again), not what is suggested for the others: those
 * come from other articles (a card asks again when its own claim moved).
 *
 * A decision goes to the core at once; what it returns updates the open
 * article (the claim's links, a new annotation there), so the screen shows
 * what is on disk. A failed one is reported in the notices and resolves
 * with null, as the open article's changes do.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AnnotatorApi } from '../../annotations/api/contract';
import type { DecisionView, ElsewhereCandidateView, MatchDecision } from '../../annotations/api/view-types';
import { call } from '../api';
import type { ArticleChange } from '../state/article-store';
import { UNCONFIRMED_PREFIX, type ArticleNotices, type OpenArticle } from '../state/open-article';

/** A claim: a tagged annotation, by its article and id. */
export interface ClaimKey {
  file: string;
  id: string;
}

/** What a decision did, in words for the notice; the key that undoes it is said by the caller. */
export const DECISION_DONE: Record<MatchDecision, string> = {
  same: 'Linked as the same claim',
  disputes: 'Linked as disputing the claim',
  'not-same': 'Dismissed: not suggested again',
};

export const candidateKey = (c: Pick<ElsewhereCandidateView, 'file' | 'start' | 'end'>): string => `${c.file}:${c.start}:${c.end}`;

export class Elsewhere {
  /** Moves on when any claim's suggestions or links may have changed. */
  private revision = 0;
  /** Moves on when a highlight of the open article was added, removed, retagged or moved: which claims there are. */
  private claims = 0;
  private readonly listeners = new Set<() => void>();
  /** Decisions on their way to the core, by claim and passage: a key pressed twice decides once. */
  private readonly deciding = new Set<string>();
  /** What happened around (an event, a highlight) and is not told yet. */
  private soon: { timer: ReturnType<typeof setTimeout>; all: boolean } | null = null;

  constructor(
    private readonly api: AnnotatorApi,
    private readonly open: OpenArticle,
    private readonly notices: ArticleNotices,
    /** A decision wrote these articles' sidecars (the article list's counts follow). */
    private readonly written: (files: readonly string[]) => void = () => undefined,
  ) {}

  /** Follows what may change the suggestions, until the returned function is called. */
  connect(): () => void {
    const stops = [
      this.api.onEvent((event) => {
        // Not historyChanged: it comes with every highlight made; undo and redo are told by the workspace (changed) once done.
        if (event.type === 'matchesChanged' || event.type === 'articleChanged') this.changedSoon(true);
      }),
      this.open.store.subscribe((change) => {
        if (changesClaims(change)) this.changedSoon(false);
      }),
    ];
    return () => {
      stops.forEach((stop) => stop());
      if (this.soon !== null) clearTimeout(this.soon.timer);
    };
  }

  /** For what one claim shows (its suggestions come from other articles: a highlight of its own article changes none). */
  getRevision = (): number => this.revision;
  /** For what lists the set's claims (the review queue): the revision, and the open article's highlights. */
  getClaimsRevision = (): number => this.revision + this.claims;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** What is suggested has changed (a decision, an undo): every list asks again, now. */
  changed(): void {
    this.tell(true);
  }

  /**
   * What is suggested may have changed: the lists ask again in a task of
   * their own, once for all that happened meanwhile. Not at once: a new
   * highlight is drawn by the viewer in the same turn, and the lists' renders
   * there delayed it (bench/ui add-highlight).
   */
  private changedSoon(all: boolean): void {
    if (this.soon) this.soon.all ||= all;
    else this.soon = { all, timer: setTimeout(() => this.tell(false), 0) };
  }

  /** Moves the revisions on (`all`, or what is pending, says which) and tells the lists. */
  private tell(all: boolean): void {
    const pending = this.soon;
    if (pending) clearTimeout(pending.timer);
    this.soon = null;
    if (all || pending?.all) this.revision++;
    else this.claims++;
    for (const listener of this.listeners) listener();
  }

  isDeciding(claim: ClaimKey, candidate: ElsewhereCandidateView): boolean {
    return this.deciding.has(`${claim.id}\0${candidateKey(candidate)}`);
  }

  /** Decides on one suggested passage of `claim`; resolves with what the core did, or null (failed, or already on its way). */
  async decide(claim: ClaimKey, candidate: ElsewhereCandidateView, decision: MatchDecision): Promise<DecisionView | null> {
    const key = `${claim.id}\0${candidateKey(candidate)}`;
    if (this.deciding.has(key)) return null;
    this.deciding.add(key);
    try {
      const { file, start, end, text, annotation } = candidate;
      const view = await call(this.api.decideCandidate({ file: claim.file, id: claim.id, decision, candidate: { file, start, end, text, annotation } }));
      this.open.applyDecision(view);
      this.written(view.updated);
      this.notices.info(`${DECISION_DONE[decision]}: ${candidate.source ?? candidate.title} (Ctrl+Z undoes).`, 'decision');
      return view;
    } catch (error) {
      this.notices.error(`Not saved: ${(error as Error).message}`);
      return null;
    } finally {
      this.deciding.delete(key);
      this.changed();
    }
  }
}

/** A highlight added or removed, its tags changed or it moved: the set's claims are not the same. */
function changesClaims(change: ArticleChange): boolean {
  // One shown ahead of the core is not a claim it knows yet (see the id change below).
  if (change.kind === 'added' || change.kind === 'removed') return !change.annotation.id.startsWith(UNCONFIRMED_PREFIX);
  if (change.kind !== 'updated') return false;
  const { before, annotation } = change;
  // A highlight shown ahead of the core, now saved under its own id: a claim the core knows.
  if (before.id !== annotation.id) return true;
  return before.tags.join('\0') !== annotation.tags.join('\0') || before.start !== annotation.start || before.end !== annotation.end;
}

/** The revision of what is suggested: components that show suggestions ask again when it moves on (`claims`: also when the set's claims may be others). */
export function useSuggestionsRevision(elsewhere: Elsewhere, claims = false): number {
  return useSyncExternalStore(elsewhere.subscribe, claims ? elsewhere.getClaimsRevision : elsewhere.getRevision);
}

/** The workspace's Elsewhere: one per open set (the workspace is keyed by its folder), over its open article. */
export function useElsewhereStore(api: AnnotatorApi, open: OpenArticle, notices: ArticleNotices, written: (files: readonly string[]) => void): Elsewhere {
  const [elsewhere] = useState(() => new Elsewhere(api, open, notices, written));
  useEffect(() => elsewhere.connect(), [elsewhere]);
  return elsewhere;
}
