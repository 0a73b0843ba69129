/**
 * Waits for a page showing a long article. Each failed check of a locator
 * assertion (`expect(locator).toBe…`) takes an aria snapshot of the whole
 * page for its error message (Playwright's `ariaSnapshotForExpectFailure`);
 * with thousands of paragraphs that takes seconds, and many more on a busy
 * machine, and the page can do nothing else meanwhile, so what the test waits
 * for (the next slice of the build, the frame that draws the highlights near
 * the view) waits too, until the assertion times out. These poll with
 * `expect.poll`, whose checks read one value and take no snapshot.
 */
import { expect, type Locator } from '@playwright/test';

const TIMEOUT = 15_000;

/** The locator's one element's attribute `name` (null while there is no element). */
async function attributeOf(locator: Locator, name: string): Promise<string | null> {
  return (await locator.count()) === 1 ? locator.getAttribute(name) : null;
}

export async function untilAttribute(locator: Locator, name: string, value: string, timeout = TIMEOUT): Promise<void> {
  await expect.poll(() => attributeOf(locator, name), { timeout }).toBe(value);
}

/** The locator's one element's text contains `text`. */
export async function untilText(locator: Locator, text: string, timeout = TIMEOUT): Promise<void> {
  await expect.poll(async () => ((await locator.count()) === 1 ? locator.textContent() : null), { timeout }).toContain(text);
}

/** The locator's one element is in the viewport, as `toBeInViewport` has it: an intersection with it, through every clipping ancestor. */
export async function untilInViewport(locator: Locator, timeout = TIMEOUT): Promise<void> {
  const ratio = async () => {
    if ((await locator.count()) !== 1) return 0;
    return locator.evaluate(
      (element) =>
        new Promise<number>((resolve) => {
          const observer = new IntersectionObserver(([entry]) => {
            observer.disconnect();
            resolve(entry?.intersectionRatio ?? 0);
          });
          observer.observe(element);
        }),
    );
  };
  await expect.poll(ratio, { timeout }).toBeGreaterThan(0);
}
