/**
 * The column splitter in a real Chromium, driven by the real mouse: a drag
 * follows the pointer, stores the width once when it ends, and ends however
 * the pointer goes (released, cancelled, its capture lost, released where the
 * page did not see it), never left following a pointer with no button down.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestPage, type TestPage } from '../test-support/chromium-page';
import type { ResizePage } from '../test-support/resize-page';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test-support/resize-page.ts');
let test: TestPage;

beforeAll(async () => {
  test = await openTestPage(ENTRY);
}, 60_000);
afterAll(async () => {
  await test?.close();
});

beforeEach(async () => {
  await test.page.evaluate(() => (window as unknown as { resizePage: ResizePage }).resizePage.reset());
});

const splitter = () => test.page.getByRole('separator', { name: 'Resize the article list' });
const shown = async () => Number(await splitter().getAttribute('aria-valuenow'));
const writes = () => test.page.evaluate(() => (window as unknown as { resizePage: ResizePage }).resizePage.writes.slice());

async function pressOnSplitter(): Promise<{ x: number; y: number }> {
  const box = (await splitter().boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + 100 };
  await test.page.mouse.move(at.x, at.y);
  await test.page.mouse.down();
  return at;
}

describe('ResizeHandle', () => {
  it('follows the pointer while dragging and stores the width once, when released', async () => {
    expect(await shown()).toBe(240);
    const at = await pressOnSplitter();
    await test.page.mouse.move(at.x + 40, at.y, { steps: 10 });
    expect(await shown()).toBe(280);
    await test.page.mouse.move(at.x + 90, at.y, { steps: 10 });
    expect(await shown()).toBe(330);
    expect(await writes()).toEqual([]);
    await test.page.mouse.up();
    expect(await writes()).toEqual([JSON.stringify({ nav: 330, panel: 320 })]);
    // Moving on without a button changes nothing.
    await test.page.mouse.move(at.x + 150, at.y, { steps: 5 });
    expect(await shown()).toBe(330);
    expect(test.errors).toEqual([]);
  });

  it('ends the drag when the system cancels the pointer, keeping and storing the width shown', async () => {
    const at = await pressOnSplitter();
    await test.page.mouse.move(at.x + 60, at.y, { steps: 6 });
    await splitter().dispatchEvent('pointercancel', { pointerId: 1, isPrimary: true, pointerType: 'mouse' });
    expect(await writes()).toEqual([JSON.stringify({ nav: 300, panel: 320 })]);
    // The button is still down, but the drag is over: the splitter no longer follows.
    await test.page.mouse.move(at.x + 160, at.y, { steps: 6 });
    expect(await shown()).toBe(300);
    await test.page.mouse.up();
    expect(await writes()).toHaveLength(1);
  });

  it('ends the drag when the pointer capture is lost', async () => {
    const at = await pressOnSplitter();
    await test.page.mouse.move(at.x + 20, at.y, { steps: 4 });
    await splitter().evaluate((element) => element.releasePointerCapture(1));
    await test.page.mouse.move(at.x + 120, at.y, { steps: 6 });
    expect(await shown()).toBe(260);
    await test.page.mouse.up();
    expect(await writes()).toEqual([JSON.stringify({ nav: 260, panel: 320 })]);
  });

  it('ends the drag at the next move when the button was released where the page did not see it', async () => {
    const at = await pressOnSplitter();
    await test.page.mouse.move(at.x + 30, at.y, { steps: 3 });
    // A pointermove with no button down, as after a release outside the window.
    await splitter().dispatchEvent('pointermove', { pointerId: 1, isPrimary: true, pointerType: 'mouse', buttons: 0, clientX: at.x + 200, clientY: at.y });
    expect(await shown()).toBe(270);
    expect(await writes()).toEqual([JSON.stringify({ nav: 270, panel: 320 })]);
    await test.page.mouse.up();
  });

  it('stores each width set from the keyboard, and nothing for a click without a move', async () => {
    await pressOnSplitter();
    await test.page.mouse.up();
    expect(await writes()).toEqual([]);
    await splitter().focus();
    await test.page.keyboard.press('ArrowRight');
    await test.page.keyboard.press('End');
    expect(await shown()).toBe(480);
    expect(await writes()).toEqual([JSON.stringify({ nav: 256, panel: 320 }), JSON.stringify({ nav: 480, panel: 320 })]);
  });
});
