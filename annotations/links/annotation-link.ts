/**
 * Links back into the app: `research-annotator://open?set=…&article=…&annotation=…`
 * opens a set (a folder, by its absolute path), at an article, at an
 * annotation. The analyst pastes one into a memo or a Markdown brief; any
 * program (a browser, a chat) can then ask the desktop to open it, so a link
 * is untrusted input: it is parsed strictly, and refused with the reason
 * when it is not exactly what the app makes.
 *
 * Refused: another scheme, host or action (only `open`), a user, port, path
 * or fragment; a parameter other than set, article and annotation, or one
 * given twice; a value that is not valid percent-encoding or holds control
 * characters; a set path that is relative, on the network (`\\server\share`,
 * `//server`, which would make Windows connect and authenticate to that
 * server) or a device path (`\\?\`, `\\.\`), or that has `.` or `..` parts;
 * an article that is not a bare file name of a set (model/file-name.ts); an
 * annotation without its article. The checks apply to the decoded values,
 * so `%2e%2e` is `..` and `%2F` a slash.
 *
 * Pure, with its own small parser: the core has no URL class (ES only), and
 * a general URL parser would accept far more than this grammar.
 */
import { fileNameProblem } from '../model/file-name';

export const LINK_SCHEME = 'research-annotator';

export interface AnnotationLink {
  /** The set folder: an absolute path (POSIX or Windows). */
  set: string;
  /** An article file of the set. */
  article?: string;
  /** An annotation id in that article. */
  annotation?: string;
}

export class LinkError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'LinkError';
  }
}

/** Links longer than this are refused unread: a path, a file name and an id fit many times over. */
export const MAX_LINK_LENGTH = 8192;

const PARAMETERS = ['set', 'article', 'annotation'] as const;
type Parameter = (typeof PARAMETERS)[number];

export function isAnnotationLink(text: string): boolean {
  return text.slice(0, LINK_SCHEME.length + 1).toLowerCase() === `${LINK_SCHEME}:`;
}

/** The link to a set, an article or an annotation. */
export function formatAnnotationLink(link: AnnotationLink): string {
  const parts = PARAMETERS.flatMap((key) => (link[key] === undefined ? [] : [`${key}=${encodeStrictly(link[key])}`]));
  return `${LINK_SCHEME}://open?${parts.join('&')}`;
}

/**
 * encodeURIComponent, and `!'()*` too (RFC 3986 reserves them): a link then
 * has no parenthesis to end a Markdown link early, or quote to end an attribute.
 */
function encodeStrictly(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The set, article and annotation a link names; throws a LinkError saying why a link is refused. */
export function parseAnnotationLink(text: string): AnnotationLink {
  if (text.length > MAX_LINK_LENGTH) throw new LinkError(`the link is longer than ${MAX_LINK_LENGTH} characters.`);
  if (!isAnnotationLink(text)) throw new LinkError(`it is not a ${LINK_SCHEME}: link.`);
  const match = /^[^:]+:\/\/([^/?#]*)(\/?)(?:\?([^#]*))?(#.*)?$/u.exec(text);
  if (!match) throw new LinkError(`a ${LINK_SCHEME} link has the form ${LINK_SCHEME}://open?set=…&article=…&annotation=….`);
  const [, host = '', , query, fragment] = match;
  if (host.toLowerCase() !== 'open') throw new LinkError(`the app opens links to "open", not to "${host}".`);
  if (fragment !== undefined) throw new LinkError('the link has a fragment (#…), which the app does not use.');
  const values = parameters(query ?? '');
  const set = values.get('set');
  if (set === undefined) throw new LinkError('the link names no set (set=…).');
  checkSetPath(set);
  const article = values.get('article');
  const annotation = values.get('annotation');
  if (article !== undefined) {
    const problem = fileNameProblem(article);
    if (problem !== null) throw new LinkError(`the article "${article}" is not a file of a set: ${problem}.`);
  }
  if (annotation !== undefined) {
    if (article === undefined) throw new LinkError('the link names an annotation but not its article (article=…).');
    if (annotation === '' || annotation.length > 500) throw new LinkError('the annotation id is empty or too long.');
  }
  return { set, ...(article === undefined ? {} : { article }), ...(annotation === undefined ? {} : { annotation }) };
}

function parameters(query: string): Map<Parameter, string> {
  const values = new Map<Parameter, string>();
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (!(PARAMETERS as readonly string[]).includes(key)) throw new LinkError(`the link has a parameter the app does not know ("${key}"); it takes set, article and annotation.`);
    if (values.has(key as Parameter)) throw new LinkError(`the link gives "${key}" twice.`);
    values.set(key as Parameter, decode(key, eq < 0 ? '' : pair.slice(eq + 1)));
  }
  return values;
}

function decode(key: string, raw: string): string {
  let value: string;
  try {
    // "+" is a space, as in any query string (URLSearchParams); the app itself writes %20 and %2B.
    value = decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    throw new LinkError(`the ${key} in the link is not valid percent-encoding.`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\u0000-\u001f\u007f]/u.test(value)) throw new LinkError(`the ${key} in the link holds control characters.`);
  return value;
}

function checkSetPath(set: string): void {
  if (/^[\\/]{2}/u.test(set)) throw new LinkError(`the set "${set}" is on the network or a device path; a link opens sets on this computer only.`);
  const windows = /^[A-Za-z]:[\\/]/u.test(set);
  if (!windows && !set.startsWith('/')) throw new LinkError(`the set "${set}" is not an absolute path.`);
  const parts = set.slice(windows ? 3 : 1).split(/[\\/]/u);
  if (parts.some((part) => part === '.' || part === '..')) throw new LinkError(`the set "${set}" has "." or ".." in its path.`);
}
