/**
 * Drags files onto the window as the operating system does: a real
 * `DataTransfer` holding real `File`s, built in the page, and the
 * dragenter / dragover / drop events a drag produces.
 */
import type { Page } from '@playwright/test';

export interface FileToDrop {
  name: string;
  bytes: Uint8Array | string;
  type?: string;
}

const encode = (files: readonly FileToDrop[]) =>
  files.map((f) => ({ name: f.name, type: f.type ?? '', base64: Buffer.from(f.bytes).toString('base64') }));

/** Starts dragging the files over the window (dragenter, dragover), without dropping. */
export async function dragFilesOver(page: Page, files: readonly FileToDrop[]): Promise<void> {
  await page.evaluate((encoded) => {
    const transfer = new DataTransfer();
    for (const f of encoded) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    (window as unknown as { __dragged: DataTransfer }).__dragged = transfer;
    const target = document.querySelector('.reader') ?? document.body;
    target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, encode(files));
}

/** Drops the files being dragged (dragFilesOver first). Resolves true when the app took the drop (it cancelled the default action). */
export async function dropDragged(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const transfer = (window as unknown as { __dragged: DataTransfer }).__dragged;
    const target = document.querySelector('.reader') ?? document.body;
    return !target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
}

export async function dropFiles(page: Page, files: readonly FileToDrop[]): Promise<boolean> {
  await dragFilesOver(page, files);
  return dropDragged(page);
}
