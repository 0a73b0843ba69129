/**
 * The article text the viewer's editor shows, for the plugins that outlive
 * it: the viewer keeps its editor and its plugins from one article to the
 * next (ArticleViewer), so what they hold about one text (a selection
 * awaiting a tag, an open chooser, the labels placed, the caret's offset, a
 * search match) is dropped when another is built, not by mounting them
 * afresh, which cost each opened article the plugins' listeners, observers
 * and elements taken down and made again.
 *
 * ArticleContentPlugin tells of a new text as it starts building it, before
 * the editor's update: the plugins' update listeners already see the new
 * text's lines. React's props come later (the store's listeners render
 * after the build), so a plugin reads the lines from here when it needs them.
 */
import { CodePointIndex } from '../../annotations/text/code-points';
import type { Line } from '../../annotations/text/lines';
import { codePointsOf, linesOf } from '../state/article-text';

export class ShownText {
  private shown: { lines: readonly Line[]; codePoints: CodePointIndex } = { lines: [], codePoints: new CodePointIndex('') };
  private readonly listeners = new Set<() => void>();

  /** The lines of the text in the editor (none before the first article). */
  get lines(): readonly Line[] {
    return this.shown.lines;
  }

  /** The code points of the text in the editor. */
  get codePoints(): CodePointIndex {
    return this.shown.codePoints;
  }

  /** A new text is being built into the editor: the plugins drop what they held about the last one. */
  show(text: string): void {
    // Both indexes made once per text (article-text.ts): the React tree asks for the same ones.
    this.shown = { lines: linesOf(text), codePoints: codePointsOf(text) };
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` each time another text is shown; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
