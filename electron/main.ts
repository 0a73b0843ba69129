/**
 * The main process: serves the UI over app://, starts the service, opens one
 * locked-down window and wires the typed IPC API. Everything the app *does*
 * lives in annotations/node/service.ts; this file only connects it to Electron
 * and the desktop: one instance, sets opened from the system, the recent
 * documents, the native theme, the window's place.
 *
 * Bundled by scripts/build.mjs to dist/electron/main.cjs, so `__dirname` is
 * dist/electron: the UI is at ../renderer, the preload next to it and the
 * licence list at ../about/licenses.json.
 */
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, nativeTheme, protocol, screen, session } from 'electron';
import { EVENT_CHANNEL, type Theme } from '../annotations/api/contract';
import type { RecentSet } from '../annotations/api/view-types';
import { createService, type AnnotatorService } from '../annotations/node/service';
import { installContextMenu, showArticleMenu } from './context-menu';
import { confirmQuitUnsaved, electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { LINK_SCHEME } from '../annotations/links/annotation-link';
import { linkFromArgv, pathFromArgv } from './launch-target';
import { installMenu } from './menu';
import { resolveSetFolder } from './path-kind';
import { createRendererHandler } from './renderer-protocol';
import { APP_SCHEME, RENDERER_URL } from './renderer-url';
import { CONTENT_SECURITY_POLICY, denyAllPermissions, hardenAllWebContents, isTrustedSender } from './security';
import { MIN_SIZE, restoredBounds } from './window-bounds';
import { trackWindowState, WindowStateFile } from './window-state';
import { sandboxOffNotice } from './sandbox-guard';
import { configureSpellcheck } from './spellcheck';

const RENDERER_DIR = path.join(__dirname, '../renderer');
const LICENSES_FILE = path.join(__dirname, '../about/licenses.json');
const FLUSH_TIMEOUT_MS = 5_000;
/** Matches --bg in renderer/styles.css, light and dark, so there is no flash of the other colour before paint. */
const BACKGROUND = { light: '#f7f6f3', dark: '#1b1d21' } as const;

// Must happen before 'ready'. standard: relative URLs and a real origin for
// 'self'; secure: treated like https (no mixed-content downgrade). No fetch
// API: the page has nothing to fetch (CSP connect-src 'none' as well).
// codeCache: V8 keeps the UI's compiled script in the profile, checked
// against the script's own text, so a launch after the first skips
// compiling it (Chromium does this only for http(s) unless a scheme asks).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, codeCache: true } },
]);

// A separate profile (settings and default set folder) for tests and portable
// use: RESEARCH_ANNOTATOR_PROFILE=<dir> keeps the user's own data untouched.
const profile = process.env['RESEARCH_ANNOTATOR_PROFILE'];
if (profile) {
  app.setPath('userData', path.join(profile, 'user-data'));
  app.setPath('documents', path.join(profile, 'Documents'));
}

let mainWindow: BrowserWindow | null = null;
let service: AnnotatorService | null = null;
let menuState: { recentSets: readonly RecentSet[]; theme: Theme } = { recentSets: [], theme: 'system' };
/** Paths the system handed over before the service was up (macOS sends `open-file` before 'ready'). */
const openedEarly: string[] = [];
/** Links the system handed over before the service was up (macOS sends `open-url` at launch). */
const linksEarly: string[] = [];

/** Opens a link back to an annotation (a second launch, macOS's open-url). */
function openLink(url: string): void {
  if (service === null) linksEarly.push(url);
  else void service.openLink(url);
}

function rebuildMenu(): void {
  installMenu({ platform: process.platform, dev: !app.isPackaged, ...menuState, openRecent: (folder) => void openFolder(folder) });
}

/** Opens a set the desktop was given: a second launch, a file from the system, File ▸ Open Recent. */
async function openFolder(target: string): Promise<void> {
  if (service === null) {
    openedEarly.push(target);
    return;
  }
  let folder: string;
  try {
    folder = await resolveSetFolder(target);
  } catch (error) {
    mainWindow?.webContents.send(EVENT_CHANNEL, { type: 'openFailed', folder: target, reason: (error as Error).message });
    return;
  }
  // The service tells the window (sessionChanged), or why it could not (openFailed).
  await service.openFromDesktop(folder);
}

function focusWindow(): void {
  if (mainWindow === null) {
    mainWindow = createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createWindow(state: Awaited<ReturnType<WindowStateFile['read']>> = null): BrowserWindow {
  const display = screen.getPrimaryDisplay();
  const bounds = restoredBounds(state?.bounds ?? null, screen.getAllDisplays(), display);
  const window = new BrowserWindow({
    title: 'Research Annotator',
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK (reviewed: it only exposes the declared API calls through contextBridge, each validated in main)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Notes and claim fields are checked (spellcheck.ts: offline on every system).
      spellcheck: true,
      // A middle click must not open a link in a new window (window.open is denied too: security.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state?.maximized) window.maximize();
  installContextMenu(window);
  trackWindowState(window, windowStateFile);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(RENDERER_URL);
  return window;
}

const windowStateFile = new WindowStateFile(app.getPath('userData'));

async function startup(): Promise<void> {
  await app.whenReady();

  protocol.handle(
    APP_SCHEME,
    createRendererHandler(RENDERER_DIR, {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    }),
  );
  denyAllPermissions(session.defaultSession);
  // Before any window: on Linux, Chromium would otherwise fetch a dictionary from the network.
  await configureSpellcheck(session.defaultSession, { platform: process.platform, preferred: app.getPreferredSystemLanguages() }, app.getPath('userData'));
  rebuildMenu();

  // Links to annotations open in this app. Installers register the scheme too; in development
  // it is left to the installed app (registering would take it for the development binary).
  if (app.isPackaged) app.setAsDefaultProtocolClient(LINK_SCHEME); // eng-disable PROTOCOL_HANDLER_JS_CHECK (reviewed: a link only opens a local set folder, parsed strictly in annotations/links/annotation-link.ts; nothing in it is run or fetched)
  // A link (research-annotator://…) opens its set at its annotation.
  const link = linkFromArgv(process.argv, { packaged: app.isPackaged }) ?? linksEarly.shift();
  // A folder or annotations file from the command line (or the system, on macOS) opens its set instead of the last one.
  const given = pathFromArgv(process.argv, { packaged: app.isPackaged, workingDirectory: process.cwd() }) ?? openedEarly.shift();
  let initialSet: string | undefined;
  let givenProblem: string | undefined;
  if (given !== undefined) {
    try {
      initialSet = await resolveSetFolder(given);
    } catch (error) {
      givenProblem = `Could not open ${(error as Error).message}`;
    }
  }
  service = createService({
    dataDir: app.getPath('userData'),
    defaultSetDir: path.join(app.getPath('documents'), 'Research Annotator', 'Seed set'),
    // Packaged: seeds are an extraResource; development: the repo's seeds/ (dist/electron/../../seeds).
    seedsDir: app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(__dirname, '../../seeds'),
    dialogs: electronDialogs(() => mainWindow),
    // Changes on disk (an article edited elsewhere) go to the window as events.
    emit: (event) => mainWindow?.webContents.send(EVENT_CHANNEL, event),
    about: {
      name: 'Research Annotator',
      version: app.getVersion(),
      versions: { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node },
      licensesFile: LICENSES_FILE,
    },
    desktop: {
      writeClipboard: (text) => clipboard.writeText(text),
      recentSetsChanged(recentSets, opened) {
        // The system's list: the Dock's and Finder's on macOS, the taskbar's Jump List on Windows.
        if (opened !== undefined) app.addRecentDocument(opened);
        if (recentSets.length === 0) app.clearRecentDocuments();
        menuState = { ...menuState, recentSets };
        rebuildMenu();
      },
      showContextMenu(context) {
        if (mainWindow !== null) showArticleMenu(mainWindow, context);
      },
      themeChanged(theme) {
        // Native menus, dialogs and the title bar follow the app's theme.
        nativeTheme.themeSource = theme;
        menuState = { ...menuState, theme };
        rebuildMenu();
      },
    },
    ...(initialSet === undefined ? {} : { initialSet }),
    ...(link === undefined || link === null ? {} : { initialLink: link }),
    ...(givenProblem === undefined ? {} : { startupProblem: givenProblem }),
  });
  registerIpc(service.handlers, isTrustedSender);
  try {
    await service.start();
  } catch (error) {
    // The UI still opens on its start screen, where a set can be chosen.
    console.error('Could not open the initial set:', error);
  }

  mainWindow = createWindow(await windowStateFile.read());
  // Files the system handed over while the app was starting, after the first.
  for (const target of openedEarly.splice(0)) void openFolder(target);
  for (const url of linksEarly.splice(0)) void service.openLink(url);
  // macOS keeps the app alive without windows; the dock icon reopens one.
  app.on('activate', () => {
    if (mainWindow === null) mainWindow = createWindow();
  });
}

// Never without Chromium's sandbox (sandbox-guard.ts): say why, and quit before any page loads.
const sandboxOff = sandboxOffNotice(app.commandLine);
// One instance per user: a second launch hands its command line to the first and quits.
const firstInstance = sandboxOff === null && app.requestSingleInstanceLock();
if (sandboxOff !== null) {
  dialog.showErrorBox(sandboxOff.title, sandboxOff.message);
  app.exit(1);
} else if (!firstInstance) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const url = linkFromArgv(argv, { packaged: app.isPackaged });
    if (url !== null) return openLink(url);
    const target = pathFromArgv(argv, { packaged: app.isPackaged, workingDirectory });
    if (target !== null) void openFolder(target);
  });

  // macOS: a research-annotator:// link opened anywhere (also before 'ready', at launch).
  app.on('open-url', (event, url) => {
    event.preventDefault();
    // Before 'ready' (a launch by the link) there is no window to bring forward yet.
    if (service !== null) focusWindow();
    openLink(url);
  });

  // macOS: a file or folder dropped on the Dock icon or opened with the app (also before 'ready', at launch).
  app.on('open-file', (event, target) => {
    event.preventDefault();
    void openFolder(target);
  });

  hardenAllWebContents(app);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Waits for calls still in flight and tries failed saves once more, at most
  // FLUSH_TIMEOUT_MS. If changes still cannot be saved, the analyst chooses:
  // keep the app open (and the changes in memory) or quit without them.
  let flushed = false;
  let flushing = false;
  app.on('before-quit', (event) => {
    if (flushed || service === null) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    const timeout = new Promise<{ unsaved: string[] }>((resolve) => setTimeout(() => resolve({ unsaved: [] }), FLUSH_TIMEOUT_MS).unref());
    Promise.race([service.flush(), timeout])
      .catch((error: unknown) => {
        console.error('Flush before quit failed:', error);
        return { unsaved: [] };
      })
      .then(async ({ unsaved }) => {
        if (unsaved.length > 0 && !(await confirmQuitUnsaved(mainWindow, unsaved))) {
          flushing = false;
          return;
        }
        service?.dispose();
        flushed = true;
        app.quit();
      });
  });

  startup().catch((error: unknown) => {
    console.error('Research Annotator failed to start:', error);
    app.exit(1);
  });
}
