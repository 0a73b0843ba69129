/** Moves the keyboard focus to the note field of an annotation's card in the panel (Enter on the current annotation). */
export function focusNoteOf(id: string): boolean {
  const card = document.querySelector<HTMLElement>(`.panel [data-annotation-id="${CSS.escape(id)}"]`);
  const note = card?.querySelector<HTMLTextAreaElement>('textarea.card__note');
  if (!note) return false;
  card?.scrollIntoView({ block: 'nearest' });
  note.focus();
  note.setSelectionRange(note.value.length, note.value.length);
  return true;
}
