/**
 * The read-only article viewer: a Lexical editor whose content is a
 * projection of the article text and its annotations. Only annotations
 * change; the text never does.
 */
import { MarkNode } from '@lexical/mark';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ArticleView, TagView } from '../../annotations/api/view-types';
import { isFilterActive, matchesFilter, type AnnotationFilter } from '../../annotations/navigation/annotation-filter';
import { linesOf } from '../state/article-text';
import { useArticleState, type ArticleStore } from '../state/article-store';
import { FOCUS_ANNOTATION_COMMAND, FOCUS_RANGE_COMMAND, PLACE_CARET_COMMAND } from './commands';
import { MarkIndex } from './mark-index';
import { LONG_ARTICLE, type ProgressiveRender } from './progressive-render';
import { ArticleContentPlugin } from './plugins/ArticleContentPlugin';
import { ContextMenuPlugin } from './plugins/ContextMenuPlugin';
import { CurrentAnnotationPlugin } from './plugins/CurrentAnnotationPlugin';
import { DimHighlightsPlugin } from './plugins/DimHighlightsPlugin';
import { FocusAnnotationPlugin } from './plugins/FocusAnnotationPlugin';
import { FocusRangePlugin } from './plugins/FocusRangePlugin';
import { HighlightClickPlugin } from './plugins/HighlightClickPlugin';
import { HighlightStylePlugin } from './plugins/HighlightStylePlugin';
import { ReadingCaretPlugin } from './plugins/caret/ReadingCaretPlugin';
import { OverlapChooserPlugin } from './plugins/overlaps/OverlapChooserPlugin';
import { MarginLabelsPlugin } from './plugins/margin/MarginLabelsPlugin';
import { SelectionToolbarPlugin } from './plugins/selection-toolbar/SelectionToolbarPlugin';
import type { SelectedRange } from './selection-offsets';
import { ShownText } from './shown-text';
import { LineBlockNode } from './line-blocks';

const theme = { paragraph: 'article-paragraph', mark: 'hl', markOverlap: 'hl-overlap' };

export interface ViewerHandle {
  /** Scrolls to the annotation and flashes it; false when it is not painted (yet). */
  focusAnnotation(id: string): boolean;
  /** Scrolls to a range of the text (code points), selects and marks it; false when it is not rendered (yet). */
  focusRange(start: number, end: number): boolean;
  /** Focuses the text with the reading caret at a code-point offset. */
  placeCaret(offset: number): void;
  /** True when the keyboard focus is in the article text. */
  hasFocus(): boolean;
}

const NONE: ReadonlySet<string> = new Set();

interface Props {
  store: ArticleStore;
  /**
   * The article as the window has it. The viewer shows the store's, which
   * it builds the moment the store has it: the window learns of another
   * article a frame later (state/after-article-paint.ts), and the text, the
   * offsets of a selection in it and the highlights dimmed must agree with
   * the editor's content from its first frame.
   */
  article: ArticleView;
  title: string;
  tags: readonly TagView[];
  onTag: (range: SelectedRange, label: string) => void;
  /** Re-attach mode: the next selection is offered as the new place of an annotation. */
  reattaching: boolean;
  onReattach: (range: SelectedRange) => void;
  onSelectAnnotation: (id: string) => void;
  /** The current annotation, outlined in the text. */
  currentId?: string | null;
  onReady: (handle: ViewerHandle) => void;
  /** The panel's filters: the highlights of the annotations they leave out are dimmed. */
  filter: AnnotationFilter;
}

export function ArticleViewer(props: Props): React.JSX.Element {
  const { store, title, tags, onTag, reattaching, onReattach, onSelectAnnotation, currentId = null, onReady, filter } = props;
  const state = useArticleState(store);
  const { text, readOnlyReason } = state.article ?? props.article;
  const lines = linesOf(text);
  // Without a filter the set is always the same one: a new empty set on every
  // change of the annotations made the viewer repaint every highlight for nothing.
  const dimmed = useMemo(() => (isFilterActive(filter) ? new Set(state.annotations.filter((a) => !matchesFilter(a, filter)).map((a) => a.id)) : NONE), [filter, state.annotations]);
  // The editor outlives the article it shows: the next one is built into it
  // (ArticleContentPlugin). A new editor for each, with its root element and
  // rich-text commands, weighed on the script time of opening a short article.
  // So do the plugins: those that hold state about one text (a pending
  // selection, an open chooser, labels placed, the caret, a search match)
  // drop it when told of the next (shown-text.ts); mounted afresh for each,
  // their listeners, observers and elements weighed on it too.
  const shownText = useMemo(() => new ShownText(), []);
  const marks = useMemo(() => new MarkIndex(), []);
  const progress = useRef<ProgressiveRender | null>(null);
  const initialConfig: InitialConfigType = useMemo(
    () => ({
      namespace: 'article',
      editable: false,
      nodes: [MarkNode, LineBlockNode],
      theme,
      onError: (error: Error) => {
        throw error;
      },
    }),
    [],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="article-scroll">
        <article className={text.length > LONG_ARTICLE ? 'article article--with-margin article--long' : 'article article--with-margin'} aria-label={title}>
          <RichTextPlugin
            contentEditable={<ContentEditable className="article-text" aria-label="Article text" aria-readonly="true" tabIndex={0} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <MarginLabelsPlugin store={store} shownText={shownText} onSelect={onSelectAnnotation} />
        </article>
      </div>
      <ArticleContentPlugin store={store} text={text} lines={lines} progress={progress} shownText={shownText} />
      <HighlightStylePlugin store={store} marks={marks} />
      <FocusAnnotationPlugin marks={marks} />
      <DimHighlightsPlugin dimmed={dimmed} />
      <CurrentAnnotationPlugin marks={marks} currentId={currentId} />
      <HighlightClickPlugin onSelect={onSelectAnnotation} />
      <ContextMenuPlugin store={store} shownText={shownText} />
      <FocusRangePlugin shownText={shownText} />
      <OverlapChooserPlugin store={store} shownText={shownText} onSelect={onSelectAnnotation} />
      <SelectionToolbarPlugin shownText={shownText} tags={tags} disabledReason={readOnlyReason} onTag={onTag} reattaching={reattaching} onReattach={onReattach} />
      <ReadingCaretPlugin shownText={shownText} />
      <HandlePlugin onReady={onReady} progress={progress} />
    </LexicalComposer>
  );
}

/**
 * Hands the parent a small imperative handle, so the panel can ask for a
 * scroll without knowing Lexical. Each request for a place in the text first
 * builds the lines the progressive render has not reached yet, and draws the
 * highlights around the place (outside any update, so they are in the DOM
 * when the command looks for them).
 */
function HandlePlugin({ onReady, progress }: { onReady: (handle: ViewerHandle) => void; progress: RefObject<ProgressiveRender | null> }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onReady({
      focusAnnotation: (id) => (progress.current?.revealAnnotation(id), editor.dispatchCommand(FOCUS_ANNOTATION_COMMAND, id)),
      focusRange: (start, end) => (progress.current?.reveal(start, end), editor.dispatchCommand(FOCUS_RANGE_COMMAND, { start, end })),
      placeCaret: (offset) => (progress.current?.reveal(offset, offset), void editor.dispatchCommand(PLACE_CARET_COMMAND, offset)),
      hasFocus: () => document.activeElement !== null && document.activeElement === editor.getRootElement(),
    });
  }, [editor, onReady, progress]);
  return null;
}
