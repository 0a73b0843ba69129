/**
 * The real filesystem steps of a save, with one step made to fail on demand:
 * `arm({ step: 'fsync', code: 'EIO' })` makes the next saves of sidecars fail
 * at that step with that code, until `disarm()`. Only sidecar saves fail (and
 * the folder fsync, which cannot tell files apart), so that settings and the
 * codebook still save.
 *
 * `before`, if given, is called before each step of every sidecar save (the
 * folder fsync included, named by the sidecar renamed just before it) and is
 * awaited: tests count saves with it, hold a save at a step, or stop a child
 * process there. Test support only.
 */
import path from 'node:path';
import { type FileLike, type FsSteps, nodeFs, type WriteStep } from '../atomic-write';

export interface Fault {
  step: WriteStep;
  code: string;
}

export interface FaultyFs extends FsSteps {
  arm(fault: Fault): void;
  disarm(): void;
  /** How many times the armed fault fired. */
  readonly fired: number;
  /** How many sidecar saves started (temporary sidecar files created, or tried). */
  readonly saves: number;
}

/** Called before a step of a sidecar save with the file it acts on (the temporary file; the sidecar for the folder fsync). */
export type StepHook = (step: WriteStep, file: string) => void | Promise<void>;

function failure(code: string, step: WriteStep): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected failure at ${step}`);
  error.code = code;
  return error;
}

const isSidecarTemp = (file: string) => path.basename(file).includes('.annotations.json');

export function faultyFs(before?: StepHook): FaultyFs {
  let fault: Fault | null = null;
  let fired = 0;
  let saves = 0;
  /** The sidecar renamed last, whose save the next folder fsync completes. */
  let renamed: string | null = null;
  const fail = (step: WriteStep, file: string) => {
    if (fault?.step !== step || (step !== 'dir-fsync' && !isSidecarTemp(file))) return;
    fired += 1;
    throw failure(fault.code, step);
  };
  /** `file` is the one the step acts on ('' for a folder fsync after another file's save). */
  const hook = async (step: WriteStep, file: string) => {
    if (before && (step === 'dir-fsync' ? file !== '' : isSidecarTemp(file))) await before(step, file);
  };
  const enter = async (step: WriteStep, file: string) => {
    await hook(step, file);
    fail(step, file);
  };
  const wrap = (file: string, real: FileLike, dirOf: string | null): FileLike => ({
    writeFile: async (data) => {
      await enter('write', file);
      await real.writeFile(data);
    },
    sync: async () => {
      if (dirOf === null) await enter('fsync', file);
      else await enter('dir-fsync', dirOf);
      await real.sync();
    },
    close: async () => {
      if (dirOf === null) await hook('close', file);
      // The real handle is closed in any case, so that a failing close leaks nothing.
      await real.close();
      if (dirOf === null) fail('close', file);
    },
  });
  return {
    create: async (file) => {
      if (isSidecarTemp(file)) saves += 1;
      await enter('open', file);
      return wrap(file, await nodeFs.create(file), null);
    },
    rename: async (from, to) => {
      await enter('rename', from);
      await nodeFs.rename(from, to);
      renamed = isSidecarTemp(from) ? to : null;
    },
    unlink: (file) => nodeFs.unlink(file),
    openDirectory: async (dir) => {
      const sidecar = renamed ?? '';
      renamed = null;
      return wrap('', await nodeFs.openDirectory(dir), sidecar);
    },
    arm: (next) => {
      fault = next;
    },
    disarm: () => {
      fault = null;
    },
    get fired() {
      return fired;
    },
    get saves() {
      return saves;
    },
  };
}
