/**
 * PDF to plain text with PDF.js (pdfjs-dist, its legacy build, which runs on
 * Node 20). Only the text layer is read: no script of the PDF is run
 * (`isEvalSupported: false`, and PDF.js has no JavaScript engine for
 * document scripts), no font is loaded or fetched, nothing is rendered.
 * Text items are joined into lines where PDF.js marks a line end, and lines
 * into paragraphs where the vertical gap is larger than a line's; each page
 * starts a new paragraph. Metadata comes from the Info dictionary (Title,
 * Author, CreationDate).
 *
 * A PDF with no text layer (a scan) is refused: there is nothing to annotate.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { refuse } from '../detect';
import { joinBlocks, metaValue } from '../plain-text';
import type { ConvertedArticle, ImportedMeta } from '../types';
import { messageOf } from '../../errors';

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/** Loaded on first use: it is large, and most sessions import no PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

export async function convertPdf(name: string, bytes: Uint8Array, maxPages: number): Promise<ConvertedArticle> {
  const { getDocument } = await loadPdfJs();
  // PDF.js takes ownership of (and detaches) the buffer it is given: give it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      const message = messageOf(error);
      if (error instanceof Error && error.name === 'PasswordException') throw refuse(name, 'the PDF is protected by a password; remove the protection and import it again.');
      throw refuse(name, `the PDF cannot be read (${message}).`);
    }
    if (document.numPages > maxPages) throw refuse(name, `the PDF has ${document.numPages} pages, over the limit of ${maxPages}.`);
    const paragraphs: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      paragraphs.push(...pageParagraphs(content.items.flatMap((item) => ('str' in item ? [item] : []))));
      page.cleanup();
    }
    const text = joinBlocks(paragraphs);
    if (text === '') throw refuse(name, 'the PDF has no text layer (is it a scan?): there is no text to annotate.');
    const { info } = await document.getMetadata().catch(() => ({ info: {} }));
    return { format: 'pdf', text, meta: infoMeta(info as Record<string, unknown>) };
  } finally {
    await task.destroy();
  }
}

/** A page's paragraphs: lines end where PDF.js says; a gap of more than 1.5 lines, or a short line, ends a paragraph. */
function pageParagraphs(items: readonly TextItem[]): string[] {
  const lines: { text: string; y: number; height: number }[] = [];
  let text = '';
  let y: number | null = null;
  let height = 0;
  const endLine = () => {
    if (text.trim() !== '') lines.push({ text: text.replace(/\s+/gu, ' ').trim(), y: y ?? 0, height });
    text = '';
    y = null;
  };
  for (const item of items) {
    const itemY = item.transform[5] ?? 0;
    // A move downwards without an end-of-line mark is a new line too.
    if (y !== null && text !== '' && Math.abs(itemY - y) > Math.max(item.height, 1) * 0.5) endLine();
    if (y === null) {
      y = itemY;
      height = item.height;
    }
    text += item.str;
    if (item.hasEOL) endLine();
  }
  endLine();

  const paragraphs: string[] = [];
  let paragraph = '';
  const longest = Math.max(0, ...lines.map((l) => l.text.length));
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    const newParagraph = previous && (gap > Math.max(previous.height, 1) * 1.5 || gap < 0 || previous.text.length < longest * 0.6);
    if (newParagraph) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
    // A word hyphenated at the end of a line is joined again.
    paragraph = paragraph === '' ? line.text : /[a-z]-$/u.test(paragraph) ? paragraph.slice(0, -1) + line.text : `${paragraph} ${line.text}`;
  });
  if (paragraph !== '') paragraphs.push(paragraph);
  return paragraphs;
}

function infoMeta(info: Record<string, unknown>): ImportedMeta {
  const string = (key: string) => (typeof info[key] === 'string' ? metaValue(info[key]) : undefined);
  const title = string('Title');
  const author = string('Author');
  const published = pdfDate(string('CreationDate'));
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(published ? { published } : {}) };
}

/** A PDF date ("D:20240305120000Z") as YYYY-MM-DD; undefined when it is not one. */
export function pdfDate(value: string | undefined): string | undefined {
  const match = value ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/u.exec(value) : null;
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter((p) => p !== undefined).join('-');
}
