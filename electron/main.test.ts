/**
 * The main process's security configuration, checked with Electron replaced
 * by a recording fake (Electron's binary cannot run here). This checks what
 * main *asks* Electron for (the webPreferences of every window, the IPC
 * sender check, the handlers on every webContents, the permission handlers),
 * not Electron's behaviour; the Electron smoke spec covers that where a
 * binary exists.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callArgs, channelOf } from '../annotations/api/contract';

type Listener = (...args: unknown[]) => unknown;

// Everything main asks of Electron, recorded. vi.hoisted: the fake must exist before the mocked module is imported.
const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const state = {
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    ipc: new Map<string, Listener>(),
    appListeners,
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    profile: '',
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getFocusedWindow = () => null;
    readonly webContents = { send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
    private readonly record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      fake.windows.push(this.record);
    }
    once(): void {}
    on(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const app = {
    isPackaged: false,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => path.join(fake.profile, name),
    setPath: vi.fn(),
    getVersion: () => '0.0.0-test',
    on: (event: string, listener: Listener) => fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), listener]),
    quit: vi.fn(),
    exit: vi.fn(),
  };
  return {
    app,
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => fake.ipc.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});

beforeAll(async () => {
  fake.profile = await mkdtemp(path.join(tmpdir(), 'ra-main-'));
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
      expect(prefs['webviewTag']).not.toBe(true);
      expect(String(prefs['preload'])).toMatch(/preload\.cjs$/u);
      // The UI comes from the app's own scheme, never from file:// or the network.
      expect(loaded).toEqual([expect.stringMatching(/^app:\/\//u)]);
    }
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
  });

  it('denies every permission request and check', () => {
    const answer = vi.fn();
    (fake.permissionRequest as Listener)({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect((fake.permissionCheck as Listener)({}, 'notifications')).toBe(false);
  });
});
