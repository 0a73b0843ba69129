import { statfs } from 'node:fs/promises';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { watchModeFor, watchModeOf } from './network-folder';

describe('watchModeFor', () => {
  it.each([
    ['NFS', 0x6969],
    ['SMB', 0x517b],
    ['CIFS', 0xff534d42],
    ['SMB2', 0xfe534d42],
    ['9p', 0x01021997],
    ['FUSE', 0x65735546],
  ])('polls a Linux folder on %s', (name, fsType) => {
    expect(watchModeFor({ platform: 'linux', folder: '/mnt/share/set', fsType })).toEqual({ mode: 'polling', reason: `a ${name} file system` });
  });

  it.each([
    ['ext4', 0xef53],
    ['btrfs', 0x9123683e],
    ['tmpfs', 0x01021994],
    ['overlayfs', 0x794c7630],
  ])('uses the system’s events on a local Linux file system (%s)', (_name, fsType) => {
    expect(watchModeFor({ platform: 'linux', folder: '/home/me/set', fsType })).toEqual({ mode: 'events' });
  });

  it.each(['\\\\server\\share\\set', '//server/share/set', '\\\\?\\UNC\\server\\share\\set'])('polls a UNC path on Windows: %s', (folder) => {
    expect(watchModeFor({ platform: 'win32', folder })).toEqual({ mode: 'polling', reason: 'a network share (UNC path)' });
  });

  it.each(['C:\\Users\\me\\set', '\\\\?\\C:\\Users\\me\\set', '\\\\.\\C:\\set'])('uses the system’s events for a local Windows path: %s', (folder) => {
    expect(watchModeFor({ platform: 'win32', folder })).toEqual({ mode: 'events' });
  });

  it('uses the system’s events on macOS, whose file system type Node cannot name', () => {
    expect(watchModeFor({ platform: 'darwin', folder: '/Volumes/share/set', fsType: 0x1a })).toEqual({ mode: 'events' });
  });

  it('reads the file system type of a folder of this machine', async () => {
    const folder = os.tmpdir();
    const fsType = process.platform === 'linux' ? (await statfs(folder)).type : undefined;
    expect(await watchModeOf(folder)).toEqual(watchModeFor({ platform: process.platform, folder, ...(fsType === undefined ? {} : { fsType }) }));
  });
});
