/**
 * Word (.docx) to plain text with mammoth's raw-text extraction: one line per
 * paragraph. Pictures, fields and linked files are not read (mammoth follows
 * no external link unless asked to, and it is not). Metadata comes from the
 * document's core properties (docProps/core.xml): title, creator, created.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';
import { refuse } from '../detect';
import { formatBytes } from '../limits';
import { joinBlocks, metaValue, publishedDate } from '../plain-text';
import type { ConvertedArticle, ImportedMeta } from '../types';
import { messageOf } from '../../errors';

export async function convertDocx(name: string, bytes: Uint8Array, maxUnpackedBytes: number): Promise<ConvertedArticle> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse(name, 'the file is not a valid .docx (its zip archive cannot be read).');
  }
  if (!zip.file('word/document.xml')) throw refuse(name, 'the file is a zip archive but not a Word document (it has no word/document.xml).');
  const unpacked = unpackedSize(zip);
  if (unpacked > maxUnpackedBytes) {
    throw refuse(name, `the document would unpack to ${formatBytes(unpacked)}, over the ${formatBytes(maxUnpackedBytes)} limit (is it a zip bomb?).`);
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
  return { format: 'docx', text: joinBlocks(paragraphs), meta: await coreProperties(zip) };
}

/**
 * What the archive's entries unpack to, as its central directory states it
 * (read by JSZip without unpacking anything; the field is JSZip's own, not in
 * its types). A file entry whose size is not stated counts as over any limit.
 */
function unpackedSize(zip: JSZip): number {
  let total = 0;
  zip.forEach((_path, entry) => {
    if (entry.dir) return;
    const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    total += typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : Number.MAX_SAFE_INTEGER;
  });
  return total;
}

/** Title, creator and creation date from docProps/core.xml, when the document has them. */
async function coreProperties(zip: JSZip): Promise<ImportedMeta> {
  const xml = await zip.file('docProps/core.xml')?.async('string').catch(() => undefined);
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
