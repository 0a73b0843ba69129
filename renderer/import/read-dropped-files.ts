/**
 * Dropped files, as the import call takes them: name and bytes (base64),
 * never a path. Files over the largest import limit are refused here, unread;
 * the rest are grouped into batches small enough for one message each.
 */
import { formatBytes, MAX_ANY_SOURCE_BYTES } from '../../annotations/import/limits';

export interface DroppedFile {
  name: string;
  dataBase64: string;
}

/** Raw bytes per call: a message to main is copied whole, so a drop of many files goes in several. */
export const BATCH_BYTES = 32 * 1024 * 1024;

/** Splits files into batches of at most BATCH_BYTES (a larger file goes alone); refuses the oversize ones. */
export function planBatches(files: readonly File[]): { batches: File[][]; refused: { source: string; reason: string }[] } {
  const batches: File[][] = [];
  const refused: { source: string; reason: string }[] = [];
  let batch: File[] = [];
  let size = 0;
  for (const file of files) {
    if (file.size > MAX_ANY_SOURCE_BYTES) {
      refused.push({ source: file.name, reason: `${file.name}: the file is ${formatBytes(file.size)}, over the ${formatBytes(MAX_ANY_SOURCE_BYTES)} any import may have.` });
      continue;
    }
    if (batch.length > 0 && size + file.size > BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(file);
    size += file.size;
  }
  if (batch.length > 0) batches.push(batch);
  return { batches, refused };
}

/** The file's bytes as base64 (the browser's own encoder, via a data: URL). Rejects for what cannot be read, such as a folder. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name}: cannot be read (is it a folder?).`));
    reader.readAsDataURL(file);
  });
}
