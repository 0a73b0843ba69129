/**
 * The text of a saved web page. Browsers save a page in the encoding it was
 * served in ("HTML only" keeps the bytes as they came), so a page from a
 * Cyrillic or Japanese site may be windows-1251 or Shift_JIS. Valid UTF-8 is
 * taken as UTF-8 (as every other text format); otherwise the charset the page
 * declares (its MIME part, else `<meta charset>` or `http-equiv` in its first
 * 1,024 bytes, as the HTML standard's prescan looks) decodes it. Without a
 * declaration, or with bytes its charset cannot hold, it is refused.
 */
import { refuse } from '../detect';
import { binaryString } from './binary-string';
import { decodeText } from './text';

export function decodeWebPage(name: string, bytes: Uint8Array, declared?: string): string {
  const charset = (declared ?? prescanCharset(bytes))?.trim().toLowerCase();
  if (charset === undefined || /^(utf-?8|unicode-1-1-utf-8)$/u.test(charset) || isValidUtf8(bytes)) return decodeText(name, bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw refuse(name, `the page declares the character set "${charset}", which this app cannot read. Save it as UTF-8 and import it again.`);
  }
  if (bytes.includes(0) && !decoder.encoding.startsWith('utf-16')) throw refuse(name, 'the file contains NUL bytes: it looks like a binary file, not text.');
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    throw refuse(name, `the page is not valid ${decoder.encoding} text, as it declares. Save it as UTF-8 and import it again.`);
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the start. */
export function prescanCharset(bytes: Uint8Array): string | undefined {
  const head = binaryString(bytes.subarray(0, 1024));
  const direct = /<meta[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/iu.exec(head);
  return direct?.[1];
}

/**
 * Bytes 0x80–0x9F of windows-1252 (the WHATWG encoding of pages labelled
 * windows-1252, iso-8859-1, latin1 or ascii): curly quotes, dashes, the euro
 * sign. Decoded here because some Node versions' TextDecoder reads them as
 * Latin-1 control characters. The five unassigned bytes stay C1 controls, as
 * the WHATWG table has them.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return binaryString(bytes).replace(/[\u0080-\u009f]/gu, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
