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
 * Resolves once the bar named `label` has shown two different states starting
 * with `prefix` (true), or after `timeoutMs` (false). A screenshot of the bar
 * is taken after this: the bridge hands the core's events to the page by
 * page.evaluate, which waits behind a screenshot, so one taken at the bar's
 * first state holds back the states that follow and the bar seems not to move.
 */
export async function progressMoved(page: Page, label: string, prefix: string, timeoutMs = 5_000): Promise<boolean> {
  return page
    .waitForFunction(
      ([name, start]) => new Set((window as unknown as { __progress: Record<string, string[]> }).__progress[name]?.filter((s) => s.startsWith(start))).size >= 2,
      [label, prefix] as const,
      { timeout: timeoutMs },
    )
    .then(
      () => true,
      () => false,
    );
}
