/**
 * Shows the tag toolbar next to a finished selection in the article (after
 * the mouse button or a key is released), and keeps the selected range while
 * the user works in the toolbar, where focus has left the article.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TagView } from '../../../../annotations/api/view-types';
import { useCommand } from '../../../commands/CommandsProvider';
import { COMMAND_PRIORITY_HIGH } from 'lexical';
import { FOCUS_RANGE_COMMAND } from '../../commands';
import { listen } from '../../listen';
import { readSelectedRange, type SelectedRange } from '../../selection-offsets';
import type { ShownText } from '../../shown-text';
import { ReattachToolbar, SelectionToolbar } from './SelectionToolbar';

/** While a selection awaits a tag, digits and Escape act on it rather than on the current annotation. */
const SELECTION_FIRST = 1;

export interface PendingSelection extends SelectedRange {
  top: number;
  left: number;
}

export function SelectionToolbarPlugin(props: {
  shownText: ShownText;
  tags: readonly TagView[];
  disabledReason?: string | undefined;
  onTag: (range: SelectedRange, label: string) => void;
  reattaching: boolean;
  onReattach: (range: SelectedRange) => void;
}): React.JSX.Element | null {
  const { shownText, tags, disabledReason, onTag, reattaching, onReattach } = props;
  const [editor] = useLexicalComposerContext();
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);

  /** Ends the selection, leaving the reading caret where it ended and the focus in the text. */
  const finish = useCallback(() => {
    const selection = window.getSelection();
    const root = editor.getRootElement();
    if (selection && root && root.contains(selection.focusNode)) selection.collapse(selection.focusNode, selection.focusOffset);
    else selection?.removeAllRanges();
    setPending(null);
    root?.focus({ preventScroll: true });
  }, [editor]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const inToolbar = () => toolbarRef.current?.contains(document.activeElement) ?? false;
    const update = () => {
      const range = readSelectedRange(editor, shownText.lines, shownText.codePoints);
      const domRange = range ? window.getSelection()?.getRangeAt(0) : undefined;
      if (!range || !domRange) {
        if (!inToolbar()) setPending(null);
        return;
      }
      const rect = domRange.getBoundingClientRect();
      setPending({ ...range, top: rect.bottom + 8, left: Math.max(8, Math.min(rect.left, window.innerWidth - 360)) });
    };
    // Show only once the selection is finished, not on every drag step.
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if ((!selection || selection.isCollapsed) && !inToolbar()) setPending(null);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === 'Shift') update();
    };
    return mergeRegister(
      // A selection awaiting a tag is a range of one text.
      shownText.onChange(() => setPending(null)),
      listen(document, 'pointerup', update),
      listen(document, 'keyup', onKeyUp),
      listen(document, 'selectionchange', onSelectionChange),
      // A search match chosen in the results is selected for the analyst
      // (FocusRangePlugin): what the toolbar held is not the selection any
      // more. The click that chose it took the previous match up as the
      // analyst's own selection as the button was released, before the
      // click selected the new one.
      editor.registerCommand(
        FOCUS_RANGE_COMMAND,
        () => {
          setPending(null);
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, shownText]);

  // Keys for a selection awaiting a tag: a digit applies the tag with that
  // hotkey, n goes to the New tag field, Escape cancels.
  const canTag = () => pending !== null && !reattaching && !disabledReason;
  useCommand(
    'applyTag',
    (keys) => {
      const tag = tags.find((t) => t.hotkey !== undefined && String(t.hotkey) === keys?.key);
      if (tag && pending) {
        onTag(pending, tag.label);
        finish();
      }
    },
    canTag,
    SELECTION_FIRST,
  );
  useCommand('newTag', () => toolbarRef.current?.querySelector<HTMLInputElement>('input[name="new-tag"]')?.focus(), canTag, SELECTION_FIRST);
  useCommand('cancel', finish, () => pending !== null, SELECTION_FIRST);

  if (!pending) return null;
  const done = finish;
  const close = finish;
  if (reattaching) {
    return (
      <ReattachToolbar
        ref={toolbarRef}
        position={pending}
        onReattach={() => {
          onReattach(pending);
          done();
        }}
        onCancel={close}
      />
    );
  }
  return (
    <SelectionToolbar
      ref={toolbarRef}
      position={pending}
      tags={tags}
      disabledReason={disabledReason}
      onApply={(label) => {
        onTag(pending, label);
        done();
      }}
      onCancel={close}
    />
  );
}
