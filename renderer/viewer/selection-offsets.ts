/**
 * Describes the user's selection in the viewer as code-point offsets of the
 * article text. Uses Lexical's own mapping from DOM points to nodes, then
 * counts characters within the paragraph (= line) the point falls in
 * (line-blocks.ts finds its line).
 */
import {
  $createRangeSelectionFromDom,
  $isElementNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { trimRange } from '../../annotations/anchoring/trim-range';
import { CodePointIndex } from '../../annotations/text/code-points';
import { lineAt, type Line } from '../../annotations/text/lines';
import { $lineBeforeChild, $lineOf, lineElements } from './line-blocks';

export interface SelectedRange {
  start: number;
  end: number;
}

export function readSelectedRange(editor: LexicalEditor, lines: readonly Line[], text: CodePointIndex): SelectedRange | null {
  const domSelection = window.getSelection();
  if (!domSelection || domSelection.isCollapsed || domSelection.rangeCount === 0) return null;
  const root = editor.getRootElement();
  if (!root || !root.contains(domSelection.anchorNode) || !root.contains(domSelection.focusNode)) return null;
  return editor.read(() => {
    const selection = $createRangeSelectionFromDom(domSelection, editor);
    if (!selection) return null;
    const a = $pointToOffset(selection.anchor, lines);
    const b = $pointToOffset(selection.focus, lines);
    if (a === null || b === null || a === b) return null;
    return trimRange(text, Math.min(a, b), Math.max(a, b));
  });
}

function $pointToOffset(point: PointType, lines: readonly Line[]): number | null {
  const node = point.getNode();
  const before = point.type === 'element' ? $lineBeforeChild(node, point.offset) : null;
  if (before !== null) {
    // Between paragraphs: the start of the paragraph at that index.
    const line = lines[before] ?? lines[lines.length - 1];
    return line ? (before < lines.length ? line.start : line.end) : null;
  }
  const at = $lineOf(node);
  const line = at && lines[at.index];
  if (!at || !line) return null;
  const paragraph = at.paragraph;
  const utf16 = $utf16OffsetInParagraph(paragraph, node, point);
  return line.start + new CodePointIndex(line.text).toCodePoint(utf16);
}

/**
 * UTF-16 units from the paragraph start to the point. A text point is an
 * offset into its text node; an element point is "before child `offset`".
 */
function $utf16OffsetInParagraph(paragraph: ElementNode, node: LexicalNode, point: PointType): number {
  const start = $startOf(paragraph, node);
  if (point.type === 'text') return start + point.offset;
  const children = $isElementNode(node) ? node.getChildren().slice(0, point.offset) : [];
  return start + children.reduce((n, child) => n + child.getTextContentSize(), 0);
}

/** UTF-16 units in the paragraph before `target` begins. */
function $startOf(paragraph: ElementNode, target: LexicalNode): number {
  if (target.is(paragraph)) return 0;
  let before = 0;
  for (const text of paragraph.getAllTextNodes()) {
    if (text.is(target) || text.getParents().some((p) => p.is(target))) return before;
    before += text.getTextContentSize();
  }
  return before;
}

/** Where the selection's focus (the caret) is, as a code-point offset of the article; null when outside it. */
export function readCaretOffset(editor: LexicalEditor, lines: readonly Line[]): number | null {
  return readSelectionEnds(editor, lines)?.focus ?? null;
}

/**
 * The selection's two ends as code-point offsets of the article: where it
 * began (anchor; null when outside the article) and where it ends (focus,
 * the caret; the same offset for a caret). Null when the focus is outside.
 */
export function readSelectionEnds(editor: LexicalEditor, lines: readonly Line[]): { anchor: number | null; focus: number } | null {
  const domSelection = window.getSelection();
  const root = editor.getRootElement();
  if (!domSelection || domSelection.rangeCount === 0 || !root || !root.contains(domSelection.focusNode)) return null;
  const anchorInside = root.contains(domSelection.anchorNode);
  return editor.read(() => {
    const selection = $createRangeSelectionFromDom(domSelection, editor);
    const focus = selection ? $pointToOffset(selection.focus, lines) : null;
    if (!selection || focus === null) return null;
    return { anchor: anchorInside ? $pointToOffset(selection.anchor, lines) : null, focus };
  });
}

/**
 * The DOM point (text node and UTF-16 offset) at a code-point offset of the
 * article: the paragraph of its line, then the text nodes inside it. Null
 * while that paragraph is not in the DOM.
 */
export function domPointAt(editor: LexicalEditor, lines: readonly Line[], offset: number): { node: Node; offset: number } | null {
  const root = editor.getRootElement();
  if (!root || lines.length === 0) return null;
  const index = lineAt(lines as Line[], offset);
  const line = lines[index];
  const paragraph = lineElements(root).at(index);
  if (!line || !paragraph) return null;
  let units = new CodePointIndex(line.text).toUtf16(Math.max(0, offset - line.start));
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (units <= text.data.length) return { node: text, offset: units };
    units -= text.data.length;
    last = text;
  }
  return last ? { node: last, offset: last.data.length } : { node: paragraph, offset: 0 };
}
