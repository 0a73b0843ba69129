/**
 * The cards of the placed annotations, windowed. A long report has thousands
 * of highlights and a card is some thirty elements with a select and a text
 * area: drawing all of them took longer than drawing the article. Only the
 * cards in view and a few around exist; spacers above and below keep the
 * scroll height, so the scrollbar tells the truth. Short lists (the usual
 * case) are drawn whole, so nothing changes where it costs nothing.
 *
 * Every card says where it stands (aria-posinset of aria-setsize), since a
 * screen reader cannot count the cards that are not drawn.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { AnnotationView } from '../../annotations/api/view-types';

/** Up to this many cards, all are drawn. */
const DRAW_ALL_UP_TO = 100;
/** A card with a one-line quote, its tags, actions and note field (px); cards are measured once drawn. */
const ESTIMATED_CARD_HEIGHT = 190;
/** The gap between cards (.cards: 0.6rem). */
const GAP = 9.6;

const noMeasure = () => {};

export interface CardSlot {
  annotation: AnnotationView;
  /** Measures the drawn card (give it to the card's <li>). */
  measure: (element: HTMLElement | null) => void;
  index: number;
  count: number;
}

interface Props {
  annotations: readonly AnnotationView[];
  /** The panel, which scrolls. */
  scroller: RefObject<HTMLElement | null>;
  /** Brought into view when it changes (the text, j/k or the panel made it current). */
  activeId: string | null;
  card: (slot: CardSlot) => ReactNode;
}

export function CardList(props: Props): React.JSX.Element {
  // Drawn whole, a short list needs no virtualizer: it measures the panel and
  // the list as it mounts (two forced layouts of the page, in the task right
  // after an article's first frame).
  return props.annotations.length <= DRAW_ALL_UP_TO ? <AllCards {...props} /> : <WindowedCards {...props} />;
}

function AllCards({ annotations, card }: Props): React.JSX.Element {
  return (
    <ul className="cards">
      {annotations.map((annotation, index) => card({ annotation, measure: noMeasure, index, count: annotations.length }))}
    </ul>
  );
}

function WindowedCards({ annotations, scroller, activeId, card }: Props): React.JSX.Element {
  const list = useRef<HTMLUListElement>(null);
  // Where the list starts in the panel's scrolled content (below the header
  // and the filters, which change with the list).
  const [offset, setOffset] = useState(0);
  const measureOffset = useCallback(() => {
    if (list.current && scroller.current) setOffset(list.current.getBoundingClientRect().top - scroller.current.getBoundingClientRect().top + scroller.current.scrollTop);
  }, [scroller]);
  // As it mounts, before its first frame: the cards are placed right at once.
  useLayoutEffect(measureOffset, [measureOffset]);
  // When the list changes, in the next frame's animation callbacks, where the
  // frame lays the page out anyway. Read in a layout effect instead, it laid
  // out the whole page (a long article too) a second time in the task of the
  // key press that added a highlight, before the highlight could be painted.
  useEffect(() => {
    const frame = requestAnimationFrame(measureOffset);
    return () => cancelAnimationFrame(frame);
  }, [measureOffset, annotations]);
  // Stable while the list is: a new key function makes the virtualizer measure every item again.
  const getItemKey = useCallback((index: number) => annotations[index]!.id, [annotations]);
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey,
    overscan: 4,
    gap: GAP,
    scrollMargin: offset,
  });

  useEffect(() => {
    const index = activeId === null ? -1 : annotations.findIndex((a) => a.id === activeId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only when the current annotation changes: not on every edit of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeId]);

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const before = items.length > 0 ? items[0]!.start - offset : 0;
  const after = items.length > 0 ? total - (items.at(-1)!.end - offset) : 0;
  return (
    <ul ref={list} className="cards" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map((item) => card({ annotation: annotations[item.index]!, measure: virtualizer.measureElement, index: item.index, count: annotations.length }))}
    </ul>
  );
}
