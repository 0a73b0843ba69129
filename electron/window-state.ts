/**
 * Keeps the main window's size, place and maximized state in the user's data
 * folder (`window-state.json`), so a relaunch opens it where it was
 * (window-bounds.ts decides whether that is still on a screen).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { writeFileAtomic } from '../annotations/node/files';
import { parseWindowState, type WindowState } from './window-bounds';

const SAVE_AFTER_MS = 500;

export class WindowStateFile {
  readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = path.join(dataDir, 'window-state.json');
  }

  /** Null when there is none yet or it is not readable: the window opens at its default size. */
  async read(): Promise<WindowState | null> {
    try {
      return parseWindowState(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      return null;
    }
  }

  async write(state: WindowState): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(state, null, 2) + '\n');
  }
}

/** Saves the window's state a moment after it moves, resizes or (un)maximizes, and when it closes. */
export function trackWindowState(window: BrowserWindow, file: WindowStateFile): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The normal bounds, not the maximized ones: un-maximizing after a relaunch returns to them.
  const current = (): WindowState => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  const save = (state: WindowState) => void file.write(state).catch((error: unknown) => console.error('Could not save the window state:', error));
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => save(current()), SAVE_AFTER_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', later);
  // 'close', not 'closed': the window's bounds can still be read.
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    save(current());
  });
}
