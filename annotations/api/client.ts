/**
 * Builds `window.annotator` from a transport: Electron's preload passes
 * `ipcRenderer.invoke`/`on`; the test bridge passes a Playwright binding.
 * Only the declared calls exist on the result.
 *
 * It runs in the page's process, so it imports no schemas (calls.ts says
 * why): arguments are validated in main, where they arrive. Results come
 * as the transports encoded them (wire.ts) and leave as the contract says.
 */
import { CALL_NAMES, COMMAND_CHANNEL, EVENT_CHANNEL, channelOf } from './calls';
import { CONTEXT_MENU_COMMANDS, MENU_COMMANDS } from './commands';
import type { AnnotatorApi, AppCommand, AppEvent } from './contract';
import { fromWire } from './wire';

export function makeClient(
  invoke: (channel: string, args: unknown) => Promise<unknown>,
  subscribe: (channel: string, listener: (payload: unknown) => void) => () => void,
): AnnotatorApi {
  const api: Record<string, unknown> = {};
  for (const name of CALL_NAMES) {
    api[name] = async (args: unknown) => fromWire(name, await invoke(channelOf(name), args));
  }
  api['onCommand'] = (listener: (command: AppCommand) => void) =>
    subscribe(COMMAND_CHANNEL, (payload) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(payload) || (CONTEXT_MENU_COMMANDS as readonly unknown[]).includes(payload)) listener(payload as AppCommand);
    });
  api['onEvent'] = (listener: (event: AppEvent) => void) =>
    subscribe(EVENT_CHANNEL, (payload) => {
      if (isEvent(payload)) listener(payload);
    });
  return api as AnnotatorApi;
}

/** Only main sends events (typed AppEvent there); this keeps anything else on the channel from reaching the UI's switch. */
function isEvent(payload: unknown): payload is AppEvent {
  return typeof payload === 'object' && payload !== null && typeof (payload as { type?: unknown }).type === 'string';
}
