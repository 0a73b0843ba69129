/**
 * The codebook as a tree for display: a tag sits under the nearest tag whose
 * label is a prefix level of its own (`Security/Guarantees` under
 * `Security`); siblings keep codebook order. A parent without an entry of its
 * own does not appear: its children stay at the level above.
 */
import { isWithin } from '../../annotations/codebook/labels';

export interface TagNode<T extends { label: string }> {
  tag: T;
  /** The part of the label below the parent's, as the tree shows it. */
  name: string;
  children: TagNode<T>[];
}

export function tagTree<T extends { label: string }>(tags: readonly T[]): TagNode<T>[] {
  const parentOf = (tag: T): T | undefined =>
    tags
      .filter((other) => other !== tag && other.label !== tag.label && isWithin(tag.label, other.label))
      .sort((a, b) => b.label.length - a.label.length)[0];
  const build = (parent: T | undefined): TagNode<T>[] =>
    tags
      .filter((tag) => parentOf(tag) === parent)
      .map((tag) => ({ tag, name: parent ? tag.label.slice(parent.label.length + 1) : tag.label, children: build(tag) }));
  return build(undefined);
}

