/**
 * Brings a place into view in its article, whether that article is open
 * already, still loading, or not open yet: an annotation chosen in the Brief
 * view, the tag view or the search results (scrolled to and flashed), or a
 * search match (scrolled to and selected). The place is kept until its
 * article is shown, then tried on each frame until the viewer has painted it.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { AnnotationView, ArticleView } from '../../annotations/api/view-types';
import type { SearchHit } from '../../annotations/navigation/set-search';
import type { ViewerHandle } from '../viewer/ArticleViewer';
import { articleHref } from './ArticleList';

/** Frames to wait at most for a place to be painted after its article is shown. */
const PAINT_FRAMES = 30;

type Place = { file: string; annotation: string } | { file: string; start: number; end: number };

interface Options {
  viewer: RefObject<ViewerHandle | null>;
  /** The article the route selects. */
  selected: string | null;
  /** The article shown (the previous one while the selected one loads). */
  article: ArticleView | null;
  annotations: readonly AnnotationView[];
  /** Whether the article (not the Brief or the tag view) is shown. */
  showingArticle: boolean;
  /** Shows the article view. */
  showArticle: () => void;
  setActiveId: (id: string) => void;
}

export interface PendingFocus {
  /** Opens an annotation's article at the annotation, which becomes the current one. */
  openQuote: (file: string, id: string) => void;
  /** Opens a search match's article at the match: an annotation's, or the text selected. */
  openSearchHit: (file: string, hit: SearchHit) => void;
  /** Opens an article at a span of its text (code points), selected: a passage suggested under Elsewhere. */
  openRange: (file: string, start: number, end: number) => void;
}

export function usePendingFocus(options: Options): PendingFocus {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const pending = useRef<Place | null>(null);
  /** Stops the tries for the place asked for before: a newer choice wins. */
  const stopTrying = useRef<() => void>(() => undefined);

  /** Goes to the pending place if its article is shown (now, or after the render that shows it). */
  const settle = useCallback(() => {
    const place = pending.current;
    const { viewer, selected, article, annotations, showingArticle, setActiveId } = latest.current;
    if (!place || !showingArticle || article?.file !== place.file || place.file !== selected) return;
    if ('annotation' in place && !annotations.some((a) => a.id === place.annotation)) return;
    pending.current = null;
    stopTrying.current();
    if ('annotation' in place) {
      setActiveId(place.annotation);
      stopTrying.current = eachFrameUntil(() => viewer.current?.focusAnnotation(place.annotation) ?? false);
    } else {
      stopTrying.current = eachFrameUntil(() => viewer.current?.focusRange(place.start, place.end) ?? false);
    }
  }, []);

  useEffect(settle, [settle, options.article, options.annotations, options.showingArticle, options.selected]);
  useEffect(() => () => stopTrying.current(), []);

  const go = useCallback(
    (place: Place) => {
      pending.current = place;
      latest.current.showArticle();
      if (place.file !== latest.current.selected) window.location.hash = articleHref(place.file);
      // Shown already: nothing will change to run the effect above.
      settle();
    },
    [settle],
  );

  const openQuote = useCallback((file: string, id: string) => go({ file, annotation: id }), [go]);
  const openSearchHit = useCallback(
    (file: string, hit: SearchHit) => go(hit.annotationId !== undefined ? { file, annotation: hit.annotationId } : { file, start: hit.start, end: hit.end }),
    [go],
  );
  const openRange = useCallback((file: string, start: number, end: number) => go({ file, start, end }), [go]);
  return { openQuote, openSearchHit, openRange };
}

/** Runs `attempt` now and then on each animation frame until it succeeds, for PAINT_FRAMES frames at most; returns what stops it. */
function eachFrameUntil(attempt: () => boolean): () => void {
  let frame = 0;
  let left = PAINT_FRAMES;
  const run = () => {
    if (attempt() || left-- <= 0) return;
    frame = requestAnimationFrame(run);
  };
  run();
  return () => cancelAnimationFrame(frame);
}
