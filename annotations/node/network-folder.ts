/**
 * Whether a set folder must be polled to notice changes: on a network share
 * the system's file events report, at best, what this machine did, never
 * what another machine or the server's sync did, and fail without a word.
 *
 * Recognised: on Linux, by the file system's type as statfs(2) gives it
 * (NFS, SMB/CIFS, 9p such as WSL's Windows drives, FUSE such as sshfs,
 * rclone or a sync client's mount, and the other network file systems);
 * on Windows, UNC paths (\\server\share). Elsewhere (macOS, a mapped drive
 * letter on Windows) the type cannot be read from Node: the system's events
 * are used, and a failure of theirs falls back to polling (set-watcher.ts).
 */
import { statfs } from 'node:fs/promises';
import type { WatchMode } from './set-watcher';

/** statfs(2) `f_type` of the Linux file systems that carry other machines' changes (linux/magic.h). */
const LINUX_NETWORK_FS: ReadonlyMap<number, string> = new Map([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS'],
  [0xfe534d42, 'SMB2'],
  [0x01021997, '9p'],
  [0x65735546, 'FUSE'],
  [0x5346414f, 'AFS'],
  [0x73757245, 'Coda'],
  [0x564c, 'NCP'],
  [0x00c36400, 'Ceph'],
  [0x47504653, 'GPFS'],
  [0x0bd00bd0, 'Lustre'],
]);

export interface FolderFacts {
  platform: NodeJS.Platform;
  /** The folder's real path. */
  folder: string;
  /** statfs(2) f_type, where it could be read. */
  fsType?: number;
}

/** How to watch a folder, and why when it is polled. */
export function watchModeFor({ platform, folder, fsType }: FolderFacts): { mode: WatchMode; reason?: string } {
  if (platform === 'win32' && /^(?:\\\\\?\\UNC\\|(?:\\\\|\/\/)(?![?.][\\/]))/iu.test(folder)) return { mode: 'polling', reason: 'a network share (UNC path)' };
  if (platform === 'linux' && fsType !== undefined) {
    const name = LINUX_NETWORK_FS.get(fsType);
    if (name !== undefined) return { mode: 'polling', reason: `a ${name} file system` };
  }
  return { mode: 'events' };
}

/** watchModeFor on this machine: reads the folder's file system type (a failure to read it means events). */
export async function watchModeOf(folder: string): Promise<{ mode: WatchMode; reason?: string }> {
  let fsType: number | undefined;
  if (process.platform === 'linux') fsType = await statfs(folder).then((s) => s.type, () => undefined);
  return watchModeFor({ platform: process.platform, folder, ...(fsType === undefined ? {} : { fsType }) });
}
