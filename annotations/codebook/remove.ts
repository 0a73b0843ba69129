/**
 * Deleting a tag: it leaves the codebook and every annotation, with the tags
 * under it (`Security` takes `Security/Guarantees` along). Annotations stay,
 * as highlights if it was their only tag: the quote and note are not the
 * tag's to take. Undo brings everything back (history/).
 */
import type { Tag } from '../model/codebook';
import { knownLabels, requireKnown } from './known';
import { isWithin } from './labels';
import type { Relabelled } from './rename';

export function deleteTag(codebook: readonly Tag[], used: Iterable<string>, label: string): Relabelled {
  const known = knownLabels(codebook, used);
  requireKnown(known, label);
  const mapping = new Map<string, string | null>([...known].filter((l) => isWithin(l, label)).map((l) => [l, null]));
  return { tags: codebook.filter((t) => !mapping.has(t.label)), mapping };
}
