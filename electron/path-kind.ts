/** What a path is on disk, for launch-target.ts (kept apart so that module stays pure). */
import { stat } from 'node:fs/promises';
import { setFolderFor, type PathKind } from './launch-target';

export async function pathKind(target: string): Promise<PathKind> {
  try {
    const info = await stat(target);
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** The set folder for a path the app was given; throws a LaunchTargetError naming the path and the problem. */
export async function resolveSetFolder(target: string): Promise<string> {
  return setFolderFor(target, await pathKind(target));
}
