/**
 * The page of the command registry's key test (commands/registry.test.ts): a
 * registry whose runners record the commands they ran, on a page with the
 * kinds of element keys arrive from (text fields, buttons, a modal dialog).
 */
import type { CommandId, Keys } from '../../annotations/api/commands';
import { CommandRegistry } from '../commands/registry';

export interface KeysPage {
  /** Commands run so far, with the key that ran them. */
  ran: string[];
  /** Whether the last keydown's default was prevented (the browser's own action withheld). */
  lastPrevented(): boolean;
  /** Registers a runner for `id` that is enabled or not. */
  enable(id: CommandId, enabled: boolean): void;
}

const registry = new CommandRegistry('other');
const ran: string[] = [];
let prevented = false;
const enabled = new Map<CommandId, boolean>();
const record = (id: CommandId) => (keys?: Keys) => void ran.push(`${id}:${keys?.key ?? ''}`);

document.body.innerHTML = `
  <div id="text" tabindex="0">Some text</div>
  <textarea id="note"></textarea>
  <input id="field" type="text">
  <input id="check" type="checkbox">
  <button id="button" type="button">A button</button>
  <dialog id="dialog"><button id="inside" type="button">In the dialog</button></dialog>
`;
window.addEventListener('keydown', registry.handleKeyDown);
// After the registry (registered later, on the same target): what it decided.
window.addEventListener('keydown', (event) => {
  prevented = event.defaultPrevented;
});

const page: KeysPage = {
  ran,
  lastPrevented: () => prevented,
  enable(id, on) {
    if (!enabled.has(id)) registry.register(id, { run: record(id), isEnabled: () => enabled.get(id) ?? false });
    enabled.set(id, on);
  },
};
(window as unknown as { keysPage: KeysPage }).keysPage = page;
