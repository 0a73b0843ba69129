/**
 * KeyedQueue.batch: requests join the batch waiting last in their key's
 * queue, never one that started or one with other tasks queued after it.
 */
import { describe, expect, it } from 'vitest';
import { type Answer, KeyedQueue } from './keyed-queue';

describe('KeyedQueue.batch', () => {
  it('joins requests queued behind a running task into one batch, in order; a task queued after a batch closes it', async () => {
    const queue = new KeyedQueue();
    const batches: number[][] = [];
    const order: string[] = [];
    const handle = async (requests: number[]): Promise<Answer<number>[]> => {
      batches.push(requests);
      order.push(`batch ${requests.join(',')}`);
      return requests.map((r) => (r === 4 ? { ok: false, error: new Error('four') } : { ok: true, value: r * 10 }));
    };
    let release!: () => void;
    const running = queue.run('a', () => new Promise<void>((resolve) => (release = resolve)).then(() => void order.push('task')));
    const first = [1, 2, 3].map((n) => queue.batch('a', handle, n));
    const between = queue.run('a', async () => void order.push('between'));
    const second = [4, 5].map((n) => queue.batch('a', handle, n));
    const otherKey = queue.batch('b', handle, 6);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await running;
    expect(await Promise.all(first)).toEqual([10, 20, 30]);
    await between;
    await expect(second[0]).rejects.toThrow('four');
    expect(await second[1]).toBe(50);
    expect(await otherKey).toBe(60);
    expect(order.filter((o) => o !== 'batch 6')).toEqual(['task', 'batch 1,2,3', 'between', 'batch 4,5']);
    expect(batches).toHaveLength(3);
  });

  it('fails every request of a batch whose handler throws, and runs the next tasks', async () => {
    const queue = new KeyedQueue();
    const handle = async (): Promise<Answer<number>[]> => {
      throw new Error('disk gone');
    };
    const requests = [queue.batch('a', handle, 1), queue.batch('a', handle, 2)];
    for (const r of requests) await expect(r).rejects.toThrow('disk gone');
    expect(await queue.run('a', async () => 'next')).toBe('next');
    await queue.idle();
  });
});
