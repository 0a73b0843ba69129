/**
 * The codebook: the tags of a set, with colours and descriptions. Stored in an
 * optional `annotation-set.json` in the set folder. Tags used in sidecars but
 * missing from the codebook still appear, with a colour derived from the label.
 */

export interface Tag {
  label: string;
  /** CSS hex colour, `#rrggbb`. */
  color: string;
  description?: string;
  /**
   * The digit key (1–9) the analyst assigned to this tag, or null for "none".
   * Absent: the tag takes a free digit in codebook order (hotkeysOf).
   */
  hotkey?: number | null;
  [key: string]: unknown;
}

/** Contents of `annotation-set.json`. Unknown fields are kept on save. */
export interface SetFile {
  format: 'research-annotator/set';
  version: 1;
  name?: string;
  tags: Tag[];
  [key: string]: unknown;
}

export const SET_FILE_NAME = 'annotation-set.json';

/**
 * Colour-blind-aware palette (Okabe–Ito based, lightened to work as a
 * highlight behind black text).
 */
export const TAG_PALETTE = [
  '#f6c85f', // yellow
  '#7ec8e3', // sky
  '#f4a582', // orange
  '#9ad0a4', // green
  '#c9a0dc', // purple
  '#f7a1c4', // pink
  '#b8c4d6', // slate
  '#e8d37a', // olive
] as const;

/**
 * Grey: where a colour is drawn for no tag, or for a tag not among those
 * given (an untagged highlight, a heatmap row). The renderer's styles fall
 * back to the same grey.
 */
export const UNTAGGED_COLOR = '#d9d9d9';

/** A stable colour for a label that has none: the same label always gets the same colour. */
export function defaultTagColor(label: string): string {
  let hash = 0;
  for (const ch of label) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return TAG_PALETTE[hash % TAG_PALETTE.length] as string;
}

/** The next palette colour not yet used in the codebook (cycling when all are taken). */
export function nextTagColor(tags: readonly Tag[]): string {
  const used = new Set(tags.map((t) => t.color.toLowerCase()));
  return TAG_PALETTE.find((c) => !used.has(c)) ?? (TAG_PALETTE[tags.length % TAG_PALETTE.length] as string);
}

/**
 * Normalizes a label typed by the user: trimmed, inner whitespace collapsed,
 * none around the `/` of a hierarchical label (`Security / Guarantees` is
 * `Security/Guarantees`).
 */
export function normalizeTagLabel(raw: string): string {
  return raw.trim().replace(/\s+/gu, ' ').replace(/ ?\/ ?/gu, '/');
}

/**
 * The codebook as the UI shows it: codebook tags in their order, then tags
 * found only in sidecars (sorted), each with a colour.
 */
export function effectiveTags(codebook: readonly Tag[], usedLabels: Iterable<string>): Tag[] {
  const known = new Set(codebook.map((t) => t.label));
  const extra = [...new Set(usedLabels)].filter((l) => !known.has(l)).sort((a, b) => a.localeCompare(b));
  return [...codebook, ...extra.map((label) => ({ label, color: defaultTagColor(label) }))];
}

export const HOTKEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The digit each tag answers to: hotkeys the analyst assigned are kept (the
 * first tag to claim a digit wins, so two tags never share one), and the
 * digits left over go to the remaining tags in codebook order, so a fresh
 * codebook gets 1–9 on its first nine tags.
 */
export function hotkeysOf(tags: readonly Tag[]): Map<string, number> {
  const result = new Map<string, number>();
  const taken = new Set<number>();
  for (const tag of tags) {
    const key = tag.hotkey;
    if (typeof key === 'number' && (HOTKEYS as readonly number[]).includes(key) && !taken.has(key)) {
      result.set(tag.label, key);
      taken.add(key);
    }
  }
  const free = HOTKEYS.filter((k) => !taken.has(k));
  for (const tag of tags) {
    if (free.length === 0) break;
    if (!result.has(tag.label) && tag.hotkey === undefined) result.set(tag.label, free.shift() as number);
  }
  return result;
}
