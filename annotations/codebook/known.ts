/** The labels a codebook edit can act on: those of the codebook and those only found in sidecars. */
import { AnnotatorError } from '../errors';
import type { Tag } from '../model/codebook';
import { isWithin } from './labels';

export function knownLabels(codebook: readonly Tag[], used: Iterable<string>): Set<string> {
  return new Set([...codebook.map((t) => t.label), ...used]);
}

/** Throws 'not-found' unless `label`, or some label under it, is known. */
export function requireKnown(known: ReadonlySet<string>, label: string): void {
  if (![...known].some((l) => isWithin(l, label))) throw new AnnotatorError('not-found', `There is no tag "${label}" in this set.`);
}
