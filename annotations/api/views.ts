/**
 * Pure conversions from stored annotations to the views the UI receives.
 */
import type { AnchorResult } from '../anchoring/anchor';
import { noteOf, quoteSelectorOf, tagsOf, type Annotation } from '../model/annotation';
import { claimOf } from '../model/claim';
import type { AnnotationView } from './contract';

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
  return anchor.status === 'fuzzy' ? { ...view, score: anchor.score } : view;
}

/**
 * An article's title: the one the user set, else its first non-empty line,
 * else its file name.
 */
export function articleTitle(storedTitle: string | undefined, text: string, file: string): string {
  if (storedTitle && storedTitle.trim() !== '') return storedTitle.trim();
  for (const line of text.split(/\r\n|\n|\r/u)) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return file;
}
