/**
 * The keyboard shortcuts overlay (`?`, Help → Keyboard Shortcuts, the
 * "Keyboard shortcuts" button): every command of the shortcut table with its
 * keys on this platform, by group. A native modal <dialog>: the page behind
 * is inert, Escape closes, and focus returns to where it was; Tab is kept inside.
 */
import { useRef } from 'react';
import { formatKeys, keysFor, shortcutCommands, type CommandDef, type CommandGroup } from '../../annotations/api/commands';
import { useCommand, useCommands } from '../commands/CommandsProvider';
import './shortcuts-dialog.css';

/**
 * Keeps Tab inside the dialog: a modal <dialog> makes the page inert, but Tab
 * past its last control would still leave for the browser's own UI.
 */
function trapTab(event: React.KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** An id for a group's heading (ids cannot hold spaces: aria-labelledby splits on them). */
const groupId = (group: CommandGroup) => `shortcuts-${group.toLowerCase().replace(/\s+/gu, '-')}`;

const GROUPS: readonly CommandGroup[] = ['Tagging', 'Current annotation', 'Reading caret', 'App', 'View'];

export function ShortcutsDialog(): React.JSX.Element {
  const registry = useCommands();
  const dialog = useRef<HTMLDialogElement>(null);

  // The native dialog holds the open state itself: no React state to fall out
  // of step when it is closed (Escape) and reopened in quick succession.
  useCommand('showShortcuts', () => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  });

  const keysOf = (command: CommandDef) =>
    command.summary ? [command.summary] : keysFor(command, registry.platform).map((keys) => formatKeys(keys, registry.platform));

  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onKeyDown={trapTab}>
      <header className="shortcuts__header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
          Close
        </button>
      </header>
      <div className="shortcuts__groups">
        {GROUPS.map((group) => (
          <section key={group} aria-labelledby={groupId(group)}>
            <h3 id={groupId(group)}>{group}</h3>
            <table className="shortcuts__table">
              <tbody>
                {shortcutCommands()
                  .filter((c) => c.group === group)
                  .map((command) => (
                    <tr key={command.id}>
                      <th scope="row">{command.label}</th>
                      <td>
                        {keysOf(command).map((text, i) => (
                          <span key={text}>
                            {i > 0 && <span className="shortcuts__or"> or </span>}
                            <kbd>{text}</kbd>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
        <p className="shortcuts__note">
          Letters, digits and Enter act when the focus is not in a text field; Escape always brings you back to the article text.
        </p>
      </div>
    </dialog>
  );
}
