/**
 * The annotation model: W3C Web Annotation objects as stored in a sidecar.
 *
 * Objects are kept "loose": any property this version does not know is carried
 * along untouched (`[key: string]: unknown`), so saving a sidecar written by a
 * newer tool never drops its data. Helpers below return new objects and never
 * mutate their input.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface TextualBody {
  type: 'TextualBody';
  purpose: string;
  value: string;
  [key: string]: unknown;
}

/** A body we do not understand (an image, a link, another tool's purpose). Kept as is. */
export type OtherBody = { [key: string]: unknown };

export type Body = TextualBody | OtherBody;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
  [key: string]: unknown;
}

/** Offsets in Unicode code points of the article text (BOM removed), end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
  [key: string]: unknown;
}

export type Selector = TextQuoteSelector | TextPositionSelector | { type: string; [key: string]: unknown };

export interface Target {
  source: string;
  selector: Selector[];
  [key: string]: unknown;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  body: Body[];
  target: Target;
  [key: string]: unknown;
}

export const TAGGING = 'tagging';
export const COMMENTING = 'commenting';

export function isTextualBody(body: Body, purpose?: string): body is TextualBody {
  return (
    body['type'] === 'TextualBody' &&
    typeof body['value'] === 'string' &&
    (purpose === undefined || body['purpose'] === purpose)
  );
}

/** Tag labels in body order, without duplicates. */
export function tagsOf(annotation: Annotation): string[] {
  const labels = annotation.body.filter((b) => isTextualBody(b, TAGGING)).map((b) => (b as TextualBody).value);
  return [...new Set(labels)];
}

/** The note: the first commenting body, or "" when there is none. */
export function noteOf(annotation: Annotation): string {
  const note = annotation.body.find((b) => isTextualBody(b, COMMENTING)) as TextualBody | undefined;
  return note?.value ?? '';
}

export function quoteSelectorOf(annotation: Annotation): TextQuoteSelector | undefined {
  return annotation.target.selector.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined;
}

export function positionSelectorOf(annotation: Annotation): TextPositionSelector | undefined {
  return annotation.target.selector.find((s) => s.type === 'TextPositionSelector') as
    | TextPositionSelector
    | undefined;
}

/**
 * Replaces the tagging bodies with `tags`, keeping every other body (and the
 * unknown properties of tagging bodies whose label survives) in place.
 */
export function withTags(annotation: Annotation, tags: readonly string[], now: string): Annotation {
  const wanted = [...new Set(tags)];
  const kept: Body[] = [];
  const seen = new Set<string>();
  for (const body of annotation.body) {
    if (isTextualBody(body, TAGGING)) {
      if (wanted.includes(body.value) && !seen.has(body.value)) {
        kept.push(body);
        seen.add(body.value);
      }
    } else {
      kept.push(body);
    }
  }
  for (const tag of wanted) {
    if (!seen.has(tag)) kept.push({ type: 'TextualBody', purpose: TAGGING, value: tag });
  }
  return { ...annotation, body: kept, modified: now };
}

/** Sets the note; an empty note removes the commenting body. */
export function withNote(annotation: Annotation, note: string, now: string): Annotation {
  const index = annotation.body.findIndex((b) => isTextualBody(b, COMMENTING));
  const body = [...annotation.body];
  if (note === '') {
    if (index >= 0) body.splice(index, 1);
  } else if (index >= 0) {
    body[index] = { ...(body[index] as TextualBody), value: note };
  } else {
    body.push({ type: 'TextualBody', purpose: COMMENTING, value: note });
  }
  return { ...annotation, body, modified: now };
}

export interface NewAnnotation {
  id: string;
  now: string;
  source: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  tags: readonly string[];
  note?: string;
}

export function createAnnotation(input: NewAnnotation): Annotation {
  const base: Annotation = {
    id: input.id,
    type: 'Annotation',
    motivation: input.tags.length > 0 ? TAGGING : 'highlighting',
    created: input.now,
    modified: input.now,
    body: [],
    target: { source: input.source, selector: [input.quote, input.position] },
  };
  const tagged = withTags(base, input.tags, input.now);
  return input.note ? withNote(tagged, input.note, input.now) : tagged;
}
