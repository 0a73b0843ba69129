/**
 * Pure conversions from stored annotations to the views the UI receives.
 */
import { creatorNamesOf } from '../model/creator';
import type { AnchorResult } from '../anchoring/anchor';
import { noteOf, quoteSelectorOf, tagsOf, type Annotation } from '../model/annotation';
import { claimOf } from '../model/claim';
import type { AnnotationView } from './view-types';

export function toAnnotationView(annotation: Annotation, anchor: AnchorResult): AnnotationView {
  const view: AnnotationView = {
    id: annotation.id,
    start: anchor.start,
    end: anchor.end,
    exact: quoteSelectorOf(annotation)?.exact ?? '',
    tags: tagsOf(annotation),
    note: noteOf(annotation),
    status: anchor.status,
    created: annotation.created,
    modified: annotation.modified,
    ...claimOf(annotation),
  };
  const creators = creatorNamesOf(annotation);
  if (creators.length > 0) view.creators = creators;
  return anchor.status === 'fuzzy' ? { ...view, score: anchor.score } : view;
}
