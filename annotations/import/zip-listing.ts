/**
 * A zip archive's entries and their sizes as its central directory states
 * them (zip64 included), read without unpacking anything: fflate reads the
 * directory and hands each entry to the filter before unpacking it, and the
 * filter refuses every one. The callers (the .docx import, REFI-QDA archives)
 * refuse an archive whose entries would unpack to more than they allow
 * before unpacking any of them: a small zip can hold gigabytes (a zip bomb).
 */
import { unzipSync } from 'fflate';

export interface ZipListing {
  /** Every entry's name, folders (ending in "/") included. */
  names: Set<string>;
  /** Each file entry's stated unpacked size. */
  sizes: Map<string, number>;
  /** What the file entries unpack to, together. */
  unpackedBytes: number;
}

/** Throws when the archive cannot be read. */
export function listZip(bytes: Uint8Array): ZipListing {
  const listing: ZipListing = { names: new Set(), sizes: new Map(), unpackedBytes: 0 };
  unzipSync(bytes, {
    filter(entry) {
      listing.names.add(entry.name);
      if (!entry.name.endsWith('/')) {
        listing.sizes.set(entry.name, entry.originalSize);
        listing.unpackedBytes += entry.originalSize;
      }
      return false;
    },
  });
  return listing;
}
