/**
 * A reading caret in the read-only article, so that text can be selected
 * without a mouse (QualCoder #1233). Tab into the text, move with the arrows
 * (by word with Ctrl, ⌥ on macOS; by line with ↑/↓; Home/End), select with
 * Shift. The editor stays read-only (`editable: false`): the caret is the
 * browser's own selection moved with `Selection.modify`, which never changes
 * the text, and no input can reach the document, so nothing here can alter an
 * article. A non-editable element shows no caret of its own, so one is drawn.
 *
 * The caret's place is remembered as a code-point offset: when a highlight is
 * added, its paragraph is rebuilt and the DOM selection in it is lost; it is
 * put back at the same offset, but only then, and never while a mouse
 * button is down (the press owns the selection).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import type { Keys } from '../../../../annotations/api/commands';
import type { Line } from '../../../../annotations/text/lines';
import { useCommand } from '../../../commands/CommandsProvider';
import { PLACE_CARET_COMMAND } from '../../commands';
import { firstLineBelow, lineElements } from '../../line-blocks';
import { listen } from '../../listen';
import { domPointAt, readCaretOffset } from '../../selection-offsets';
import type { ShownText } from '../../shown-text';
import './reading-caret.css';

/** What the plugin remembers between events (kept outside React: it changes on every key). */
interface CaretState {
  offset: number | null;
  /** A mouse button (or pen, or finger) is down: the browser is placing or extending the selection itself. */
  pressed: boolean;
}

export function ReadingCaretPlugin({ shownText }: { shownText: ShownText }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    const article = root?.parentElement;
    if (!root || !article) return;
    const state: CaretState = { offset: null, pressed: false };
    const caret = document.createElement('span');
    caret.className = 'reading-caret';
    caret.setAttribute('aria-hidden', 'true');
    article.appendChild(caret);

    const selectionInRoot = () => {
      const selection = window.getSelection();
      return selection && selection.rangeCount > 0 && root.contains(selection.focusNode) ? selection : null;
    };

    const place = (offset: number) => {
      const point = domPointAt(editor, shownText.lines, offset);
      if (!point) return;
      window.getSelection()?.setBaseAndExtent(point.node, point.offset, point.node, point.offset);
      state.offset = offset;
    };

    const draw = () => {
      const selection = selectionInRoot();
      const show = document.activeElement === root && selection !== null && selection.isCollapsed;
      caret.hidden = !show;
      if (!show || !selection) return;
      const rect = caretRect(selection.getRangeAt(0));
      if (!rect) {
        caret.hidden = true;
        return;
      }
      const box = article.getBoundingClientRect();
      caret.style.transform = `translate(${rect.left - box.left}px, ${rect.top - box.top}px)`;
      caret.style.height = `${rect.height}px`;
      // Restart the blink, so the caret is visible right after it moved.
      caret.classList.remove('reading-caret--moved');
      void caret.offsetWidth;
      caret.classList.add('reading-caret--moved');
    };

    const onSelectionChange = () => {
      if (selectionInRoot()) state.offset = readCaretOffset(editor, shownText.lines) ?? state.offset;
      draw();
    };

    // Tabbing into the text starts the caret where the reader is: where it
    // was, else at the first paragraph in view. Focus from a press is left
    // alone: the browser puts the selection where the pointer is.
    const onFocus = () => {
      if (!state.pressed && !selectionInRoot()) place(state.offset ?? firstVisibleOffset(root, shownText.lines));
      draw();
    };
    const onPress = () => {
      state.pressed = true;
    };
    const onRelease = () => {
      state.pressed = false;
    };

    /** Paragraphs (and the root) rebuilt since the caret was last checked. */
    const rebuilt = new Set<Node>();
    let restoreFrame = 0;
    // A rebuilt paragraph loses the DOM selection in it: put the caret back
    // where it was. (Lexical also updates on every selection change, with
    // nothing dirty: then the caret is where the user put it.)
    const onUpdate = ({ dirtyElements, dirtyLeaves }: { dirtyElements: ReadonlyMap<string, boolean>; dirtyLeaves: ReadonlySet<string> }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // Only a focused text has a caret to put back. Checked before the DOM
      // selection is read: reading it lays out the whole document at once,
      // which on a long article just built is slow. The read itself waits for
      // the frame, whose layout it then shares, instead of forcing one in the update.
      if (document.activeElement !== root || state.offset === null) return;
      for (const key of dirtyElements.keys()) {
        const element = editor.getElementByKey(key);
        if (element) rebuilt.add(element);
      }
      cancelAnimationFrame(restoreFrame);
      restoreFrame = requestAnimationFrame(() => {
        const lost = caretLost(selectionInRoot(), rebuilt);
        rebuilt.clear();
        // Never while a button is down: the selection is the pointer's, and
        // a caret set now would make the drag that follows move it instead
        // of extending a selection (the remembered offset may also be stale:
        // the press's selectionchange can come after this frame).
        if (lost && !state.pressed && document.activeElement === root && state.offset !== null) place(state.offset);
      });
    };

    // Another text: the caret's place was in the last one. Told before the
    // new text's update (shown-text.ts), so no restore puts it back there;
    // drawn again by the selection's next change, not measured now. Hidden
    // only if shown: a change of style before the update made Lexical's
    // read of the selection, as it begins, recalculate the page's style.
    const forget = () => {
      state.offset = null;
      rebuilt.clear();
      cancelAnimationFrame(restoreFrame);
      if (!caret.hidden) caret.hidden = true;
    };

    return mergeRegister(
      shownText.onChange(forget),
      listen(document, 'selectionchange', onSelectionChange),
      // Capturing, so the press is known before the focus it brings.
      listen(document, 'pointerdown', onPress, { capture: true }),
      listen(document, 'pointerup', onRelease, { capture: true }),
      listen(document, 'pointercancel', onRelease, { capture: true }),
      listen(window, 'blur', onRelease),
      listen(root, 'focus', onFocus),
      listen(root, 'blur', draw),
      listen(window, 'resize', draw),
      editor.registerUpdateListener(onUpdate),
      () => cancelAnimationFrame(restoreFrame),
      editor.registerCommand(
        PLACE_CARET_COMMAND,
        (offset) => {
          root.focus({ preventScroll: true });
          place(offset);
          draw();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      () => caret.remove(),
    );
  }, [editor, shownText]);

  const inText = () => document.activeElement !== null && document.activeElement === editor.getRootElement();
  const move = (keys?: Keys) => {
    const selection = window.getSelection();
    if (!keys || !selection || selection.rangeCount === 0) return;
    const [direction, granularity] = stepOf(keys);
    selection.modify(keys.shift ? 'extend' : 'move', direction, granularity);
    revealFocus(selection);
  };
  useCommand('moveCaret', move, inText);
  useCommand('moveCaretByWord', move, inText);
  useCommand('selectText', move, inText);
  useCommand('selectWord', move, inText);
  return null;
}

function stepOf(keys: Keys): ['forward' | 'backward', 'character' | 'word' | 'line' | 'lineboundary'] {
  const byWord = keys.ctrl === true || keys.alt === true;
  switch (keys.key) {
    case 'ArrowLeft':
      return ['backward', byWord ? 'word' : 'character'];
    case 'ArrowRight':
      return ['forward', byWord ? 'word' : 'character'];
    case 'ArrowUp':
      return ['backward', 'line'];
    case 'ArrowDown':
      return ['forward', 'line'];
    case 'Home':
      return ['backward', 'lineboundary'];
    default:
      return ['forward', 'lineboundary'];
  }
}

/**
 * Whether a rebuild took the caret away: no selection is left in the text,
 * or a collapsed one fell from a removed text node onto the paragraph (or
 * root) that held it. A selection anywhere else is the user's, and stays.
 */
function caretLost(selection: Selection | null, rebuilt: ReadonlySet<Node>): boolean {
  if (!selection) return true;
  if (!selection.isCollapsed) return false;
  const node = selection.focusNode;
  return node === null || !node.isConnected || rebuilt.has(node);
}

/** The box of a collapsed range; an empty line has none, so its paragraph's start stands in. */
function caretRect(range: Range): { left: number; top: number; height: number } | null {
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height > 0) return { left: rect.left, top: rect.top, height: rect.height };
  const element = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const box = element?.getBoundingClientRect();
  return box ? { left: box.left, top: box.top, height: Math.max(16, Math.min(box.height, 28)) } : null;
}

/** Scrolls the article just enough to show the moving end of the selection. */
function revealFocus(selection: Selection): void {
  const node = selection.focusNode;
  if (!node) return;
  const range = document.createRange();
  range.setStart(node, selection.focusOffset);
  const rect = caretRect(range);
  const scroller = (node instanceof Element ? node : node.parentElement)?.closest('.article-scroll');
  if (!rect || !scroller) return;
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (rect.top < view.top + margin) scroller.scrollTop -= view.top + margin - rect.top;
  else if (rect.top + rect.height > view.bottom - margin) scroller.scrollTop += rect.top + rect.height - (view.bottom - margin);
}

/** The start of the first paragraph whose box shows in the scrolled view. */
function firstVisibleOffset(root: HTMLElement, lines: readonly Line[]): number {
  const scroller = root.closest('.article-scroll');
  const top = scroller?.getBoundingClientRect().top ?? 0;
  // The last paragraph when none shows.
  const first = Math.min(firstLineBelow(root, 'bottom', top), lineElements(root).count - 1);
  return lines[first]?.start ?? 0;
}
