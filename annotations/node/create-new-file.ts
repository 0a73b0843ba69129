/**
 * Creates a file that must not exist yet, atomically: the text is saved
 * under a hidden temporary name (writeFileAtomic: written, flushed), then
 * hard-linked to its name, which fails if anything took that name meanwhile,
 * so an existing file is never replaced. A crash leaves either no article or
 * the whole article, plus at most a temporary file the next open removes.
 */
import { link, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AnnotatorError, messageOf } from '../errors';
import { codeOf, nodeFs, TEMP_SUFFIX, writeFileAtomic, type FsSteps } from './atomic-write';
import { exists } from './files';

let counter = 0;

/** File systems without hard links (FAT, some network shares) answer these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Writes `text` as `folder/name`; false, and nothing written, when the name is taken. */
export async function createNewFile(folder: string, name: string, text: string, fs: FsSteps = nodeFs): Promise<boolean> {
  const target = path.join(folder, name);
  const staged = path.join(folder, `.${name}.import-${process.pid}-${++counter}${TEMP_SUFFIX}`);
  await writeFileAtomic(staged, text, fs);
  try {
    await link(staged, target);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(codeOf(error))) {
      throw new AnnotatorError('io', `Cannot create ${name}: ${messageOf(error)}`, name);
    }
    // No hard links here: check, then rename (a name taken in between is the one case left to chance).
    if (await exists(target)) return false;
    await rename(staged, target);
    return true;
  } finally {
    await unlink(staged).catch(() => undefined);
  }
}
