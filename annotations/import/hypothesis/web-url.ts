/**
 * Two addresses of one web page, compared as the same page: the address a
 * Hypothesis annotation was made on, and the one an article's details keep
 * (its canonical link, or where it was saved from). They differ in ways that
 * do not change the page: `http` or `https`, a `www.`, the case of the host,
 * a default port, a trailing slash, a fragment (`#comments`), tracking
 * parameters (`utm_…`, `fbclid`, `gclid`…) and the order of the others.
 * Everything else (path case, other parameters) may name another page, and is
 * kept. Hand-written: the core has no URL parser (ES only), and this needs
 * only the generic syntax of RFC 3986.
 */

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|cmpid|ocid)$/iu;

/** The comparison key of a web address, or null when it is none (not http or https). */
export function pageKey(address: string): string | null {
  const match = /^(https?):\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::(\d+))?([^?#]*)(?:\?([^#]*))?(?:#.*)?$/iu.exec(address.trim());
  if (!match) return null;
  const [, scheme = '', rawHost = '', port, rawPath = '', rawQuery] = match;
  const host = rawHost.toLowerCase().replace(/^www\./u, '').replace(/\.$/u, '');
  const defaultPort = (scheme.toLowerCase() === 'https' && port === '443') || (scheme.toLowerCase() === 'http' && port === '80');
  const path = rawPath === '' ? '/' : rawPath.length > 1 ? rawPath.replace(/\/+$/u, '') : rawPath;
  const params = (rawQuery ?? '')
    .split('&')
    .filter((p) => p !== '' && !TRACKING.test(decodeSafely(p.split('=')[0] ?? '')))
    .sort();
  return `${host}${port && !defaultPort ? `:${port}` : ''}${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
