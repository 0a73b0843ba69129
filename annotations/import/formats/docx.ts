/**
 * Word (.docx) to plain text with mammoth's raw-text extraction: one line per
 * paragraph. Pictures, fields and linked files are not read (mammoth follows
 * no external link unless asked to, and it is not). Metadata comes from the
 * document's core properties (docProps/core.xml): title, creator, created.
 */
import { strFromU8, unzipSync } from 'fflate';
import { listZip, type ZipListing } from '../zip-listing';
import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';
import { refuse } from '../detect';
import { formatBytes } from '../limits';
import { joinBlocks, metaValue, publishedDate } from '../plain-text';
import type { ConvertedArticle, ImportedMeta } from '../types';
import { messageOf } from '../../errors';

export async function convertDocx(name: string, bytes: Uint8Array, maxUnpackedBytes: number): Promise<ConvertedArticle> {
  let archive: ZipListing;
  try {
    archive = listZip(bytes);
  } catch {
    throw refuse(name, 'the file is not a valid .docx (its zip archive cannot be read).');
  }
  if (!archive.names.has('word/document.xml')) throw refuse(name, 'the file is a zip archive but not a Word document (it has no word/document.xml).');
  if (archive.unpackedBytes > maxUnpackedBytes) {
    throw refuse(name, `the document would unpack to ${formatBytes(archive.unpackedBytes)}, over the ${formatBytes(maxUnpackedBytes)} limit (is it a zip bomb?).`);
  }
  let raw: string;
  try {
    // In Node, mammoth takes a Buffer (its `arrayBuffer` input is for browsers).
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw refuse(name, `the Word document cannot be read (${messageOf(error)}).`);
  }
  // mammoth ends every paragraph with a blank line.
  const paragraphs = raw.split(/\n+/u);
  return { format: 'docx', text: joinBlocks(paragraphs), meta: coreProperties(bytes) };
}

/** Title, creator and creation date from docProps/core.xml, when the document has them. */
function coreProperties(bytes: Uint8Array): ImportedMeta {
  const xml = readEntry(bytes, 'docProps/core.xml');
  if (!xml) return {};
  const values = new Map<string, string>();
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag(tag) {
        current = tag.toLowerCase();
      },
      ontext(text) {
        if (current) values.set(current, (values.get(current) ?? '') + text);
      },
      onclosetag() {
        current = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  const title = metaValue(values.get('dc:title'));
  const author = metaValue(values.get('dc:creator'));
  const published = publishedDate(values.get('dcterms:created'));
  return { ...(title ? { title } : {}), ...(author ? { author } : {}), ...(published ? { published } : {}) };
}

/** One entry's text, unpacked (the caller has checked the sizes); undefined when it is missing or unreadable. */
function readEntry(bytes: Uint8Array, entryName: string): string | undefined {
  try {
    const data = unzipSync(bytes, { filter: (entry) => entry.name === entryName })[entryName];
    return data ? strFromU8(data) : undefined;
  } catch {
    return undefined;
  }
}
