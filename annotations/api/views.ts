/**
 * Pure conversions from stored annotations to the views the UI receives.
 */
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
  return anchor.status === 'fuzzy' ? { ...view, score: anchor.score } : view;
}

/**
 * A title taken from the text is cut to this many code points (the most a
 * title the analyst sets may have): a first line can be a whole paragraph, or
 * a 2 MB file with no line break, and the title is shown in many places.
 */
export const DERIVED_TITLE_LENGTH = 500;

/**
 * An article's title: the one the user set, else its first non-empty line
 * (cut to DERIVED_TITLE_LENGTH with an ellipsis), else its file name.
 */
export function articleTitle(storedTitle: string | undefined, text: string, file: string): string {
  if (storedTitle && storedTitle.trim() !== '') return storedTitle.trim();
  const line = /\S[^\r\n]*/u.exec(text)?.[0].trimEnd();
  if (!line) return file;
  if (line.length <= DERIVED_TITLE_LENGTH) return line;
  // At most two UTF-16 units per code point: this slice holds enough of a huge line.
  const chars = Array.from(line.slice(0, DERIVED_TITLE_LENGTH * 2));
  if (chars.length <= DERIVED_TITLE_LENGTH && line.length <= DERIVED_TITLE_LENGTH * 2) return line;
  return `${chars.slice(0, DERIVED_TITLE_LENGTH - 1).join('').trimEnd()}…`;
}
