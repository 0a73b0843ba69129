/**
 * The real filesystem steps of a save, with one step made to fail on demand:
 * `arm({ step: 'fsync', code: 'EIO' })` makes the next saves of sidecars fail
 * at that step with that code, until `disarm()`. Only sidecar saves fail (and
 * the folder fsync, which cannot tell files apart), so that settings and the
 * codebook still save. Test support only.
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
}

function failure(code: string, step: WriteStep): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected failure at ${step}`);
  error.code = code;
  return error;
}

const isSidecarTemp = (file: string) => path.basename(file).includes('.annotations.json');

export function faultyFs(): FaultyFs {
  let fault: Fault | null = null;
  let fired = 0;
  const fail = (step: WriteStep, file: string) => {
    if (fault?.step !== step || (step !== 'dir-fsync' && !isSidecarTemp(file))) return;
    fired += 1;
    throw failure(fault.code, step);
  };
  const wrap = (file: string, real: FileLike): FileLike => ({
    writeFile: async (data) => {
      fail('write', file);
      await real.writeFile(data);
    },
    sync: async () => {
      fail(file === '' ? 'dir-fsync' : 'fsync', file);
      await real.sync();
    },
    close: async () => {
      // The real handle is closed in any case, so that a failing close leaks nothing.
      await real.close();
      fail('close', file);
    },
  });
  return {
    create: async (file) => {
      fail('open', file);
      return wrap(file, await nodeFs.create(file));
    },
    rename: async (from, to) => {
      fail('rename', to);
      await nodeFs.rename(from, to);
    },
    unlink: (file) => nodeFs.unlink(file),
    openDirectory: async (dir) => wrap('', await nodeFs.openDirectory(dir)),
    arm: (next) => {
      fault = next;
    },
    disarm: () => {
      fault = null;
    },
    get fired() {
      return fired;
    },
  };
}
