/**
 * The set folder on disk: its articles, their sidecars and the codebook.
 * Every file name from outside goes through `resolveInside`, so no call can
 * read or write outside the folder the user opened (not via "..", not via a
 * symlink).
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { AnnotatorError } from '../errors';
import { SET_FILE_NAME, type SetFile } from '../model/codebook';
import {
  parseSetFile,
  parseSidecar,
  serializeSetFile,
  serializeSidecar,
  sidecarNameFor,
  SET_VERSION,
  SIDECAR_VERSION,
  type Sidecar,
} from '../sidecar/schema';
import { errorCode, readArticleFile, writeFileAtomic } from './files';
import { KeyedQueue } from './keyed-queue';

export class SetStore {
  /** Writes per file name (one folder, so one path each), one at a time: two quick saves never interleave. */
  private readonly writes = new KeyedQueue();
  private storedName: string | undefined;

  private constructor(readonly folder: string) {}

  /** Opens a folder as a set. Throws 'not-found' when it is missing or not a folder. */
  static async open(folder: string): Promise<SetStore> {
    let real: string;
    try {
      real = await realpath(folder);
    } catch {
      throw new AnnotatorError('not-found', `The folder "${folder}" does not exist or cannot be read.`, folder);
    }
    if (!(await stat(real)).isDirectory()) {
      throw new AnnotatorError('not-found', `"${folder}" is not a folder.`, folder);
    }
    const store = new SetStore(real);
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
    if (typeof file !== 'string' || file === '' || file === '.' || file === '..') throw refuse('not a file name');
    if (file.includes('\0')) throw refuse('it contains a NUL character');
    if (/[\\/]/u.test(file) || path.isAbsolute(file) || (process.platform === 'win32' && file.includes(':'))) {
      throw refuse('it names a folder');
    }
    const absolute = path.join(this.folder, file);
    let real: string;
    try {
      real = await realpath(absolute);
    } catch (error) {
      if (errorCode(error) === 'ELOOP') throw refuse('it is a link that leads nowhere');
      if (errorCode(error) !== 'ENOENT') {
        throw new AnnotatorError('io', `Cannot read "${file}": ${error instanceof Error ? error.message : String(error)}`, file);
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
    const name = sidecarNameFor(file);
    const json = await this.readJsonText(name);
    return json === null ? null : parseSidecar(json, name);
  }

  /** Saves atomically; refuses to replace a sidecar written by a newer version. */
  async writeSidecar(file: string, sidecar: Sidecar): Promise<void> {
    const name = sidecarNameFor(file);
    // Queued before any await, so saves land in the order they were called.
    await this.writes.run(name, async () => {
      const absolute = await this.resolveInside(name);
      await this.refuseNewerOnDisk(name, SIDECAR_VERSION);
      const json = serializeSidecar(sidecar);
      checkWritable(() => parseSidecar(json, name), name);
      await writeFileAtomic(absolute, json);
    });
  }

  /** The codebook, or null when the set has none. */
  async readSetFile(): Promise<SetFile | null> {
    const json = await this.readJsonText(SET_FILE_NAME);
    if (json === null) return null;
    const setFile = parseSetFile(json, SET_FILE_NAME);
    this.storedName = setFile.name;
    return setFile;
  }

  async writeSetFile(setFile: SetFile): Promise<void> {
    await this.writes.run(SET_FILE_NAME, async () => {
      const absolute = await this.resolveInside(SET_FILE_NAME);
      await this.refuseNewerOnDisk(SET_FILE_NAME, SET_VERSION);
      const json = serializeSetFile(setFile);
      checkWritable(() => parseSetFile(json, SET_FILE_NAME), SET_FILE_NAME);
      await writeFileAtomic(absolute, json);
      this.storedName = setFile.name;
    });
  }

  /**
   * Text of a JSON file of the set, or null when missing. Decoded strictly:
   * a lenient decode would turn bad bytes into U+FFFD and the next save would
   * make that loss permanent.
   */
  private async readJsonText(name: string): Promise<string | null> {
    const absolute = await this.resolveInside(name);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(absolute);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw new AnnotatorError('io', `Cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`, name);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new AnnotatorError('invalid-sidecar', `${name}: the file is not valid UTF-8 text.`, name);
    }
  }

  /** A file from a newer version is never overwritten, whatever the caller holds in memory. */
  private async refuseNewerOnDisk(name: string, supported: number): Promise<void> {
    const json = await this.readJsonText(name).catch(() => null);
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
    const message = error instanceof Error ? error.message : String(error);
    throw new AnnotatorError('internal', `Refusing to save ${name}: the result would be invalid (${message}).`, name);
  }
}
