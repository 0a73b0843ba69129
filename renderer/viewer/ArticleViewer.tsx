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
import { Fragment, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { TagView } from '../../annotations/api/view-types';
import type { CodePointIndex } from '../../annotations/text/code-points';
import type { Line } from '../../annotations/text/lines';
import { linesOf } from '../state/article-text';
import type { ArticleStore } from '../state/article-store';
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
  text: string;
  /** `text`'s code points (the workspace has them already: indexing a long article twice showed in the profile of opening). */
  index: CodePointIndex;
  title: string;
  tags: readonly TagView[];
  readOnlyReason?: string | undefined;
  onTag: (range: SelectedRange, label: string) => void;
  /** Re-attach mode: the next selection is offered as the new place of an annotation. */
  reattaching: boolean;
  onReattach: (range: SelectedRange) => void;
  onSelectAnnotation: (id: string) => void;
  /** The current annotation, outlined in the text. */
  currentId?: string | null;
  onReady: (handle: ViewerHandle) => void;
  /** Annotations the panel's filters leave out: their highlights are dimmed. */
  dimmed?: ReadonlySet<string>;
}

/** A number for each article text a viewer shows, by its lines (made once per text): the key of the plugins that hold state about one text. */
const textNumbers = new WeakMap<readonly Line[], number>();
let texts = 0;
function textNumber(lines: readonly Line[]): number {
  let number = textNumbers.get(lines);
  if (number === undefined) textNumbers.set(lines, (number = ++texts));
  return number;
}

export function ArticleViewer(props: Props): React.JSX.Element {
  const { store, text, index, title, tags, readOnlyReason, onTag, reattaching, onReattach, onSelectAnnotation, currentId = null, onReady, dimmed = NONE } = props;
  const lines = linesOf(text);
  // The editor outlives the article it shows: the next one is built into it
  // (ArticleContentPlugin). A new editor for each, with its root element and
  // rich-text commands, weighed on the script time of opening a short article.
  // The plugins that hold state about one text (a pending selection, an open
  // chooser, labels placed, the caret, a search match) start afresh with each.
  const doc = textNumber(lines);
  const marks = useMemo(() => new MarkIndex(), []);
  const progress = useRef<ProgressiveRender | null>(null);
  const initialConfig: InitialConfigType = useMemo(
    () => ({
      namespace: 'article',
      editable: false,
      nodes: [MarkNode],
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
          <MarginLabelsPlugin key={doc} store={store} lines={lines} onSelect={onSelectAnnotation} />
        </article>
      </div>
      <ArticleContentPlugin store={store} text={text} lines={lines} progress={progress} />
      <HighlightStylePlugin store={store} marks={marks} />
      <FocusAnnotationPlugin marks={marks} />
      <DimHighlightsPlugin dimmed={dimmed} />
      <CurrentAnnotationPlugin marks={marks} currentId={currentId} />
      <HighlightClickPlugin onSelect={onSelectAnnotation} />
      <ContextMenuPlugin store={store} lines={lines} />
      <Fragment key={doc}>
        <FocusRangePlugin lines={lines} />
        <OverlapChooserPlugin store={store} onSelect={onSelectAnnotation} />
        <SelectionToolbarPlugin
          lines={lines}
          text={index}
          tags={tags}
          disabledReason={readOnlyReason}
          onTag={onTag}
          reattaching={reattaching}
          onReattach={onReattach}
        />
        <ReadingCaretPlugin lines={lines} />
      </Fragment>
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
