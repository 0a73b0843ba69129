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

export interface TagOption {
  label: string;
  /** 0 for a top-level tag, 1 for its children, … */
  depth: number;
}

/**
 * The tags to offer in a filter or a tag picker: every label, each parent
 * before its children (a parent that is only a prefix, `Security` of
 * `Security/Guarantees`, is offered too, since choosing it is how one asks
 * for all its children). Top-level order is the order given (codebook order).
 */
export function tagOptions(labels: readonly string[]): TagOption[] {
  const all = new Set<string>();
  for (const label of labels) {
    const parts = label.split(TAG_PATH_SEPARATOR);
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join(TAG_PATH_SEPARATOR));
  }
  const childrenOf = (parent: string | null) =>
    [...all].filter((label) => {
      const cut = label.lastIndexOf(TAG_PATH_SEPARATOR);
      return parent === null ? cut === -1 : cut !== -1 && label.slice(0, cut) === parent;
    });
  const out: TagOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const label of childrenOf(parent)) {
      out.push({ label, depth });
      walk(label, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
