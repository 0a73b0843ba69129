/**
 * Every state a progress bar shows, recorded in the page as it changes (a
 * MutationObserver on the bar's value text), so a spec can check the order
 * and the words of long work however fast the machine runs through it.
 */
import type { Page } from '@playwright/test';

/** Starts recording the states of the bar named `label`; the function returned reads them. */
export async function recordProgress(page: Page, label: string): Promise<() => Promise<string[]>> {
  await page.evaluate((name) => {
    const seen: string[] = [];
    const all = ((window as unknown as { __progress?: Record<string, string[]> }).__progress ??= {});
    all[name] = seen;
    new MutationObserver(() => {
      const state = document.querySelector(`progress[aria-label="${name}"]`)?.getAttribute('aria-valuetext');
      if (state && seen.at(-1) !== state) seen.push(state);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, label);
  return () => page.evaluate((name) => (window as unknown as { __progress: Record<string, string[]> }).__progress[name] ?? [], label);
}

/**
 * A screenshot of the bar named `label` to `path`, taken once it has shown two
 * different states starting with `prefix` (within `timeoutMs`) and only while
 * it is still on screen. Not before: the bridge hands the core's events to
 * the page by page.evaluate, which waits behind a screenshot, so one taken at
 * the bar's first state holds back the states that follow and the bar seems
 * not to move. The recorded states, not the picture, are what a spec checks.
 */
export async function screenshotOnceMoved(page: Page, label: string, prefix: string, path: string, timeoutMs = 5_000): Promise<void> {
  const moved = await page
    .waitForFunction(
      ([name, start]) => new Set((window as unknown as { __progress: Record<string, string[]> }).__progress[name]?.filter((s) => s.startsWith(start))).size >= 2,
      [label, prefix] as const,
      { timeout: timeoutMs },
    )
    .then(
      () => true,
      () => false,
    );
  if (moved && (await page.getByRole('progressbar', { name: label }).count()) > 0) await page.screenshot({ path });
}
