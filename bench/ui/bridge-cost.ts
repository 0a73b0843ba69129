/**
 * What the test bridge's transport alone costs for a reply: the same JSON
 * text handed to the page through a Playwright binding and parsed there,
 * with nothing computed on either side. Timed as the bridge hands it (long
 * replies in slices: e2e/harness/reply-slices.ts) and as one string, so the
 * bench shows how much of "its data in the renderer" is the stand-in's
 * transport rather than the app.
 */
import type { Page } from '@playwright/test';
import { ReplySlices, type BridgeReply } from '../../e2e/harness/reply-slices';
import { median } from '../reanchor/run';

export interface BridgeCost {
  /** Median ms, in slices as the bridge hands a reply. */
  sliced: number;
  /** Median ms, as one string. */
  whole: number;
}

let exposed = 0;

export async function bridgeCost(page: Page, text: string, runs: number): Promise<BridgeCost> {
  // A page keeps its bindings: each measurement gets names of its own.
  const name = `__benchReply${++exposed}`;
  const replies = new ReplySlices();
  await page.exposeBinding(name, (_source, sliced: boolean): BridgeReply => (sliced ? replies.hand(text) : text));
  await page.exposeBinding(`${name}Slice`, (_source, reply: number, slice: number) => replies.take(reply, slice));
  const sliced: number[] = [];
  const whole: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const asSlices of r % 2 === 0 ? [true, false] : [false, true]) {
      const ms = await page.evaluate(
        async ({ name, asSlices }) => {
          const w = window as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
          const t = performance.now();
          const reply = (await w[name]!(asSlices)) as string | { reply: number; slices: number };
          const text =
            typeof reply === 'string'
              ? reply
              : (await Promise.all(Array.from({ length: reply.slices }, (_, k) => w[`${name}Slice`]!(reply.reply, k)))).join('');
          JSON.parse(text);
          return performance.now() - t;
        },
        { name, asSlices },
      );
      (asSlices ? sliced : whole).push(ms);
    }
  }
  return { sliced: median(sliced), whole: median(whole) };
}
