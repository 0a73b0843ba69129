import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { toStoredAnnotation } from '../sidecar/stored-annotation';
import { briefToCsv } from './csv';
import { briefFormatOfExtension, EXPORT_FORMATS, writeBrief } from './formats';
import { briefToMarkdown } from './markdown';
import { BRIEF_FORMATS, type BriefInput } from './types';

const NOW = '2025-01-01T00:00:00.000Z';

function stored(id: string, source: string, tags: string[]): Annotation {
  return createAnnotation({ id, now: NOW, source, quote: { type: 'TextQuoteSelector', exact: `quote ${id}` }, position: { type: 'TextPositionSelector', start: 0, end: 8 }, tags });
}

const STORED: Record<string, Annotation[]> = {
  'a.txt': [stored('a1', 'a.txt', ['Peace']), stored('a2', 'a.txt', ['War'])],
  'b.txt': [stored('b1', 'b.txt', ['War'])],
};

const quote = (a: Annotation, tags: string[]) => ({ id: a.id, exact: `quote ${a.id}`, tags, note: '', status: 'exact' as const, location: null, sameClaimAs: [] });

const INPUT: BriefInput = {
  setName: 'Talks',
  exportedAt: new Date(NOW),
  tags: [
    { label: 'Peace', color: '#f6c85f' },
    { label: 'War', color: '#7ec8e3' },
  ],
  articles: [
    { file: 'a.txt', title: 'A', quotes: STORED['a.txt']!.map((a, i) => quote(a, [i === 0 ? 'Peace' : 'War'])) },
    { file: 'b.txt', title: 'B', quotes: [quote(STORED['b.txt']![0]!, ['War'])] },
  ],
  options: { tags: ['War'] },
};

describe('the export formats', () => {
  it('has one entry per format, each with an extension of its own', () => {
    expect(Object.keys(EXPORT_FORMATS).sort()).toEqual([...BRIEF_FORMATS].sort());
    const extensions = Object.values(EXPORT_FORMATS).flatMap((f) => f.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  it('knows a format by its extension, in any case; anything else is Markdown', () => {
    const cases = { csv: 'csv', CSV: 'csv', jsonld: 'jsonld', json: 'jsonld', md: 'markdown', txt: 'markdown', '': 'markdown' };
    expect(Object.fromEntries(Object.keys(cases).map((extension) => [extension, briefFormatOfExtension(extension)]))).toEqual(cases);
  });

  it('writes Markdown and CSV from the brief input, without reading stored annotations', async () => {
    const never = async (): Promise<Annotation[]> => {
      throw new Error('read');
    };
    expect(await writeBrief('markdown', INPUT, never)).toBe(briefToMarkdown(INPUT));
    expect(await writeBrief('csv', INPUT, never)).toBe(briefToCsv(INPUT));
  });

  it('writes JSON-LD from the stored annotations the scope selects, as stored', async () => {
    const read: string[] = [];
    const json = JSON.parse(
      await writeBrief('jsonld', INPUT, async (file) => {
        read.push(file);
        return STORED[file] ?? [];
      }),
    ) as { label: string; generated: string; first: { items: Annotation[] } };
    expect(read).toEqual(['a.txt', 'b.txt']);
    expect(json.label).toContain('Talks');
    expect(json.generated).toBe(NOW);
    expect(json.first.items).toEqual([STORED['a.txt']![1]!, STORED['b.txt']![0]!].map(toStoredAnnotation));
  });
});
