/**
 * A web archive (.mhtml, .mht: "Webpage, single file" in Chrome and Edge) is a
 * MIME message (RFC 2557): a `multipart/related` whose parts are the page's
 * HTML, its frames, pictures and styles, each with its own transfer encoding.
 * Only the page's HTML part is taken, decoded (quoted-printable or base64,
 * then its charset); every other part is skipped unread, so nothing in it is
 * ever decoded, fetched or run. The message's headers say where and when the
 * page was saved (`Snapshot-Content-Location`, `Date`).
 */
import { refuse } from '../detect';
import { binaryString, bytesOfBinary } from './binary-string';
import { isoDay } from './saved-page';

export interface WebArchive {
  /** The page's HTML, as bytes, and the charset its part declares (if any). */
  html: Uint8Array;
  charset: string | undefined;
  /** Where the page was saved from. */
  location: string | undefined;
  /** The day it was saved (YYYY-MM-DD), from the `Date` header. */
  savedOn: string | undefined;
}

interface Part {
  headers: Map<string, string>;
  /** The body, one character per byte. */
  body: string;
}

/** Reads the page out of a web archive; refuses (naming the file) what is not one. */
export function readWebArchive(name: string, bytes: Uint8Array): WebArchive {
  const message = splitHeaders(binaryString(bytes));
  if (message === null || !message.headers.has('content-type')) throw refuse(name, 'this is not a web archive (.mhtml): it does not start with MIME headers.');
  const type = parseContentType(message.headers.get('content-type') ?? '');
  const parts = type.value === 'multipart/related' ? multipartParts(name, message.body, type.params) : [message];
  const page = pagePart(parts, type.params.get('start'), message.headers.get('snapshot-content-location'));
  if (page === undefined) throw refuse(name, 'the web archive has no HTML page in it.');
  const pageType = parseContentType(page.headers.get('content-type') ?? '');
  return {
    html: decodeTransfer(name, page.body, page.headers.get('content-transfer-encoding')),
    charset: pageType.params.get('charset'),
    location: message.headers.get('snapshot-content-location') ?? page.headers.get('content-location'),
    savedOn: dayOfMailDate(message.headers.get('date')),
  };
}

/** Headers (names lower case, folded lines unfolded) and the body after the blank line; null without headers. */
function splitHeaders(text: string): Part | null {
  const end = /\r?\n\r?\n/u.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const body = end ? text.slice(end.index + end[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[!-9;-~]+$/u.test(line.slice(0, colon))) return null;
    const key = line.slice(0, colon).toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** `text/html; charset="utf-8"` → the type (lower case) and its parameters (names lower case, quotes removed). */
function parseContentType(header: string): { value: string; params: Map<string, string> } {
  const [value = '', ...rest] = header.split(';');
  const params = new Map<string, string>();
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    const raw = param.slice(eq + 1).trim();
    params.set(param.slice(0, eq).trim().toLowerCase(), raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw);
  }
  return { value: value.trim().toLowerCase(), params };
}

function multipartParts(name: string, body: string, params: Map<string, string>): Part[] {
  const boundary = params.get('boundary');
  if (!boundary) throw refuse(name, 'the web archive is damaged: its multipart message names no boundary.');
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  // Each part runs from the line after one delimiter to the line break before the next.
  let at = body.indexOf(delimiter);
  if (at < 0) throw refuse(name, 'the web archive is damaged: its parts are missing.');
  while (at >= 0) {
    const afterDelimiter = at + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break;
    const lineEnd = body.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) break;
    const next = body.indexOf(`\n${delimiter}`, lineEnd);
    const raw = body.slice(lineEnd + 1, next < 0 ? body.length : next);
    const part = splitHeaders(raw.replace(/\r$/u, ''));
    if (part !== null) parts.push(part);
    at = next < 0 ? -1 : next + 1;
  }
  return parts;
}

/** The part RFC 2557 makes the root (`start`), else the HTML saved from the snapshot's address, else the first HTML part. */
function pagePart(parts: readonly Part[], start: string | undefined, snapshot: string | undefined): Part | undefined {
  const isHtml = (p: Part) => parseContentType(p.headers.get('content-type') ?? 'text/plain').value === 'text/html';
  const html = parts.filter(isHtml);
  return (
    (start === undefined ? undefined : html.find((p) => p.headers.get('content-id') === start)) ??
    (snapshot === undefined ? undefined : html.find((p) => p.headers.get('content-location') === snapshot)) ??
    html[0]
  );
}

function decodeTransfer(name: string, body: string, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '7bit').trim().toLowerCase()) {
    case 'quoted-printable':
      return bytesOfBinary(decodeQuotedPrintable(body));
    case 'base64': {
      const clean = body.replace(/[^A-Za-z0-9+/=]/gu, '');
      try {
        return bytesOfBinary(atob(clean));
      } catch {
        throw refuse(name, 'the web archive is damaged: its page is not valid base64.');
      }
    }
    case '7bit':
    case '8bit':
    case 'binary':
      return bytesOfBinary(body);
    default:
      throw refuse(name, `the web archive's page is in an encoding this app cannot read ("${encoding ?? ''}").`);
  }
}

/**
 * RFC 2045 quoted-printable: `=XX` is a byte, `=` at a line's end a soft
 * break; anything else (a stray `=`) is kept as it is, as decoders do.
 */
export function decodeQuotedPrintable(text: string): string {
  return text.replace(/=(?:\r?\n|([0-9A-Fa-f]{2}))/gu, (_match, hex: string | undefined) => (hex === undefined ? '' : String.fromCharCode(Number.parseInt(hex, 16))));
}

/** `Thu, 3 Dec 2026 05:13:21 +0100` → 2026-12-03: the day as the saver's clock gave it, not shifted to UTC. */
export function dayOfMailDate(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /\b(\d{1,2})\s+([A-Za-z]{3,})\s+(\d{4})\b/u.exec(header);
  return match ? isoDay(match[3]!, match[2]!, match[1]!) : undefined;
}
