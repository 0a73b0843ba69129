/**
 * The set folder on disk: its articles, their sidecars and the codebook.
 * Every file name from outside goes through `resolveInside`, so no call can
 * read or write outside the folder the user opened (not via "..", not via a
 * symlink).
 */
import { lstat, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { lock } from 'proper-lockfile';
import { TextDecoder } from 'node:util';
import { AnnotatorError, messageOf } from '../errors';
import { SET_FILE_NAME, type SetFile } from '../model/codebook';
import { fileNameProblem } from '../model/file-name';
import {
  isSidecarName,
  parseSetFile,
  parseSidecar,
  serializeSetFile,
  serializeSidecar,
  sidecarNameFor,
  SET_VERSION,
  SIDECAR_VERSION,
  type Sidecar,
} from '../sidecar/schema';
import { mergeSidecars } from '../sidecar/merge';
import { retargetSidecar } from '../sidecar/retarget';
import { parseTrashFile, serializeTrashFile, TRASH_FILE_NAME, TRASH_VERSION, type TrashFile } from '../sidecar/trash';
import { type FsSteps, nodeFs, removeStrayTemporaries } from './atomic-write';
import { errorCode, exists, readArticleFile, sha256Hex, writeFileAtomic } from './files';
import { KeyedQueue } from './keyed-queue';

export interface SetStoreOptions {
  /** The filesystem steps of a save (the fault tests inject failures here). */
  fs?: FsSteps;
  /** For the names of conflict copies. */
  clock?: () => Date;
  /**
   * Only read the folder (another copy compared or merged from): leave the
   * temporary files of interrupted saves alone, since the app of whoever
   * works there may be saving right now.
   */
  readOnly?: boolean;
}

/** What a sidecar save did. */
export interface SidecarSaved {
  /** What is now on disk: ours, or ours merged with changes made on disk meanwhile. */
  sidecar: Sidecar;
  /** The file had changed on disk since it was read here, and the two were merged. */
  merged: boolean;
  /** Annotations (ids) or article fields changed differently on both sides; ours were kept. */
  conflicts: string[];
  /** With conflicts: the name of the copy of the disk version, kept beside the sidecar. */
  keptAside?: string;
}

export class SetStore {
  /** Writes per file name (one folder, so one path each), one at a time: two quick saves never interleave. */
  private readonly writes = new KeyedQueue();
  private storedName: string | undefined;
  /**
   * The sha256 of each JSON file as last read or written here (null: it did
   * not exist). A file whose bytes differ at the next save was changed by
   * someone else meanwhile, and is merged, never silently overwritten.
   */
  private readonly known = new Map<string, string | null>();
  /** The sha256 of the bytes this store itself last wrote to each JSON file. */
  private readonly written = new Map<string, string>();
  private readonly fs: FsSteps;
  private readonly clock: () => Date;

  private constructor(
    readonly folder: string,
    options: SetStoreOptions,
  ) {
    this.fs = options.fs ?? nodeFs;
    this.clock = options.clock ?? (() => new Date());
  }

  /**
   * Opens a folder as a set, removing the temporary files of saves a crash
   * interrupted. Throws 'not-found' when it is missing or not a folder.
   */
  static async open(folder: string, options: SetStoreOptions = {}): Promise<SetStore> {
    let real: string;
    try {
      real = await realpath(folder);
    } catch {
      throw new AnnotatorError('not-found', `The folder "${folder}" does not exist or cannot be read.`, folder);
    }
    if (!(await stat(real)).isDirectory()) {
      throw new AnnotatorError('not-found', `"${folder}" is not a folder.`, folder);
    }
    const store = new SetStore(real, options);
    if (!options.readOnly) await removeStrayTemporaries(real).catch(() => []);
    // The name is a nicety: an unreadable codebook must not prevent opening the set.
    await store.readSetFile().catch(() => null);
    return store;
  }

  /** The codebook's name once read, else the folder's name. */
  get name(): string {
    return this.storedName ?? path.basename(this.folder);
  }

  /** `.txt` files directly in the folder, not hidden, not symlinks leading outside; sorted by name. */
  async listArticleFiles(): Promise<string[]> {
    const entries = await readdir(this.folder, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || !entry.name.toLowerCase().endsWith('.txt')) continue;
      if (entry.isFile() || (entry.isSymbolicLink() && (await this.isFileInside(entry.name)))) files.push(entry.name);
    }
    return files.sort();
  }

  /** Sidecar files directly in the folder, not hidden, whether or not their article is there; sorted by name. */
  async listSidecarFiles(): Promise<string[]> {
    return (await readdir(this.folder)).filter((name) => !name.startsWith('.') && isSidecarName(name)).sort();
  }

  private async isFileInside(name: string): Promise<boolean> {
    try {
      const real = await realpath(path.join(this.folder, name));
      return this.contains(real) && (await stat(real)).isFile();
    } catch {
      return false;
    }
  }

  private contains(real: string): boolean {
    return real === this.folder || real.startsWith(this.folder + path.sep);
  }

  /**
   * The absolute path of a file of the set. Refuses anything but a bare file
   * name, and names whose real path (following symlinks) is outside the folder.
   */
  async resolveInside(file: string): Promise<string> {
    const refuse = (why: string): AnnotatorError =>
      new AnnotatorError('outside-set', `"${file}" is not a file of this set: ${why}.`, file);
    if (typeof file !== 'string') throw refuse('not a file name');
    const problem = fileNameProblem(file);
    if (problem) throw refuse(problem);
    if (path.isAbsolute(file) || (process.platform === 'win32' && file.includes(':'))) throw refuse('it names a folder');
    const absolute = path.join(this.folder, file);
    let real: string;
    try {
      real = await realpath(absolute);
    } catch (error) {
      if (errorCode(error) === 'ELOOP') throw refuse('it is a link that leads nowhere');
      if (errorCode(error) !== 'ENOENT') {
        throw new AnnotatorError('io', `Cannot read "${file}": ${messageOf(error)}`, file);
      }
      // Missing is fine (a sidecar not yet written), unless it is a dangling
      // symlink: writing through it would create a file wherever it points.
      if (await isSymlink(absolute)) throw refuse('it is a link to a missing file');
      return absolute;
    }
    if (!this.contains(real) || real === this.folder) throw refuse('it leads outside the set folder');
    return absolute;
  }

  async readArticle(file: string): Promise<{ text: string; sha256: string }> {
    return readArticleFile(await this.resolveInside(file), file);
  }

  /** The article's sidecar, or null when it has none. Invalid sidecars throw, naming the sidecar. */
  async readSidecar(file: string): Promise<Sidecar | null> {
    // The article's own name is checked too: ".." or a link leading outside has no sidecar here.
    await this.resolveInside(file);
    const name = sidecarNameFor(file);
    const json = await this.readJsonText(name);
    return json === null ? null : parseSidecar(json, name);
  }

  /**
   * Saves atomically; refuses to replace a sidecar written by a newer version.
   * `base` is the sidecar as this caller last read or saved it: if the file
   * changed on disk since, the changes are merged (sidecar/merge.ts), and on a
   * conflict the disk version is also kept beside it, under a name that says so.
   */
  async writeSidecar(file: string, sidecar: Sidecar, base: Sidecar | null = null): Promise<SidecarSaved> {
    const name = sidecarNameFor(file);
    // Queued before any await, so saves land in the order they were called.
    return this.writes.run(name, async () => {
      await this.resolveInside(file);
      const absolute = await this.resolveInside(name);
      // Another instance of the app may save this file at the same moment: the
      // read-compare-merge-write below must not interleave with its own.
      const release = await lockBeside(absolute);
      try {
        return await this.saveMerged(name, absolute, sidecar, base);
      } finally {
        await release().catch(() => undefined);
      }
    });
  }

  /** Under the lock: what is on disk now is compared with what was last seen here, merged if it changed, then replaced. */
  private async saveMerged(name: string, absolute: string, sidecar: Sidecar, base: Sidecar | null): Promise<SidecarSaved> {
    const read = await this.readJson(name);
    let saved: SidecarSaved = { sidecar, merged: false, conflicts: [] };
    // Bytes this store wrote itself, and saw last, are of a version it
    // writes: a rapid series of saves is spared parsing a large file again.
    const ownLastWrite = read !== null && read.sha256 === this.written.get(name) && read.sha256 === this.known.get(name);
    if (read !== null && !ownLastWrite) {
      const onDisk = read.text();
      await this.refuseNewerOnDisk(name, SIDECAR_JSON.version, onDisk);
      if (read.sha256 !== this.known.get(name)) saved = await this.mergeWithDisk(name, sidecar, base, onDisk);
    }
    await this.writeJson(name, absolute, SIDECAR_JSON, saved.sidecar);
    return saved;
  }

  /**
   * Moves an article's sidecar aside, byte for byte, as
   * `<sidecar without .json>.damaged-<UTC time>.json`; returns the new name.
   * Used for a sidecar that cannot be read: it is kept, never overwritten.
   */
  async moveSidecarAside(file: string): Promise<string> {
    const name = sidecarNameFor(file);
    return this.writes.run(name, async () => {
      await this.resolveInside(file);
      const absolute = await this.resolveInside(name);
      const aside = await this.freeAsideName(name, 'damaged');
      try {
        await rename(absolute, await this.resolveInside(aside));
      } catch (error) {
        throw new AnnotatorError('io', `Cannot move ${name} aside: ${messageOf(error)}`, name);
      }
      this.known.set(name, null);
      return aside;
    });
  }

  /**
   * Whether the sidecar of `file` on disk differs from what was last read or
   * written here: another program (a sync client, `git pull`, an editor)
   * changed, created or removed it. A sidecar never looked at counts as
   * changed when it exists.
   */
  async sidecarChangedOnDisk(file: string): Promise<boolean> {
    const name = sidecarNameFor(file);
    // Unreadable (too large, a read error) is a change too: reading it again reports the problem.
    const onDisk = await this.readJson(name).then((read) => read?.sha256 ?? null, () => 'unreadable');
    return this.known.has(name) ? this.known.get(name) !== onDisk : onDisk !== null;
  }

  /**
   * Gives the sidecar of `from` to `to`, when the article was renamed outside
   * the app: written under the new name first (retargeted, retarget.ts), then
   * the old one removed, so the annotations are on disk at every moment.
   * Never replaces a sidecar `to` has; a sidecar that cannot be read is
   * renamed byte for byte. False when there was nothing to move.
   */
  async moveSidecar(from: string, to: string): Promise<boolean> {
    const fromName = sidecarNameFor(from);
    const toName = sidecarNameFor(to);
    return this.writes.run(fromName, () =>
      this.writes.run(toName, async () => {
        const fromPath = await this.resolveInside(fromName);
        const toPath = await this.resolveInside(toName);
        // Another instance may see the same rename: the lock makes one of them do it.
        const release = await lockBeside(fromPath);
        try {
          if (!(await exists(fromPath)) || (await exists(toPath))) return false;
          const read = await this.readJson(fromName);
          if (read === null) return false;
          let sidecar: Sidecar | null = null;
          try {
            sidecar = parseSidecar(read.text(), fromName);
          } catch {
            sidecar = null;
          }
          if (sidecar === null) {
            await rename(fromPath, toPath);
          } else {
            await this.writeJson(toName, toPath, SIDECAR_JSON, retargetSidecar(sidecar, from, to));
            await rm(fromPath);
          }
          this.known.set(fromName, null);
          return true;
        } catch (error) {
          if (error instanceof AnnotatorError) throw error;
          throw new AnnotatorError('io', `Cannot move ${fromName} to ${toName}: ${messageOf(error)}`, fromName);
        } finally {
          await release().catch(() => undefined);
        }
      }),
    );
  }

  private async mergeWithDisk(name: string, ours: Sidecar, base: Sidecar | null, onDisk: string): Promise<SidecarSaved> {
    let theirs: Sidecar;
    try {
      theirs = parseSidecar(onDisk, name);
    } catch (error) {
      const reason = messageOf(error);
      throw new AnnotatorError('conflict', `${name} was changed on disk and can no longer be read, so it was not overwritten: ${reason}`, name);
    }
    const { merged, conflicts } = mergeSidecars(base, ours, theirs);
    if (conflicts.length === 0) return { sidecar: merged, merged: true, conflicts };
    const keptAside = await this.keepAside(name, onDisk, 'conflict');
    return { sidecar: merged, merged: true, conflicts, keptAside };
  }

  /**
   * Keeps `text` (another copy's version of an article's sidecar, merged
   * with a conflict) beside the article's sidecar the way a conflicting save
   * keeps the disk version: `<sidecar without .json>.<why>-<UTC time>.json`.
   */
  async keepBesideSidecar(file: string, text: string, why: string): Promise<string> {
    const name = sidecarNameFor(file);
    return this.writes.run(name, async () => {
      await this.resolveInside(file);
      return this.keepAside(name, text, why);
    });
  }

  /** Writes `text` beside `name` as `<name without .json>.<why>-<UTC time>.json`; returns the new name. */
  private async keepAside(name: string, text: string, why: string): Promise<string> {
    const aside = await this.freeAsideName(name, why);
    await writeFileAtomic(await this.resolveInside(aside), text, this.fs);
    return aside;
  }

  /** `<name without .json>.<why>-<UTC time>[-n].json`, not taken yet. */
  private async freeAsideName(name: string, why: string): Promise<string> {
    const stamp = this.clock().toISOString().replace(/[-:]/gu, '').replace(/\.\d+Z$/u, 'Z');
    const stem = name.replace(/\.json$/u, '');
    for (let n = 1; ; n++) {
      const aside = `${stem}.${why}-${stamp}${n === 1 ? '' : `-${n}`}.json`;
      if (!(await exists(await this.resolveInside(aside)))) return aside;
    }
  }

  /** The codebook, or null when the set has none. */
  async readSetFile(): Promise<SetFile | null> {
    const json = await this.readJsonText(SET_FILE_NAME);
    if (json === null) return null;
    const setFile = parseSetFile(json, SET_FILE_NAME);
    this.storedName = setFile.name;
    return setFile;
  }

  /** Saves the codebook atomically; refuses to replace one a newer version wrote or that this one could not read back. */
  async writeSetFile(setFile: SetFile): Promise<void> {
    await this.replaceJson(SET_FILE_NAME, SET_FILE_JSON, setFile);
    this.storedName = setFile.name;
  }

  /** The set's trash (sidecar/trash.ts), or null when it has none. Invalid files throw, naming the file. */
  async readTrashFile(): Promise<TrashFile | null> {
    const json = await this.readJsonText(TRASH_FILE_NAME);
    return json === null ? null : parseTrashFile(json, TRASH_FILE_NAME);
  }

  /** Saves the trash atomically; refuses to replace one a newer version wrote or that this one could not read back. */
  async writeTrashFile(trash: TrashFile): Promise<void> {
    await this.replaceJson(TRASH_FILE_NAME, TRASH_JSON, trash);
  }

  /** Replaces a JSON file of the set that is not merged (the codebook, the trash): in its turn, never over a newer version's. */
  private replaceJson<T>(name: string, format: JsonFormat<T>, value: T): Promise<void> {
    return this.writes.run(name, async () => {
      const absolute = await this.resolveInside(name);
      await this.refuseNewerOnDisk(name, format.version);
      await this.writeJson(name, absolute, format, value);
    });
  }

  /**
   * The one write of every JSON file of the set: never a file this version
   * would refuse to read back; atomic; its hash remembered, so that a change
   * made on disk after it is noticed at the next save.
   */
  private async writeJson<T>(name: string, absolute: string, format: JsonFormat<T>, value: T): Promise<void> {
    const json = format.serialize(value);
    checkWritable(() => format.parse(json, name), name);
    await writeFileAtomic(absolute, json, this.fs);
    const sha256 = sha256Hex(new TextEncoder().encode(json));
    this.known.set(name, sha256);
    this.written.set(name, sha256);
  }

  /**
   * Text of a JSON file of the set, or null when missing. Decoded strictly:
   * a lenient decode would turn bad bytes into U+FFFD and the next save would
   * make that loss permanent.
   */
  private async readJsonText(name: string, { remember = true } = {}): Promise<string | null> {
    const read = await this.readJson(name);
    // Remembered even if it does not decode: what matters is whether the bytes change.
    if (remember) this.known.set(name, read?.sha256 ?? null);
    return read === null ? null : read.text();
  }

  /**
   * The bytes' hash and (lazily, as it may throw) their text. Files over
   * MAX_JSON_BYTES are refused before they are read.
   */
  private async readJson(name: string): Promise<{ sha256: string; text: () => string } | null> {
    const absolute = await this.resolveInside(name);
    let bytes: Uint8Array;
    try {
      const { size } = await stat(absolute);
      if (size > MAX_JSON_BYTES) {
        throw new AnnotatorError('invalid-sidecar', `${name} is larger than ${MAX_JSON_BYTES / MiB} MiB, more than any annotations file should be; it is left as it is.`, name);
      }
      bytes = await readFile(absolute);
    } catch (error) {
      if (error instanceof AnnotatorError) throw error;
      if (errorCode(error) === 'ENOENT') return null;
      throw new AnnotatorError('io', `Cannot read ${name}: ${messageOf(error)}`, name);
    }
    const text = () => {
      try {
        // ignoreBOM keeps a BOM in the text: the parser is the one place that drops it.
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        throw new AnnotatorError('invalid-sidecar', `${name}: the file is not valid UTF-8 text.`, name);
      }
    };
    return { sha256: sha256Hex(bytes), text };
  }

  /** A file from a newer version is never overwritten, whatever the caller holds in memory. */
  private async refuseNewerOnDisk(name: string, supported: number, onDisk?: string | null): Promise<void> {
    const json = onDisk !== undefined ? onDisk : await this.readJsonText(name, { remember: false }).catch(() => null);
    if (json === null) return;
    let version: unknown;
    try {
      version = (JSON.parse(json) as { version?: unknown } | null)?.version;
    } catch {
      return; // Not JSON: nothing newer to protect; the caller decided to replace it.
    }
    if (typeof version === 'number' && version > supported) {
      throw new AnnotatorError(
        'unsupported-version',
        `${name} was written by a newer version of Research Annotator (format version ${version}). It will not be modified.`,
        name,
      );
    }
  }
}

/** How a JSON file of the set is written and read back, and the newest format version this app writes. */
interface JsonFormat<T> {
  version: number;
  serialize(value: T): string;
  parse(json: string, name: string): unknown;
}
const SIDECAR_JSON: JsonFormat<Sidecar> = { version: SIDECAR_VERSION, serialize: serializeSidecar, parse: parseSidecar };
const SET_FILE_JSON: JsonFormat<SetFile> = { version: SET_VERSION, serialize: serializeSetFile, parse: parseSetFile };
const TRASH_JSON: JsonFormat<TrashFile> = { version: TRASH_VERSION, serialize: serializeTrashFile, parse: parseTrashFile };

const MiB = 1024 * 1024;
/**
 * Sidecars and the codebook above this size are refused, unread: 10,000
 * annotations make about 5 MiB, so a larger file is not one of ours, or is
 * damaged, and reading it whole would stall the app.
 */
export const MAX_JSON_BYTES = 64 * MiB;

/** A save lock older than this was left by a crashed process (a live holder refreshes it). */
export const STALE_LOCK_MS = 5_000;

/**
 * A lock on `absolute` held by a `<file>.lock` folder beside it
 * (proper-lockfile: atomic mkdir, works across processes and on network
 * shares). Waits up to about 6 s, past STALE_LOCK_MS, so that a lock left by
 * a crash delays a save but never blocks it.
 */
function lockBeside(absolute: string): Promise<() => Promise<void>> {
  return lock(absolute, { realpath: false, stale: STALE_LOCK_MS, retries: { retries: 80, minTimeout: 5, maxTimeout: 100 } }).catch((error: unknown) => {
    const name = path.basename(absolute);
    throw new AnnotatorError('io', `${name} is being saved by another program; try again (${messageOf(error)}).`, name);
  });
}

async function isSymlink(absolute: string): Promise<boolean> {
  try {
    return (await lstat(absolute)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Never write a file this version would refuse to read back. */
function checkWritable(parse: () => unknown, name: string): void {
  try {
    parse();
  } catch (error) {
    const message = messageOf(error);
    throw new AnnotatorError('internal', `Refusing to save ${name}: the result would be invalid (${message}).`, name);
  }
}
