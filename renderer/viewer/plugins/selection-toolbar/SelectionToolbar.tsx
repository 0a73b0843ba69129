/**
 * The floating "Tag selection" toolbar: one button per codebook tag (with its
 * digit key as a hint) and a field for a new tag. Arrow keys move between
 * buttons (toolbar pattern), Escape closes it. The digit keys themselves are
 * handled by the command registry (SelectionToolbarPlugin), so they work with
 * the focus still in the text.
 */
import { forwardRef, useState, type KeyboardEvent } from 'react';
import type { TagView } from '../../../../annotations/api/view-types';
import './selection-toolbar.css';

interface Props {
  position: { top: number; left: number };
  tags: readonly TagView[];
  disabledReason?: string | undefined;
  onApply: (label: string) => void;
  onCancel: () => void;
}

export const SelectionToolbar = forwardRef<HTMLDivElement, Props>(function SelectionToolbar(
  { position, tags, disabledReason, onApply, onCancel },
  ref,
) {
  const [draft, setDraft] = useState('');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    if (event.target instanceof HTMLInputElement) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  };

  if (disabledReason) {
    return (
      <div ref={ref} role="toolbar" aria-label="Tag selection" className="tag-toolbar" style={position} onKeyDown={onKeyDown}>
        <p className="tag-toolbar__disabled">{disabledReason}</p>
      </div>
    );
  }

  return (
    <div ref={ref} role="toolbar" aria-label="Tag selection" className="tag-toolbar" style={position} onKeyDown={onKeyDown}>
      {tags.map((tag) => (
        <button
          key={tag.label}
          type="button"
          className="tag-button"
          title={tag.description ?? `Tag the selection as “${tag.label}”`}
          // Keep the text selection alive: a click must not move focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onApply(tag.label)}
          aria-keyshortcuts={tag.hotkey !== undefined ? String(tag.hotkey) : undefined}
        >
          <span className="tag-swatch" aria-hidden="true" style={{ background: tag.color }} />
          {tag.label}
          {tag.hotkey !== undefined && (
            <kbd className="tag-button__key" aria-hidden="true">
              {tag.hotkey}
            </kbd>
          )}
        </button>
      ))}
      <form
        className="tag-toolbar__new"
        onSubmit={(event) => {
          event.preventDefault();
          const label = draft.trim();
          if (label) onApply(label);
        }}
      >
        <input
          type="text"
          name="new-tag"
          aria-keyshortcuts="n"
          title="New tag (n)"
          aria-label="New tag"
          placeholder="New tag… (n)"
          value={draft}
          maxLength={200}
          onChange={(event) => setDraft(event.target.value)}
        />
      </form>
    </div>
  );
});

/** In re-attach mode: one action for the selection, the new place of an annotation. */
export const ReattachToolbar = forwardRef<
  HTMLDivElement,
  { position: { top: number; left: number }; onReattach: () => void; onCancel: () => void }
>(function ReattachToolbar({ position, onReattach, onCancel }, ref) {
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Re-attach annotation"
      className="tag-toolbar"
      style={position}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <button type="button" className="tag-button" onMouseDown={(event) => event.preventDefault()} onClick={onReattach}>
        Re-attach here
      </button>
    </div>
  );
});
