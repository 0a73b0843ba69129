/**
 * A saved web page (.html, or the page inside an .mhtml) as an article. By
 * default the article Readability finds in it (readable-article.ts): the
 * headline, then the body, without the navigation, cookie banners and "read
 * more" around it. Where it finds none (a list page, a short note), or when
 * asked (`page`), every block of the page, as htmlToText makes them. The
 * result says which it took, and the import notice tells the analyst.
 *
 * Details: title, author, outlet and date from Readability where it found
 * them, else from the page's meta tags; the page's address from its canonical
 * link, og:url, else where the browser saved it from; the day it was saved
 * where the file records it.
 */
import { refuse } from '../detect';
import { formatBytes } from '../limits';
import { joinBlocks } from '../plain-text';
import type { ConvertedArticle, ImportedMeta, WebPageMode } from '../types';
import { htmlToText, siteOf } from './html';
import { readWebArchive } from './mhtml';
import { readableArticle } from './readable-article';
import { savedFrom, webAddress, type SavedFrom } from './saved-page';
import { decodeWebPage } from './web-charset';

/** A saved page (.html, .htm, .xhtml): its article, or the whole page (web-page.ts). */
export function convertHtml(name: string, bytes: Uint8Array, mode: WebPageMode): ConvertedArticle {
  const html = decodeWebPage(name, bytes);
  return convertWebPage('html', html, savedFrom(html), mode);
}

/** A web archive (.mhtml, .mht): the page in it, as a saved page; where and when it was saved from its headers. */
export function convertMhtml(name: string, bytes: Uint8Array, maxHtmlBytes: number, mode: WebPageMode): ConvertedArticle {
  const archive = readWebArchive(name, bytes);
  if (archive.html.length > maxHtmlBytes) {
    throw refuse(name, `its page is ${formatBytes(archive.html.length)}, over the ${formatBytes(maxHtmlBytes)} limit for .html files.`);
  }
  const html = decodeWebPage(name, archive.html, archive.charset);
  const inPage = savedFrom(html);
  const url = webAddress(archive.location) ?? inPage.url;
  const accessed = archive.savedOn ?? inPage.accessed;
  return convertWebPage('mhtml', html, { ...(url ? { url } : {}), ...(accessed ? { accessed } : {}) }, mode);
}


export function convertWebPage(format: 'html' | 'mhtml', html: string, saved: SavedFrom, mode: WebPageMode): ConvertedArticle {
  const page = htmlToText(html);
  const article = mode === 'auto' ? readableArticle(html) : null;
  const url = page.meta.url ?? saved.url;
  const source = page.meta.source ?? siteOf(url);
  const pageMeta: ImportedMeta = { ...page.meta, ...(source ? { source } : {}), ...(url ? { url } : {}), ...(saved.accessed ? { accessed: saved.accessed } : {}) };
  if (article === null) return { format, text: joinBlocks(page.blocks), meta: pageMeta, extraction: 'page' };
  const meta: ImportedMeta = {
    ...pageMeta,
    ...definedOnly({ title: article.title, author: article.author, source: article.siteName, published: article.published }),
  };
  // Readability drops the headline from the body (it is the title): the article starts with it again, as a page shows it.
  const headline = meta.title;
  const blocks = headline !== undefined && article.blocks[0] !== headline ? [headline, ...article.blocks] : article.blocks;
  return { format, text: joinBlocks(blocks), meta, extraction: 'article' };
}

function definedOnly(fields: ImportedMeta): ImportedMeta {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ImportedMeta;
}
