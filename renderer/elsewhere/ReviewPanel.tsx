/**
 * The review queue, beside the article: every tagged claim of the set with
 * likely suggestions not decided on yet, one at a time. The claim is shown
 * in its article (opened there, flashed), its Elsewhere list below it takes
 * the decision keys, and Shift+J / Shift+K (or the buttons) go to the next
 * or previous claim. How many claims and suggestions are left is always in
 * view. A claim whose likely suggestions are all decided stays on screen
 * (its weaker ones may still be worth a look) until the analyst moves on.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReviewQueueItem, ReviewQueueView } from '../../annotations/api/view-types';
import { getApi } from '../api';
import { announce } from '../app/announce';
import { useCommand, useShortcut } from '../commands/CommandsProvider';
import { type Elsewhere, useSuggestionsRevision } from './elsewhere-store';
import { ElsewhereList, type PassageOpener } from './ElsewhereList';
import { MatchProgress } from './MatchProgress';
import { useRevisedQuery } from './use-revised-query';

interface Props extends PassageOpener {
  elsewhere: Elsewhere;
  /** The claim the analyst is at (the current annotation), where the queue starts if it is in it. */
  startAt: { file: string; id: string } | null;
  /** Why the article open now cannot be changed (decisions on its claims are then off). */
  readOnlyFile: string | null;
  openQuote: (file: string, id: string) => void;
  onClose: () => void;
}

/** Where the analyst is in the queue: the claim, and its place in the queue when it was chosen. */
interface Place {
  item: ReviewQueueItem;
  index: number;
}

export function ReviewPanel({ elsewhere, startAt, readOnlyFile, openQuote, openPassage, onClose }: Props): React.JSX.Element {
  const api = getApi();
  // The queue lists the set's claims: it asks again also when a highlight of the open article is added, retagged or removed.
  const revision = useSuggestionsRevision(elsewhere, true);
  const { value: queue, error } = useRevisedQuery<ReviewQueueView>('queue', revision, () => api.getReviewQueue({}));
  const [place, setPlace] = useState<Place | null>(null);
  const nextKeys = useShortcut('nextReviewClaim');
  const previousKeys = useShortcut('previousReviewClaim');
  const heading = useRef<HTMLHeadingElement>(null);

  const items = queue?.items ?? [];
  const at = place ? items.findIndex((i) => i.id === place.item.id && i.file === place.item.file) : -1;
  const reviewed = place !== null && queue !== null && at < 0;

  const go = (item: ReviewQueueItem | undefined, index: number) => {
    if (!item) return;
    setPlace({ item, index });
    openQuote(item.file, item.id);
    announce(`Claim ${index + 1} of ${items.length} to review: ${item.exact}`);
  };

  // The first answer: start at the current claim if it waits for review, else at the first claim.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !queue) return;
    started.current = true;
    const from = startAt ? queue.items.findIndex((i) => i.id === startAt.id && i.file === startAt.file) : -1;
    const index = Math.max(0, from);
    const item = queue.items[index];
    if (item) {
      setPlace({ item, index });
      openQuote(item.file, item.id);
    }
    heading.current?.focus();
  }, [queue, startAt, openQuote]);

  /** The next claim: after this one, or, once it is reviewed (gone from the queue), the one now in its place. */
  const next = () => (at >= 0 ? go(items[at + 1], at + 1) : place ? go(items[place.index], place.index) : go(items[0], 0));
  const previous = () => {
    const index = at >= 0 ? at - 1 : (place?.index ?? 0) - 1;
    go(items[index], index);
  };
  const hasNext = at >= 0 ? at + 1 < items.length : place ? place.index < items.length : items.length > 0;
  const hasPrevious = (at >= 0 ? at : (place?.index ?? 0)) > 0 && items.length > 0;
  useCommand('nextReviewClaim', next, () => hasNext);
  useCommand('previousReviewClaim', previous, () => hasPrevious);

  const claim = place?.item ?? null;
  return (
    <aside className="panel review" aria-label="Matches to review" aria-busy={queue === null}>
      <header className="panel__header review__header">
        <h2 ref={heading} tabIndex={-1}>
          Matches to review
        </h2>
        <button type="button" className="button review__close" onClick={onClose}>
          Close review
        </button>
      </header>
      {/* Outside the live region: the count moves too often to be read out at each step (the bar carries it). */}
      {!queue && !error && <MatchProgress />}
      <p className="review__left" aria-live="polite">
        {error && <span className="elsewhere__error">The queue is not available: {error}</span>}
        {queue && leftText(queue)}
      </p>
      {queue && claim && (
        <nav className="review__nav" aria-label="Claims to review">
          <button type="button" className="button" onClick={previous} disabled={!hasPrevious} aria-label="Previous claim" aria-keyshortcuts={previousKeys.aria} title={`Previous claim (${previousKeys.text})`}>
            <span aria-hidden="true">←</span> Previous
          </button>
          <span className="review__position">{reviewed ? 'Reviewed' : `Claim ${at + 1} of ${items.length}`}</span>
          <button type="button" className="button" onClick={next} disabled={!hasNext} aria-label="Next claim" aria-keyshortcuts={nextKeys.aria} title={`Next claim (${nextKeys.text})`}>
            Next <span aria-hidden="true">→</span>
          </button>
        </nav>
      )}
      {claim && (
        <section className="review__claim" aria-label="Claim under review">
          <p className="review__source">{claim.title}</p>
          <button type="button" className="card__quote review__quote" onClick={() => openQuote(claim.file, claim.id)} title="Show in its article">
            {claim.exact}
          </button>
          <p className="review__tags">{claim.tags.join(' · ')}</p>
          {reviewed && <p className="review__done">Every likely suggestion of this claim is decided. Weaker ones, if any, are below. Next claim: {nextKeys.text}.</p>}
          <ElsewhereList
            key={`${claim.file}\0${claim.id}`}
            elsewhere={elsewhere}
            claim={{ file: claim.file, id: claim.id }}
            readOnly={readOnlyFile === claim.file}
            keys
            openPassage={openPassage}
          />
        </section>
      )}
      {queue && items.length > 0 && (
        <section className="review__queue" aria-labelledby="review-queue-heading">
          <h3 id="review-queue-heading">In the queue</h3>
          <ol>
            {items.map((item, index) => (
              <li key={`${item.file}\0${item.id}`}>
                <button type="button" className="review__item" aria-current={index === at ? 'true' : undefined} onClick={() => go(item, index)}>
                  <span className="review__item-text">{item.exact}</span>
                  <span className="review__item-meta">
                    {item.title} · {item.likely} likely
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}

function leftText(queue: ReviewQueueView): string {
  if (queue.claimsLeft === 0) return 'Nothing left to review: every likely suggestion has been decided.';
  const claims = queue.claimsLeft === 1 ? '1 claim' : `${queue.claimsLeft} claims`;
  const matches = queue.candidatesLeft === 1 ? '1 likely match' : `${queue.candidatesLeft} likely matches`;
  return `${claims} with ${matches} left to review.`;
}
