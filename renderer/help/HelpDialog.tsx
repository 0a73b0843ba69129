/**
 * A help dialog opened by a command (Help → Keyboard Shortcuts and its keys,
 * Help → About): a native modal <dialog> with a titled header and a Close
 * button. The page behind is inert, Escape closes, focus returns to where it
 * was, and Tab is kept inside. The dialog holds its open state itself: no
 * React state to fall out of step when it is closed (Escape) and reopened in
 * quick succession.
 */
import { useId, useRef, type ReactNode } from 'react';
import type { CommandId } from '../../annotations/api/commands';
import { useCommand } from '../commands/CommandsProvider';
import './help-dialog.css';

/**
 * Keeps Tab inside the dialog: a modal <dialog> makes the page inert, but Tab
 * past its last control would still leave for the browser's own UI.
 */
function trapTab(event: React.KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

interface Props {
  command: CommandId;
  title: string;
  /** Its own class, for its width and content. */
  className: string;
  /** Called each time the command opens it. */
  onOpen?: () => void;
  children: ReactNode;
}

export function HelpDialog({ command, title, className, onOpen, children }: Props): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useCommand(command, () => {
    if (!dialog.current || dialog.current.open) return;
    dialog.current.showModal();
    onOpen?.();
  });
  return (
    <dialog ref={dialog} className={`help-dialog ${className}`} aria-labelledby={titleId} onKeyDown={trapTab}>
      <header className="help-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
          Close
        </button>
      </header>
      {children}
    </dialog>
  );
}
