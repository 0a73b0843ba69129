/**
 * Elsewhere for one claim, whole: the suggested passages of other articles,
 * likely ones then weaker ones, each with the three decisions; then the
 * passages already linked. Shown for the current claim (its card) and for
 * the claim the review queue is at.
 *
 * One suggestion is the current one: the decision keys (s, d, x) act on it,
 * and it is the one Tab stops at; the arrows move between suggestions, Enter
 * shows the current one in its article. After
 * a decision the suggestion that took its place becomes current, and keeps
 * the focus if the decided one had it, so the analyst goes down the list
 * pressing keys. A list registers the keys only when it is the one on screen
 * for the current claim (`keys`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ElsewhereCandidateView, ElsewhereView, LinkedPassageView, MatchDecision } from '../../annotations/api/view-types';
import { STANCE_LABELS } from '../../annotations/model/claim';
import { announce } from '../app/announce';
import { useCommand } from '../commands/CommandsProvider';
import { CandidateItem, Differences } from './CandidateItem';
import { candidateKey, type ClaimKey, type Elsewhere } from './elsewhere-store';
import { NOTE_TEXT, useElsewhereView } from './use-elsewhere-view';
import './elsewhere.css';

export interface PassageOpener {
  /** Opens an article at a passage: an annotation of it, or a span of its text. */
  openPassage: (file: string, place: { annotation: string } | { start: number; end: number }) => void;
}

interface Props extends PassageOpener {
  elsewhere: Elsewhere;
  claim: ClaimKey;
  readOnly: boolean;
  /** This list takes the decision keys (s, d, x). */
  keys: boolean;
  /** Takes the keyboard focus once its suggestions are in (it was opened from the keyboard: its opener is gone). */
  focusOnLoad?: boolean;
  /** Where the claim is now (useElsewhereView): asked for again when it moves. */
  place?: string;
}

const NONE: readonly ElsewhereCandidateView[] = [];

export function ElsewhereList({ elsewhere, claim, readOnly, keys, focusOnLoad = false, place, openPassage }: Props): React.JSX.Element {
  const { value: view, loading, error } = useElsewhereView(elsewhere, claim, place);
  const list = useRef<HTMLElement>(null);
  const all = view?.candidates ?? NONE;
  /** In the order they are shown: likely ones, then weaker ones. */
  const candidates = useMemo(() => [...all.filter((c) => c.likely), ...all.filter((c) => !c.likely)], [all]);
  const likely = candidates.filter((c) => c.likely);
  const weaker = candidates.filter((c) => !c.likely);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  /** After a decision: the place of the decided suggestion, and whether it had the focus. */
  const [after, setAfter] = useState<{ index: number; focus: boolean } | null>(null);
  const at = Math.max(0, candidates.findIndex((c) => candidateKey(c) === currentKey));
  const current: ElsewhereCandidateView | undefined = candidates[at];

  // Once the list comes back without the decided suggestion, the one in its place is current (and focused, if it was).
  useEffect(() => {
    if (!after || loading) return;
    setAfter(null);
    const next = candidates[Math.min(after.index, candidates.length - 1)];
    setCurrentKey(next ? candidateKey(next) : null);
    if (after.focus) {
      const items = list.current?.querySelectorAll<HTMLElement>('[data-candidate]');
      const target = items?.[Math.min(after.index, (items?.length ?? 0) - 1)] ?? list.current?.querySelector<HTMLElement>('.elsewhere__status');
      target?.focus();
    }
    if (!next) announce('No suggestion left for this claim.');
  }, [after, loading, candidates]);

  const loaded = view !== null;
  const focusPending = useRef(focusOnLoad);
  useEffect(() => {
    if (!loaded || !focusPending.current) return;
    focusPending.current = false;
    (list.current?.querySelector<HTMLElement>('[data-candidate][tabindex="0"]') ?? list.current?.querySelector<HTMLElement>('.elsewhere__status'))?.focus();
  }, [loaded]);

  const decide = (candidate: ElsewhereCandidateView, decision: MatchDecision) => {
    if (readOnly) return;
    const index = candidates.indexOf(candidate);
    const focus = list.current?.contains(document.activeElement) ?? false;
    void elsewhere.decide(claim, candidate, decision).then((done) => done && setAfter({ index, focus }));
  };
  const canDecide = () => keys && !readOnly && current !== undefined && !elsewhere.isDeciding(claim, current);
  useCommand('decideSame', () => current && decide(current, 'same'), canDecide);
  useCommand('decideDisputes', () => current && decide(current, 'disputes'), canDecide);
  useCommand('decideNotSame', () => current && decide(current, 'not-same'), canDecide);

  const open = (candidate: ElsewhereCandidateView) =>
    openPassage(candidate.file, candidate.annotation !== null ? { annotation: candidate.annotation } : { start: candidate.start, end: candidate.end });

  /** On a suggestion itself (not on its buttons): the arrows, Home and End move between suggestions; Enter shows it in its article. */
  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.matches('[data-candidate]') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (current) open(current);
      return;
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : event.key === 'Home' ? -Infinity : event.key === 'End' ? Infinity : 0;
    if (step === 0) return;
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[data-candidate]') ?? [])];
    const from = items.indexOf(target);
    const to = Math.min(items.length - 1, Math.max(0, from + step));
    event.preventDefault();
    items[to]?.focus();
  };

  const item = (candidate: ElsewhereCandidateView) => (
    <CandidateItem
      key={candidateKey(candidate)}
      candidate={candidate}
      current={candidate === current}
      readOnly={readOnly}
      busy={elsewhere.isDeciding(claim, candidate)}
      onCurrent={() => setCurrentKey(candidateKey(candidate))}
      onDecide={(decision) => decide(candidate, decision)}
      onOpen={() => open(candidate)}
    />
  );

  return (
    <section className="elsewhere" aria-label="Elsewhere" aria-busy={loading} ref={list} onKeyDown={onKeyDown}>
      <h3 className="elsewhere__title">Elsewhere</h3>
      <p className="elsewhere__status" tabIndex={-1} aria-live="polite">
        {view === null && !error && 'Looking in the other articles…'}
        {error && <span className="elsewhere__error">Suggestions not available: {error}</span>}
        {view && summaryOf(view)}
      </p>
      {likely.length > 0 && (
        <>
          <h4 className="elsewhere__part">Likely the same claim</h4>
          <ul className="candidates">{likely.map(item)}</ul>
        </>
      )}
      {weaker.length > 0 && (
        <>
          <h4 className="elsewhere__part">Weaker suggestions</h4>
          <ul className="candidates">{weaker.map(item)}</ul>
        </>
      )}
      {view && view.linked.length > 0 && <LinkedList linked={view.linked} openPassage={openPassage} />}
    </section>
  );
}

const LINK_LABELS: Record<LinkedPassageView['kind'], string> = { same: 'Same claim', disputes: 'Disputes this claim', disputedBy: 'Disputed by this claim' };

function LinkedList({ linked, openPassage }: { linked: readonly LinkedPassageView[] } & PassageOpener) {
  return (
    <>
      <h4 className="elsewhere__part">Linked</h4>
      <ul className="linked">
        {linked.map((link) => (
          <li key={link.id} className={`linked__item linked__item--${link.kind}`}>
            <p className="candidate__head">
              <span className={`link-kind link-kind--${link.kind}`}>{LINK_LABELS[link.kind]}</span>
              {!link.direct && <span className="flag">through another link</span>}
              <span className="candidate__source" title={link.title}>
                {link.source ?? link.title}
              </span>
              {link.stance && <span className="linked__stance">{STANCE_LABELS[link.stance]}</span>}
            </p>
            <button
              type="button"
              className="linked__quote"
              disabled={link.start === null}
              title={link.start === null ? 'This passage is no longer in its article’s text' : 'Show in its article'}
              onClick={() => openPassage(link.file, { annotation: link.id })}
            >
              {link.exact}
            </button>
            <Differences differences={link.differences} />
          </li>
        ))}
      </ul>
    </>
  );
}

function summaryOf(view: ElsewhereView): string {
  if (view.note) return NOTE_TEXT[view.note];
  const likely = view.candidates.filter((c) => c.likely).length;
  const weaker = view.candidates.length - likely;
  const parts = [
    `${likely} likely`,
    weaker > 0 ? `${weaker} weaker` : null,
    view.linked.length > 0 ? `${view.linked.length} linked` : null,
    view.dismissed > 0 ? `${view.dismissed} dismissed` : null,
  ].filter((p) => p !== null);
  if (view.candidates.length === 0 && view.linked.length === 0) return view.dismissed > 0 ? `No other suggestion (${view.dismissed} dismissed).` : 'No passage of another article says this.';
  return `${parts.join(' · ')}.`;
}
