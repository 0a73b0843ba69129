/**
 * The review marker: set on an annotation that was re-anchored by an
 * approximate match (its quote was rewritten to the new text), until the
 * analyst confirms or re-attaches it. Stored in the sidecar as the
 * annotation's `ra:anchorReview` property (under the `ra:` prefix like the
 * other extensions, so that JSON-LD processors keep it), so it survives
 * closing the app. Sidecars written before it had its prefix carry it as
 * `anchorReview`: they are read as if it had it (sidecar/stored-annotation.ts).
 */
import type { Annotation } from './annotation';

export const REVIEW_KEY = 'ra:anchorReview';
/** The key older sidecars stored it under. */
export const LEGACY_REVIEW_KEY = 'anchorReview';

export interface Review {
  reason: 'approximate-match';
  /** How close the match was, 0..1. */
  score: number;
  /** The quote as it was before the text changed. */
  previousExact: string;
  /** When the app re-anchored it (ISO 8601). */
  since: string;
}

export function reviewOf(annotation: Annotation): Review | undefined {
  const review = annotation[REVIEW_KEY];
  if (typeof review !== 'object' || review === null) return undefined;
  const r = review as Record<string, unknown>;
  return r['reason'] === 'approximate-match' && typeof r['score'] === 'number' && typeof r['previousExact'] === 'string'
    ? (review as Review)
    : undefined;
}

export function withReview(annotation: Annotation, review: Review): Annotation {
  return { ...annotation, [REVIEW_KEY]: review };
}

export function withoutReview(annotation: Annotation): Annotation {
  if (!(REVIEW_KEY in annotation)) return annotation;
  const copy = { ...annotation };
  delete copy[REVIEW_KEY];
  return copy;
}
