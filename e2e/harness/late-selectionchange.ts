/**
 * Makes the page hear of a selection change late, as a busy Chromium can
 * make it: after input it gives the next frame priority over its queued
 * tasks, so a frame (and the page's animation-frame callbacks) may run
 * before the `selectionchange` event of a mouse press reaches the page.
 * Which comes first is otherwise a matter of load; this makes the late
 * order certain, for a test of what the app does in it.
 */
import type { Page } from '@playwright/test';

interface HoldingWindow {
  __holdSelectionChange?: { holding: boolean; held: number };
}

/** From now on, `selectionchange` events stop at the window until `deliver` sends the page one (browsers fold several into one too). */
export async function holdSelectionChanges(page: Page): Promise<{ deliver(): Promise<number> }> {
  await page.evaluate(() => {
    const w = window as HoldingWindow;
    const hold = { holding: true, held: 0 };
    w.__holdSelectionChange = hold;
    // Capturing at the window: before any listener of the document's.
    window.addEventListener(
      'selectionchange',
      (event) => {
        if (!hold.holding) return;
        event.stopImmediatePropagation();
        hold.held++;
      },
      { capture: true },
    );
  });
  return {
    /** Stops holding and delivers one event if any was held; says how many were. */
    deliver: () =>
      page.evaluate(() => {
        const hold = (window as HoldingWindow).__holdSelectionChange!;
        hold.holding = false;
        if (hold.held > 0) document.dispatchEvent(new Event('selectionchange'));
        return hold.held;
      }),
  };
}
