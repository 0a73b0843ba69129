/**
 * Serves the built UI (dist/renderer) for `app://renderer/…` requests.
 *
 * Kept free of Electron imports: it maps a Request to a Response, so it can
 * be exercised with plain Node. main.ts plugs it into `protocol.handle`.
 *
 * Only files inside `root` are served. The URL parser already collapses
 * "/../", but percent-encoded separators ("%2F", "%5C") and symlinks are only
 * caught by checking the real path, which we do after decoding.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { RENDERER_HOST } from './renderer-url';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function plain(status: number, text: string, headers: Record<string, string>): Response {
  return new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Builds the `protocol.handle` handler. `securityHeaders` (the CSP among them)
 * go on every response, errors included.
 */
export function createRendererHandler(
  root: string,
  securityHeaders: Record<string, string>,
): (request: Request) => Promise<Response> {
  const realRoot = realpath(root).catch(() => path.resolve(root));

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed', securityHeaders);
    }
    let url: URL;
    let relative: string;
    try {
      url = new URL(request.url);
      relative = decodeURIComponent(url.pathname);
    } catch {
      return plain(400, 'Bad request', securityHeaders);
    }
    if (url.host !== RENDERER_HOST || relative.includes('\0')) {
      return plain(404, 'Not found', securityHeaders);
    }
    if (relative.endsWith('/')) relative += 'index.html';

    const base = await realRoot;
    const requested = path.join(base, relative);
    try {
      // Checked twice: on the joined path (traversal) and on the real path (symlinks).
      if (!isInside(base, requested)) return plain(404, 'Not found', securityHeaders);
      const real = await realpath(requested);
      if (!isInside(base, real) || !(await stat(real)).isFile()) {
        return plain(404, 'Not found', securityHeaders);
      }
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(real));
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': mimeTypeOf(real) },
      });
    } catch {
      return plain(404, 'Not found', securityHeaders);
    }
  };
}
