/**
 * HTML to plain text, in the core, without a DOM: htmlparser2 only tokenizes,
 * so nothing in the file is ever run, fetched or resolved. Scripts, styles,
 * frames, embedded objects, SVG, MathML and form controls are dropped with
 * their content; attributes (event handlers, `src`, `href`, `style`) are
 * never read but for the metadata below, and links keep their text only.
 * Block elements become lines, so the article keeps its paragraphs.
 *
 * Metadata: title from og:title, else <title>, else the first <h1>; author
 * from meta author (article:author, dc.creator…); source from og:site_name,
 * else the site of the page's address; published from article:published_time (or
 * date, dc.date…); url from the canonical link, else og:url.
 *
 * This is the whole-page conversion; web-page.ts first looks for the article in it.
 */
import { Parser } from 'htmlparser2';
import { collapseSpaces, metaValue, publishedDate } from '../plain-text';
import type { ImportedMeta } from '../types';
import { webAddress } from './saved-page';

/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'noscript', 'noembed', 'noframes', 'canvas', 'audio', 'video', 'picture', 'map', 'select', 'textarea', 'button',
  'datalist', 'dialog', 'xmp', 'plaintext',
]);

/**
 * HTML elements that end SVG or MathML content left open, as a browser's
 * parser does ("breakout" tags): the text after `<svg/onload=…><p>…` is the
 * page's again, not the drawing's.
 */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong',
  'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'listing', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'ul',
]);

/** Meta tags (name or property, lower case) per field, best first. */
const META_KEYS: Record<'title' | 'author' | 'source' | 'published', readonly string[]> = {
  title: ['og:title', 'twitter:title', 'dc.title', 'citation_title'],
  author: ['author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author', 'byl'],
  source: ['og:site_name', 'application-name', 'citation_journal_title', 'dc.publisher'],
  published: ['article:published_time', 'citation_publication_date', 'date', 'dc.date', 'dcterms.created', 'pubdate', 'publish-date', 'og:published_time'],
};

/** Stands for a <br> in the line being built, until its spaces are collapsed (a private-use character). */
const BR = '\uE000';

interface HtmlText {
  blocks: string[];
  meta: ImportedMeta;
}

/** The text and metadata of an HTML document (or fragment). Never throws on malformed markup. */
export function htmlToText(html: string): HtmlText {
  const blocks: string[] = [];
  const metas = new Map<string, string>();
  let line = '';
  let dropDepth = 0;
  /** The element that started the dropped content, when it is foreign (svg, math). */
  let foreign: string | null = null;
  let preDepth = 0;
  let inTitle = false;
  let titleText = '';
  /** Only the first <title> is the page's: a later one (in the body, from a payload) is neither title nor text. */
  let titleSeen = false;
  let inH1 = false;
  let firstH1 = '';
  let canonical: string | undefined;
  const listStack: ('ul' | 'ol')[] = [];
  const counters: number[] = [];

  const endLine = () => {
    const text = preDepth > 0 ? line.replaceAll(BR, '\n') : line.split(BR).map((l) => collapseSpaces(l).trim()).filter((l) => l !== '').join('\n');
    if (text.trim() !== '') blocks.push(text);
    line = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '').toLowerCase();
          const content = attributes['content'];
          if (key && content !== undefined && !metas.has(key)) metas.set(key, content);
        }
        if (name === 'link' && (attributes['rel'] ?? '').toLowerCase().split(/\s+/u).includes('canonical')) canonical ??= attributes['href'];
        if (foreign !== null && BREAKOUT.has(name)) {
          dropDepth = 0;
          foreign = null;
        }
        if (DROPPED.has(name)) {
          if (dropDepth === 0 && (name === 'svg' || name === 'math')) foreign = name;
          dropDepth++;
          return;
        }
        if (dropDepth > 0) return;
        if (BLOCKS.has(name)) endLine();
        if (name === 'h1' && firstH1 === '') inH1 = true;
        if (name === 'pre' || name === 'listing') preDepth++;
        if (name === 'br') line += BR;
        if (name === 'ul' || name === 'ol') {
          listStack.push(name);
          counters.push(0);
        }
        if (name === 'li') {
          const depth = listStack.length;
          const kind = listStack[depth - 1];
          const n = (counters[depth - 1] ?? 0) + 1;
          if (depth > 0) counters[depth - 1] = n;
          line += `${'  '.repeat(Math.max(0, depth - 1))}${kind === 'ol' ? `${n}.` : '•'} `;
        }
        if ((name === 'td' || name === 'th') && collapseSpaces(line).trim() !== '') line += ' | ';
        if (name === 'img' || name === 'input' || name === 'area') {
          // Alt text of an image is part of what a reader gets; the image itself is never loaded.
          const alt = name === 'img' ? metaValue(attributes['alt']) : undefined;
          if (alt) line += ` [${alt}] `;
        }
      },
      ontext(text) {
        // The title is metadata, not a line of the article.
        if (inTitle && !titleSeen) titleText += text;
        if (inTitle || dropDepth > 0) return;
        if (inH1) firstH1 += text;
        line += text;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleSeen = true;
        }
        if (DROPPED.has(name)) {
          if (dropDepth > 0) dropDepth--;
          if (dropDepth === 0) foreign = null;
          return;
        }
        if (dropDepth > 0) return;
        if (name === 'h1') inH1 = false;
        if (BLOCKS.has(name)) endLine();
        if ((name === 'pre' || name === 'listing') && preDepth > 0) preDepth--;
        if (name === 'ul' || name === 'ol') {
          listStack.pop();
          counters.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: false },
  );
  parser.write(html);
  parser.end();
  endLine();

  const fromMeta = (field: keyof typeof META_KEYS) => {
    for (const key of META_KEYS[field]) {
      const value = metaValue(metas.get(key));
      if (value) return value;
    }
    return undefined;
  };
  const title = fromMeta('title') ?? metaValue(titleText) ?? metaValue(firstH1);
  const author = fromMeta('author');
  const url = webAddress(canonical) ?? webAddress(metas.get('og:url'));
  const source = fromMeta('source') ?? siteOf(url);
  const published = publishedDate(fromMeta('published'));
  return {
    blocks,
    meta: { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(source ? { source } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}) },
  };
}

/** The site of an address, as an outlet's name where the page gives none: `https://www.news.example/a` → `news.example`. */
export function siteOf(url: string | undefined): string | undefined {
  const host = url === undefined ? undefined : /^https?:\/\/(?:[^@/?#]*@)?([^/:?#]+)/iu.exec(url)?.[1];
  return host?.toLowerCase().replace(/^www\./u, '');
}
