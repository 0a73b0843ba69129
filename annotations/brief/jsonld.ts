/**
 * The set as W3C Web Annotation JSON-LD: one `AnnotationCollection` whose
 * embedded first (and only) `AnnotationPage` holds every annotation, in set
 * order then sidecar order (https://www.w3.org/TR/annotation-model/#collections).
 *
 * - "@context": the Web Annotation context, then RA_CONTEXT, so the claim
 *   fields (`ra:stance`, `ra:attribution`, `ra:confidence`, `ra:sameClaimAs`)
 *   expand to IRIs under https://w3id.org/research-annotator/ns# and
 *   `ra:sameClaimAs` values are read as annotation ids.
 * - Annotations exactly as stored in the sidecars (sidecar/stored-annotation.ts,
 *   a deep copy): ids, bodies, selectors, `ra:` properties and any property
 *   another tool added; each with its own `@context`, so it stands alone when
 *   taken out of the collection, and without `body` when it has none. Their
 *   `target.source` stays the article's file name as stored: a relative
 *   reference, which a JSON-LD processor resolves against the export's own
 *   location, so it points at the article when the export is saved in the set
 *   folder (the app's default). It is not rewritten into an absolute `file:`
 *   IRI: that would leak the analyst's folder layout and break once the set is
 *   moved or shared. (A file name with spaces is not a strict IRI reference;
 *   consumers that need one should percent-encode it.) A web page's
 *   annotations point at the page instead, with the file as the cached copy
 *   (web-source.ts).
 * - The collection and its page have relative ids ("#collection", "#page-1"),
 *   i.e. fragments of the export file: there is no server to give them
 *   absolute IRIs, and a random id would make exports irreproducible.
 * - `total` is the number of annotations; `generated` the export time.
 */
import type { Annotation } from '../model/annotation';
import { RA_CONTEXT } from '../model/claim';
import { ANNO_CONTEXT } from '../model/json-ld';
import { toStoredAnnotation } from '../sidecar/stored-annotation';
import { withWebSource, type WebSourceArticle } from './web-source';

export { ANNO_CONTEXT };
export const COLLECTION_ID = '#collection';
export const PAGE_ID = '#page-1';

export interface AnnotationPageJson {
  id: string;
  type: 'AnnotationPage';
  startIndex: number;
  items: Record<string, unknown>[];
}

export interface AnnotationCollectionJson {
  '@context': [typeof ANNO_CONTEXT, typeof RA_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: AnnotationPageJson;
  last: string;
}

export function setToJsonLd(
  setName: string,
  articles: readonly (WebSourceArticle & { annotations: readonly Annotation[] })[],
  exportedAt: Date,
): AnnotationCollectionJson {
  // A deep copy: the export must not share objects with the caller's sidecars.
  const items = articles.flatMap((a) => a.annotations.map((annotation) => JSON.parse(JSON.stringify(toStoredAnnotation(annotation))) as Record<string, unknown>));
  // A web page's annotations point at the page (web-source.ts).
  const articleOfItem = articles.flatMap((a) => a.annotations.map(() => a));
  return {
    '@context': [ANNO_CONTEXT, RA_CONTEXT],
    id: COLLECTION_ID,
    type: 'AnnotationCollection',
    label: setName,
    total: items.length,
    generated: exportedAt.toISOString(),
    generator: { type: 'Software', name: 'Research Annotator' },
    first: { id: PAGE_ID, type: 'AnnotationPage', startIndex: 0, items: items.map((item, i) => withWebSource(item, articleOfItem[i])) },
    last: PAGE_ID,
  };
}
