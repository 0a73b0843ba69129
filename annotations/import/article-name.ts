/**
 * The file name of an imported article: from its title, else from the source
 * file's name; made a valid name on every platform (model/file-name.ts), and
 * unique in the set, so an import never overwrites an article nor picks up
 * the annotations file an earlier article of that name left behind.
 */
import { fileNameProblem } from '../model/file-name';
import { sidecarNameFor } from '../sidecar/schema';

/** Long enough to tell articles apart in a file manager, short enough for every file system with room for " (n)" and the sidecar suffix. */
export const MAX_STEM_LENGTH = 80;
const FALLBACK_STEM = 'Imported article';

/** The source's name without its folder and extension. */
export function stemOfSourceName(name: string): string {
  const base = name.split(/[\\/]/u).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** A file stem that is valid everywhere: no reserved characters, no leading dot (hidden), no trailing dot or space, not a device. */
export function safeStem(wanted: string): string {
  let stem = wanted
    .normalize('NFC')
    // Control characters, characters Windows reserves, and invisible or direction-changing ones (a name must read as it is).
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '');
  const chars = Array.from(stem);
  if (chars.length > MAX_STEM_LENGTH) {
    const cut = chars.slice(0, MAX_STEM_LENGTH).join('');
    // At a word boundary when there is one in the second half.
    const space = cut.lastIndexOf(' ');
    stem = space > MAX_STEM_LENGTH / 2 ? cut.slice(0, space) : cut;
  }
  stem = stem.replace(/[.\s]+$/u, '');
  if (stem === '') return FALLBACK_STEM;
  if (fileNameProblem(`${stem}.txt`) !== null) return `${stem} (article)`;
  return stem;
}

/**
 * `<stem>.txt`, else `<stem> (2).txt`, … : the first whose name and sidecar
 * name are both free. `taken` holds the folder's names in lower case (a
 * set is shared across case-insensitive file systems).
 */
export function uniqueArticleName(wanted: string, taken: ReadonlySet<string>): string {
  const stem = safeStem(wanted);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.txt` : `${stem} (${n}).txt`;
    if (!taken.has(name.toLowerCase()) && !taken.has(sidecarNameFor(name).toLowerCase())) return name;
  }
}
