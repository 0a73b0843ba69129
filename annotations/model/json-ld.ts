/**
 * The JSON-LD context every annotation the app writes carries: the W3C Web
 * Annotation context, then ours, which declares the `ra:` prefix of the claim
 * fields and the review marker (model/claim.ts, model/review.ts). With it, an
 * annotation stands alone: a JSON-LD processor that reads one sidecar
 * annotation, or one item of the JSON-LD export, expands every `ra:` property
 * to an IRI under https://w3id.org/research-annotator/ns# and keeps it.
 */
import { RA_CONTEXT } from './claim';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const ANNOTATION_CONTEXT = [ANNO_CONTEXT, RA_CONTEXT] as const;
export type AnnotationContext = typeof ANNOTATION_CONTEXT;
