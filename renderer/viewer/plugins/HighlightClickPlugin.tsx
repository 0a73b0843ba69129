/**
 * A click on a highlight (not the end of a drag) selects its annotation in
 * the panel. Where several highlights overlap, OverlapChooserPlugin offers a choice.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { clickedAnnotationIds } from '../clicked-mark';

export function HighlightClickPlugin({ onSelect }: { onSelect: (id: string) => void }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const ids = clickedAnnotationIds(event);
      if (ids.length === 1 && ids[0]) onSelect(ids[0]);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [editor, onSelect]);

  return null;
}
