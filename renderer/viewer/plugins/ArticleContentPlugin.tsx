/**
 * Projects the article store into the editor: the whole document when an
 * article opens, only the touched paragraphs when one highlight changes.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { AnnotationView } from '../../../annotations/api/contract';
import type { Line } from '../../../annotations/text/lines';
import type { ArticleChange, ArticleStore } from '../../state/article-store';
import { $renderArticle, $renderLines, linesTouched } from '../build-content';

export function ArticleContentPlugin({ store, text, lines }: { store: ArticleStore; text: string; lines: readonly Line[] }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    editor.update(() => $renderArticle(lines, store.getState().annotations));
    return store.subscribe((change: ArticleChange) => {
      if (change.kind === 'tags') return;
      if (change.kind === 'loaded') {
        // The same article read again (its sidecar changed on disk, an undo):
        // its highlights are redrawn. A new text comes with new lines, and
        // this effect runs again for them.
        if (store.getState().article?.text === text) editor.update(() => $renderArticle(lines, store.getState().annotations));
        return;
      }
      const touched = [change.annotation, ...(change.kind === 'updated' ? [change.before] : [])].flatMap((a) =>
        linesOf(lines, a),
      );
      editor.update(() => $renderLines(lines, store.getState().annotations, touched));
    });
  }, [editor, store, text, lines]);

  return null;
}

function linesOf(lines: readonly Line[], annotation: AnnotationView): number[] {
  return annotation.start === null || annotation.end === null ? [] : linesTouched(lines, annotation.start, annotation.end);
}
