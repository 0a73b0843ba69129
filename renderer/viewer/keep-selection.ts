/**
 * Redrawing a line's highlights replaces its text nodes, and the browser's
 * selection in them goes with them. A passage the analyst has selected (its
 * tag toolbar open, or being extended from the keyboard) is read as offsets
 * of the article before a redraw and selected again after it, within the
 * same task: the tag toolbar closes on the selectionchange of a collapsed
 * selection, and would not open again for a passage put back later (as the
 * reading caret is, a frame later: ReadingCaretPlugin).
 */
import type { LexicalEditor } from 'lexical';
import type { Line } from '../../annotations/text/lines';
import { domPointAt, readSelectionEnds } from './selection-offsets';

export function keepingSelectedPassage(editor: LexicalEditor, lines: readonly Line[], redraw: () => void): void {
  const passage = selectedPassage(editor, lines);
  redraw();
  if (!passage) return;
  const now = readSelectionEnds(editor, lines);
  if (now?.anchor === passage.anchor && now.focus === passage.focus) return;
  const from = domPointAt(editor, lines, passage.anchor);
  const to = domPointAt(editor, lines, passage.focus);
  // Its direction kept: Shift+arrow goes on moving the same end.
  if (from && to) window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}

/** The selected passage's ends, when a passage (not a caret) of the article is selected. */
function selectedPassage(editor: LexicalEditor, lines: readonly Line[]): { anchor: number; focus: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const ends = readSelectionEnds(editor, lines);
  return ends && ends.anchor !== null && ends.anchor !== ends.focus ? { anchor: ends.anchor, focus: ends.focus } : null;
}
