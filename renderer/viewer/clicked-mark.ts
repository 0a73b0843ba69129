/**
 * The annotations under a click in the article: the ids of the highlight
 * clicked, or none when the click ended a drag (a selection) or missed the
 * highlights. Overlapping highlights are one flat mark with several ids.
 */
export function clickedAnnotationIds(event: MouseEvent): string[] {
  if (!window.getSelection()?.isCollapsed) return [];
  const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('mark[data-annotation-ids]') : null;
  return mark?.dataset['annotationIds']?.split(' ').filter(Boolean) ?? [];
}
