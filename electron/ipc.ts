/**
 * The main-process end of the API: one `ipcMain.handle` per declared call,
 * nothing else. Arguments are validated by `dispatch` (the same code the test
 * bridge runs), and errors come back as values, because Electron reduces a
 * thrown error to a bare message string.
 */
import { ipcMain, type WebFrameMain } from 'electron';
import { CALL_NAMES, channelOf, type ApiResult, type Handlers } from '../annotations/api/contract';
import { dispatch } from '../annotations/api/dispatch';
import { toWire } from '../annotations/api/wire';

const refused: ApiResult<never> = {
  ok: false,
  error: { kind: 'invalid-argument', message: 'Call refused: untrusted sender' },
};

export function registerIpc(
  handlers: Handlers,
  isTrustedSender: (frame: WebFrameMain | null) => boolean,
): void {
  for (const name of CALL_NAMES) {
    const channel = channelOf(name);
    ipcMain.handle(channel, async (event, args: unknown): Promise<ApiResult<unknown>> => {
      // Checked on every call, not once per window: the frame may have been
      // navigated (or replaced) since the window was created.
      if (!isTrustedSender(event.senderFrame)) return refused;
      return toWire(name, await dispatch(handlers, channel, args));
    });
  }
}
