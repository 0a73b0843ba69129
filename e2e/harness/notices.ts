/**
 * The app's passing notices (role "status"), recorded as they are shown. An
 * information notice goes after a few seconds, as it should for the analyst;
 * on a busy machine a spec's check may come after it has gone (an axe run
 * between the end of a long import and the check took longer than the notice
 * stays), so a spec asks whether the notice was shown, not whether it is
 * still there.
 */
import { expect, type Page } from '@playwright/test';

export type Notices = () => Promise<string[]>;

/** Starts recording; the function returned reads the text of every status notice shown since, in order. */
export async function watchNotices(page: Page): Promise<Notices> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __notices: string[] }).__notices = seen;
    const read = () => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent?.trim() ?? '';
        if (text !== '' && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true });
    read();
  });
  return () => page.evaluate(() => (window as unknown as { __notices: string[] }).__notices);
}

/**
 * Waits until a status notice holding `text` has been shown; `timeout`, for
 * a notice at the end of long work, is as long as the work may take on a busy
 * machine (expect's default otherwise).
 */
export async function expectNoticed(notices: Notices, text: string, { timeout }: { timeout?: number } = {}): Promise<void> {
  await expect
    .poll(notices, { message: `a notice holding "${text}" was shown`, ...(timeout === undefined ? {} : { timeout }) })
    .toEqual(expect.arrayContaining([expect.stringContaining(text)]));
}
