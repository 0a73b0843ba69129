/**
 * Small sources of each binary format, built deterministically for the tests
 * (unit and e2e): a Word document zipped with fflate (mammoth reads it), and
 * a PDF written by hand, with a correct cross-reference table.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const xmlEscape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export interface DocxSample {
  paragraphs: readonly string[];
  title?: string;
  creator?: string;
  /** ISO 8601, as Word writes dcterms:created. */
  created?: string;
}

export async function sampleDocx({ paragraphs, title, creator, created }: DocxSample): Promise<Uint8Array> {
  const parts: Zippable = {};
  const add = (name: string, text: string) => {
    parts[name] = strToU8(text);
  };
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  add(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      (title ? `<dc:title>${xmlEscape(title)}</dc:title>` : '') +
      (creator ? `<dc:creator>${xmlEscape(creator)}</dc:creator>` : '') +
      (created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` : '') +
      '</cp:coreProperties>',
  );
  // A fixed date for every entry: the same input gives the same bytes.
  return zipSync(parts, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

export interface PdfSample {
  /** Per page, its lines (ASCII: written as PDF string literals in Helvetica). */
  pages: readonly (readonly string[])[];
  title?: string;
  author?: string;
  /** A PDF date, e.g. "D:20240305120000Z". */
  creationDate?: string;
}

/** A PDF 1.4 file: one Helvetica text object per page, lines 14 pt apart, an Info dictionary. */
export function samplePdf({ pages, title, author, creationDate }: PdfSample): Uint8Array {
  const pdfString = (text: string) => `(${text.replace(/[\\()]/gu, (c) => `\\${c}`)})`;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add(''); // 1: catalog, filled below
  add(''); // 2: page tree, filled below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'); // 3
  const kids: number[] = [];
  for (const lines of pages) {
    const stream = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `${pdfString(l)} Tj T*`).join(' ')} ET`;
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = [title && `/Title ${pdfString(title)}`, author && `/Author ${pdfString(author)}`, creationDate && `/CreationDate ${pdfString(creationDate)}`].filter(Boolean);
  const infoId = add(`<< ${info.join(' ')} >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
