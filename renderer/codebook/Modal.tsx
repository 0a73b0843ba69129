/**
 * A modal dialog on the native <dialog>: focus is trapped and Escape closes
 * it (the browser does both), and its heading names it for screen readers.
 * The element marked `data-autofocus` takes the focus when it opens.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './codebook.css';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function Modal({ title, onClose, children, className }: Props): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // The browser focuses the first control (Close); a field meant to be typed in says so. React's
      // autoFocus ran while the dialog was still closed, when nothing in it could take the focus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="modal__header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      {children}
    </dialog>
  );
}
