/**
 * The main process: serves the UI over app://, starts the service, opens one
 * locked-down window and wires the typed IPC API. Everything the app *does*
 * lives in annotations/node/service.ts; this file only connects it to Electron.
 *
 * Bundled by scripts/build.mjs to dist/electron/main.cjs, so `__dirname` is
 * dist/electron: the UI is at ../renderer and the preload next to it.
 */
import path from 'node:path';
import { app, BrowserWindow, nativeTheme, protocol, session } from 'electron';
import { EVENT_CHANNEL } from '../annotations/api/contract';
import { createService, type AnnotatorService } from '../annotations/node/service';
import { confirmQuitUnsaved, electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createRendererHandler } from './renderer-protocol';
import { APP_SCHEME, RENDERER_URL } from './renderer-url';
import { CONTENT_SECURITY_POLICY, denyAllPermissions, hardenAllWebContents, isTrustedSender } from './security';

const RENDERER_DIR = path.join(__dirname, '../renderer');
const FLUSH_TIMEOUT_MS = 5_000;

// Must happen before 'ready'. standard: relative URLs and a real origin for
// 'self'; secure: treated like https (no mixed-content downgrade). No fetch
// API: the page has nothing to fetch (CSP connect-src 'none' as well).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
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

/**
 * The folder given on the command line, if any. Packaged: argv = [exe, ...].
 * Development (`electron .`): argv = [electron, '.', ...]. Flags (Chromium
 * switches, macOS's -psn_…) are skipped.
 */
function initialSetFromArgv(argv: readonly string[]): string | undefined {
  const args = argv.slice(app.isPackaged ? 1 : 2);
  const folder = args.find((arg) => !arg.startsWith('-'));
  return folder === undefined ? undefined : path.resolve(folder);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Research Annotator',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    // Matches --bg in renderer/styles.css so there is no white flash before paint.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#f7f6f3',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK (reviewed: it only exposes the declared API calls through contextBridge, each validated in main)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // A middle click must not open a link in a new window (window.open is denied too: security.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(RENDERER_URL);
  return window;
}

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
  installMenu();

  const initialSet = initialSetFromArgv(process.argv);
  service = createService({
    dataDir: app.getPath('userData'),
    defaultSetDir: path.join(app.getPath('documents'), 'Research Annotator', 'Seed set'),
    // Packaged: seeds are an extraResource; development: the repo's seeds/ (dist/electron/../../seeds).
    seedsDir: app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(__dirname, '../../seeds'),
    dialogs: electronDialogs(() => mainWindow),
    // Changes on disk (an article edited elsewhere) go to the window as events.
    emit: (event) => mainWindow?.webContents.send(EVENT_CHANNEL, event),
    ...(initialSet === undefined ? {} : { initialSet }),
  });
  registerIpc(service.handlers, isTrustedSender);
  try {
    await service.start();
  } catch (error) {
    // The UI still opens on its start screen, where a set can be chosen.
    console.error('Could not open the initial set:', error);
  }

  mainWindow = createWindow();
  // macOS keeps the app alive without windows; the dock icon reopens one.
  app.on('activate', () => {
    if (mainWindow === null) mainWindow = createWindow();
  });
}

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
