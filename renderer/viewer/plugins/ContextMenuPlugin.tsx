/**
 * The article's right-click menu (annotations/api/context-menu.ts): Copy and
 * Tag Selection… when text is selected, Copy Quote with Citation on a
 * highlight. The window knows what is under the pointer, so it asks the
 * desktop for the menu itself (`showContextMenu`) and keeps the page's own
 * event from opening a second one. A right-click on plain text with nothing
 * selected is left alone.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { formatQuoteCitation, paragraphAt } from '../../../annotations/model/citation';
import { getApi } from '../../api';
import type { ArticleStore } from '../../state/article-store';
import { citationFor, highlightIdsAt } from '../context-target';
import type { ShownText } from '../shown-text';

export function ContextMenuPlugin({ store, shownText }: { store: ArticleStore; shownText: ShownText }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const api = getApi();
    const onContextMenu = (event: MouseEvent) => {
      const selection = window.getSelection();
      const hasSelection = selection !== null && !selection.isCollapsed && root.contains(selection.anchorNode) && selection.toString().trim() !== '';
      const { article } = store.getState();
      const citation = article === null ? undefined : citationFor(highlightIdsAt(event.target), store, (annotation) => formatQuoteCitation(annotation.exact, article, annotation.start === null ? null : paragraphAt(shownText.lines, annotation.start)));
      if (!hasSelection && citation === undefined) return;
      event.preventDefault();
      void api.showContextMenu({ hasSelection, ...(citation === undefined ? {} : { citation }) });
    };
    root.addEventListener('contextmenu', onContextMenu);
    return () => root.removeEventListener('contextmenu', onContextMenu);
  }, [editor, store, shownText]);

  return null;
}
