/**
 * Projects the article store into the editor: the whole document when an
 * article opens (first screen first: progressive-render.ts), only the
 * touched paragraphs when one highlight changes.
 *
 * A new article is built the moment the store has it, before React renders
 * the rest of the window for it: the page is still laid out from its last
 * frame then, so Lexical reads the browser's selection as it begins the
 * update without forcing a layout (which it did when built from React's
 * layout effect, after React's changes to the page). The first article the
 * viewer shows, which the store had before it mounted, is built in a layout
 * effect.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { AnnotationView } from '../../../annotations/api/view-types';
import type { Line } from '../../../annotations/text/lines';
import type { ArticleChange, ArticleStore } from '../../state/article-store';
import { $renderLines, changesHighlight, linesTouched } from '../build-content';
import { linesOf } from '../../state/article-text';
import { keepingSelectedPassage } from '../keep-selection';
import { LONG_ARTICLE, ProgressiveRender } from '../progressive-render';
import type { ShownText } from '../shown-text';

interface Props {
  store: ArticleStore;
  text: string;
  /** Of `text`, from linesOf (the same array the store's listener gets). */
  lines: readonly Line[];
  /** The render under way, for whatever must build the rest at once (ArticleViewer's handle). */
  progress: RefObject<ProgressiveRender | null>;
  /** Told of each text built, before its build: the plugins that hold state about one text drop it. */
  shownText: ShownText;
}

/** The article in the editor, and the render that builds it. */
interface Shown {
  text: string;
  lines: readonly Line[];
  render: ProgressiveRender;
}

export function ArticleContentPlugin({ store, text, lines, progress, shownText }: Props): null {
  const [editor] = useLexicalComposerContext();
  /**
   * Whether the article shown is scrolled down, from its scroll events: the
   * next article (built into the same editor: ArticleViewer) starts at its
   * top. Reading scrollTop as it opens would lay the old article out first.
   */
  const scrolled = useRef(false);
  const shown = useRef<Shown | null>(null);
  /** Shows an article's text (set by the effect below, which owns the subscription). */
  const show = useRef<(text: string, lines: readonly Line[]) => void>(() => {});

  useEffect(() => {
    const scroller = editor.getRootElement()?.closest('.article-scroll');
    if (!scroller) return;
    // In the scroll event, before the frame's animation callbacks: the
    // placeholders coming near are drawn before the margin labels measure
    // them (MarginLabelsPlugin) and before the frame is painted.
    const onScroll = () => {
      scrolled.current = scroller.scrollTop > 0;
      shown.current?.render.drawNear();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, [editor]);

  useLayoutEffect(() => {
    /** Builds `text` afresh, with the highlights as they are now. */
    const build = (text: string, lines: readonly Line[]) => {
      shown.current?.render.cancel();
      shownText.show(text);
      const render = new ProgressiveRender(editor, lines, () => store.getState().annotations, text.length > LONG_ARTICLE);
      shown.current = { text, lines, render };
      progress.current = render;
      render.start();
    };
    show.current = (text, lines) => {
      if (shown.current?.text === text) return;
      build(text, lines);
      if (scrolled.current) {
        scrolled.current = false;
        const scroller = editor.getRootElement()?.closest('.article-scroll');
        if (scroller) scroller.scrollTop = 0;
      }
    };
    const unsubscribe = store.subscribe((change: ArticleChange) => {
      // Colours and save states are painted on the marks (HighlightStylePlugin), not in the text.
      if (change.kind === 'tags' || change.kind === 'saveState') return;
      const current = shown.current;
      if (change.kind === 'loaded') {
        const article = store.getState().article;
        if (!article) return;
        // The same article read again (its sidecar changed on disk, an undo): its highlights are redrawn.
        if (current?.text === article.text) keepingSelectedPassage(editor, current.lines, () => current.render.redraw());
        else show.current(article.text, linesOf(article.text));
        return;
      }
      if (!current || (change.kind === 'updated' && !changesHighlight(change.before, change.annotation))) return;
      const touched = [change.annotation, ...(change.kind === 'updated' ? [change.before] : [])]
        .flatMap((a) => linesOfAnnotation(current.lines, a))
        .filter((i) => current.render.has(i));
      if (touched.length === 0) return;
      // Discrete: in the DOM before the store's other listeners run. Batched
      // into a microtask instead, it came after React's, and waited for the
      // panel to render and measure its cards (a forced layout of the page).
      // User Timing (bench/ui): when the changed highlight is in the DOM.
      const redraw = () =>
        editor.update(() => $renderLines(current.lines, store.getState().annotations, touched), {
          discrete: true,
          onUpdate: () => performance.mark('ra:highlight-reconciled'),
        });
      // A new highlight is the analyst's selection tagged, which the tag toolbar ends: nothing to keep, and a key
      // press's highlight is painted without reading the selection. Any other change may come while a passage waits
      // for its tag (the last one's save answered, with the core's id).
      if (change.kind === 'added') redraw();
      else keepingSelectedPassage(editor, current.lines, redraw);
      // A placeholder among them now shows its highlights too.
      current.render.redrawn(touched);
    });
    return () => {
      shown.current?.render.cancel();
      shown.current = null;
      progress.current = null;
      unsubscribe();
    };
  }, [editor, store, progress, shownText]);

  // A layout effect: built (if the store's listener has not already) before the browser paints the article's frame.
  useLayoutEffect(() => show.current(text, lines), [text, lines]);

  return null;
}

function linesOfAnnotation(lines: readonly Line[], annotation: AnnotationView): number[] {
  return annotation.start === null || annotation.end === null ? [] : linesTouched(lines, annotation.start, annotation.end);
}
