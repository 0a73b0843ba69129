/**
 * GUIDs for REFI-QDA: every element of a project has one, and an import
 * recognises what it imported before by them. Ours are stable: an annotation
 * whose id is a `urn:uuid:` keeps that UUID; anything else (a tag, an
 * article, the analyst) gets one derived from what it is, so exporting the
 * same set twice gives the same GUIDs and another tool can match the two.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** A GUID as REFI-QDA writes it (with or without braces, any case), in our form: lowercase, no braces; or null. */
export function normalizeGuid(raw: string): string | null {
  const bare = raw.trim().replace(/^\{(.*)\}$/u, '$1').toLowerCase();
  return UUID.test(bare) ? bare : null;
}

/** The annotation's own UUID when its id is `urn:uuid:…`, else one derived from the id. */
export function guidOfAnnotationId(id: string): string {
  const own = /^urn:uuid:(.+)$/iu.exec(id)?.[1];
  return (own !== undefined ? normalizeGuid(own) : null) ?? stableGuid('annotation', id);
}

/**
 * A UUID (version 8, "custom": RFC 9562) from a hash of `parts`. Two FNV-1a
 * style 64-bit lanes (BigInt keeps them exact), so equal parts always give
 * the same GUID and different ones practically never collide at a set's size.
 */
export function stableGuid(...parts: string[]): string {
  const text = parts.join('\u0000');
  const PRIME = 0x100000001b3n;
  const MASK = 0xffffffffffffffffn;
  let a = 0xcbf29ce484222325n;
  let b = 0x84222325cbf29ce4n;
  for (const ch of text) {
    const code = BigInt(ch.codePointAt(0) ?? 0);
    a = ((a ^ code) * PRIME) & MASK;
    b = ((b ^ (code + 0x9en)) * PRIME) & MASK;
    b ^= b >> 29n;
  }
  const hex = (a.toString(16).padStart(16, '0') + b.toString(16).padStart(16, '0')).split('');
  hex[12] = '8'; // version 8
  hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16); // variant 10xx
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
