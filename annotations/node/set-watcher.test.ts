import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from './files';
import { watchSet, type SetWatcher } from './set-watcher';

let dir: string;
let watcher: SetWatcher | null = null;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'annotator-watch-'));
});
afterEach(async () => {
  watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

describe('watchSet', () => {
  it('reports a known article whose bytes changed, once, and ignores everything else', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'one');
    const changes: string[] = [];
    watcher = watchSet(dir, (file) => changes.push(file));
    watcher.known('a.txt', sha256Hex(Buffer.from('one')));

    await writeFile(path.join(dir, 'a.txt.annotations.json'), '{}'); // our own sidecar write
    await writeFile(path.join(dir, 'other.txt'), 'never read by the app');
    await writeFile(path.join(dir, 'a.txt'), 'one'); // rewritten, same bytes
    await settle();
    expect(changes).toEqual([]);

    await writeFile(path.join(dir, 'a.txt'), 'two');
    await writeFile(path.join(dir, 'a.txt'), 'three'); // an editor saving in steps: one report
    await settle();
    expect(changes).toEqual(['a.txt']);
  });

  it('stops reporting once closed', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'one');
    const changes: string[] = [];
    watcher = watchSet(dir, (file) => changes.push(file));
    watcher.known('a.txt', sha256Hex(Buffer.from('one')));
    watcher.close();
    await writeFile(path.join(dir, 'a.txt'), 'two');
    await settle();
    expect(changes).toEqual([]);
  });
});
