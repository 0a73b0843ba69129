/**
 * Projects the article store into the editor: the whole document when an
 * article opens (first screen first: progressive-render.ts), only the
 * touched paragraphs when one highlight changes.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { AnnotationView } from '../../../annotations/api/contract';
import type { Line } from '../../../annotations/text/lines';
import type { ArticleChange, ArticleStore } from '../../state/article-store';
import { $renderLines, linesTouched } from '../build-content';
import { ProgressiveRender } from '../progressive-render';

interface Props {
  store: ArticleStore;
  text: string;
  lines: readonly Line[];
  /** The render under way, for whatever must build the rest at once (ArticleViewer's handle). */
  progress: RefObject<ProgressiveRender | null>;
}

export function ArticleContentPlugin({ store, text, lines, progress }: Props): null {
  const [editor] = useLexicalComposerContext();
  /**
   * Whether the article shown is scrolled down, from its scroll events: the
   * next article (built into the same editor: ArticleViewer) starts at its
   * top. Reading scrollTop as it opens would lay the old article out first.
   */
  const scrolled = useRef(false);

  useEffect(() => {
    const scroller = editor.getRootElement()?.closest('.article-scroll');
    if (!scroller) return;
    const onScroll = () => {
      scrolled.current = scroller.scrollTop > 0;
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, [editor]);

  // A layout effect: the first screen is built before the browser paints the article's frame.
  useLayoutEffect(() => {
    let render = new ProgressiveRender(editor, lines, () => store.getState().annotations);
    progress.current = render;
    render.start();
    if (scrolled.current) {
      scrolled.current = false;
      const scroller = editor.getRootElement()?.closest('.article-scroll');
      if (scroller) scroller.scrollTop = 0;
    }
    const unsubscribe = store.subscribe((change: ArticleChange) => {
      if (change.kind === 'tags') return;
      if (change.kind === 'loaded') {
        // The same article read again (its sidecar changed on disk, an undo):
        // its highlights are redrawn. A new text comes with new lines, and
        // this effect runs again for them.
        if (store.getState().article?.text === text) {
          render.cancel();
          render = new ProgressiveRender(editor, lines, () => store.getState().annotations);
          progress.current = render;
          render.start();
        }
        return;
      }
      const touched = [change.annotation, ...(change.kind === 'updated' ? [change.before] : [])]
        .flatMap((a) => linesOf(lines, a))
        .filter((i) => render.has(i));
      if (touched.length === 0) return;
      // Discrete: in the DOM before the store's other listeners run. Batched
      // into a microtask instead, it came after React's, and waited for the
      // panel to render and measure its cards (a forced layout of the page).
      // User Timing (bench/ui): when the changed highlight is in the DOM.
      editor.update(() => $renderLines(lines, store.getState().annotations, touched), {
        discrete: true,
        onUpdate: () => performance.mark('ra:highlight-reconciled'),
      });
    });
    return () => {
      render.cancel();
      progress.current = null;
      unsubscribe();
    };
  }, [editor, store, text, lines, progress]);

  return null;
}

function linesOf(lines: readonly Line[], annotation: AnnotationView): number[] {
  return annotation.start === null || annotation.end === null ? [] : linesTouched(lines, annotation.start, annotation.end);
}
