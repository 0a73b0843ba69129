/**
 * Where the UI lives. The renderer is served over a privileged custom scheme
 * (`app://renderer/…`) rather than file:// so that it has a real origin: the
 * CSP's 'self' means "our bundled files" and nothing else on disk, and IPC can
 * tell our page apart from anything else by its URL.
 */
export const APP_SCHEME = 'app';
export const RENDERER_HOST = 'renderer';
export const RENDERER_ORIGIN = `${APP_SCHEME}://${RENDERER_HOST}`;
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`;
