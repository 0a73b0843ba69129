/**
 * Elsewhere in a card that is not the current one: how many passages of
 * other articles are suggested and linked, and the best two, with why they
 * were suggested. "Review" makes the card current, where the whole list and
 * the decisions are (ElsewhereList). Read only while the card is in view.
 */
import { useRef } from 'react';
import type { ElsewhereCandidateView } from '../../annotations/api/view-types';
import { WhySuggested } from './CandidateItem';
import type { ClaimKey, Elsewhere } from './elsewhere-store';
import { NOTE_TEXT, useElsewhereView } from './use-elsewhere-view';
import { useInView } from './use-in-view';
import './elsewhere.css';

const BEST = 2;

interface Props {
  elsewhere: Elsewhere;
  claim: ClaimKey;
  /** Where the claim is now (useElsewhereView): asked for again when it moves. */
  place: string;
  onReview: () => void;
}

export function ElsewhereSummary({ elsewhere, claim, place, onReview }: Props): React.JSX.Element {
  const section = useRef<HTMLElement>(null);
  // Asked for once the card is (nearly) on screen, and again while it is.
  const { value: view, error } = useElsewhereView(elsewhere, useInView(section) ? claim : null, place);
  const likely = view?.candidates.filter((c) => c.likely).length ?? 0;
  const total = view?.candidates.length ?? 0;
  const best = view?.candidates.slice(0, BEST) ?? [];

  let line: string;
  if (error) line = `not available: ${error}`;
  else if (!view) line = 'looking…';
  else if (view.note) line = NOTE_TEXT[view.note];
  else {
    line = [
      total === 0 ? 'no suggestion' : `${likely} likely${total > likely ? `, ${total - likely} weaker` : ''}`,
      view.linked.length > 0 ? `${view.linked.length} linked` : null,
    ]
      .filter((p) => p !== null)
      .join(' · ');
  }

  return (
    <section className="elsewhere elsewhere--compact" aria-label="Elsewhere" ref={section}>
      <p className="elsewhere__line">
        <span className="elsewhere__title">Elsewhere</span> <span className="elsewhere__counts">{line}</span>
        {total > 0 && (
          <button type="button" className="link-button elsewhere__review" onClick={onReview}>
            Review {total === 1 ? 'the suggestion' : `${total} suggestions`}
          </button>
        )}
      </p>
      {best.length > 0 && (
        <ul className="candidates candidates--compact">
          {best.map((c) => (
            <CompactCandidate key={`${c.file}:${c.start}`} candidate={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CompactCandidate({ candidate }: { candidate: ElsewhereCandidateView }) {
  const { likely, source, title, text, differences, annotation } = candidate;
  return (
    <li className={`candidate candidate--compact candidate--${likely ? 'likely' : 'weaker'}`}>
      <p className="candidate__head">
        <span className={`strength strength--${likely ? 'likely' : 'weaker'}`}>{likely ? 'Likely' : 'Weaker'}</span>
        <span className="candidate__source" title={title}>
          {source ?? title}
        </span>
        {annotation !== null && <span className="flag flag--annotated">Annotated</span>}
        {differences.length > 0 && (
          <span className="flag flag--differs">
            {differences.length === 1 ? '1 detail differs' : `${differences.length} details differ`}
          </span>
        )}
      </p>
      <p className="candidate__text">{text}</p>
      <WhySuggested shared={candidate.shared} limit={4} />
    </li>
  );
}
