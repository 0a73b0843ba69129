/**
 * The arguments of `importArticleFiles` (files dropped on the window), checked
 * in main before anything is decoded: bare names (a name is only shown and
 * used for its extension, never opened), base64 bytes within the largest
 * source limit, a bounded number of files and total size.
 */
import { z } from 'zod';
import { formatBytes, MAX_ANY_SOURCE_BYTES, MAX_FILES_PER_IMPORT } from './limits';
import { WEB_PAGE_MODES } from './types';

/** Base64 length of `bytes` bytes. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** The most bytes one drop sends: a few large files, or many articles. */
export const MAX_DROP_BYTES = 256 * 1024 * 1024;

const sourceName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\0]/u.test(name), { message: 'must be a file name, not a path' });

const base64 = z
  .string()
  .max(base64Length(MAX_ANY_SOURCE_BYTES), { message: `a file may have at most ${formatBytes(MAX_ANY_SOURCE_BYTES)}` })
  .refine((data) => data.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/u.test(data), { message: 'must be base64' });

export const importFilesArgs = z
  .object({
    files: z.array(z.object({ name: sourceName, dataBase64: base64 }).strict()).min(1).max(MAX_FILES_PER_IMPORT),
    /** Web pages: their article where one is found (default), or the whole page. */
    webPages: z.enum(WEB_PAGE_MODES).optional(),
  })
  .strict()
  .refine((a) => a.files.reduce((sum, f) => sum + f.dataBase64.length, 0) <= base64Length(MAX_DROP_BYTES), {
    message: `one import may send at most ${formatBytes(MAX_DROP_BYTES)}; import the files in smaller batches`,
    path: ['files'],
  });
