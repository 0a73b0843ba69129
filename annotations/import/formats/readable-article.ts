/**
 * The article in a web page, as Firefox's Reader View finds it: Mozilla's
 * Readability, run on linkedom's DOM. linkedom only builds a tree (no
 * layout, no network, no script engine), so nothing in the page is run,
 * fetched or loaded while Readability scores and prunes it; Readability reads
 * JSON-LD metadata with JSON.parse, never as script.
 *
 * A page counts as having an article when Readability's own test says so
 * (`isProbablyReaderable`: the test behind Firefox's Reader View button) and
 * the extraction yields text; otherwise the caller takes the whole page.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { metaValue, publishedDate } from '../plain-text';
import { htmlToText } from './html';

export interface ReadableArticle {
  /** The article's blocks (paragraphs, headings, list items), as htmlToText makes them. */
  blocks: string[];
  title?: string;
  author?: string;
  siteName?: string;
  published?: string;
}

/**
 * Pages with more elements are not scored: Readability visits every element
 * several times, and a page that large is no article. They are taken whole.
 */
const MAX_ELEMENTS = 100_000;

export function readableArticle(html: string): ReadableArticle | null {
  const { document } = parseHTML(html);
  if (!isProbablyReaderable(document)) return null;
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    // Over MAX_ELEMENTS, or markup Readability cannot walk: the whole page it is.
    return null;
  }
  if (!parsed?.content) return null;
  const blocks = htmlToText(parsed.content).blocks;
  if (blocks.length === 0) return null;
  const title = metaValue(parsed.title);
  const author = metaValue(parsed.byline?.replace(/^\s*by\s+/iu, ''));
  const siteName = metaValue(parsed.siteName);
  const published = publishedDate(parsed.publishedTime);
  return {
    blocks,
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(siteName ? { siteName } : {}),
    ...(published ? { published } : {}),
  };
}
