/**
 * Turns a raw call (channel + untrusted arguments) into a validated handler
 * call and an `ApiResult`. Shared by Electron's `ipcMain.handle` and the test
 * bridge, so both run exactly the same checks.
 */
import { AnnotatorError, messageOf } from '../errors';
import { callArgs, callNameOf, type ApiResult, type CallName, type Handlers } from './contract';

export async function dispatch(handlers: Handlers, channel: string, rawArgs: unknown): Promise<ApiResult<unknown>> {
  const name = callNameOf(channel);
  if (name === null) {
    return { ok: false, error: { kind: 'invalid-argument', message: `Unknown call "${channel}".` } };
  }
  const parsed = callArgs[name].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      error: { kind: 'invalid-argument', message: `Invalid arguments for ${name}${where}: ${issue?.message ?? 'rejected'}.` },
    };
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error, name) };
  }
}

function toApiError(error: unknown, name: CallName): { kind: AnnotatorError['kind']; message: string; file?: string } {
  if (error instanceof AnnotatorError) {
    return error.file === undefined
      ? { kind: error.kind, message: error.message }
      : { kind: error.kind, message: error.message, file: error.file };
  }
  const message = messageOf(error);
  return { kind: 'internal', message: `${name} failed: ${message}` };
}
