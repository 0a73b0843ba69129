// No Electron import here: the e2e static server sends the same header.

/**
 * Sent as a response header on everything `app://renderer/` serves. A header
 * (unlike the <meta> tag in index.html, kept as a fallback) also enforces
 * frame-ancestors. connect-src 'none': the UI talks to main only through IPC.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
