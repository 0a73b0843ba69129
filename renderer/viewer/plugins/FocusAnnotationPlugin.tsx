/** Handles FOCUS_ANNOTATION_COMMAND: scroll the highlight into view and flash it. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { FOCUS_ANNOTATION_COMMAND } from '../commands';
import type { MarkIndex } from '../mark-index';

const FLASH_MS = 1200;

export function FocusAnnotationPlugin({ marks }: { marks: MarkIndex }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        FOCUS_ANNOTATION_COMMAND,
        (id) => {
          const elements = marks
            .keysOf(id)
            .map((key) => editor.getElementByKey(key))
            .filter((e): e is HTMLElement => e !== null)
            .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
          const first = elements[0];
          if (!first) return false;
          const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
          first.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
          for (const element of elements) {
            element.classList.remove('hl-flash');
            void element.offsetWidth; // restart the animation when flashed twice in a row
            element.classList.add('hl-flash');
            window.setTimeout(() => element.classList.remove('hl-flash'), FLASH_MS);
          }
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, marks],
  );

  return null;
}
