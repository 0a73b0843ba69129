/**
 * The per-annotation side of a codebook edit: a rename, merge or delete is a
 * mapping from old labels to new ones (null: removed), applied to the tagging
 * bodies of each annotation. Bodies keep their place and their unknown fields;
 * a label that now appears twice (a merge) is kept once.
 */
import { isTextualBody, TAGGING, type Annotation, type Body } from '../model/annotation';

/** Old label → new label, or null when the tag is removed. Labels not in it are left alone. */
export type TagMapping = ReadonlyMap<string, string | null>;

/** The annotation with the mapping applied, or null when it uses none of the mapped labels. */
export function retagAnnotation(annotation: Annotation, mapping: TagMapping, now: string): Annotation | null {
  const uses = annotation.body.some((b) => isTextualBody(b, TAGGING) && mapping.has(b.value));
  if (!uses) return null;
  const seen = new Set<string>();
  const body: Body[] = [];
  for (const b of annotation.body) {
    if (!isTextualBody(b, TAGGING)) {
      body.push(b);
      continue;
    }
    const label = mapping.has(b.value) ? mapping.get(b.value) : b.value;
    if (label === null || label === undefined || seen.has(label)) continue;
    seen.add(label);
    body.push(label === b.value ? b : { ...b, value: label });
  }
  // An annotation whose last tag goes stays, as a highlight: its quote and note are the analyst's.
  const motivation = seen.size === 0 && annotation.motivation === TAGGING ? 'highlighting' : annotation.motivation;
  return { ...annotation, body, motivation, modified: now };
}

/** Applies the mapping to a list; `changed` counts the annotations that used a mapped label. */
export function retagAll(annotations: readonly Annotation[], mapping: TagMapping, now: string): { annotations: Annotation[]; changed: number } {
  let changed = 0;
  const next = annotations.map((a) => {
    const retagged = retagAnnotation(a, mapping, now);
    if (retagged === null) return a;
    changed++;
    return retagged;
  });
  return { annotations: next, changed };
}
