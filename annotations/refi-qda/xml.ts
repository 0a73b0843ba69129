/**
 * XML in and out, with fast-xml-parser (no DOM, no native code).
 *
 * Reading: a document with a DOCTYPE is refused before it is parsed, so no
 * entity is ever declared, let alone expanded: neither external entities
 * (XXE) nor nested ones (a billion laughs) can exist; only the five entities
 * XML predefines and character references are decoded. The parser never
 * reads a file or a URL itself. Every element is read as an array, so one
 * element and many look the same to the code that walks them.
 *
 * Writing: strings are escaped by the builder; characters XML 1.0 cannot
 * carry (most C0 controls, lone surrogates) become U+FFFD, and line breaks in
 * attribute values a space, since a parser would turn them into one anyway.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/** One parsed element: attributes under "@", text under "#text", each child element name to its list. */
export type XmlNode = { '@'?: Record<string, string>; '#text'?: string } & { [element: string]: unknown };

/** Thrown for XML that is not accepted; the message says what (the caller names the file). */
export class XmlRefused extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** The document's root element, by name; refuses a DTD and a document whose root is another element. */
export function parseXml(text: string, rootName: string): XmlNode {
  if (/<!DOCTYPE/iu.test(text) || /<!ENTITY/iu.test(text)) {
    throw new XmlRefused('it declares a DTD or entities (<!DOCTYPE, <!ENTITY), which are not accepted: a REFI-QDA file needs none');
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    throw new XmlRefused(`it is not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  const root = (parsed[rootName] as XmlNode[] | undefined)?.[0];
  if (root === undefined) {
    const found = Object.keys(parsed).filter((k) => !k.startsWith('?') && k !== '#text');
    throw new XmlRefused(`its root element is ${found[0] ? `<${found[0]}>` : 'missing'}, not <${rootName}>`);
  }
  return root;
}

/** The child elements called `name`. */
export function children(node: XmlNode, name: string): XmlNode[] {
  const list = node[name];
  if (!Array.isArray(list)) return [];
  return list.map((item) => (typeof item === 'string' ? { '#text': item } : (item as XmlNode)));
}

export function attr(node: XmlNode, name: string): string | undefined {
  return node['@']?.[name];
}

/** The text of the first child element `name`, or undefined when there is none (or it is empty). */
export function childText(node: XmlNode, name: string): string | undefined {
  const first = children(node, name)[0];
  const text = first?.['#text'];
  return typeof text === 'string' && text !== '' ? text : undefined;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });

/** An element to write: attributes (undefined ones are left out), then children in order, or text. */
export interface XmlOut {
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: [string, XmlOut[]][];
  text?: string;
}

/** A whole document: the XML declaration, then `root`. */
export function buildXml(rootName: string, root: XmlOut): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [rootName]: toBuilder(root) }) as string}`;
}

function toBuilder(node: XmlOut): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined) out[`@_${key}`] = typeof value === 'string' ? xmlSafe(value).replace(/[\t\n\r]/gu, ' ') : String(value);
  }
  if (node.text !== undefined) out['#text'] = xmlSafe(node.text);
  for (const [name, list] of node.children ?? []) {
    if (list.length > 0) out[name] = list.map(toBuilder);
  }
  return out;
}

/** Characters XML 1.0 cannot carry become U+FFFD. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this removes
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '\uFFFD').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
}
