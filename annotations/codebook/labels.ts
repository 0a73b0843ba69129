/**
 * Tag labels: how a typed label is cleaned up, what makes one invalid, and the
 * hierarchy `/` gives them (`Security/Guarantees` sits under `Security`).
 * A parent needs no codebook entry of its own: the hierarchy is in the labels.
 */
import { AnnotatorError } from '../errors';
import { normalizeTagLabel } from '../model/codebook';

export const TAG_SEPARATOR = '/';
export const MAX_LABEL_LENGTH = 200;

/** Why `label` (already normalized) cannot be a tag label, or null. */
export function labelProblem(label: string): string | null {
  if (label === '') return 'a tag needs a label';
  if ([...label].length > MAX_LABEL_LENGTH) return `a label has at most ${MAX_LABEL_LENGTH} characters`;
  if (label.split(TAG_SEPARATOR).some((part) => part === '')) return `each level of "${label}" needs a name (no leading, trailing or double "/")`;
  return null;
}

/** The label as typed, normalized (model/codebook normalizeTagLabel), or an 'invalid-argument' error saying why not. */
export function parseLabel(raw: string): string {
  const label = normalizeTagLabel(raw);
  const problem = labelProblem(label);
  if (problem) throw new AnnotatorError('invalid-argument', `"${raw}" cannot be a tag label: ${problem}.`);
  return label;
}

/** True for `ancestor` itself and every label under it. */
export function isWithin(label: string, ancestor: string): boolean {
  return label === ancestor || label.startsWith(ancestor + TAG_SEPARATOR);
}

/** `label`, which is within `from`, moved under `to`: `Security/Guarantees` from `Security` to `Safety` is `Safety/Guarantees`. */
export function moveLabel(label: string, from: string, to: string): string {
  return to + label.slice(from.length);
}

/** `Security` for `Security/Guarantees`; null at the top level. */
export function parentOf(label: string): string | null {
  const at = label.lastIndexOf(TAG_SEPARATOR);
  return at < 0 ? null : label.slice(0, at);
}

/** The last level of a label, as a tree shows it. */
export function leafOf(label: string): string {
  return label.slice(label.lastIndexOf(TAG_SEPARATOR) + 1);
}
