/**
 * Articles whose last save failed (a full disk, a locked file, a lost network
 * share). Their changes stay in memory and are saved again, after 1 s, then 2,
 * 5, 10 and every 30 s, until a save succeeds; every change the analyst makes
 * meanwhile tries again at once. Nothing pending is dropped: closing the set
 * or quitting first tries every pending save once more (`retryAll`), and the
 * caller refuses to close while any still fails.
 */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

export interface PendingReport {
  /** A save failed; the next attempt is in `retryInMs`. */
  failed(file: string, error: Error, retryInMs: number): void;
  /** A file that had failed is saved now. */
  saved(file: string): void;
}

export class PendingSaves {
  private readonly failing = new Map<string, { attempts: number; timer: ReturnType<typeof setTimeout> | undefined }>();
  /**
   * Attempts started and not settled. A retry its timer started may wait in
   * the file's queue behind the one `retryAll` started: `retryAll` waits for
   * it too, so that nothing is still writing once it answers (the app quits,
   * the set closes).
   */
  private readonly running = new Set<Promise<void>>();

  constructor(
    /** Saves the file's current state; throws when it fails again. */
    private readonly save: (file: string) => Promise<void>,
    private readonly report: PendingReport,
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /** Files whose changes are not on disk. */
  get files(): string[] {
    return [...this.failing.keys()];
  }

  failed(file: string, error: Error): void {
    const entry = this.failing.get(file) ?? { attempts: 0, timer: undefined };
    if (entry.timer) clearTimeout(entry.timer);
    const delay = this.delays[Math.min(entry.attempts, this.delays.length - 1)] ?? 30_000;
    entry.attempts += 1;
    entry.timer = setTimeout(() => void this.attempt(file), delay);
    // A pending retry must not keep a command-line process alive on its own.
    entry.timer.unref?.();
    this.failing.set(file, entry);
    this.report.failed(file, error, delay);
  }

  succeeded(file: string): void {
    const entry = this.failing.get(file);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.failing.delete(file);
    this.report.saved(file);
  }

  /** Tries every pending file now; resolves with those that still fail. */
  async retryAll(): Promise<string[]> {
    for (const file of this.files) await this.attempt(file);
    while (this.running.size > 0) await Promise.all(this.running);
    return this.files;
  }

  dispose(): void {
    for (const entry of this.failing.values()) if (entry.timer) clearTimeout(entry.timer);
    this.failing.clear();
  }

  private attempt(file: string): Promise<void> {
    const running = this.tryOnce(file);
    this.running.add(running);
    void running.finally(() => this.running.delete(running));
    return running;
  }

  private async tryOnce(file: string): Promise<void> {
    try {
      await this.save(file);
      this.succeeded(file);
    } catch (error) {
      if (this.failing.has(file)) this.failed(file, error instanceof Error ? error : new Error(String(error)));
    }
  }
}
