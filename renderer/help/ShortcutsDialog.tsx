/**
 * The keyboard shortcuts overlay (`?`, Help → Keyboard Shortcuts, the
 * "Keyboard shortcuts" button): every command of the shortcut table with its
 * keys on this platform, by group. A native modal <dialog>: the page behind
 * is inert, Escape closes, and focus returns to where it was; Tab is kept inside.
 */
import { formatKeys, keysFor, shortcutCommands, type CommandDef, type CommandGroup } from '../../annotations/api/commands';
import { useCommands } from '../commands/CommandsProvider';
import { HelpDialog } from './HelpDialog';
import './shortcuts-dialog.css';

/** An id for a group's heading (ids cannot hold spaces: aria-labelledby splits on them). */
const groupId = (group: CommandGroup) => `shortcuts-${group.toLowerCase().replace(/\s+/gu, '-')}`;

const GROUPS: readonly CommandGroup[] = ['Tagging', 'Current annotation', 'Elsewhere', 'Reading caret', 'App', 'View'];

export function ShortcutsDialog(): React.JSX.Element {
  const registry = useCommands();

  const keysOf = (command: CommandDef) =>
    command.summary ? [command.summary] : keysFor(command, registry.platform).map((keys) => formatKeys(keys, registry.platform));

  return (
    <HelpDialog command="showShortcuts" title="Keyboard shortcuts" className="shortcuts">
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
    </HelpDialog>
  );
}
