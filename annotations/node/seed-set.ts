/**
 * First launch: copy the read-only seed articles shipped with the app into a
 * writable set folder, so the app bundle is never written to.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { SEED_SET_NAME, STARTER_TAGS } from '../model/starter-codebook';
import { SET_FILE_NAME } from '../model/codebook';
import { serializeSetFile } from '../sidecar/schema';
import { exists, writeFileAtomic } from './files';

/** Creates `targetDir` from `seedsDir` unless it exists already (then it is the user's and left alone). */
export async function ensureSeedSet(seedsDir: string, targetDir: string): Promise<string> {
  if (await exists(targetDir)) return targetDir;
  await mkdir(targetDir, { recursive: true });
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) await copyFile(path.join(seedsDir, file), path.join(targetDir, file));
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
