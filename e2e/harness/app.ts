/**
 * Launches the real UI (production build) in Chromium, connected to the real
 * core service over an IPC-like bridge, on real folders. This is the app as
 * Electron runs it, minus Electron: the same service, the same `dispatch`
 * (argument validation included), async calls with JSON-only arguments.
 *
 * Native dialogs are the one seam: tests queue the folder or file the "user"
 * picks, as Playwright's Electron tests stub `dialog`.
 */
import type { BrowserContext, Page } from '@playwright/test';
import path from 'node:path';
import { COMMAND_CHANNEL, type AppCommand } from '../../annotations/api/contract';
import { dispatch } from '../../annotations/api/dispatch';
import { createService, type AnnotatorService } from '../../annotations/node/service';
import { REPO_ROOT } from './paths';

export interface AppDirs {
  /** The app's data folder (settings: last set, recent sets). */
  dataDir: string;
  /** Where first launch copies the seed set. */
  defaultSetDir: string;
}

export class TestApp {
  readonly folderChoices: string[] = [];
  readonly saveChoices: string[] = [];
  readonly calls: string[] = [];
  private service: AnnotatorService | null = null;
  page!: Page;

  constructor(
    private readonly context: BrowserContext,
    private readonly baseUrl: string,
    readonly dirs: AppDirs,
  ) {}

  /** Starts the service (as Electron's main does) and opens the window. */
  async launch(options: { initialSet?: string } = {}): Promise<Page> {
    const service = createService({
      dataDir: this.dirs.dataDir,
      defaultSetDir: this.dirs.defaultSetDir,
      seedsDir: path.join(REPO_ROOT, 'seeds'),
      ...(options.initialSet ? { initialSet: options.initialSet } : {}),
      dialogs: {
        chooseFolder: async () => this.folderChoices.shift() ?? null,
        chooseSaveFile: async () => this.saveChoices.shift() ?? null,
      },
    });
    await service.start();
    this.service = service;
    const page = await this.context.newPage();
    await page.exposeBinding('__annotatorInvoke', async (_source, channel: string, argsJson: string) => {
      this.calls.push(channel);
      const result = await dispatch(service.handlers, channel, JSON.parse(argsJson));
      return JSON.stringify(result);
    });
    await page.addInitScript({ path: path.join(REPO_ROOT, 'dist/e2e/bridge-client.js') });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    this.pageErrors = errors;
    await page.goto(this.baseUrl);
    this.page = page;
    return page;
  }

  pageErrors: string[] = [];

  /** Quits (every pending save flushed) and launches again on the same data folder. */
  async relaunch(): Promise<Page> {
    await this.quit();
    return this.launch();
  }

  async quit(): Promise<void> {
    await this.service?.flush();
    await this.page?.close();
    this.service = null;
  }

  /** What a native menu item does: main sends the command to the window. */
  async menuCommand(command: AppCommand): Promise<void> {
    await this.page.evaluate(
      ([channel, payload]) => (window as unknown as { __annotatorEmit(c: string, p: unknown): void }).__annotatorEmit(channel, payload),
      [COMMAND_CHANNEL, command] as const,
    );
  }

  async flush(): Promise<void> {
    await this.service?.flush();
  }
}
