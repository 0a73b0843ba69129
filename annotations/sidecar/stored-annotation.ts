/**
 * An annotation as the files of the set hold it (sidecars, the trash) and as
 * the JSON-LD export writes it, against the one the app works with.
 *
 * Written, each annotation is a Web Annotation that stands alone and passes
 * every MUST assertion of the W3C model tests (annotations/conformance/):
 * - it carries `@context` (model/json-ld.ts), unless another tool gave it one
 *   of its own, which is kept as it is;
 * - `body` is left out when there is none (a plain highlight): the model says
 *   a body-less annotation has no `body` key, and `"body": []` fails its
 *   body assertions;
 * - the review marker is `ra:anchorReview`.
 * Read, it gets back what the app relies on: `body` is always an array, our
 * own `@context` is dropped (it is added again on the way out), and the
 * review marker of older sidecars (`anchorReview`) takes its prefix. So a
 * sidecar of the older form opens as before and is written in this form on
 * its next save, with every other field as it was.
 */
import type { Annotation } from '../model/annotation';
import { ANNOTATION_CONTEXT } from '../model/json-ld';
import { LEGACY_REVIEW_KEY, REVIEW_KEY } from '../model/review';

const CONTEXT_KEY = '@context';
const OUR_CONTEXT = JSON.stringify(ANNOTATION_CONTEXT);

/** The annotation as it is written: our `@context` first, no empty `body`. */
export function toStoredAnnotation(annotation: Annotation): Record<string, unknown> {
  const { [CONTEXT_KEY]: context, ...rest } = annotation;
  const stored: Record<string, unknown> = { [CONTEXT_KEY]: context ?? ANNOTATION_CONTEXT, ...rest };
  if (annotation.body.length === 0) delete stored['body'];
  return stored;
}

/**
 * The annotation as the app works with it, from a stored one the schema has
 * accepted (an optional `body`, either review key). Other keys keep their
 * order; the caller's object is not changed.
 */
export function fromStoredAnnotation(stored: Record<string, unknown>): Annotation {
  const annotation: Record<string, unknown> = {};
  const hasBody = Array.isArray(stored['body']);
  for (const [key, value] of Object.entries(stored)) {
    // An absent body goes where the app writes one, so that reading a file back keeps its order.
    if (key === 'target' && !hasBody) annotation['body'] = [];
    if (key === CONTEXT_KEY && isOurContext(value)) continue;
    if (key === LEGACY_REVIEW_KEY) {
      // The prefixed one wins when a file somehow has both: it is the newer.
      if (!Object.hasOwn(stored, REVIEW_KEY)) annotation[REVIEW_KEY] = value;
      continue;
    }
    annotation[key] = value;
  }
  if (!Array.isArray(annotation['body'])) annotation['body'] = [];
  return annotation as Annotation;
}

/** Ours exactly; any other (the bare Web Annotation context another tool wrote, say) is that tool's, and kept. */
function isOurContext(value: unknown): boolean {
  return JSON.stringify(value) === OUR_CONTEXT;
}
