/**
 * The main process's configuration, checked with Electron replaced by a
 * recording fake (Electron's binary cannot run here). This checks what main
 * *asks* Electron for (the webPreferences of every window, the IPC sender
 * check, the handlers on every webContents, the permission handlers, the
 * single-instance lock, the recent documents, the native theme, the window's
 * bounds), not Electron's behaviour; the Electron smoke spec covers that
 * where a binary exists.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callArgs, channelOf, EVENT_CHANNEL } from '../annotations/api/contract';

type Listener = (...args: unknown[]) => unknown;

// Everything main asks of Electron, recorded. vi.hoisted: the fake must exist before the mocked module is imported.
const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const state = {
    windows: [] as { options: Record<string, unknown>; loaded: string[]; sent: [string, unknown][]; on: Map<string, Listener[]>; contentsOn: Map<string, Listener[]>; maximized: boolean }[],
    ipc: new Map<string, Listener>(),
    appListeners,
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    profile: '',
    menus: [] as unknown[],
    recentDocuments: [] as string[],
    clearedRecentDocuments: 0,
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    singleInstanceLock: 0,
    openedExternally: [] as string[],
    spellcheck: { downloadURL: '', languages: [] as string[], enabled: null as boolean | null },
  };
  return state;
});

/** A second screen to the right of the primary one; no screen at all at x < 0. */
const DISPLAYS = [{ workArea: { x: 0, y: 25, width: 1440, height: 875 } }, { workArea: { x: 1440, y: 0, width: 1920, height: 1080 } }];

vi.mock('electron', () => {
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getFocusedWindow = () => null;
    static getAllWindows = () => BrowserWindow.all;
    readonly webContents: { send: (channel: string, payload: unknown) => void; on: (event: string, listener: Listener) => void };
    private readonly record: (typeof fake.windows)[number];
    constructor(options: Record<string, unknown>) {
      const record = { options, loaded: [] as string[], sent: [] as [string, unknown][], on: new Map<string, Listener[]>(), contentsOn: new Map<string, Listener[]>(), maximized: false };
      this.record = record;
      this.webContents = {
        send: (channel, payload) => record.sent.push([channel, payload]),
        on: (event, listener) => record.contentsOn.set(event, [...(record.contentsOn.get(event) ?? []), listener]),
      };
      fake.windows.push(record);
      BrowserWindow.all.push(this);
    }
    once(): void {}
    on(event: string, listener: Listener): void {
      this.record.on.set(event, [...(this.record.on.get(event) ?? []), listener]);
    }
    show(): void {}
    focus(): void {}
    isMinimized(): boolean {
      return false;
    }
    maximize(): void {
      this.record.maximized = true;
    }
    isMaximized(): boolean {
      return this.record.maximized;
    }
    getNormalBounds() {
      const { x, y, width, height } = this.record.options as { x: number; y: number; width: number; height: number };
      return { x, y, width, height };
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const app = {
    name: 'Research Annotator',
    isPackaged: false,
    requestSingleInstanceLock: () => (fake.singleInstanceLock++, true),
    commandLine: { hasSwitch: () => false },
    addRecentDocument: (folder: string) => fake.recentDocuments.push(folder),
    clearRecentDocuments: () => (fake.clearedRecentDocuments++, (fake.recentDocuments = [])),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => path.join(fake.profile, name),
    setPath: vi.fn(),
    getVersion: () => '0.0.0-test',
    getPreferredSystemLanguages: () => ['en-GB', 'fr-FR'],
    on: (event: string, listener: Listener) => fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), listener]),
    quit: vi.fn(),
    exit: vi.fn(),
  };
  return {
    app,
    BrowserWindow,
    nativeTheme: fake.nativeTheme,
    screen: { getPrimaryDisplay: () => DISPLAYS[0], getAllDisplays: () => DISPLAYS },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
        availableSpellCheckerLanguages: ['en-GB', 'en-US', 'fr-FR', 'de-DE'],
        setSpellCheckerDictionaryDownloadURL: (url: string) => (fake.spellcheck.downloadURL = url),
        setSpellCheckerLanguages: (languages: string[]) => (fake.spellcheck.languages = languages),
        setSpellCheckerEnabled: (enabled: boolean) => (fake.spellcheck.enabled = enabled),
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => fake.ipc.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => fake.menus.push(menu) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    shell: { openExternal: (url: string) => (fake.openedExternally.push(url), Promise.resolve()) },
  };
});

beforeAll(async () => {
  fake.profile = await mkdtemp(path.join(tmpdir(), 'ra-main-'));
  // Saved by an earlier run on a screen that is gone (left of the primary one), maximized.
  // (The fake's getPath gives <profile>/<name>.)
  await mkdir(path.join(fake.profile, 'userData'), { recursive: true });
  await writeFile(path.join(fake.profile, 'userData/window-state.json'), JSON.stringify({ bounds: { x: -2000, y: 100, width: 1000, height: 700 }, maximized: true }));
  vi.stubEnv('RESEARCH_ANNOTATOR_PROFILE', fake.profile);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await import('./main');
  await vi.waitFor(() => expect(fake.windows.length).toBeGreaterThan(0));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(fake.profile, { recursive: true, force: true });
});

describe('the main process (Electron replaced by a recording fake: configuration, not behaviour)', () => {
  it('opens every window locked down: context isolation, sandbox, no Node, web security, no middle-click windows', () => {
    for (const { options, loaded } of fake.windows) {
      const prefs = options['webPreferences'] as Record<string, unknown>;
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
      });
      expect(prefs['nodeIntegrationInSubFrames']).not.toBe(true);
      expect(prefs['enableBlinkFeatures']).toBeUndefined();
      expect(prefs['webviewTag']).not.toBe(true);
      expect(String(prefs['preload'])).toMatch(/preload\.cjs$/u);
      // Notes and claim fields are spell-checked; spellcheck.ts keeps it offline.
      expect(prefs['spellcheck']).toBe(true);
      // The UI comes from the app's own scheme, never from file:// or the network.
      expect(loaded).toEqual([expect.stringMatching(/^app:\/\//u)]);
    }
  });

  it('serves the UI over its own scheme: standard, secure, no fetch, its compiled script kept between launches', async () => {
    const { protocol } = await import('electron');
    expect(vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls).toEqual([
      [[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false, codeCache: true } }]],
    ]);
  });

  it('registers one IPC handler per declared call, and each refuses a sender that is not our page', async () => {
    expect([...fake.ipc.keys()].sort()).toEqual(Object.keys(callArgs).map((name) => channelOf(name as keyof typeof callArgs)).sort());
    const getSession = fake.ipc.get(channelOf('getSession')) as Listener;
    const refused = { ok: false, error: { kind: 'invalid-argument', message: 'Call refused: untrusted sender' } };
    for (const senderFrame of [null, { url: 'https://evil.example/' }, { url: 'file:///tmp/page.html' }, { url: 'app://evil/index.html' }]) {
      await expect(getSession({ senderFrame }, {})).resolves.toEqual(refused);
    }
    const trusted = (fake.windows[0]?.loaded[0] ?? '') as string;
    await expect(getSession({ senderFrame: { url: trusted } }, {})).resolves.toMatchObject({ ok: true });
  });

  it('hardens every webContents created: no navigation away, no new windows, no <webview>', () => {
    const listeners = fake.appListeners.get('web-contents-created') ?? [];
    expect(listeners).toHaveLength(1);
    const on = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    const contents = { on: (event: string, listener: Listener) => on.set(event, listener), setWindowOpenHandler: (h: Listener) => (openHandler = h) };
    (listeners[0] as Listener)({}, contents);
    const prevented = (event: string, url: string) => {
      const e = { url, preventDefault: vi.fn() };
      (on.get(event) as Listener)(e);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', fake.windows[0]?.loaded[0] ?? '')).toBe(false);
    expect(prevented('will-attach-webview', 'about:blank')).toBe(true);
    expect((openHandler as unknown as Listener)({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    // A link the analyst clicked goes to the system's browser or mail client, and only https: and mailto: ones do.
    for (const url of ['mailto:desk@example.org', 'file:///etc/passwd', 'http://example.org/', 'javascript:alert(1)', 'smb://host/share', 'not a url']) {
      expect((openHandler as unknown as Listener)({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.openedExternally).toEqual(['https://example.org/', 'mailto:desk@example.org']);
  });

  it('denies every permission request and check', () => {
    const answer = vi.fn();
    (fake.permissionRequest as Listener)({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect((fake.permissionCheck as Listener)({}, 'notifications')).toBe(false);
  });

  it('asks for the single-instance lock, and opens what a second launch was given (a sidecar stands for its folder)', async () => {
    expect(fake.singleInstanceLock).toBe(1);
    const folder = path.join(fake.profile, 'Interviews');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'notes.txt'), 'Field notes\n');
    await writeFile(path.join(folder, 'notes.txt.annotations.json'), '');
    const window = fake.windows[0]!;
    window.sent.length = 0;
    const [secondInstance] = fake.appListeners.get('second-instance') ?? [];
    // As Electron passes it: the second launch's argv (in development: electron, the app path, then the file) and its working directory.
    await (secondInstance as Listener)({}, ['electron', '.', '--some-switch', 'Interviews/notes.txt.annotations.json'], fake.profile);
    await vi.waitFor(() => expect(window.sent).toContainEqual([EVENT_CHANNEL, { type: 'sessionChanged' }]));
    expect(fake.recentDocuments).toContain(folder);
    // File ▸ Open Recent lists it now, first.
    const recent = menuItem(lastMenu(), 'File', 'Open Recent');
    expect((recent.submenu as MenuItem[])[0]?.label).toBe(`Interviews — ${folder}`);

    // Something that is not a set is refused with the path named.
    window.sent.length = 0;
    await (secondInstance as Listener)({}, ['electron', '.', path.join(folder, 'notes.txt')], fake.profile);
    await vi.waitFor(() => expect(window.sent).toHaveLength(1));
    expect(window.sent[0]).toEqual([EVENT_CHANNEL, { type: 'openFailed', folder: path.join(folder, 'notes.txt'), reason: expect.stringMatching(/notes\.txt: not a set/u) }]);
  });

  it('takes files the system opens with the app (macOS open-file) instead of letting Electron handle them', async () => {
    const [openFile] = fake.appListeners.get('open-file') ?? [];
    const event = { preventDefault: vi.fn() };
    (openFile as Listener)(event, fake.profile);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('follows the theme chosen in the app with nativeTheme, and checks it in View ▸ Theme', async () => {
    const setTheme = fake.ipc.get(channelOf('setTheme')) as Listener;
    const trusted = { senderFrame: { url: fake.windows[0]?.loaded[0] } };
    await expect(setTheme(trusted, { theme: 'dark' })).resolves.toMatchObject({ ok: true });
    expect(fake.nativeTheme.themeSource).toBe('dark');
    const theme = menuItem(lastMenu(), 'View', 'Theme').submenu as MenuItem[];
    expect(theme.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ]);
    await expect(setTheme(trusted, { theme: 'neon' })).resolves.toMatchObject({ ok: false });
    expect(fake.nativeTheme.themeSource).toBe('dark');
  });

  it('clears the system\'s recent documents and Open Recent with the app\'s recent sets', async () => {
    const clear = fake.ipc.get(channelOf('clearRecentSets')) as Listener;
    await expect(clear({ senderFrame: { url: fake.windows[0]?.loaded[0] } }, {})).resolves.toMatchObject({ ok: true, value: { recentSets: [] } });
    expect(fake.clearedRecentDocuments).toBeGreaterThan(0);
    const recent = menuItem(lastMenu(), 'File', 'Open Recent').submenu as MenuItem[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['No recent sets', 'separator', 'Clear Recently Opened']);
  });

  it('opens the window on a screen that exists when its saved place is gone, keeps it maximized, and saves its state on close', async () => {
    const { options, maximized, on } = fake.windows[0]!;
    expect(options).toMatchObject({ width: 1000, height: 700, minWidth: 900, minHeight: 600 });
    // Centred on the primary display's work area, not at x = -2000.
    expect(options).toMatchObject({ x: 220, y: 113 });
    expect(maximized).toBe(true);
    for (const listener of on.get('close') ?? []) listener();
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(path.join(fake.profile, 'userData/window-state.json'), 'utf8'))).toEqual({
        bounds: { x: 220, y: 113, width: 1000, height: 700 },
        maximized: true,
      }),
    );
  });
});

type MenuItem = { label?: string; type?: string; checked?: boolean; submenu?: MenuItem[] };

function lastMenu(): MenuItem[] {
  return fake.menus[fake.menus.length - 1] as MenuItem[];
}

function menuItem(menu: MenuItem[], top: string, label: string): MenuItem {
  const item = menu.find((m) => m.label === top)?.submenu?.find((m) => m.label === label);
  if (!item) throw new Error(`No ${top} ▸ ${label} in the menu`);
  return item;
}

describe('desktop habits (Electron replaced by a recording fake)', () => {
  it('gives every window the right-click menu of text fields and selected text', () => {
    for (const window of fake.windows) expect(window.contentsOn.get('context-menu')).toHaveLength(1);
  });

  it.runIf(process.platform === 'linux')('on Linux, never lets Chromium fetch a dictionary: with none in the data folder, spell checking is off', () => {
    expect(fake.spellcheck.enabled).toBe(false);
    expect(fake.spellcheck.languages).toEqual([]);
    expect(fake.spellcheck.downloadURL).toBe(`${pathToFileURL(path.join(fake.profile, 'userData', 'Dictionaries')).href}/`);
  });
});
