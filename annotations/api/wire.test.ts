import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { withClaim } from '../model/claim';
import { withCreator } from '../model/creator';
import { CodePointIndex } from '../text/code-points';
import { makeClient } from './client';
import type { ApiResult } from './contract';
import type { ArticleView } from './view-types';
import { toAnnotationView } from './views';
import { fromWire, toWire } from './wire';

const NOW = '2025-01-01T00:00:00.000Z';
const TEXT = 'Troops 😀 crossed the river\u00a0at dawn.\nThe minister denied it — twice.\n';
const index = new CodePointIndex(TEXT);

function annotation(id: string, start: number, end: number, tags: string[], exact = index.slice(start, end)): Annotation {
  return createAnnotation({
    id,
    now: NOW,
    source: 'a.txt',
    quote: { type: 'TextQuoteSelector', exact },
    position: { type: 'TextPositionSelector', start, end },
    tags,
  });
}

/** Views as the core makes them: every optional field, a fuzzy one whose quote differs from the text, an orphan. */
function article(): ArticleView {
  const claim = withCreator(withClaim(annotation('b', 38, 50, ['denial', 'quote']), { stance: 'disputes', attribution: 'the minister', confidence: 'high', sameClaimAs: ['x', 'y'] }, NOW), 'Ana');
  return {
    file: 'a.txt',
    title: 'A',
    text: TEXT,
    tags: [],
    annotations: [
      toAnnotationView(annotation('a', 0, 8, ['troops']), { status: 'exact', start: 0, end: 8 }),
      toAnnotationView(claim, { status: 'moved', start: 38, end: 50 }),
      toAnnotationView(annotation('c', 9, 20, [], 'crosed the river'), { status: 'fuzzy', start: 9, end: 20, score: 0.9 }),
      toAnnotationView(annotation('d', 0, 3, ['troops'], 'gone'), { status: 'orphan', start: null, end: null }),
    ],
  } as unknown as ArticleView;
}

describe('an opened article on the wire', () => {
  it('comes back as the same views, keys in the same order, after JSON', () => {
    const view = article();
    expect(Object.keys(view.annotations[1]!)).toEqual(expect.arrayContaining(['stance', 'attribution', 'confidence', 'creators']));
    expect(view.annotations[2]).toHaveProperty('score', 0.9);
    const result: ApiResult<ArticleView> = { ok: true, value: view };
    const wire = JSON.parse(JSON.stringify(toWire('openArticle', result))) as unknown;
    expect(JSON.stringify(fromWire('openArticle', wire))).toBe(JSON.stringify(result));
  });

  it('leaves out a quote that is the text at its place, and keeps one that is not', () => {
    const wire = toWire('openArticle', { ok: true, value: article() }) as { ok: true; value: { annotations: { rows: unknown[][]; shapes: string[][] } } };
    const { rows, shapes } = wire.value.annotations;
    const quotes = rows.map((row) => row[1 + shapes[row[0] as number]!.indexOf('exact')]);
    expect(quotes).toEqual([null, null, 'crosed the river', 'gone']);
  });

  it('is smaller than the views as JSON on a long article', () => {
    const text = 'The minister denied the report at dawn. '.repeat(2_000);
    const views = Array.from({ length: 1_000 }, (_, i) => toAnnotationView(annotation(`urn:uuid:${i}`, i * 40, i * 40 + 38, ['denial']), { status: 'exact', start: i * 40, end: i * 40 + 38 }));
    const value = { file: 'a.txt', title: 'A', text, tags: [], annotations: views } as unknown as ArticleView;
    const plain = JSON.stringify(views).length;
    const wire = JSON.stringify((toWire('openArticle', { ok: true, value }) as { ok: true; value: { annotations: unknown } }).value.annotations).length;
    expect(wire).toBeLessThan(plain / 2);
    expect(JSON.stringify(fromWire('openArticle', JSON.parse(JSON.stringify(toWire('openArticle', { ok: true, value })))))).toBe(JSON.stringify({ ok: true, value }));
  });

  it('passes errors, other calls and anything not in its form through as they are', () => {
    const error = { ok: false, error: { kind: 'not-found', message: 'No a.txt' } } as const;
    expect(toWire('openArticle', error)).toBe(error);
    expect(fromWire('openArticle', error)).toBe(error);
    const other = { ok: true, value: { annotations: [] } } as const;
    expect(toWire('listClaims', other)).toBe(other);
    expect(fromWire('openArticle', other)).toBe(other);
    expect(fromWire('openArticle', { ok: true, value: null })).toEqual({ ok: true, value: null });
  });

  it('is decoded by the client the page gets', async () => {
    const result = { ok: true, value: article() } as const;
    const client = makeClient(
      async () => JSON.parse(JSON.stringify(toWire('openArticle', result))) as unknown,
      () => () => {},
    );
    expect(await client.openArticle({ file: 'a.txt' })).toEqual(result);
  });
});
