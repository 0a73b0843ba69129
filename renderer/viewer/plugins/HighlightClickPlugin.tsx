/**
 * A click on a highlight (not the end of a drag) selects its annotation in
 * the panel. Where several highlights overlap, OverlapChooserPlugin offers a choice.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

export function HighlightClickPlugin({ onSelect }: { onSelect: (id: string) => void }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('mark[data-annotation-ids]') : null;
      const ids = mark?.dataset['annotationIds']?.split(' ') ?? [];
      if (ids.length === 1 && ids[0]) onSelect(ids[0]);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [editor, onSelect]);

  return null;
}
