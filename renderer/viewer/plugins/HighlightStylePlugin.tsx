/**
 * Colours each mark by the first tag of the annotations it shows, and marks
 * segments shared by several annotations as overlaps. Keeps the id -> keys
 * index that scrolling and flashing use.
 */
import { MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useLayoutEffect } from 'react';
import type { ArticleStore } from '../../state/article-store';
import { tagColor } from '../../tags/tag-color';
import type { MarkIndex } from '../mark-index';

export function HighlightStylePlugin({ store, marks }: { store: ArticleStore; marks: MarkIndex }): null {
  const [editor] = useLexicalComposerContext();

  // A layout effect, like ArticleContentPlugin's: an article's first frame already shows its highlights
  // as they are (coloured, dimmed, outlined), not grey until the frame after.
  useLayoutEffect(() => {
    const style = (key: string, fresh = false) => {
      const element = editor.getElementByKey(key);
      if (element) paint(element, marks.idsOf(key), store, fresh);
    };
    const unregister = editor.registerMutationListener(MarkNode, (mutations) => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') {
            marks.delete(key);
            continue;
          }
          const node = $getNodeByKey<MarkNode>(key);
          if (node) marks.set(key, node.getIDs());
          style(key, mutation === 'created');
        }
      });
    });
    // Tag colours can change without the marks changing: repaint them all; a save state, that highlight's.
    const unsubscribe = store.subscribe((change) => {
      if (change.kind === 'tags') for (const key of marks.allKeys()) style(key);
      else if (change.kind === 'saveState') for (const key of marks.keysOf(change.id)) style(key);
    });
    return () => {
      unregister();
      unsubscribe();
    };
  }, [editor, store, marks]);

  return null;
}

/**
 * Writes a mark's look. A `fresh` mark (just created: Lexical's element has
 * no style and no class of ours yet) gets only what it shows; the removals
 * and the classes toggled off, for each of a long article's thousands of
 * new marks, weighed in the profile of opening it.
 */
function paint(element: HTMLElement, ids: readonly string[], store: ArticleStore, fresh: boolean): void {
  const { tags } = store.getState();
  const colorOf = (id: string | undefined) => tagColor(tags, id === undefined ? undefined : store.annotation(id)?.tags[0]);
  const toggle = (name: string, on: boolean) => {
    if (on || !fresh) element.classList.toggle(name, on);
  };
  element.dataset['annotationIds'] = ids.join(' ');
  element.style.setProperty('--hl', colorOf(ids[0]));
  // An overlap also shows the second annotation's colour (plugins/overlaps/overlaps.css).
  if (ids.length > 1) element.style.setProperty('--hl2', colorOf(ids[1]));
  else if (!fresh) element.style.removeProperty('--hl2');
  toggle('hl-overlap', ids.length > 1);
  const states = ids.map((id) => store.saveStateOf(id)?.kind);
  toggle('hl--saving', states.includes('saving'));
  const notOnDisk = states.includes('failed') || states.includes('unsaved');
  toggle('hl--failed', notOnDisk);
  const labels = [...new Set(ids.flatMap((id) => store.annotation(id)?.tags ?? []))];
  const label = labels.length > 0 ? labels.join(', ') : 'Untagged highlight';
  element.title = notOnDisk ? `${label} (not saved)` : states.includes('saving') ? `${label} (saving)` : label;
}
