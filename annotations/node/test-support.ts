/** Shared by the Node-side tests (never imported by app code). */
import { expect } from 'vitest';
import { type ApiError, type ApiResult, type CallArgs, type CallName, type CallResults, channelOf, type Handlers } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { AnnotatorError } from '../errors';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createService, type AnnotatorService, type ServiceOptions } from './service';

/** Awaits a promise that must reject with an AnnotatorError, and returns that error. */
export async function refusal(promise: Promise<unknown>): Promise<AnnotatorError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AnnotatorError);
  return error as AnnotatorError;
}

/** One call as IPC makes it: arguments cloned through JSON, validated by dispatch. */
export async function ipcCall<K extends CallName>(handlers: Handlers, name: K, args: CallArgs<K>): Promise<ApiResult<CallResults[K]>> {
  return (await ipcCallRaw(handlers, name, args)) as ApiResult<CallResults[K]>;
}

/** The same with arguments of any shape, for the calls the validation must refuse. */
export async function ipcCallRaw(handlers: Handlers, name: CallName, args: unknown): Promise<ApiResult<unknown>> {
  return dispatch(handlers, channelOf(name), JSON.parse(JSON.stringify(args)) as unknown);
}

export function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function failure<T>(result: ApiResult<T>): ApiError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 500)}`);
  return result.error;
}

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/**
 * A service as the app starts it, its data folder under `root` (the seed set
 * from the repository, never copied unless a test asks for the first launch);
 * dialogs that choose nothing unless given.
 */
export function testService(root: string, options: Partial<ServiceOptions> = {}): AnnotatorService {
  return createService({
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'data', 'Seed set'),
    seedsDir: SEEDS,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
    ...options,
  });
}
