import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAnnotation, type Annotation } from '../model/annotation';
import { RA_CONTEXT, withClaim } from '../model/claim';
import { toStoredAnnotation } from '../sidecar/stored-annotation';
import { ANNO_CONTEXT, setToJsonLd } from './jsonld';

const NOW = '2025-01-01T00:00:00.000Z';

/** The W3C Web Annotation shapes the export must have (https://www.w3.org/TR/annotation-model/). */
const iri = z.string().min(1);
const textualBody = z.looseObject({ type: z.literal('TextualBody'), value: z.string(), purpose: z.string().optional() });
const selector = z.union([
  z.looseObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() }),
  z.looseObject({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
]);
const annotation = z.looseObject({
  id: iri,
  type: z.literal('Annotation'),
  motivation: z.string().optional(),
  created: z.iso.datetime({ offset: true }).optional(),
  modified: z.iso.datetime({ offset: true }).optional(),
  body: z.array(textualBody).optional(),
  target: z.looseObject({ source: iri, selector: z.array(selector).min(1) }),
});
const page = z.looseObject({
  id: iri,
  type: z.literal('AnnotationPage'),
  startIndex: z.number().int().nonnegative().optional(),
  items: z.array(annotation),
});
const collection = z
  .looseObject({
    '@context': z.array(z.unknown()).refine((c) => c.includes(ANNO_CONTEXT), 'the Web Annotation context is included'),
    id: iri,
    type: z.literal('AnnotationCollection'),
    label: z.string(),
    total: z.number().int().nonnegative(),
    first: page,
  })
  .refine((c) => c.total === c.first.items.length, 'total equals the number of items');

function annotationOn(source: string, id: string, exact: string, tags: string[]): Annotation {
  return createAnnotation({
    id,
    now: NOW,
    source,
    quote: { type: 'TextQuoteSelector', exact, prefix: 'x', suffix: 'y' },
    position: { type: 'TextPositionSelector', start: 3, end: 3 + exact.length },
    tags,
    note: 'A note',
  });
}

describe('setToJsonLd', () => {
  const a1 = withClaim(annotationOn('a.txt', 'urn:uuid:a1', 'Rockets hit', ['claim']), {
    stance: 'asserts',
    attribution: 'Ministry',
    confidence: 'high',
    sameClaimAs: ['urn:uuid:b1'],
  }, NOW);
  const foreign = { ...annotationOn('a.txt', 'urn:uuid:a2', 'Other', []), 'ex:extra': { kept: true } };
  const b1 = annotationOn('b file.txt', 'urn:uuid:b1', 'Denied 😀', ['denial']);
  const articles = [
    { file: 'a.txt', annotations: [a1, foreign] },
    { file: 'b file.txt', annotations: [b1] },
    { file: 'empty.txt', annotations: [] },
  ];
  const exported = setToJsonLd('Caucasus, 2025', articles, new Date(NOW));

  it('is a W3C AnnotationCollection whose first page holds every annotation', () => {
    const parsed = collection.parse(JSON.parse(JSON.stringify(exported)));
    expect(parsed['@context']).toEqual([ANNO_CONTEXT, RA_CONTEXT]);
    expect(parsed.label).toBe('Caucasus, 2025');
    expect(parsed.total).toBe(3);
    expect(parsed.first.items.map((i) => i.id)).toEqual(['urn:uuid:a1', 'urn:uuid:a2', 'urn:uuid:b1']);
    expect(exported.generated).toBe(NOW);
  });

  it('keeps each annotation as stored: ra: claim fields, unknown properties, target.source', () => {
    expect(exported.first.items).toEqual([a1, foreign, b1].map(toStoredAnnotation));
    const first = exported.first.items[0] as Annotation;
    expect(first['ra:stance']).toBe('asserts');
    expect(first['ra:sameClaimAs']).toEqual(['urn:uuid:b1']);
    expect((exported.first.items[2] as Annotation).target.source).toBe('b file.txt');
  });

  it('gives each annotation its own @context and leaves out an empty body', () => {
    for (const item of exported.first.items) expect(item['@context']).toEqual([ANNO_CONTEXT, RA_CONTEXT]);
    const highlight = setToJsonLd('S', [{ file: 'a.txt', annotations: [annotationOn('a.txt', 'urn:uuid:h', 'Plain', [])] }], new Date(NOW));
    const plain = { ...annotationOn('a.txt', 'urn:uuid:h', 'Plain', []), body: [] };
    expect(setToJsonLd('S', [{ file: 'a.txt', annotations: [plain] }], new Date(NOW)).first.items[0]).not.toHaveProperty('body');
    expect(highlight.first.items[0]?.['body']).toHaveLength(1);
    expect(exported.first.items[0]?.['body']).toEqual(a1.body);
  });

  it('copies: changing the export does not change the sidecar annotations', () => {
    (exported.first.items[0] as Annotation).target.selector.length = 0;
    expect(a1.target.selector).toHaveLength(2);
  });

  it("points a web page's annotations at the page, with the article file as the copy the selectors count in", () => {
    const web = setToJsonLd(
      'Web',
      [
        { file: 'a.txt', url: 'https://news.example/a', accessed: '2026-12-03', annotations: [a1] },
        { file: 'b file.txt', url: 'javascript:alert(1)', annotations: [b1] },
      ],
      new Date(NOW),
    );
    const [onPage, onFile] = collection.parse(JSON.parse(JSON.stringify(web))).first.items;
    expect(onPage?.target).toEqual({ ...a1.target, source: 'https://news.example/a', state: { type: 'TimeState', cached: 'a.txt', sourceDate: '2026-12-03T00:00:00Z' } });
    // What is no web address stays out: the file is the source.
    expect(onFile?.target).toEqual(b1.target);
    expect(a1.target.source).toBe('a.txt');
  });

  it('is an empty collection for a set without annotations', () => {
    const empty = collection.parse(setToJsonLd('Empty', [], new Date(NOW)));
    expect(empty.total).toBe(0);
    expect(empty.first.items).toEqual([]);
  });

  it('rejects shapes that are not W3C (the schema has teeth)', () => {
    const bad = JSON.parse(JSON.stringify(setToJsonLd('S', articles, new Date(NOW)))) as { total: number; first: { items: { type: string }[] } };
    expect(collection.safeParse({ ...bad, total: 2 }).success).toBe(false);
    expect(collection.safeParse({ ...bad, '@context': [RA_CONTEXT] }).success).toBe(false);
    bad.first.items[0]!.type = 'Note';
    expect(collection.safeParse(bad).success).toBe(false);
  });
});
