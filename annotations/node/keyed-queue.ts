/**
 * Runs tasks one at a time per key (per file), in the order they arrive.
 * A failed task does not block the ones after it.
 *
 * Requests that may share one task (edits of one article, which share its
 * save) are queued with `batch`: a request joins the batch of its kind that
 * waits last in the key's queue, not started yet, so while one task of the
 * key runs, every request arriving meanwhile is handled by the next one.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  /** Per key, the batch queued last, while nothing else was queued after it and it has not started. */
  private readonly open = new Map<string, OpenBatch>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    // Anything queued after a batch closes it: what comes later must run after that task too.
    this.open.delete(key);
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /**
   * Queues `request` for `handle`, which receives the requests of one batch in
   * the order they came and answers each (same length, same order). A batch
   * joins requests of the same `handle` only; if `handle` throws, every
   * request of its batch fails with that error.
   */
  batch<R, A>(key: string, handle: BatchHandler<R, A>, request: R): Promise<A> {
    return new Promise<A>((resolve, reject) => {
      const member = { request, resolve: resolve as (answer: unknown) => void, reject };
      const open = this.open.get(key);
      if (open?.handle === handle) {
        open.members.push(member);
        return;
      }
      const batch: OpenBatch = { handle: handle as BatchHandler<unknown, unknown>, members: [member] };
      void this.run(key, async () => {
        if (this.open.get(key) === batch) this.open.delete(key);
        let answers: Answer<unknown>[];
        try {
          answers = await batch.handle(batch.members.map((m) => m.request));
        } catch (error) {
          for (const m of batch.members) m.reject(error);
          return;
        }
        batch.members.forEach((m, i) => {
          const answer = answers[i];
          if (answer?.ok) m.resolve(answer.value);
          else m.reject(answer ? answer.error : new Error('A batched request got no answer.'));
        });
      });
      this.open.set(key, batch);
    });
  }

  /** Resolves when every task queued so far has settled. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}

/** The answer to one request of a batch. */
export type Answer<A> = { ok: true; value: A } | { ok: false; error: unknown };

export type BatchHandler<R, A> = (requests: R[]) => Promise<Answer<A>[]>;

interface OpenBatch {
  handle: BatchHandler<unknown, unknown>;
  members: { request: unknown; resolve: (answer: unknown) => void; reject: (error: unknown) => void }[];
}
