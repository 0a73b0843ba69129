/**
 * The same claim in other sources, for the app: "Elsewhere" for one claim,
 * the review queue of the set, the compare view, and what the brief needs
 * (the possible matches not reviewed, the copies of one story). Decisions on
 * a suggestion are in decision-service.ts.
 *
 * Suggestions come from the matcher (matching/), scored on the set's match
 * index (set-matches.ts); what is linked, dismissed or already an
 * annotation comes from the sidecars, read through the app's ArticleCache, so
 * a decision shows at once without touching the index.
 */
import type { Handlers, MatchProgressEvent } from '../api/contract';
import type { ElsewhereCandidateView, ElsewhereView, LinkedPassageView, ReviewQueueItem, SharedView } from '../api/view-types';
import { AnnotatorError } from '../errors';
import { compareView } from '../linking/compare';
import { directLinkBetween, LinkGraph, type LinkGroup } from '../linking/link-groups';
import { passageContext } from '../linking/passage-context';
import { whySuggested } from '../linking/why-suggested';
import { coveringAnnotation, matchClaim, type ArticleState, type CandidateDetails, type MatchedCandidate, type Placed } from '../matching/claim-matches';
import type { Candidate, ElsewhereResult } from '../matching/elsewhere';
import { isDismissed, mayDismiss } from '../matching/decisions';
import { analyze, differencesBetween, differencesOf, type Analysis } from '../matching/differences';
import type { PublicationDate } from '../matching/relative-dates';
import type { Term } from '../matching/terms';
import { quoteSelectorOf, tagsOf, type Annotation } from '../model/annotation';
import { claimOf } from '../model/claim';
import { linksOf } from '../model/claim-links';
import type { LoadedArticle } from './article-cache';
import type { KeyedQueue } from './keyed-queue';
import { EventLoopTurns } from './event-loop-turns';
import type { EditableSet } from './set-edits';
import { SetMatches, setAnnotations, type MatchSnapshot } from './set-matches';
import { inWholePercents } from './whole-percents';

/** A likely match the analyst has not decided on: for the brief's "possible corroboration" (never in its counts). */
export interface PossibleMatch {
  claim: string;
  claimFile: string;
  file: string;
  text: string;
  score: number;
  /** The passage's article is a copy of the claim's (near-duplicate). */
  copy: boolean;
}

export interface MatchExtras {
  possible: PossibleMatch[];
  /** Groups of near-duplicate articles (copies of one story). */
  copies: string[][];
}

export interface Matches {
  handlers: Pick<Handlers, 'getElsewhere' | 'getReviewQueue' | 'getCompare'>;
  /** The set's matching state (built on first use). */
  of(set: EditableSet): SetMatches;
  /** What the brief adds from matching; `scored` hears of each claim scored. */
  briefExtras(set: EditableSet, scored?: Progress): Promise<MatchExtras>;
}

type Progress = (done: number, total: number) => void;

/** Where the work on every claim of the set has got: its articles read into the index, then its claims scored. */
interface SetProgress {
  reading?: Progress;
  scoring?: Progress;
}

export function createMatches(deps: { requireSet(): EditableSet; queue: KeyedQueue; emit: (event: MatchProgressEvent) => void }): Matches {
  const states = new WeakMap<EditableSet, SetMatches>();
  /** Per claim id, its unreviewed likely matches and what they were worked out from. */
  const reviewMemos = new WeakMap<SetMatches, Map<string, ReviewMemo>>();
  const of = (set: EditableSet) => {
    let found = states.get(set);
    if (!found) states.set(set, (found = new SetMatches(set, deps.queue)));
    return found;
  };

  async function getElsewhere({ file, id }: { file: string; id: string }): Promise<ElsewhereView> {
    const set = deps.requireSet();
    await set.store.resolveInside(file);
    const matches = of(set);
    const snapshot = await matches.snapshot();
    const own = snapshot.loaded.get(file);
    if (!own) throw new AnnotatorError('not-found', `${file} is not an article of the set, or cannot be read.`, file);
    const annotation = own.get(id);
    const exact = quoteSelectorOf(annotation)?.exact ?? '';
    const claim = { id, file, exact, tags: tagsOf(annotation), ...stanceOf(annotation) };
    const group = snapshot.graph().groupOf(id);
    const linked = group ? linkedViews(snapshot, annotation, group) : [];
    const dismissed = linksOf(annotation).notSameClaimAs.length;
    const { start, end } = own.anchorOf(id);
    if (start === null || end === null) return { claim, candidates: [], linked, dismissed, note: 'orphan' };

    const ownState = snapshot.states.get(file) as ArticleState;
    const claimText = ownState.text.slice(start, end);
    const scored = matches.scoredCandidates(snapshot.index, file, claimText);
    const memo = claimMemoOf(scored, claimText, ownState.published);
    const match = matchClaim(snapshot.index, snapshot.states, file, { annotation, start, end }, snapshot.analyses, () => scored, (k) => memo.detailsOf(k, snapshot));
    const inGroup = new Set(group?.members.map((m) => m.annotation.id) ?? []);
    const copies = new Set(snapshot.index.nearDuplicatesOf(file));
    const candidates = match.candidates
      .filter((c) => c.annotation === null || !inGroup.has(c.annotation))
      .map((c) => candidateView(c, memo.viewOf(c, snapshot), factsOf(snapshot.loaded.get(c.file) as LoadedArticle), copies.has(c.file)));
    // Likely ones first, each part by score (the matcher's order within each).
    candidates.sort((a, b) => Number(b.likely) - Number(a.likely));
    return { claim, candidates, linked, dismissed, ...(match.note ? { note: match.note } : {}) };
  }

  /** Every tagged claim found in the text, in set then reading order, with its likely unreviewed candidates. */
  async function unreviewed(set: EditableSet, progress: SetProgress = {}): Promise<{ snapshot: MatchSnapshot; claims: { file: string; placed: Placed; likely: PossibleMatch[] }[] }> {
    const matches = of(set);
    const snapshot = await matches.snapshot(progress.reading);
    const graph = snapshot.graph();
    let memos = reviewMemos.get(matches);
    if (!memos) reviewMemos.set(matches, (memos = new Map()));
    const claims = [];
    const tagged = taggedClaims(snapshot);
    const total = [...tagged.values()].reduce((n, list) => n + list.length, 0);
    // Every claim of the set is scored: on a large set that is seconds of work, which must not hold the main process.
    const turns = new EventLoopTurns();
    const version = snapshot.index.version;
    for (const [file, list] of tagged) {
      const state = snapshot.states.get(file) as ArticleState;
      for (const placed of list) {
        progress.scoring?.(claims.length, total);
        await turns.turn();
        // An article changed on disk while other work had its turn: the index no longer holds this snapshot's text.
        if (snapshot.index.version !== version) return unreviewed(set, progress);
        const scored = matches.scoredCandidates(snapshot.index, file, state.text.slice(placed.start, placed.end));
        const group = graph.groupOf(placed.annotation.id)?.members.map((m) => m.annotation.id) ?? [];
        const memo = memos.get(placed.annotation.id);
        const files = [...new Set(scored.candidates.filter((c) => c.likely).map((c) => c.file))];
        const sidecars = files.map((f) => snapshot.states.get(f)?.annotations);
        // Worked out again only when something it depends on changed: a decision touches two articles, not the set.
        const fresh =
          memo !== undefined &&
          memo.annotation === placed.annotation &&
          memo.scored === scored &&
          memo.group === group.join('\0') &&
          memo.sidecars.length === sidecars.length &&
          memo.sidecars.every((x, i) => x === sidecars[i]);
        const likely = fresh ? memo.likely : likelyUnreviewed(snapshot, file, placed, scored, new Set(group));
        if (!fresh) memos.set(placed.annotation.id, { annotation: placed.annotation, scored, group: group.join('\0'), sidecars, likely });
        claims.push({ file, placed, likely });
      }
    }
    if (total > 0) progress.scoring?.(total, total);
    return { snapshot, claims };
  }

  /** The review queue's progress, as events to the window; `done` once at the end, whatever happened. */
  async function reportingProgress<T>(work: (progress: SetProgress) => Promise<T>): Promise<T> {
    const event = (phase: MatchProgressEvent['phase']) => inWholePercents((done, total) => deps.emit({ type: 'matchProgress', phase, done, total }));
    try {
      return await work({ reading: event('reading'), scoring: event('scoring') });
    } finally {
      deps.emit({ type: 'matchProgress', phase: 'done', done: 0, total: 0 });
    }
  }

  return {
    of,
    handlers: {
      getElsewhere,

      async getReviewQueue() {
        const set = deps.requireSet();
        const { snapshot, claims } = await reportingProgress((progress) => unreviewed(set, progress));
        const items: ReviewQueueItem[] = claims
          .filter((c) => c.likely.length > 0)
          .map(({ file, placed, likely }) => ({
            id: placed.annotation.id,
            file,
            title: (snapshot.loaded.get(file) as LoadedArticle).title,
            exact: quoteSelectorOf(placed.annotation)?.exact ?? '',
            tags: tagsOf(placed.annotation),
            likely: likely.length,
          }));
        return { items, claimsLeft: items.length, candidatesLeft: items.reduce((n, i) => n + i.likely, 0) };
      },

      async getCompare() {
        const snapshot = await of(deps.requireSet()).snapshot();
        const claims = setAnnotations(snapshot.files, snapshot.loaded).filter((a) => a.start !== null && tagsOf(a.annotation).length > 0);
        const articles = snapshot.files.map((file) => {
          const article = snapshot.loaded.get(file) as LoadedArticle;
          const source = article.sidecar.article.source;
          return { file, title: article.title, ...(typeof source === 'string' ? { source } : {}) };
        });
        return compareView(articles, new LinkGraph(claims).groups());
      },
    },

    async briefExtras(set, scored) {
      const { snapshot, claims } = await unreviewed(set, scored ? { scoring: scored } : {});
      return { possible: claims.flatMap((c) => c.likely), copies: snapshot.index.nearDuplicateGroups() };
    },
  };
}

interface ReviewMemo {
  annotation: Annotation;
  scored: ElsewhereResult;
  group: string;
  sidecars: (readonly Placed[] | undefined)[];
  likely: PossibleMatch[];
}

/** The set's tagged claims found in the text, by article in set order, each article's in reading order. */
function taggedClaims(snapshot: MatchSnapshot): Map<string, Placed[]> {
  const tagged = new Map<string, Placed[]>();
  for (const file of snapshot.files) {
    const state = snapshot.states.get(file);
    if (!state) continue;
    tagged.set(
      file,
      state.annotations.filter((p) => tagsOf(p.annotation).length > 0).sort((a, b) => a.start - b.start || a.end - b.end),
    );
  }
  return tagged;
}

/** A claim's likely candidates that are neither dismissed nor linked to it already (directly or through its group). */
function likelyUnreviewed(snapshot: MatchSnapshot, file: string, placed: Placed, scored: ElsewhereResult, group: ReadonlySet<string>): PossibleMatch[] {
  const likely: PossibleMatch[] = [];
  const claimDismisses = mayDismiss(placed.annotation);
  for (const c of scored.candidates) {
    const other = snapshot.states.get(c.file);
    if (!c.likely || !other) continue;
    const covering = coveringAnnotation(other.annotations, c.start, c.end);
    if (covering && group.has(covering.annotation.id)) continue;
    const passage = other.text.slice(c.start, c.end);
    // Most claims dismissed nothing: their links are not read once per candidate.
    if (claimDismisses || mayDismiss(covering?.annotation)) {
      const ref = { file: c.file, start: c.start, end: c.end, text: passage, annotation: covering?.annotation.id ?? null };
      if (isDismissed(placed.annotation, ref, covering?.annotation)) continue;
    }
    likely.push({ claim: placed.annotation.id, claimFile: file, file: c.file, text: passage, score: c.score, copy: c.copyOfClaimArticle });
  }
  return likely;
}

function stanceOf(annotation: Annotation): { stance?: NonNullable<ReturnType<typeof claimOf>['stance']> } {
  const { stance } = claimOf(annotation);
  return stance ? { stance } : {};
}

function articleFacts(article: LoadedArticle): { title: string; source?: string } {
  const source = article.sidecar.article.source;
  return { title: article.title, ...(typeof source === 'string' && source.trim() !== '' ? { source } : {}) };
}

function candidateView(c: MatchedCandidate, view: CandidateMemo, facts: ArticleFacts, copy: boolean): ElsewhereCandidateView {
  return {
    file: c.file,
    ...facts,
    start: c.start,
    end: c.end,
    text: c.text,
    before: view.before,
    after: view.after,
    score: c.score,
    likely: c.likely,
    annotation: c.annotation,
    shared: view.shared,
    differences: c.differences,
    copyOfClaimArticle: copy || c.copyOfClaimArticle,
  };
}

type ArticleFacts = ReturnType<typeof articleFacts>;

/** Each article's title and source, worked out once per version of its sidecar (the title is guessed from the text when the sidecar has none). */
const facts = new WeakMap<LoadedArticle, { sidecar: LoadedArticle['sidecar']; facts: ArticleFacts }>();

function factsOf(article: LoadedArticle): ArticleFacts {
  let found = facts.get(article);
  if (!found || found.sidecar !== article.sidecar) facts.set(article, (found = { sidecar: article.sidecar, facts: articleFacts(article) }));
  return found.facts;
}

/** What a candidate's view takes from the two texts alone: the same whatever the analyst decides. */
interface CandidateMemo {
  details: CandidateDetails;
  shared: SharedView;
  before: string;
  after: string;
}

/**
 * A claim's candidates as far as the texts decide them, kept with the
 * index's scoring of the claim (set-matches.ts drops that when the index
 * changes): asked again, after a decision or on reopening its card, a claim
 * only works out what a decision can change (annotations, dismissals).
 */
class ClaimMemo {
  private readonly items: (CandidateMemo | undefined)[] = [];
  private claim: { analysis: Analysis; terms: Term[] } | undefined;

  constructor(
    private readonly scored: ElsewhereResult,
    private readonly claimText: string,
    /** The claim's article's publication date (the scoring is dropped whenever it changes: set-matches.ts). */
    private readonly published: PublicationDate | undefined,
  ) {}

  /** `snapshot`: the set now (its texts are those the scoring was made on). */
  detailsOf(k: number, snapshot: MatchSnapshot): CandidateDetails {
    return this.item(k, snapshot).details;
  }

  viewOf(c: MatchedCandidate, snapshot: MatchSnapshot): CandidateMemo {
    const k = this.scored.candidates.findIndex((x) => x.file === c.file && x.start === c.start && x.end === c.end);
    return this.item(k, snapshot);
  }

  private item(k: number, snapshot: MatchSnapshot): CandidateMemo {
    let found = this.items[k];
    if (found) return found;
    const c = this.scored.candidates[k] as Candidate;
    const article = snapshot.states.get(c.file) as ArticleState;
    const text = article.text.slice(c.start, c.end);
    const passage = snapshot.analysis(c.file, c.start, c.end, text);
    if (!this.claim) {
      const analysis = analyze(this.claimText, this.published);
      this.claim = { analysis, terms: analysis.terms };
    }
    found = {
      details: { text, differences: differencesOf(this.claim.analysis, passage) },
      shared: whySuggested(c.shared, this.claim, passage),
      ...passageContext(article.text, c.start, c.end),
    };
    this.items[k] = found;
    return found;
  }
}

const claimMemos = new WeakMap<ElsewhereResult, ClaimMemo>();

function claimMemoOf(scored: ElsewhereResult, claimText: string, published: PublicationDate | undefined): ClaimMemo {
  let memo = claimMemos.get(scored);
  if (!memo) claimMemos.set(scored, (memo = new ClaimMemo(scored, claimText, published)));
  return memo;
}

/** The other members of the claim's group, directly linked ones first. */
function linkedViews(snapshot: MatchSnapshot, claim: Annotation, group: LinkGroup): LinkedPassageView[] {
  const self = group.members.find((m) => m.annotation.id === claim.id);
  const claimText = quoteSelectorOf(claim)?.exact ?? '';
  const copies = new Set(snapshot.index.nearDuplicatesOf(self?.file ?? ''));
  const views = group.members
    .filter((m) => m !== self)
    .map((m): LinkedPassageView => {
      // The passage's link to the claim, in its own words: `disputes` = it disputes the claim.
      const direct = directLinkBetween(m.annotation, claim);
      const sameSide = m.side === self?.side;
      const kind = direct ?? (sameSide ? 'same' : self?.side === 'claim' ? 'disputes' : 'disputedBy');
      const exact = quoteSelectorOf(m.annotation)?.exact ?? '';
      return {
        kind,
        direct: direct !== undefined,
        id: m.annotation.id,
        file: m.file,
        ...articleFacts(snapshot.loaded.get(m.file) as LoadedArticle),
        exact,
        start: m.start,
        end: m.end,
        ...stanceOf(m.annotation),
        differences: differencesBetween(claimText, exact, { here: snapshot.states.get(self?.file ?? '')?.published, there: snapshot.states.get(m.file)?.published }),
        copyOfClaimArticle: copies.has(m.file),
      };
    });
  return [...views.filter((v) => v.direct), ...views.filter((v) => !v.direct)];
}
