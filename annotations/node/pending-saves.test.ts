import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue';
import { PendingSaves } from './pending-saves';

function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

describe('PendingSaves', () => {
  it('retryAll answers only once no save is still writing, even a retry its timer queued behind its own', async () => {
    const queue = new KeyedQueue();
    const gates = [gate(), gate()];
    let started = 0;
    let writing = 0;
    const saved: string[] = [];
    const pending = new PendingSaves(
      (file) =>
        queue.run(file, async () => {
          const mine = gates[started++];
          writing++;
          await mine?.opened;
          writing--;
        }),
      { failed: () => undefined, saved: (file) => saved.push(file) },
      [10],
    );

    pending.failed('a.txt', new Error('disk is full'));
    let answered = false;
    const all = pending.retryAll().then((files) => {
      answered = true;
      return files;
    });
    await until(() => started === 1);
    // The retry timer fires while the first attempt writes: its attempt waits in the queue.
    await new Promise((resolve) => setTimeout(resolve, 40));
    gates[0]?.open();
    await until(() => started === 2);
    expect(saved).toEqual(['a.txt']);
    expect(answered).toBe(false);

    gates[1]?.open();
    expect(await all).toEqual([]);
    expect(writing).toBe(0);
  });

  it('a file that still fails is listed by retryAll, and kept for its next attempt', async () => {
    const failures: string[] = [];
    const pending = new PendingSaves(
      () => Promise.reject(new Error('permission denied')),
      { failed: (file, error) => failures.push(`${file}: ${error.message}`), saved: () => undefined },
      [60_000],
    );
    pending.failed('b.txt', new Error('disk is full'));
    expect(await pending.retryAll()).toEqual(['b.txt']);
    expect(failures).toEqual(['b.txt: disk is full', 'b.txt: permission denied']);
    pending.dispose();
    expect(pending.files).toEqual([]);
  });
});
