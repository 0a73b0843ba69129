/**
 * The annotations under a click in the article: the ids of the highlight
 * clicked, or none when the click ended a drag (a selection) or missed the
 * highlights. Overlapping highlights are one flat mark with several ids.
 */
import { highlightIdsAt } from './context-target';

export function clickedAnnotationIds(event: MouseEvent): string[] {
  if (!window.getSelection()?.isCollapsed) return [];
  return highlightIdsAt(event.target);
}
