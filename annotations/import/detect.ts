/**
 * Which converter a file goes to, and whether its bytes are what its name
 * says: by extension, then checked by content. A PDF must start with
 * `%PDF-`, a Word file is a zip; text formats must be UTF-8 without NUL
 * bytes (formats/text.ts). Each refusal is an `AnnotatorError` naming the file and the problem.
 */
import { AnnotatorError } from '../errors';
import { formatBytes, type ImportLimits } from './limits';
import type { ImportFormat } from './types';

/** File extensions (lower case, with the dot) and their format. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** What file dialogs offer: the extensions without their dot. */
export const IMPORT_DIALOG_EXTENSIONS = [...Object.keys(IMPORT_EXTENSIONS).map((e) => e.slice(1)), 'json', 'jsonld'];

export function refuse(name: string, problem: string): AnnotatorError {
  return new AnnotatorError('invalid-article', `${name}: ${problem}`, name);
}

export function formatOfName(name: string): ImportFormat {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const format = IMPORT_EXTENSIONS[extension];
  if (!format) {
    const known = Object.keys(IMPORT_EXTENSIONS).join(', ');
    throw refuse(name, `${extension ? `"${extension}" files are` : 'a file without an extension is'} not supported; import ${known} files.`);
  }
  return format;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // old .doc and other Office binaries

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Checks size and content against the format; returns the format to convert
 * with. Called before any converter sees the bytes.
 */
export function checkSource(name: string, bytes: Uint8Array, limits: ImportLimits): ImportFormat {
  const format = formatOfName(name);
  if (bytes.length === 0) throw refuse(name, 'the file is empty.');
  const max = limits.maxSourceBytes[format];
  if (bytes.length > max) throw refuse(name, `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(max)} limit for .${format} files.`);
  if (format === 'pdf' && !startsWith(bytes, PDF_MAGIC)) throw refuse(name, 'this is not a PDF file (it does not start with "%PDF-").');
  if (format === 'docx' && !startsWith(bytes, ZIP_MAGIC)) {
    throw refuse(name, startsWith(bytes, OLE_MAGIC) ? 'this is an old Word (.doc) file; save it as .docx and import that.' : 'this is not a Word .docx file (a .docx is a zip archive).');
  }
  return format;
}
