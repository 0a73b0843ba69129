/**
 * Where the analyst is in the set (the open article, how far down it is
 * scrolled) is kept by the core (`saveViewState`), so that reopening the set,
 * or the app, comes back to the same place. Saved a moment after scrolling
 * stops and when another article opens; the scroll is restored once, when the
 * article it was saved for is shown again.
 *
 * The position is the line at the top of the view, and how far into it, rather
 * than pixels: the window may come back at another size or reading size, and
 * a long article's paragraphs away from the view have only estimated heights
 * (viewer/progressive-render.ts). The fraction of the scrollable height is
 * kept beside it for settings written before the line was.
 */
import { useEffect, useRef } from 'react';
import type { AnnotatorApi } from '../../annotations/api/contract';
import type { ViewState } from '../../annotations/api/view-types';
import { call } from '../api';
import { lineElements } from '../viewer/line-blocks';
import { placeAtTop, scrollPlaceToTop } from '../viewer/near-view';

const SAVE_AFTER_MS = 300;
/** Frames to wait, once the line is built (or the article whole), for it to stay at the top, or the text's height to settle. */
const RESTORE_FRAMES = 300;
/** Frames to wait at most in all, building included: a view restored a minute late would pull the analyst away from where they went meanwhile. */
const MAX_WAIT_FRAMES = 3_600;
/** What the analyst does to move in the article (a scroll event cannot tell theirs from the restore's). */
const USER_MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

interface Options {
  api: AnnotatorApi;
  /** The element around the article (its scrolling box is found inside). */
  reader: React.RefObject<HTMLElement | null>;
  /** The article shown now (null while none is). */
  article: string | null;
  /** Where the analyst was when the set was last open. */
  saved: ViewState | undefined;
  /**
   * The article in the viewer now: for a frame after another opens, the
   * viewer shows it and `article` is still the one before
   * (state/after-article-paint.ts).
   */
  inViewer: () => string | null;
}

const scroller = (reader: HTMLElement | null) => reader?.querySelector<HTMLElement>('.article-scroll') ?? null;

function fractionOf(box: HTMLElement): number {
  const range = box.scrollHeight - box.clientHeight;
  return range <= 0 ? 0 : Math.min(1, Math.max(0, box.scrollTop / range));
}

export function useViewState({ api, reader, article, saved, inViewer }: Options): void {
  const toRestore = useRef(saved);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; state: ViewState } | null>(null);

  useEffect(() => {
    const send = (state: ViewState) => void call(api.saveViewState(state)).catch(() => undefined); // a lost position is no loss of work
    const flush = () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      send(pending.current.state);
      pending.current = null;
    };
    const schedule = (state: ViewState) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { state, timer: setTimeout(flush, SAVE_AFTER_MS) };
    };

    if (!article) return undefined;
    const restoring = toRestore.current?.article === article ? toRestore.current : undefined;
    toRestore.current = undefined;
    let frame = 0;
    let stopListening = () => {};
    if (restoring && (restoring.scroll > 0 || (restoring.top?.line ?? 0) > 0)) {
      let lastHeight = -1;
      let frames = 0;
      let waited = 0;
      let still = 0;
      const attempt = () => {
        const box = scroller(reader.current);
        const root = box?.querySelector<HTMLElement>('.article-text') ?? null;
        // Long articles are built over several frames (viewer/progressive-render.ts): aria-busy until whole.
        const built = root?.getAttribute('aria-busy') === 'false';
        const aligned = box && root && restoring.top ? scrollPlaceToTop(root, box, restoring.top) : null;
        if (aligned) {
          // At its line, and still there a frame later: paragraphs laid out as they came near no longer move it.
          still = Math.abs(aligned.moved) < 1 ? still + 1 : 0;
          if (still >= 2) return;
        } else if (box && built && (!restoring.top || lineElements(root).count <= restoring.top.line)) {
          // Saved before the line was, or the article is shorter now: the fraction, once the text's height stops changing.
          const height = box.scrollHeight;
          if (height > box.clientHeight && height === lastHeight) {
            box.scrollTop = restoring.scroll * (box.scrollHeight - box.clientHeight);
            return;
          }
          lastHeight = height;
        }
        // Frames spent building do not count: a busy machine builds a long article for longer than the budget.
        if ((aligned || built) && ++frames >= RESTORE_FRAMES) return;
        if (++waited < MAX_WAIT_FRAMES) frame = requestAnimationFrame(attempt);
      };
      frame = requestAnimationFrame(attempt);
      // The analyst reads or moves on while it builds: where they go wins over where they were.
      const stop = () => cancelAnimationFrame(frame);
      for (const type of USER_MOVES) reader.current?.addEventListener(type, stop, { capture: true, passive: true, once: true });
      stopListening = () => {
        for (const type of USER_MOVES) reader.current?.removeEventListener(type, stop, { capture: true });
      };
    } else if (!restoring) {
      schedule({ article, scroll: 0 });
    }

    // Scroll events do not bubble: listen in the capture phase on the reader.
    const onScroll = (event: Event) => {
      const box = event.target;
      if (!(box instanceof HTMLElement) || !box.classList.contains('article-scroll')) return;
      // The next article's scroll (back to its top as it opens) is not this one's place.
      if (inViewer() !== article) return;
      // Read here, in the scroll event: by the time the save is sent, another article may be in the editor.
      const text = box.querySelector<HTMLElement>('.article-text');
      const top = text ? placeAtTop(text) : null;
      schedule({ article, scroll: fractionOf(box), ...(top ? { top } : {}) });
    };
    const box = reader.current;
    box?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      cancelAnimationFrame(frame);
      stopListening();
      box?.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [api, article, reader, inViewer]);
}
