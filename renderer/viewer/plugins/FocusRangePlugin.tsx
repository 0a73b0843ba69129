/**
 * Handles FOCUS_RANGE_COMMAND: scrolls the article to a range of its text
 * given in code points (a search match), selects it, so the analyst can tag
 * it at once, and marks it with the CSS Custom Highlight API, which paints
 * without touching Lexical's DOM, so the mark stays after the selection moves.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { CodePointIndex } from '../../../annotations/text/code-points';
import { lineAt, type Line } from '../../../annotations/text/lines';
import { FOCUS_RANGE_COMMAND } from '../commands';
import { $lineNode } from '../line-blocks';
import type { ShownText } from '../shown-text';
import './navigation-highlights.css';

export const FOUND_HIGHLIGHT = 'search-hit';

export function FocusRangePlugin({ shownText }: { shownText: ShownText }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const forget = () => {
      if (typeof Highlight !== 'undefined') CSS.highlights.delete(FOUND_HIGHLIGHT);
    };
    const unregister = editor.registerCommand(
      FOCUS_RANGE_COMMAND,
      ({ start, end }) => {
        const range = domRange(editor, shownText.lines, start, end);
        if (!range) return false;
        const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        if (typeof Highlight !== 'undefined') CSS.highlights.set(FOUND_HIGHLIGHT, new Highlight(range));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
    // A match marks a place in one text: gone with it.
    return mergeRegister(unregister, shownText.onChange(forget), forget);
  }, [editor, shownText]);

  return null;
}

/** The DOM range of text [start, end) (code points); null when it is not rendered. */
function domRange(editor: LexicalEditor, lines: readonly Line[], start: number, end: number): Range | null {
  if (end <= start || lines.length === 0) return null;
  const from = pointAt(editor, lines, start, 'start');
  const to = pointAt(editor, lines, end, 'end');
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The DOM text position of code point `offset`: in the paragraph (= line)
 * holding it, walking its text nodes (plain text and highlight marks alike).
 * An end falling on a line break stays at the end of its line.
 */
function pointAt(editor: LexicalEditor, lines: readonly Line[], offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  let index = lineAt(lines, side === 'end' ? Math.max(0, offset - 1) : offset);
  let line = lines[index];
  if (line && side === 'start' && offset >= line.end && index + 1 < lines.length) line = lines[++index];
  if (!line) return null;
  const key = editor.getEditorState().read(() => $lineNode(index)?.getKey());
  const paragraph = key ? editor.getElementByKey(key) : null;
  if (!paragraph) return null;
  let units = new CodePointIndex(line.text).toUtf16(Math.min(Math.max(offset - line.start, 0), line.end - line.start));
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (units < length || (units === length && side === 'end')) return { node, offset: units };
    units -= length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : null;
}
