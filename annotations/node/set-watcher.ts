/**
 * Notices when article files of the open set change on disk (an outlet's
 * correction pasted in, a cleaner copy swapped in, a sync tool), using Node's
 * own fs.watch on the set folder. Editors often save in several steps
 * (truncate, write, rename), so events are debounced per file and reported
 * only when the file's bytes really changed.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from './files';

const DEBOUNCE_MS = 150;

export interface SetWatcher {
  /** Tells the watcher the hash the app last read, so its own reads do not count as changes. */
  known(file: string, sha256: string): void;
  close(): void;
}

export function watchSet(folder: string, onChange: (file: string) => void): SetWatcher {
  const hashes = new Map<string, string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let watcher: FSWatcher | null = null;

  const check = async (file: string) => {
    let sha: string;
    try {
      sha = sha256Hex(await readFile(path.join(folder, file)));
    } catch {
      sha = 'missing';
    }
    if (hashes.get(file) === sha) return;
    hashes.set(file, sha);
    onChange(file);
  };

  try {
    watcher = watch(folder, { persistent: false }, (_event, name) => {
      const file = name?.toString();
      // Only articles the app has read: sidecars are our own writes, other files are not articles.
      if (!file || !hashes.has(file)) return;
      clearTimeout(timers.get(file));
      timers.set(
        file,
        setTimeout(() => {
          timers.delete(file);
          void check(file);
        }, DEBOUNCE_MS),
      );
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    // Some file systems (network shares) cannot be watched: the app still works, it just won't notice edits.
    watcher = null;
  }

  return {
    known: (file, sha256) => hashes.set(file, sha256),
    close: () => {
      watcher?.close();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
