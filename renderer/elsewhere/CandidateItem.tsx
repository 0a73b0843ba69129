/**
 * One passage suggested under Elsewhere: where it is (outlet, article), its
 * context with the passage marked, why it was suggested (the names, places,
 * numbers and terms it shares with the claim), the details in which it
 * differs (marked in the passage too), and the three decisions. Likely and
 * weaker suggestions look different at a glance (a solid or a dashed edge,
 * and the word), and so does a passage that is an annotation already.
 */
import { differenceLabel } from '../../annotations/matching/difference-label';
import type { DifferenceView, ElsewhereCandidateView, MatchDecision, SharedView } from '../../annotations/api/view-types';
import { useId } from 'react';
import { useShortcut } from '../commands/CommandsProvider';
import { differingParts } from './differing-parts';

export const DECISION_LABELS: Record<MatchDecision, string> = { same: 'Same claim', disputes: 'Disputes', 'not-same': 'Not the same' };

interface Props {
  candidate: ElsewhereCandidateView;
  /** The one the decision keys act on (roving focus: the only one Tab stops at). */
  current: boolean;
  readOnly: boolean;
  /** A decision on it is on its way to the core. */
  busy: boolean;
  onCurrent: () => void;
  onDecide: (decision: MatchDecision) => void;
  onOpen: () => void;
}

export function CandidateItem({ candidate, current, readOnly, busy, onCurrent, onDecide, onOpen }: Props): React.JSX.Element {
  const { likely, source, title, before, after, text, differences, annotation, copyOfClaimArticle } = candidate;
  const strength = likely ? 'Likely' : 'Weaker';
  const keys = { same: useShortcut('decideSame'), disputes: useShortcut('decideDisputes'), 'not-same': useShortcut('decideNotSame') };
  // Named by its strength and outlet ("Likely Euronews"), described by its passage: a name made of
  // the passage would make every label query of the panel ("Confidence") find the suggestions too.
  const id = useId();
  return (
    <li
      className={`candidate candidate--${likely ? 'likely' : 'weaker'}${current ? ' candidate--current' : ''}`}
      data-candidate=""
      tabIndex={current ? 0 : -1}
      aria-labelledby={`${id}-strength ${id}-source`}
      aria-describedby={`${id}-passage`}
      aria-current={current ? 'true' : undefined}
      aria-busy={busy}
      onFocus={onCurrent}
    >
      <p className="candidate__head">
        <span className={`strength strength--${likely ? 'likely' : 'weaker'}`} id={`${id}-strength`}>
          {strength}
        </span>{' '}
        <span className="candidate__source" title={title} id={`${id}-source`}>
          {source ?? title}
        </span>
        {source && (
          <>
            {' '}
            <span className="candidate__title">{title}</span>
          </>
        )}
      </p>
      {(annotation !== null || copyOfClaimArticle) && (
        <p className="candidate__flags">
          {annotation !== null && <span className="flag flag--annotated">Already annotated</span>}
          {copyOfClaimArticle && <span className="flag flag--copy">A copy of this claim’s article: not an independent source</span>}
        </p>
      )}
      <p className="candidate__context">
        {before && <>…{before}</>}
        <mark className="candidate__passage" id={`${id}-passage`}>
          {differingParts(text, differences).map((part, i) =>
            part.here === undefined ? (
              part.text
            ) : (
              <mark key={i} className="differs-mark" title={`Here: ${part.here}`}>
                {part.text}
              </mark>
            ),
          )}
        </mark>
        {after && <>{after}…</>}
      </p>
      <WhySuggested shared={candidate.shared} />
      <Differences differences={differences} />
      {!readOnly && (
        <div className="candidate__actions" role="group" aria-label="Decide">
          {(['same', 'disputes', 'not-same'] as const).map((decision) => (
            <button
              key={decision}
              type="button"
              className={`button decision decision--${decision}`}
              disabled={busy}
              aria-keyshortcuts={keys[decision].aria}
              title={`${DECISION_LABELS[decision]} (${keys[decision].text})`}
              onClick={() => onDecide(decision)}
            >
              {DECISION_LABELS[decision]} <kbd className="shortcut-hint" aria-hidden="true">{keys[decision].text}</kbd>
            </button>
          ))}
          <button type="button" className="link-button candidate__open" onClick={onOpen}>
            Show in its article
          </button>
        </div>
      )}
    </li>
  );
}

const SHARED_KINDS: readonly [keyof SharedView, string][] = [
  ['names', 'names'],
  ['places', 'places'],
  ['numbers', 'numbers'],
  ['terms', 'terms'],
];

/** The names, places, numbers and key terms a passage shares with the claim, by kind. */
export function WhySuggested({ shared, limit }: { shared: SharedView; limit?: number }): React.JSX.Element | null {
  let left = limit ?? Infinity;
  const groups = SHARED_KINDS.map(([kind, label]) => {
    const words = shared[kind].slice(0, Math.max(0, left));
    left -= words.length;
    return { kind, label, words };
  }).filter((g) => g.words.length > 0);
  if (groups.length === 0) return null;
  return (
    <ul className="why" aria-label="Why suggested: shared with the claim">
      {groups.map(({ kind, label, words }) => (
        <li key={kind} className={`why__group why__group--${kind}`}>
          <span className="why__kind">{label}</span>
          {words.map((word) => (
            <span key={word} className="why__chip">
              {word}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** "Number", "Time": the core's label, capitalized to start its row. */
function kindLabel(d: DifferenceView): string {
  const label = differenceLabel(d);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The details in which the passage differs from the claim: both texts, here (the claim) above there (the passage). */
export function Differences({ differences }: { differences: readonly DifferenceView[] }): React.JSX.Element | null {
  if (differences.length === 0) return null;
  return (
    <ul className="differs" aria-label="Details that differ">
      {differences.map((d) => (
        <li key={`${d.kind}:${d.here}:${d.there}`} className="differs__item">
          <span className="differs__kind">{kindLabel(d)}</span>
          <span className="differs__side">here</span>
          <span className="differs__here">
            <span>{d.here}</span>
            {d.hereReads && <span className="differs__reads"> ({d.hereReads})</span>}
          </span>
          <span className="differs__side">there</span>
          <span className="differs__there">
            <span>{d.there}</span>
            {d.thereReads && <span className="differs__reads"> ({d.thereReads})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
