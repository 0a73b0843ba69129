/**
 * Long work in the core gives the event loop a turn now and then. In the app
 * the core runs in Electron's main process: while one loop holds it, no IPC
 * call is answered (a highlight's save among them), no menu or window event
 * is handled, and past a few seconds the system calls the app hung. A loop
 * over every claim of a large set calls `turn()` between claims.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long a loop may hold the event loop before it lets others in: about a frame, so waiting work feels immediate. */
export const TURN_MS = 16;

export class EventLoopTurns {
  private since = performance.now();

  constructor(private readonly ms = TURN_MS) {}

  /** Lets the event loop run what waits (I/O, timers, other calls) once this loop has held it `ms`. */
  async turn(): Promise<void> {
    if (performance.now() - this.since < this.ms) return;
    await nextTurn();
    this.since = performance.now();
  }
}
