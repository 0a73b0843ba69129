/**
 * Outlines the current annotation's marks (the one j/k, the panel or a new
 * tag made current), so a keyboard user sees what Enter, Delete or the
 * edge-moving keys will act on. Marks are rebuilt when highlights change, so
 * the outline is re-applied after each editor update.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect } from 'react';
import type { MarkIndex } from '../mark-index';

export function CurrentAnnotationPlugin({ marks, currentId }: { marks: MarkIndex; currentId: string | null }): null {
  const [editor] = useLexicalComposerContext();

  // A layout effect, like ArticleContentPlugin's: an article's first frame already shows its highlights
  // as they are (coloured, dimmed, outlined), not grey until the frame after.
  useLayoutEffect(() => {
    // The marks outlined last time, so each update touches only those (not a search of the whole text).
    let outlined: HTMLElement[] = [];
    const apply = () => {
      for (const element of outlined) element.classList.remove('hl-current');
      outlined = currentId === null ? [] : marks.keysOf(currentId).flatMap((key) => editor.getElementByKey(key) ?? []);
      for (const element of outlined) element.classList.add('hl-current');
    };
    apply();
    const unregister = editor.registerUpdateListener(apply);
    return () => {
      unregister();
      for (const element of outlined) element.classList.remove('hl-current');
    };
  }, [editor, marks, currentId]);

  return null;
}
