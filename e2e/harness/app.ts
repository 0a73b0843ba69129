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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { callNameOf, channelOf, type CallName } from '../../annotations/api/calls';
import { COMMAND_CHANNEL, EVENT_CHANNEL, type AppCommand, type AppEvent, type Theme } from '../../annotations/api/contract';
import { articleMenu, type ArticleContext, type ContextMenuItem } from '../../annotations/api/context-menu';
import type { RecentSet } from '../../annotations/api/view-types';
import { dispatch } from '../../annotations/api/dispatch';
import { toWire } from '../../annotations/api/wire';
import { faultyFs, type FaultyFs } from '../../annotations/node/faults/faulty-fs';
import { createService, type AnnotatorService } from '../../annotations/node/service';
// The import formats and REFI-QDA's reader and writer are loaded at their first use (import() in convert.ts and
// refi-qda-calls.ts), which in the app's and the command's bundles is a plain call. Here Playwright runs the core's
// TypeScript through Node's module loader, where that import() of htmlparser2 (a package of ES modules) can meet a
// require() of it still linking, and fail ("… is from a module not been linked"). Loaded up front, they are ready.
import '../../annotations/import/formats/web-page';
import '../../annotations/import/formats/markdown';
import '../../annotations/import/formats/docx';
import '../../annotations/node/refi-qda-service';
import { REPO_ROOT } from './paths';
import { ReplySlices } from './reply-slices';

export interface AppDirs {
  /** The app's data folder (settings: last set, recent sets). */
  dataDir: string;
  /** Where first launch copies the seed set. */
  defaultSetDir: string;
}

/** A call whose reply the bridge holds back (`TestApp.holdReply`): the core has answered, the page has not heard yet. */
export interface HeldReply {
  /** Settles once the page has made the call and the core has answered it. */
  readonly answered: Promise<void>;
  /** Lets the reply go to the page. */
  release(): void;
}

export class TestApp {
  readonly folderChoices: string[] = [];
  readonly saveChoices: string[] = [];
  /** The files the "user" picks in the import dialog, one list per dialog (none queued: cancelled). */
  readonly importChoices: string[][] = [];
  /** The disk under the service: real, until a test arms a fault (a full disk, a locked file). */
  readonly disk: FaultyFs = faultyFs();
  readonly calls: string[] = [];
  /**
   * Every event the core sent the window, in order. How many of them the page
   * draws depends on the machine: here the core shares its process with
   * Playwright, whose page.evaluate each event waits behind the core's work,
   * so a busy machine hands the page a burst that React draws once.
   */
  readonly emitted: AppEvent[] = [];
  /** What main would mirror on the desktop (electron/main.ts DesktopHooks): the theme given to nativeTheme, the recent documents. */
  readonly desktop = {
    themes: [] as Theme[],
    recentSets: [] as (readonly RecentSet[])[],
    recentDocuments: [] as string[],
    /** The right-click menus the window asked for (electron/context-menu.ts shows them), with their items. */
    contextMenus: [] as { context: ArticleContext; items: ContextMenuItem[] }[],
    /** What the menus' items put on the clipboard. */
    clipboard: [] as string[],
  };
  private service: AnnotatorService | null = null;
  /** Replies held back, by channel: the next call on it waits for its gate. */
  private readonly holds = new Map<string, { answered: () => void; released: Promise<void> }>();
  page!: Page;

  constructor(
    private readonly context: BrowserContext,
    private readonly baseUrl: string,
    readonly dirs: AppDirs,
  ) {}

  /** Starts the service (as Electron's main does) and opens the window. */
  /** `clock`: the core's time (timestamps it writes and shows), e.g. fixed for a README picture. */
  /** `link`: a research-annotator:// link the app is launched with (main's initialLink, from the command line). */
  /**
   * `askName`: a launch of an analyst never asked for their name (the window
   * asks, once). Otherwise the data folder starts as a returning analyst's
   * who chose not to give one: the question would cover every other test.
   */
  /** `retryDelaysMs`: when the core tries a failed save again on its own (main keeps the default). */
  async launch(options: { initialSet?: string; clock?: () => Date; link?: string; askName?: boolean; retryDelaysMs?: number[] } = {}): Promise<Page> {
    const settingsFile = path.join(this.dirs.dataDir, 'settings.json');
    if (!options.askName && !existsSync(settingsFile)) {
      mkdirSync(this.dirs.dataDir, { recursive: true });
      writeFileSync(settingsFile, JSON.stringify({ version: 1, lastSet: null, recentSets: [], analystNameAsked: true }));
    }
    const service = createService({
      dataDir: this.dirs.dataDir,
      defaultSetDir: this.dirs.defaultSetDir,
      seedsDir: path.join(REPO_ROOT, 'seeds'),
      ...(options.initialSet ? { initialSet: options.initialSet } : {}),
      ...(options.link ? { initialLink: options.link } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
      // As main gives them, but the browser's version for Chromium's; no Electron here.
      about: {
        name: 'Research Annotator',
        version: (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
        versions: { chrome: this.context.browser()?.version() ?? 'unknown', node: process.versions.node },
        licensesFile: path.join(REPO_ROOT, 'dist/about/licenses.json'),
      },
      desktop: {
        writeClipboard: (text) => this.desktop.clipboard.push(text),
        themeChanged: (theme) => this.desktop.themes.push(theme),
        showContextMenu: (context) => this.desktop.contextMenus.push({ context, items: articleMenu(context) }),
        recentSetsChanged: (recentSets, opened) => {
          this.desktop.recentSets.push(recentSets);
          if (opened !== undefined) this.desktop.recentDocuments.push(opened);
        },
      },
      // As main does with webContents.send: events reach the page on their own channel.
      emit: (event) => {
        this.emitted.push(event);
        void this.emit(EVENT_CHANNEL, event);
      },
      fs: this.disk,
      dialogs: {
        chooseFolder: async () => this.folderChoices.shift() ?? null,
        chooseSaveFile: async () => this.saveChoices.shift() ?? null,
        chooseImportFiles: async () => this.importChoices.shift() ?? [],
      },
    });
    await service.start();
    this.service = service;
    const page = await this.context.newPage();
    const replies = new ReplySlices();
    await page.exposeBinding('__annotatorInvoke', (_source, channel: string, argsJson: string) => {
      this.calls.push(channel);
      const call = this.answer(service, channel, argsJson);
      this.inFlight.add(call);
      void call.finally(() => this.inFlight.delete(call)).catch(() => undefined);
      return call.then((text) => replies.hand(text));
    });
    await page.exposeBinding('__annotatorReplySlice', (_source, reply: number, slice: number) => replies.take(reply, slice));
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

  /** Calls the page made that the core has not answered yet: quitting waits for them, as main's flush does. */
  private readonly inFlight = new Set<Promise<string>>();
  /** Every held reply's release: quitting lets them all go. */
  private readonly gates = new Set<() => void>();

  /**
   * The next `name` call never reaches the core and fails, as an IPC call
   * does when the main process is gone or busy past its deadline.
   */
  dropNextCall(name: CallName): void {
    this.drops.add(channelOf(name));
  }

  private readonly drops = new Set<string>();

  /**
   * Holds back the next `name` call before it reaches the core, until the
   * returned function is called: a busy main process, for a test that needs
   * another call to overtake it.
   */
  holdCall(name: CallName): () => void {
    let release!: () => void;
    this.callGates.set(channelOf(name), new Promise<void>((resolve) => (release = resolve)));
    this.gates.add(release);
    return release;
  }

  private readonly callGates = new Map<string, Promise<void>>();

  private async answer(service: AnnotatorService, channel: string, argsJson: string): Promise<string> {
    if (this.drops.delete(channel)) throw new Error('the app’s core did not answer');
    const gate = this.callGates.get(channel);
    this.callGates.delete(channel);
    await gate;
    // Taken as the call is made: the hold is the next call's, whichever answer comes first.
    const hold = this.holds.get(channel);
    this.holds.delete(channel);
    const result = await dispatch(service.handlers, channel, JSON.parse(argsJson));
    if (hold) {
      hold.answered();
      await hold.released;
    }
    const name = callNameOf(channel);
    return JSON.stringify(name === null ? result : toWire(name, result));
  }

  /**
   * Holds back the reply to the next `name` call until `release()`, as a busy
   * main process or a slow disk would: for a test that needs the reply to
   * arrive at one exact moment (say, while the mouse button is down).
   */
  holdReply(name: CallName): HeldReply {
    let answered!: () => void;
    let release!: () => void;
    const gate = { answered: new Promise<void>((resolve) => (answered = resolve)), released: new Promise<void>((resolve) => (release = resolve)) };
    this.holds.set(channelOf(name), { answered, released: gate.released });
    this.gates.add(release);
    return { answered: gate.answered, release };
  }

  /** Quits (every pending save flushed) and launches again on the same data folder. */
  async relaunch(): Promise<Page> {
    await this.quit();
    return this.launch();
  }

  /**
   * Closes the window first, as the analyst does: what the page sends as it
   * goes (its view state, on pagehide) reaches the core, and the flush waits
   * for it. Nothing is written into the data folder after this returns.
   */
  async quit(): Promise<void> {
    await this.page?.close({ runBeforeUnload: false });
    for (const release of this.gates) release();
    await Promise.allSettled([...this.inFlight]);
    await this.service?.flush();
    this.service?.dispose();
    this.service = null;
  }

  /** What main does with a folder a second launch, the system or File ▸ Open Recent gave it. */
  async openFromDesktop(folder: string): Promise<void> {
    await this.service?.openFromDesktop(folder);
  }

  /** Chooses an item of the last right-click menu, as the user would: what Electron does with it (context-menu.ts). */
  async chooseFromContextMenu(label: string): Promise<void> {
    const item = this.desktop.contextMenus.at(-1)?.items.find((i) => 'label' in i && i.label === label);
    if (item === undefined) throw new Error(`The last right-click menu has no "${label}"`);
    if (item.type === 'copyText') this.desktop.clipboard.push(item.text);
    else if (item.type === 'command') await this.menuCommand(item.command);
    else throw new Error(`"${label}" is done by Electron itself (${item.type})`);
  }

  /** What main does with a link a second launch or macOS's open-url gave it. */
  async openLink(url: string): Promise<void> {
    await this.service?.openLink(url);
  }

  /** What a native menu item does: main sends the command to the window. */
  async menuCommand(command: AppCommand): Promise<void> {
    await this.emit(COMMAND_CHANNEL, command);
  }

  private async emit(channel: string, payload: AppCommand | AppEvent): Promise<void> {
    if (!this.page || this.page.isClosed()) return;
    await this.page
      .evaluate(
        ([c, p]) => (window as unknown as { __annotatorEmit(c: string, p: unknown): void }).__annotatorEmit(c, p),
        [channel, payload] as const,
      )
      .catch(() => undefined); // the window may be closing, as in Electron
  }

  async flush(): Promise<void> {
    await this.service?.flush();
  }
}
