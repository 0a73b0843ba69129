/**
 * The formats a brief is exported in, in one table shared by the app's Export
 * brief (node/brief-service.ts) and the command line (cli/brief.ts), so the
 * two write the same files. Another format (QDPX…) is one more entry here and
 * in BRIEF_FORMATS.
 */
import type { Annotation } from '../model/annotation';
import { briefToCsv } from './csv';
import { selectStored } from './filter';
import { setToJsonLd } from './jsonld';
import { briefToMarkdown } from './markdown';
import type { BriefFormat, BriefInput } from './types';

/**
 * An article's annotations as stored in its sidecar: the W3C format exports
 * them as they are (every property kept), not as the brief shows them.
 */
export type StoredAnnotations = (file: string) => Promise<readonly Annotation[]>;

interface ExportFormat {
  /** What the save dialog's filter calls it. */
  label: string;
  /** The file extensions that mean this format; the first is the one offered. */
  extensions: readonly [string, ...string[]];
  write(input: BriefInput, stored: StoredAnnotations): string | Promise<string>;
}

export const EXPORT_FORMATS: Record<BriefFormat, ExportFormat> = {
  markdown: { label: 'Markdown brief', extensions: ['md'], write: (input) => briefToMarkdown(input) },
  csv: { label: 'CSV, one row per annotation', extensions: ['csv'], write: (input) => briefToCsv(input) },
  jsonld: {
    label: 'W3C Web Annotation JSON-LD',
    extensions: ['jsonld', 'json'],
    async write(input, stored) {
      // The annotations the brief's scope selects, with their tags as stored, all kept.
      const byFile = new Map<string, readonly Annotation[]>();
      for (const { file } of input.articles) byFile.set(file, await stored(file));
      return JSON.stringify(setToJsonLd(input.setName, selectStored(input, (file) => byFile.get(file) ?? []), input.exportedAt), null, 2) + '\n';
    },
  },
};

/** The brief as a file of `format`. */
export async function writeBrief(format: BriefFormat, input: BriefInput, stored: StoredAnnotations): Promise<string> {
  return EXPORT_FORMATS[format].write(input, stored);
}

/** The format a file extension (without its dot, any case) names; Markdown for any other. */
export function briefFormatOfExtension(extension: string): BriefFormat {
  const lower = extension.toLowerCase();
  const named = Object.entries(EXPORT_FORMATS).find(([, f]) => f.extensions.includes(lower));
  return named ? (named[0] as BriefFormat) : 'markdown';
}
