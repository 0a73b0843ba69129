/**
 * Where the analyst is in the set (the open article, how far down it is
 * scrolled) is kept by the core (`saveViewState`), so that reopening the set,
 * or the app, comes back to the same place. Saved a moment after scrolling
 * stops and when another article opens; the scroll is restored once, when the
 * article it was saved for is shown again.
 *
 * The position is a fraction of the scrollable height rather than pixels: the
 * window may come back at another size or reading size, and the same fraction
 * is then about the same passage.
 */
import { useEffect, useRef } from 'react';
import type { AnnotatorApi } from '../../annotations/api/contract';
import type { ViewState } from '../../annotations/api/view-types';
import { call } from '../api';

const SAVE_AFTER_MS = 300;
/** The article's text is built and painted over a few frames: wait at most this long (frames) for it to be whole and its height to settle. */
const RESTORE_FRAMES = 300;

interface Options {
  api: AnnotatorApi;
  /** The element around the article (its scrolling box is found inside). */
  reader: React.RefObject<HTMLElement | null>;
  /** The article shown now (null while none is). */
  article: string | null;
  /** Where the analyst was when the set was last open. */
  saved: ViewState | undefined;
}

const scroller = (reader: HTMLElement | null) => reader?.querySelector<HTMLElement>('.article-scroll') ?? null;

function fractionOf(box: HTMLElement): number {
  const range = box.scrollHeight - box.clientHeight;
  return range <= 0 ? 0 : Math.min(1, Math.max(0, box.scrollTop / range));
}

export function useViewState({ api, reader, article, saved }: Options): void {
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
    if (restoring && restoring.scroll > 0) {
      // Restored once the text's height stops changing between two frames.
      let lastHeight = -1;
      let frames = 0;
      const attempt = () => {
        const box = scroller(reader.current);
        const height = box?.scrollHeight ?? -1;
        // Long articles are built over several frames (viewer/progressive-render.ts): aria-busy until whole.
        const built = box?.querySelector('.article-text')?.getAttribute('aria-busy') === 'false';
        if (box && built && height > box.clientHeight && height === lastHeight) {
          box.scrollTop = restoring.scroll * (box.scrollHeight - box.clientHeight);
          return;
        }
        lastHeight = height;
        if (++frames < RESTORE_FRAMES) frame = requestAnimationFrame(attempt);
      };
      frame = requestAnimationFrame(attempt);
    } else if (!restoring) {
      schedule({ article, scroll: 0 });
    }

    // Scroll events do not bubble: listen in the capture phase on the reader.
    const onScroll = (event: Event) => {
      const box = event.target;
      if (box instanceof HTMLElement && box.classList.contains('article-scroll')) schedule({ article, scroll: fractionOf(box) });
    };
    const box = reader.current;
    box?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      cancelAnimationFrame(frame);
      box?.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [api, article, reader]);
}
