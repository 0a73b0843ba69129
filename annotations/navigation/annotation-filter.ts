/**
 * Which annotations of an article the panel shows, given the analyst's
 * filters. Pure: the panel and its tests share this one definition.
 *
 * Within one kind of filter the choices are alternatives (tag A or tag B);
 * across kinds they all apply (tag A and stance "disputes" and "to review").
 * An empty choice list means "do not filter on this".
 */
import type { AnchorStatus } from '../anchoring/anchor';
import { STANCES, type Stance } from '../model/claim';
import { hasTagUnder } from './tag-tree';

/** Stances as a filter offers them: `none` stands for annotations without a stance. */
export type StanceChoice = Stance | 'none';
export const STANCE_CHOICES: readonly StanceChoice[] = [...STANCES, 'none'];

/**
 * Anchor statuses as the analyst thinks of them: `anchored` (exact or moved:
 * found, nothing to do), `review` (fuzzy: found approximately, to confirm),
 * `orphan` (not found in the current text).
 */
export type StatusChoice = 'anchored' | 'review' | 'orphan';
export const STATUS_CHOICES: readonly StatusChoice[] = ['anchored', 'review', 'orphan'];

export const STATUS_LABELS: Record<StatusChoice, string> = {
  anchored: 'Anchored',
  review: 'To review',
  orphan: 'Not found',
};

export interface AnnotationFilter {
  /** Tag labels; a parent tag includes its children (`Security` covers `Security/Guarantees`). */
  tags: readonly string[];
  stances: readonly StanceChoice[];
  statuses: readonly StatusChoice[];
}

export const NO_FILTER: AnnotationFilter = { tags: [], stances: [], statuses: [] };

/** The fields of an annotation the filter looks at (AnnotationView has them all). */
export interface Filterable {
  tags: readonly string[];
  stance?: Stance | undefined;
  status: AnchorStatus;
}

export function statusChoiceOf(status: AnchorStatus): StatusChoice {
  if (status === 'orphan') return 'orphan';
  if (status === 'fuzzy') return 'review';
  return 'anchored';
}

export function isFilterActive(filter: AnnotationFilter): boolean {
  return filter.tags.length > 0 || filter.stances.length > 0 || filter.statuses.length > 0;
}

export function matchesFilter(annotation: Filterable, filter: AnnotationFilter): boolean {
  if (filter.tags.length > 0 && !hasTagUnder(annotation.tags, filter.tags)) return false;
  if (filter.stances.length > 0 && !filter.stances.includes(annotation.stance ?? 'none')) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(statusChoiceOf(annotation.status))) return false;
  return true;
}

export function filterAnnotations<A extends Filterable>(annotations: readonly A[], filter: AnnotationFilter): A[] {
  return isFilterActive(filter) ? annotations.filter((a) => matchesFilter(a, filter)) : [...annotations];
}

/** Adds `value` to the list, or takes it out if it is there (a checkbox in a filter menu). */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
