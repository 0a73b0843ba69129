/**
 * Dims the highlights the panel's filters leave out: they stay in the text
 * (a passage does not vanish because of a filter) but step back, so what the
 * filter selects stands out. A mark shared by several annotations is dimmed
 * only when all of them are filtered out.
 */
import { MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useLayoutEffect } from 'react';

export function DimHighlightsPlugin({ dimmed }: { dimmed: ReadonlySet<string> }): null {
  const [editor] = useLexicalComposerContext();

  // A layout effect, like ArticleContentPlugin's: an article's first frame already shows its highlights
  // as they are (coloured, dimmed, outlined), not grey until the frame after.
  useLayoutEffect(() => {
    const paint = (key: string, ids: readonly string[]) => {
      editor.getElementByKey(key)?.classList.toggle('hl--dimmed', ids.length > 0 && ids.every((id) => dimmed.has(id)));
    };
    // Registering calls the listener with every mark there is (Lexical's initialization): all are painted.
    return editor.registerMutationListener(MarkNode, (mutations) => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          const node = mutation === 'destroyed' ? null : $getNodeByKey<MarkNode>(key);
          if (node) paint(key, node.getIDs());
        }
      });
    });
  }, [editor, dimmed]);

  return null;
}
