/**
 * A service on real temporary folders, for the fault tests: the seed set
 * copied on first start, calls made as IPC makes them (JSON-cloned, through
 * dispatch), events recorded. Test support only.
 */
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiResult, AppEvent, CallArgs, CallName, CallResults } from '../../api/contract';
import { createAnnotation, type Annotation } from '../../model/annotation';
import type { FsSteps } from '../atomic-write';
import { createService, type AnnotatorService } from '../service';
import { ipcCall, ok } from '../test-support';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));
export const SEED = '000_5070c6c1e48426b5.txt';

export interface Harness {
  service: AnnotatorService;
  /** The seed set the service opened. */
  setDir: string;
  events: AppEvent[];
  call<K extends CallName>(name: K, args: CallArgs<K>): Promise<ApiResult<CallResults[K]>>;
  ok<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResults[K]>;
}

export async function tempRoot(prefix: string): Promise<string> {
  return realpath(await mkdtemp(path.join(os.tmpdir(), prefix)));
}

export async function removeRoot(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

export async function startService(
  root: string,
  options: { fs?: FsSteps; retryDelaysMs?: number[]; initialSet?: string } = {},
  /** The app's data folder, under root: a second instance has its own. */
  dataName = 'data',
): Promise<Harness> {
  const dataDir = path.join(root, dataName);
  const setDir = options.initialSet ?? path.join(root, 'Seed set');
  const events: AppEvent[] = [];
  const service = createService({
    dataDir,
    defaultSetDir: path.join(root, 'Seed set'),
    seedsDir: SEEDS_DIR,
    dialogs: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
    },
    emit: (event) => events.push(event),
    ...(options.initialSet ? { initialSet: options.initialSet } : {}),
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
  });
  await service.start();
  const call = <K extends CallName>(name: K, args: CallArgs<K>) => ipcCall(service.handlers, name, args);
  return { service, setDir, events, call, ok: async (name, args) => ok(await call(name, args)) };
}

/** The n-th sentence-sized passage of the seed article, as createAnnotation takes it (the seed has no astral characters). */
export async function passage(setDir: string, n: number, file = SEED): Promise<{ file: string; start: number; end: number; exact: string }> {
  const text = await readFile(path.join(setDir, file), 'utf8');
  const start = 40 * n;
  const end = start + 25;
  return { file, start, end, exact: text.slice(start, end) };
}

/** An annotation made by another program (another window, a sync client) on `at` of the seed article. */
export function foreignAnnotation(id: string, at: { start: number; end: number; exact: string }, tags = ['From elsewhere']): Annotation {
  return createAnnotation({
    id,
    now: '2025-01-01T00:00:00.000Z',
    source: SEED,
    quote: { type: 'TextQuoteSelector', exact: at.exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: at.start, end: at.end },
    tags,
  });
}
