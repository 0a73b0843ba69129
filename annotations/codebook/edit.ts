/**
 * Editing one tag in place: colour, description, hotkey. A tag found only in
 * sidecars gets a codebook entry on its first edit.
 *
 * Hotkeys never collide: giving a tag a digit another tag answers to takes the
 * digit from that tag (it is left with none, and named, so the UI can say so)
 * rather than leaving two tags on one key.
 */
import { AnnotatorError } from '../errors';
import { defaultTagColor, effectiveTags, HOTKEYS, hotkeysOf, type Tag } from '../model/codebook';
import { knownLabels } from './known';

export interface TagPatch {
  /** `#rrggbb`. */
  color?: string;
  /** "" or null removes it. */
  description?: string | null;
  /** 1–9, or null for none. */
  hotkey?: number | null;
}

export interface Edited {
  tags: Tag[];
  /** The tag that had the digit and lost it. */
  displaced?: string;
}

export function editTag(codebook: readonly Tag[], used: Iterable<string>, label: string, patch: TagPatch): Edited {
  const usedLabels = [...used];
  if (!knownLabels(codebook, usedLabels).has(label)) throw new AnnotatorError('not-found', `There is no tag "${label}" in this set.`);
  if (patch.color !== undefined && !/^#[0-9a-fA-F]{6}$/u.test(patch.color)) {
    throw new AnnotatorError('invalid-argument', `"${patch.color}" is not a colour (#rrggbb).`);
  }
  if (patch.hotkey !== undefined && patch.hotkey !== null && !(HOTKEYS as readonly number[]).includes(patch.hotkey)) {
    throw new AnnotatorError('invalid-argument', `A hotkey is a digit from 1 to 9, not ${patch.hotkey}.`);
  }
  let tags: Tag[] = codebook.some((t) => t.label === label) ? [...codebook] : [...codebook, { label, color: defaultTagColor(label) }];
  let displaced: string | undefined;
  if (typeof patch.hotkey === 'number') {
    const holders = hotkeysOf(effectiveTags(tags, usedLabels));
    displaced = [...holders].find(([other, digit]) => digit === patch.hotkey && other !== label)?.[0];
    if (displaced !== undefined) {
      const loser = displaced;
      if (!tags.some((t) => t.label === loser)) tags.push({ label: loser, color: defaultTagColor(loser) });
      tags = tags.map((t) => (t.label === loser ? { ...t, hotkey: null } : t));
    }
  }
  tags = tags.map((t) => (t.label === label ? applyPatch(t, patch) : t));
  return displaced === undefined ? { tags } : { tags, displaced };
}

function applyPatch(tag: Tag, patch: TagPatch): Tag {
  const next: Tag = { ...tag };
  if (patch.color !== undefined) next.color = patch.color.toLowerCase();
  if (patch.description !== undefined) {
    const text = patch.description?.trim() ?? '';
    if (text === '') delete next.description;
    else next.description = text;
  }
  if (patch.hotkey !== undefined) next.hotkey = patch.hotkey;
  return next;
}
