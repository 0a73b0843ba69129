/**
 * The codebook after merging another copy's: tags only the other copy has
 * are added after this one's, with their colour and description; a tag both
 * have keeps this copy's colour, description and hotkey. A hotkey the other
 * copy gave a new tag is dropped when a tag here has that digit already.
 */
import type { Tag } from '../model/codebook';

export function codebookUnion(ours: readonly Tag[], theirs: readonly Tag[]): { tags: Tag[]; added: string[] } {
  const known = new Set(ours.map((t) => t.label));
  const digits = new Set(ours.map((t) => t.hotkey).filter((h): h is number => typeof h === 'number'));
  const tags = [...ours];
  const added: string[] = [];
  for (const tag of theirs) {
    if (known.has(tag.label)) continue;
    known.add(tag.label);
    const clash = typeof tag.hotkey === 'number' && digits.has(tag.hotkey);
    const { hotkey: _hotkey, ...rest } = tag;
    tags.push(clash ? rest : tag);
    if (typeof tag.hotkey === 'number' && !clash) digits.add(tag.hotkey);
    added.push(tag.label);
  }
  return { tags, added };
}
