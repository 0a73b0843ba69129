/** The annotations of the open article, in text order; orphans last. */
import type { AnnotationView, TagView } from '../../annotations/api/view-types';
import type { SaveState } from '../state/article-store';
import { filterAnnotations, isFilterActive, type AnnotationFilter } from '../../annotations/navigation/annotation-filter';
import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { AnnotationCard, type AnnotationActions } from './AnnotationCard';
import { CardList, type CardSlot } from './CardList';
import { AnnotationFilterBar } from './AnnotationFilterBar';
import { useCommands, useShortcut } from '../commands/CommandsProvider';

interface Props extends AnnotationActions {
  annotations: readonly AnnotationView[];
  /** Highlights shown ahead of the core, by id (article-store.ts). */
  unconfirmed: ReadonlyMap<string, SaveState>;
  tags: readonly TagView[];
  readOnlyReason?: string | undefined;
  /** The annotation last chosen in the text or the panel. */
  activeId: string | null;
  /** Offered when the annotations are read-only: move the unreadable file aside and start afresh. */
  onMoveAside: () => void;
  /** What the panel shows (the highlights of the rest are dimmed in the text). */
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  onShowTag?: (tag: string) => void;
}

const NONE: readonly AnnotationView[] = [];

export function AnnotationsPanel({ annotations: latest, unconfirmed, tags, readOnlyReason, activeId, onMoveAside, filter, onFilterChange, onShowTag, ...actions }: Props): React.JSX.Element {
  // The cards come after the article: from the frame after the panel's first
  // one (drawn in the article's first frame, 50 cards doubled the time to show
  // a seed article), in renders React can interrupt for input. The panel is
  // keyed by article, so it starts empty, never on the last one's cards; for
  // an article opened in place of another, it mounts after the article's first
  // frame (state/after-article-paint.ts).
  const painted = useAfterFirstPaint();
  const annotations = useDeferredValue(painted ? latest : NONE, NONE);
  // The same arrays while the deferred list is the same: the card list, and its virtualizer, see no change in the urgent render.
  const shown = useMemo(() => filterAnnotations(annotations, filter), [annotations, filter]);
  const placed = useMemo(() => shown.filter((a) => a.status !== 'orphan'), [shown]);
  const orphans = useMemo(() => shown.filter((a) => a.status === 'orphan'), [shown]);
  const panel = useRef<HTMLElement>(null);
  const card = (annotation: AnnotationView, slot?: CardSlot) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      tags={tags}
      active={annotation.id === activeId}
      readOnly={readOnlyReason !== undefined}
      saveState={unconfirmed.get(annotation.id)}
      {...(slot ? { slot } : {})}
      {...actions}
    />
  );
  return (
    <aside className="panel" aria-label="Annotations" ref={panel}>
      <header className="panel__header">
        <h2>Annotations</h2>
        <span className="count" aria-label={`${latest.length} annotations`}>
          {latest.length}
        </span>
        <ReviewButton />
      </header>
      {readOnlyReason && (
        <div className="panel__warning" role="alert">
          <p>{readOnlyReason}</p>
          <p>The file is left exactly as it is. You can move it aside (it is kept, under a new name) and annotate this article afresh.</p>
          <button type="button" className="button" onClick={onMoveAside}>
            Move the file aside and start afresh
          </button>
        </div>
      )}
      {(annotations.length > 0 || isFilterActive(filter)) && (
        <AnnotationFilterBar filter={filter} onChange={onFilterChange} tags={tags} shown={shown.length} total={annotations.length} {...(onShowTag ? { onShowTag } : {})} />
      )}
      {annotations.length > 0 && shown.length === 0 && <p className="panel__empty">No annotation of this article matches the filters.</p>}
      {latest.length === 0 && !readOnlyReason && (
        <p className="panel__empty">Select a passage in the article, then choose a tag to record a claim.</p>
      )}
      {placed.length > 0 && <CardList annotations={placed} scroller={panel} activeId={activeId} card={(slot) => card(slot.annotation, slot)} />}
      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">Not found in the current text ({orphans.length})</h3>
          <p className="orphans__help">
            Their passages are no longer in the article. Quotes, tags and notes are kept: re-attach each to new text, or delete it.
          </p>
          <ul className="cards">{orphans.map((a) => card(a))}</ul>
        </section>
      )}
    </aside>
  );
}

/** False until the first frame after the component mounted has been painted. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A task posted from requestAnimationFrame runs once that frame is painted.
    const channel = new MessageChannel();
    // A transition: rendered in tasks of its own that yield, not at once in
    // this one (the cards kept the page from taking input for their whole
    // render right after the article's first frame).
    channel.port1.onmessage = () => startTransition(() => setPainted(true));
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, []);
  return painted;
}

/** Opens the set's review queue in place of this panel (also Ctrl/⌘+Shift+M, View ▸ Matches to Review). */
function ReviewButton(): React.JSX.Element {
  const commands = useCommands();
  const keys = useShortcut('showReview');
  return (
    <button type="button" className="button panel__review" onClick={() => commands.run('showReview')} aria-keyshortcuts={keys.aria} title={`The set's claims with likely matches in other articles (${keys.text})`}>
      Review matches
    </button>
  );
}
