/**
 * Outlines the current annotation's marks (the one j/k, the panel or a new
 * tag made current), so a keyboard user sees what Enter, Delete or the
 * edge-moving keys will act on. Marks are rebuilt when highlights change, so
 * the outline is re-applied after each editor update.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { MarkIndex } from '../mark-index';

export function CurrentAnnotationPlugin({ marks, currentId }: { marks: MarkIndex; currentId: string | null }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const apply = () => {
      const root = editor.getRootElement();
      if (!root) return;
      for (const element of root.querySelectorAll('mark.hl-current')) element.classList.remove('hl-current');
      if (!currentId) return;
      for (const key of marks.keysOf(currentId)) editor.getElementByKey(key)?.classList.add('hl-current');
    };
    apply();
    return editor.registerUpdateListener(apply);
  }, [editor, marks, currentId]);

  return null;
}
