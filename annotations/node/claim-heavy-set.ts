/**
 * Test support (never imported by app code): the seed set with each article
 * in several copies and every sentence a tagged claim, so that working out
 * the review queue scores about a thousand claims. Used where the queue's
 * long work itself is under test: the event loop's turns, its progress.
 * Also the seed set under a name of its own, to which a spec adds articles.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../anchoring/describe';
import { createAnnotation, type Annotation } from '../model/annotation';
import { SET_FILE_NAME } from '../model/codebook';
import { emptySidecar, parseSetFile, serializeSetFile, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { sha256Hex, writeFileAtomic } from './files';
import { ensureSeedSet } from './seed-set';

/** The seed set, with its codebook and the articles' details, made in `folder` as a first launch makes it, and named `name`. */
export async function writeNamedSeedSet(seedsDir: string, folder: string, name: string): Promise<void> {
  await ensureSeedSet(seedsDir, folder);
  const setFile = path.join(folder, SET_FILE_NAME);
  await writeFileAtomic(setFile, serializeSetFile({ ...parseSetFile(await readFile(setFile, 'utf8'), SET_FILE_NAME), name }));
}

/**
 * Writes the set into `folder` (made as a first launch makes the seed set,
 * with the articles' details, and named `name`); returns how many claims it
 * holds.
 */
export async function writeClaimHeavySeedSet(seedsDir: string, folder: string, copies: number, name = 'Many claims'): Promise<number> {
  await writeNamedSeedSet(seedsDir, folder, name);
  const seeds = (await readdir(folder)).filter((f) => f.endsWith('.txt'));
  let claims = 0;
  for (const file of seeds) {
    const text = await readFile(path.join(folder, file), 'utf8');
    for (let copy = 0; copy < copies; copy++) {
      const name = copy === 0 ? file : `copy-${copy}-${file}`;
      if (copy > 0) await writeFile(path.join(folder, name), text);
      const annotations = sentenceClaims(name, text);
      claims += annotations.length;
      await writeFile(path.join(folder, sidecarNameFor(name)), serializeSidecar({ ...emptySidecar(name, sha256Hex(Buffer.from(text))), annotations }));
    }
  }
  return claims;
}

/** Every sentence of `text` as a claim tagged "Negotiations". */
function sentenceClaims(file: string, text: string): Annotation[] {
  const index = new CodePointIndex(text);
  return [...text.matchAll(/[A-Z“"][^.!?\n]{20,}[.!?]/gu)].map((m, k) => {
    const start = index.toCodePoint(m.index);
    const { quote, position } = describeRange(index, start, index.toCodePoint(m.index + m[0].length));
    return createAnnotation({ id: `urn:uuid:claim-${file}-${k}`, now: '2025-08-07T10:20:30.000Z', source: file, quote, position, tags: ['Negotiations'] });
  });
}
