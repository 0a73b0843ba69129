/**
 * Bytes as a string of one character (U+0000–U+00FF) per byte, and back: MIME
 * headers, boundaries and transfer encodings are ASCII over arbitrary bytes,
 * and string search is what splits them. (TextDecoder's "latin1" is
 * windows-1252, which would change bytes 0x80–0x9F.)
 */

const CHUNK = 0x2000;

export function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(String.fromCharCode(...bytes.subarray(at, at + CHUNK)));
  return chunks.join('');
}

export function bytesOfBinary(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
