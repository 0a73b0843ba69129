/**
 * Runs the commands of the shortcut table (annotations/api/commands.ts).
 * The table says which keys give which command; the component that owns the
 * state a command acts on registers its runner here (the selection toolbar
 * for tagging a selection, the workspace for the current annotation, the
 * reading caret for moving it). Keys, native menu items and buttons all end
 * in `run`, so each action exists once.
 *
 * Several runners may be registered for one command (a digit tags the
 * selection, or else the current annotation): the enabled one with the
 * highest `priority` runs (the selection's, while there is one).
 */
import { commandFor, type CommandDef, type CommandId, type Keys, type Platform } from '../../annotations/api/commands';

export interface Runner {
  /** `keys`: the combination that was pressed (a digit tells which tag); absent from a menu or button. */
  run: (keys?: Keys) => void;
  isEnabled?: () => boolean;
  /** Among enabled runners of one command, the highest runs (default 0; ties: the last registered). */
  priority?: number;
}

export class CommandRegistry {
  private readonly runners = new Map<CommandId, Runner[]>();

  constructor(readonly platform: Platform) {}

  register(id: CommandId, runner: Runner): () => void {
    const list = this.runners.get(id) ?? [];
    this.runners.set(id, [...list, runner]);
    return () => this.runners.set(id, (this.runners.get(id) ?? []).filter((r) => r !== runner));
  }

  private enabledRunner(id: CommandId): Runner | undefined {
    let best: Runner | undefined;
    for (const runner of this.runners.get(id) ?? []) {
      if (!(runner.isEnabled?.() ?? true)) continue;
      if (!best || (runner.priority ?? 0) >= (best.priority ?? 0)) best = runner;
    }
    return best;
  }

  isEnabled(id: CommandId): boolean {
    return this.enabledRunner(id) !== undefined;
  }

  /** Runs the command if something can run it now; false otherwise. */
  run(id: CommandId, keys?: Keys): boolean {
    const runner = this.enabledRunner(id);
    if (!runner) return false;
    runner.run(keys);
    return true;
  }

  /**
   * The window's keydown handler. A key that gives no enabled command is left
   * to the browser (arrows scroll, Tab moves focus).
   */
  handleKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const found = commandFor(event, this.platform);
    if (!found || !acceptsFrom(event, found.command)) return;
    if (this.run(found.command.id, found.keys)) event.preventDefault();
  };
}

/** Fields where keys are typing, not commands. */
function isTextEntry(target: Element): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Controls that Enter (or Space) activates themselves. */
function activatesOnEnter(target: Element): boolean {
  return target.closest('button, a[href], summary, input, select, [role="button"], [role="option"], [role="menuitem"], [role="checkbox"], [role="tab"]') !== null;
}

function acceptsFrom(event: KeyboardEvent, command: CommandDef): boolean {
  // The native menu handles its own accelerators (Open set…, Export brief…).
  if (command.byMenu) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return true;
  // A modal dialog (the shortcuts overlay, the Codebook) has the keyboard to
  // itself but for undo and redo; Escape closes it natively.
  if (document.querySelector('dialog:modal') && command.inDialogs !== true) return false;
  if (isTextEntry(target)) return command.id === 'cancel' || command.inTextFields === true;
  if (event.key === 'Enter' && activatesOnEnter(target)) return false;
  return true;
}
