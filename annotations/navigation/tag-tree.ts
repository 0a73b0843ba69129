/**
 * Hierarchical tags: a label like `Security/Guarantees` sits under
 * `Security`. Choosing a parent tag in a filter or the tag view includes its
 * children, as in Taguette and MAXQDA.
 */

export const TAG_PATH_SEPARATOR = '/';

/** True when `label` is `tag` itself or one of its descendants. */
export function isUnderTag(label: string, tag: string): boolean {
  return label === tag || label.startsWith(tag + TAG_PATH_SEPARATOR);
}

/** True when any of `labels` is under any of `chosen` (several chosen tags: any of them). */
export function hasTagUnder(labels: readonly string[], chosen: readonly string[]): boolean {
  return labels.some((label) => chosen.some((tag) => isUnderTag(label, tag)));
}
