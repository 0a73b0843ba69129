/**
 * Merging tag `from` into `into`: every annotation tagged `from` is tagged
 * `into` instead (once, if it had both), and `from` leaves the codebook;
 * `into` keeps its colour, description and hotkey. Labels under `from` move
 * under `into` the same way (`A/x` into `B` becomes `B/x`, merged with an
 * existing `B/x`).
 */
import { AnnotatorError } from '../errors';
import type { Tag } from '../model/codebook';
import { knownLabels, requireKnown } from './known';
import { isWithin, moveLabel } from './labels';
import type { Relabelled } from './rename';

export function mergeTags(codebook: readonly Tag[], used: Iterable<string>, from: string, into: string): Relabelled {
  const known = knownLabels(codebook, used);
  requireKnown(known, from);
  requireKnown(known, into);
  if (from === into) throw new AnnotatorError('invalid-argument', `A tag cannot be merged into itself ("${from}").`);
  if (isWithin(into, from)) throw new AnnotatorError('invalid-argument', `"${from}" cannot be merged into "${into}", which is under it.`);
  const mapping = new Map<string, string | null>([...known].filter((l) => isWithin(l, from)).map((l) => [l, moveLabel(l, from, into)]));
  const staying = new Set(codebook.map((t) => t.label).filter((l) => !mapping.has(l)));
  const tags: Tag[] = [];
  for (const tag of codebook) {
    const target = mapping.get(tag.label);
    if (target === undefined || target === null) tags.push(tag);
    // The target has an entry of its own: it wins, the merged one goes.
    else if (!staying.has(target)) tags.push({ ...tag, label: target });
  }
  return { tags, mapping };
}
