/**
 * The highlights flashed in the page, recorded as they flash (a
 * MutationObserver on the marks' class). The flash lasts about a second; on a
 * busy machine a check that polls the class may come after it is gone, so a
 * spec asks whether the highlight flashed, not whether it still flashes.
 */
import { expect, type Page } from '@playwright/test';

export type Flashes = () => Promise<string[]>;

/** Starts recording; the function returned reads the text of every highlight flashed since. */
export async function watchFlashes(page: Page): Promise<Flashes> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __flashes: string[] }).__flashes = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const mark = record.target as Element;
        if (mark.classList.contains('hl-flash')) seen.push(mark.textContent ?? '');
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  return () => page.evaluate(() => (window as unknown as { __flashes: string[] }).__flashes);
}

/** Waits until a highlight holding `text` has flashed. */
export async function expectFlashed(flashes: Flashes, text: string): Promise<void> {
  await expect.poll(flashes, { message: `a highlight holding "${text}" flashed` }).toEqual(expect.arrayContaining([expect.stringContaining(text)]));
}
