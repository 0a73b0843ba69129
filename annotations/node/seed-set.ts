/**
 * First launch: copy the read-only seed articles shipped with the app into a
 * writable set folder, so the app bundle is never written to. Each article
 * arrives with its details (title, outlet, author, date: model/seed-details.ts)
 * in its sidecar, as if an analyst had entered them; the articles themselves
 * are copied byte for byte.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SEED_SET_NAME, STARTER_TAGS } from '../model/starter-codebook';
import { SET_FILE_NAME } from '../model/codebook';
import { SEED_DETAILS } from '../model/seed-details';
import { emptySidecar, serializeSetFile, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { exists, sha256Hex, writeFileAtomic } from './files';

/** Creates `targetDir` from `seedsDir` unless it exists already (then it is the user's and left alone). */
export async function ensureSeedSet(seedsDir: string, targetDir: string): Promise<string> {
  if (await exists(targetDir)) return targetDir;
  await mkdir(targetDir, { recursive: true });
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    await copyFile(path.join(seedsDir, file), path.join(targetDir, file));
    const details = SEED_DETAILS[file];
    if (details === undefined) continue;
    // The hash of the bytes copied: the sidecar describes this very text, so nothing is re-anchored.
    const sidecar = emptySidecar(file, sha256Hex(await readFile(path.join(targetDir, file))));
    await writeFileAtomic(path.join(targetDir, sidecarNameFor(file)), serializeSidecar({ ...sidecar, article: { ...sidecar.article, ...details } }));
  }
  await writeFileAtomic(
    path.join(targetDir, SET_FILE_NAME),
    serializeSetFile({
      format: 'research-annotator/set',
      version: 1,
      name: SEED_SET_NAME,
      tags: STARTER_TAGS.map((t) => ({ ...t })),
    }),
  );
  return targetDir;
}
