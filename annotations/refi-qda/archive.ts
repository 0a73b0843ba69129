/**
 * The `.qdpx` archive (REFI-QDA 1.5, section 8): a zip with `project.qde` at
 * its root and the sources, named by GUID, in a flat `sources/` folder.
 *
 * Written with the folder named `sources` in lower case, as section 8.1
 * names it: ATLAS.ti refuses an archive whose folder is `Sources` (QualCoder
 * changed its export for this), though NVivo writes `Sources`. Read in any
 * case, and with the project file under another name when it is the only
 * `.qde` at the root (ATLAS.ti names it after the project).
 *
 * Read defensively, before anything is unpacked: the sizes the zip's
 * directory states are checked against the limits (a zip bomb is refused
 * unread), every entry name must stay inside the archive (no `..`, no
 * absolute path), and what is unpacked must be what the directory said.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AnnotatorError } from '../errors';
import { formatBytes, MAX_SOURCE_BYTES } from '../import/limits';
import { listZip } from '../import/zip-listing';

const MiB = 1024 * 1024;

export interface ArchiveLimits {
  /** All entries together, unpacked. */
  maxUnpackedBytes: number;
  /** The project file. */
  maxProjectBytes: number;
  /** One text source: the same as an imported .txt (README, "Importing articles"). */
  maxSourceBytes: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = { maxUnpackedBytes: 1024 * MiB, maxProjectBytes: 64 * MiB, maxSourceBytes: MAX_SOURCE_BYTES.txt };

export const SOURCES_FOLDER = 'sources';

export function writeQdpx(projectXml: string, sources: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const files: Zippable = { 'project.qde': strToU8(projectXml) };
  for (const source of sources) files[`${SOURCES_FOLDER}/${source.name}`] = source.bytes;
  return zipSync(files, { level: 6 });
}

export interface OpenedArchive {
  projectXml: Uint8Array;
  projectName: string;
  /** The bytes of an internal source (`internal://name`, or a bare name), or an error naming it. */
  source(path: string): Uint8Array;
}

export function openQdpx(bytes: Uint8Array, file: string, limits: ArchiveLimits = ARCHIVE_LIMITS): OpenedArchive {
  const refuse = (why: string) => new AnnotatorError('invalid-argument', `${file}: ${why}; nothing was imported.`, file);
  let listing: ReturnType<typeof listZip>;
  try {
    listing = listZip(bytes);
  } catch (error) {
    throw refuse(`it is not a REFI-QDA project (.qdpx is a zip archive, and this one cannot be read: ${error instanceof Error ? error.message : String(error)})`);
  }
  for (const name of listing.names) {
    const parts = name.split(/[/\\]/u);
    if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/u.test(name) || parts.includes('..')) {
      throw refuse(`the archive holds "${name}", a path outside the archive`);
    }
  }
  if (listing.unpackedBytes > limits.maxUnpackedBytes) {
    throw refuse(`its files would unpack to ${formatBytes(listing.unpackedBytes)}, more than the ${formatBytes(limits.maxUnpackedBytes)} allowed (checked before unpacking)`);
  }
  const atRoot = [...listing.sizes.keys()].filter((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
  const projectName = atRoot.find((n) => n.toLowerCase() === 'project.qde') ?? (atRoot.length === 1 ? atRoot[0] : undefined);
  if (projectName === undefined) {
    throw refuse(atRoot.length === 0 ? 'it has no project.qde (the project file of a REFI-QDA archive)' : `it has several project files (${atRoot.join(', ')}) and no project.qde`);
  }
  const unpack = (name: string, max: number, what: string): Uint8Array => {
    const stated = listing.sizes.get(name) ?? 0;
    if (stated > max) throw refuse(`${what} "${name}" is ${formatBytes(stated)}, more than the ${formatBytes(max)} allowed`);
    let data: Uint8Array | undefined;
    try {
      data = unzipSync(bytes, { filter: (entry) => entry.name === name })[name];
    } catch (error) {
      throw refuse(`"${name}" cannot be unpacked (${error instanceof Error ? error.message : String(error)})`);
    }
    if (data === undefined || data.length !== stated) throw refuse(`"${name}" does not unpack to the size the archive states`);
    return data;
  };
  const sourceNames = new Map([...listing.sizes.keys()].filter((n) => /^sources\/[^/]+$/iu.test(n)).map((n) => [n.slice(SOURCES_FOLDER.length + 1), n]));
  return {
    projectXml: unpack(projectName, limits.maxProjectBytes, 'the project file'),
    projectName,
    source(path: string): Uint8Array {
      const bare = path.replace(/^internal:\/\//iu, '').replace(/^\/+/u, '');
      const entry = sourceNames.get(bare);
      if (entry === undefined) throw refuse(`its project names the source "${path}", which is not in the archive's sources folder`);
      return unpack(entry, limits.maxSourceBytes, 'the source');
    },
  };
}
