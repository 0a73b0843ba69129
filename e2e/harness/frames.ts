import type { Page } from '@playwright/test';

/** Resolves once the page has run two more animation frames: what a change set off for the next frame has run. */
export async function afterFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
