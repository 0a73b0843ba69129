/**
 * What a right-click in the article is on: the highlight under the pointer,
 * and its citation. Where highlights overlap (one mark with several ids),
 * the shortest is the one the pointer is most surely on.
 */
import type { AnnotationView } from '../../annotations/api/view-types';

/** The ids of the highlight under `target` (none off the highlights). */
export function highlightIdsAt(target: EventTarget | null): string[] {
  const mark = target instanceof Element ? target.closest<HTMLElement>('mark[data-annotation-ids]') : null;
  return mark?.dataset['annotationIds']?.split(' ').filter(Boolean) ?? [];
}

/** The citation of the shortest of these highlights, or undefined when there is none. */
export function citationFor(ids: readonly string[], store: { annotation(id: string): AnnotationView | undefined }, cite: (annotation: AnnotationView) => string): string | undefined {
  const annotations = ids.map((id) => store.annotation(id)).filter((a): a is AnnotationView => a !== undefined);
  const length = (a: AnnotationView) => (a.start === null || a.end === null ? Infinity : a.end - a.start);
  const shortest = annotations.sort((a, b) => length(a) - length(b))[0];
  return shortest === undefined ? undefined : cite(shortest);
}
