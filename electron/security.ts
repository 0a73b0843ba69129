/**
 * The shell's security policy, in one place so it can be read (and reviewed)
 * at a glance. The renderer shows untrusted text (articles from any folder),
 * so it is treated like a web page: no Node, no navigation away, no new
 * windows, no permissions, and the only way out is the typed IPC API.
 */
import { shell, type App, type Session, type WebContents, type WebFrameMain } from 'electron';
import { RENDERER_ORIGIN, RENDERER_URL } from './renderer-url';

export { CONTENT_SECURITY_POLICY } from './csp';


/** Schemes handed to the OS (browser, mail client) when the page asks to open a window. */
const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for our own page (any query or hash), i.e. a reload of the UI. */
export function isRendererPage(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  // Compared field by field: WHATWG URL gives custom schemes an opaque origin ("null").
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}` === RENDERER_URL;
}

/**
 * Whether an IPC call comes from our UI. The frame is null when it navigated
 * away or was destroyed after sending: refuse then too.
 */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  return frame.url.startsWith(`${RENDERER_ORIGIN}/`);
}

/** Opens https: and mailto: links in the user's default apps; anything else is dropped. */
export function openExternalIfSafe(url: string): void {
  const parsed = parseUrl(url);
  if (parsed === null || !EXTERNAL_SCHEMES.has(parsed.protocol)) return;
  shell.openExternal(parsed.href).catch((error: unknown) => { // eng-disable OPEN_EXTERNAL_JS_CHECK (https: and mailto: only, parsed first, for a link the user clicked)
    console.error(`Could not open ${parsed.href}:`, error);
  });
}

/** The app needs no web permission (camera, notifications, clipboard-read, …): deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks one webContents to our page: no navigation or redirect elsewhere, no
 * pop-up windows (links go to the OS browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isRendererPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isRendererPage(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
  // <webview> is disabled by default (webviewTag: false); this also stops any
  // attempt to attach one should a future change turn it on by mistake.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies `hardenWebContents` to every webContents ever created, ours or not. */
export function hardenAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
