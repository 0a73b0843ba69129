/**
 * A note editor that saves as the analyst types (after a short pause) and on
 * leaving the field, without overwriting what is being typed when the saved
 * value comes back.
 */
import { useEffect, useRef, useState } from 'react';

const SAVE_DELAY_MS = 500;

export function NoteField({ value, onSave }: { value: string; onSave: (note: string) => void }): React.JSX.Element {
  const [draft, setDraft] = useState(value);
  const timer = useRef<number | undefined>(undefined);
  const saved = useRef(value);

  useEffect(() => {
    // A value from outside (another save) replaces the draft only if the user has no edit pending.
    if (timer.current === undefined) setDraft(value);
    saved.current = value;
  }, [value]);

  const saveNow = (note: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (note !== saved.current) {
      saved.current = note;
      onSave(note);
    }
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <textarea
      className="card__note"
      aria-label="Note"
      spellCheck
      placeholder="Add a note…"
      rows={Math.min(6, Math.max(2, draft.split('\n').length))}
      value={draft}
      onChange={(event) => {
        const note = event.target.value;
        setDraft(note);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => saveNow(note), SAVE_DELAY_MS);
      }}
      onBlur={() => saveNow(draft)}
    />
  );
}
