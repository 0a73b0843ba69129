/**
 * Watches the open set's folder for entries that appear, change or go:
 * articles added, removed or renamed by a file manager, a sidecar rewritten
 * by `git pull` or a sync client. It only says which names moved; what that
 * means for the set is decided by set-folder-sync.ts, which reads the folder.
 *
 * chokidar (version 4) gives one behaviour over the system's file events
 * (inotify, FSEvents, ReadDirectoryChangesW) and a polling mode. Polling is
 * used where the system's events do not come: folders on network shares
 * (network-folder.ts), and after the events failed (too many open files or
 * watches): then the user is told, and told again if polling fails as well.
 *
 * Events come in bursts (an editor's save in steps, a pull of many files), so
 * names are gathered until the folder has been quiet for a moment.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { watch as chokidarWatch, type ChokidarOptions, type FSWatcher } from 'chokidar';
import { messageOf } from '../errors';
import { isSidecarName } from '../sidecar/schema';
import { errorCode } from './files';

/** Quiet time after the last event before the names gathered are reported. */
const SETTLE_MS = 150;
/** A burst that never goes quiet is still reported this often. */
const MAX_WAIT_MS = 1000;
/** How often a polled folder is looked at: a network share is asked for every file's details each time. */
export const POLL_INTERVAL_MS = 2000;

export type WatchMode = 'events' | 'polling';

export interface WatchProblem {
  /** 'polling': the system's events failed and the folder is polled now; 'stopped': changes on disk are not noticed any more. */
  kind: 'polling' | 'stopped';
  /** In words, for the analyst. */
  message: string;
}

/** What moved in the folder, reported once it is quiet. */
export interface FolderChange {
  /** Names of the entries (articles, sidecars) that appeared, changed or went. */
  names: ReadonlySet<string>;
  /** Events may have been missed (the watcher was replaced): every entry is to be looked at. */
  everything: boolean;
}

export interface WatchCallbacks {
  changed(change: FolderChange): void;
  problem(problem: WatchProblem): void;
}

/** Starts a chokidar watcher (tests wrap it to inject the failures a real system gives). */
export type OpenWatcher = (folder: string, options: ChokidarOptions) => FSWatcher;

export interface WatchOptions {
  mode?: WatchMode;
  pollIntervalMs?: number;
  open?: OpenWatcher;
}

export interface SetWatcher {
  readonly mode: WatchMode;
  /** Resolves when the watcher has read the folder and reports changes from then on. */
  ready: Promise<void>;
  close(): void;
}

/** The entries a set is made of: articles and their sidecars, not hidden, not our temporary or lock files. */
export function isWatchedName(name: string): boolean {
  if (name.startsWith('.')) return false;
  const lower = name.toLowerCase();
  return lower.endsWith('.txt') || isSidecarName(name);
}

export function watchSet(folder: string, callbacks: WatchCallbacks, options: WatchOptions = {}): SetWatcher {
  const open = options.open ?? chokidarWatch;
  const pending = new Set<string>();
  let everything = false;
  let settleTimer: NodeJS.Timeout | undefined;
  let firstPending: number | undefined;
  let closed = false;

  const flush = () => {
    settleTimer = undefined;
    firstPending = undefined;
    if (closed || (pending.size === 0 && !everything)) return;
    const change = { names: new Set(pending), everything };
    pending.clear();
    everything = false;
    callbacks.changed(change);
  };

  /** A name that moved (undefined: events may have been missed, look at everything). */
  const note = (name: string | undefined) => {
    if (name === undefined) everything = true;
    else pending.add(name);
    const now = Date.now();
    firstPending ??= now;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(flush, Math.max(0, Math.min(SETTLE_MS, firstPending + MAX_WAIT_MS - now)));
  };

  const start = (mode: WatchMode): { watcher: FSWatcher; mode: WatchMode; ready: Promise<void> } => {
    const watcher = open(folder, {
      persistent: false,
      ignoreInitial: true,
      depth: 0,
      usePolling: mode === 'polling',
      interval: options.pollIntervalMs ?? POLL_INTERVAL_MS,
      binaryInterval: options.pollIntervalMs ?? POLL_INTERVAL_MS,
      // Everything but the folder itself and the names a set is made of.
      ignored: (entry) => path.resolve(entry) !== path.resolve(folder) && !isWatchedName(path.basename(entry)),
    });
    const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    watcher.on('all', (event, entry) => {
      if (path.resolve(entry) === path.resolve(folder)) {
        if (event === 'unlinkDir') stop(goneMessage());
        return;
      }
      note(path.basename(entry));
    });
    // A folder with no entries left to report its going: the folder's own raw events are checked.
    watcher.on('raw', (_event, entry, details) => {
      const watched = typeof details === 'object' && details !== null && 'watchedPath' in details ? details.watchedPath : undefined;
      const about = typeof watched === 'string' ? watched : entry;
      if (path.resolve(folder, about) !== path.resolve(folder)) return;
      void stat(folder).then(
        () => undefined,
        (error: unknown) => errorCode(error) === 'ENOENT' && stop(goneMessage()),
      );
    });
    watcher.on('error', (error) => failed(mode, error));
    return { watcher, mode, ready };
  };

  let current = start(options.mode ?? 'events');

  function failed(mode: WatchMode, error: unknown): void {
    if (closed) return;
    void current.watcher.close();
    if (mode === 'events') {
      current = start('polling');
      callbacks.problem({
        kind: 'polling',
        message: `The system stopped reporting changes in ${folder} (${messageOf(error)}). Changes made outside the app are now looked for every ${interval(options.pollIntervalMs ?? POLL_INTERVAL_MS)}.`,
      });
      // Whatever happened while no events came is looked at once.
      note(undefined);
      return;
    }
    stop(`Changes made outside the app in ${folder} are no longer noticed (${messageOf(error)}). Reopen the set to watch it again.`);
  }

  function goneMessage(): string {
    return `The set folder ${folder} is gone (deleted, moved, or its drive or share disconnected). Changes made outside the app are no longer noticed.`;
  }

  function stop(message: string): void {
    if (closed) return;
    closed = true;
    clearTimeout(settleTimer);
    void current.watcher.close();
    callbacks.problem({ kind: 'stopped', message });
  }

  return {
    get mode() {
      return current.mode;
    },
    get ready() {
      return current.ready;
    },
    close: () => {
      closed = true;
      clearTimeout(settleTimer);
      pending.clear();
      void current.watcher.close();
    },
  };
}

function interval(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
