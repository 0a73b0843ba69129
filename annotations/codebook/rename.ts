/**
 * Renaming a tag: the codebook entry keeps its colour, description and
 * hotkey, and every label under it moves along (`Security/Guarantees` follows
 * `Security`). Renaming onto a label that exists is refused: that is a merge,
 * and the analyst has to say so.
 */
import { AnnotatorError } from '../errors';
import type { Tag } from '../model/codebook';
import { knownLabels, requireKnown } from './known';
import { isWithin, moveLabel, parseLabel } from './labels';

export interface Relabelled {
  /** The codebook after the edit. */
  tags: Tag[];
  /** Every affected label, old → new (null: removed), for the annotations (retag.ts). */
  mapping: Map<string, string | null>;
}

export function renameTag(codebook: readonly Tag[], used: Iterable<string>, from: string, rawTo: string): Relabelled {
  const to = parseLabel(rawTo);
  const known = knownLabels(codebook, used);
  requireKnown(known, from);
  if (to === from) throw new AnnotatorError('invalid-argument', `"${from}" already has that label.`);
  const moved = [...known].filter((l) => isWithin(l, from));
  const mapping = new Map<string, string | null>(moved.map((l) => [l, moveLabel(l, from, to)]));
  const taken = [...mapping.values()].filter((l): l is string => l !== null && known.has(l) && !mapping.has(l));
  if (taken.length > 0) {
    throw new AnnotatorError('invalid-argument', `A tag "${taken[0]}" exists already. To put the annotations of "${from}" under it, merge the tags instead.`);
  }
  const tags = codebook.map((t) => (mapping.has(t.label) ? { ...t, label: mapping.get(t.label) as string } : t));
  return { tags, mapping };
}
