/**
 * An atomic, durable save in six steps, each of which can fail on its own:
 * open a temporary file beside the target, write, fsync, close, rename it over
 * the target, fsync the folder (without that last step a power cut can undo
 * the rename; write-file-atomic, which this replaces, stops before it).
 *
 * The steps go through `FsSteps`, so that the fault tests can make any one of
 * them fail with any error code (fault-injection.test.ts) and a child process
 * can be killed between any two (kill.test.ts). A failure before the rename
 * leaves the target untouched and removes the temporary file; a failure of the
 * folder fsync comes after the rename (the new content is in place but not
 * known to be durable) and is reported all the same, so the caller retries.
 *
 * Temporary files are named `.<target>.<pid>-<n>.ra-tmp`: hidden, unique per
 * process, and recognisable, so that `removeStrayTemporaries` can delete those
 * a crash left behind when the set is next opened.
 */
import { constants } from 'node:fs';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AnnotatorError, messageOf } from '../errors';

/** A step of the save, as named in errors and in the fault tests. */
export type WriteStep = 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'dir-fsync';
export const WRITE_STEPS: readonly WriteStep[] = ['open', 'write', 'fsync', 'close', 'rename', 'dir-fsync'];

export interface FileLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The filesystem calls a save makes. */
export interface FsSteps {
  /** Creates the temporary file (exclusive: never an existing file). */
  create(file: string): Promise<FileLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Opens a folder for fsync. */
  openDirectory(dir: string): Promise<FileLike>;
}

export const nodeFs: FsSteps = {
  create: (file) => open(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644),
  rename,
  unlink,
  openDirectory: (dir) => open(dir, 'r'),
};

/**
 * A save that failed, with the step and the system's error code (EIO,
 * ENOSPC…). Its message names the file and says why in words:
 * "a.txt.annotations.json: the disk is full (ENOSPC while writing)".
 */
export class SaveError extends AnnotatorError {
  constructor(
    readonly target: string,
    readonly step: WriteStep,
    readonly code: string,
    cause: unknown,
  ) {
    super('io', `${path.basename(target)}: ${describeCode(code, cause)} (${code || 'error'} while ${STEP_WORDS[step]})`, path.basename(target));
    this.name = 'SaveError';
    this.cause = cause;
  }
}

const STEP_WORDS: Record<WriteStep, string> = {
  open: 'creating the temporary file',
  write: 'writing',
  fsync: 'flushing to disk',
  close: 'closing the file',
  rename: 'replacing the file',
  'dir-fsync': 'flushing the folder to disk',
};

const CODE_WORDS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EIO: 'the disk reported an input/output error',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted (the file may be locked by another program)',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is busy (locked by another program)',
  ENOENT: 'the folder no longer exists',
};

function describeCode(code: string, cause: unknown): string {
  return CODE_WORDS[code] ?? (messageOf(cause));
}

export const TEMP_SUFFIX = '.ra-tmp';
let counter = 0;

/** Renames that fail on Windows while an antivirus or indexer holds the file: retried, then reported. */
const RETRIED_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_DELAYS_MS = [10, 30, 100, 300];
/** A folder fsync some platforms refuse (Windows: EPERM/EISDIR/EACCES; some filesystems: EINVAL). */
const DIR_FSYNC_UNSUPPORTED = process.platform === 'win32' ? new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL']) : new Set(['EINVAL']);

export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: FsSteps = nodeFs): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}-${++counter}${TEMP_SUFFIX}`);
  await step(target, 'open', async () => {
    const file = await fs.create(temp);
    try {
      await step(target, 'write', () => file.writeFile(data));
      await step(target, 'fsync', () => file.sync());
    } catch (error) {
      await file.close().catch(() => undefined);
      throw error;
    }
    await step(target, 'close', () => file.close());
  }).catch(async (error: unknown) => {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  });
  await step(target, 'rename', () => renameRetrying(fs, temp, target)).catch(async (error: unknown) => {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  });
  await step(target, 'dir-fsync', async () => {
    let handle: FileLike | undefined;
    try {
      handle = await fs.openDirectory(dir);
      await handle.sync();
    } catch (error) {
      if (!DIR_FSYNC_UNSUPPORTED.has(codeOf(error))) throw error;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  });
}

async function renameRetrying(fs: FsSteps, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const delay = RENAME_DELAYS_MS[attempt];
      if (delay === undefined || !RETRIED_RENAME.has(codeOf(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Runs one step; its failure becomes a SaveError naming the step (unless an inner step already did). */
async function step<T>(target: string, name: WriteStep, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SaveError) throw error;
    throw new SaveError(target, name, codeOf(error), error);
  }
}

/** Deletes the temporary files a crash left in `dir`; returns their names. */
export async function removeStrayTemporaries(dir: string): Promise<string[]> {
  const stray = (await readdir(dir)).filter((name) => name.startsWith('.') && name.endsWith(TEMP_SUFFIX));
  for (const name of stray) await unlink(path.join(dir, name)).catch(() => undefined);
  return stray;
}

export function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
