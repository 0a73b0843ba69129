/**
 * Names of files inside a set, checked the same way on every platform: a set
 * is meant to be copied, shared and put under version control, so a name that
 * means something else on Windows is refused on Linux and macOS too.
 */

/** Windows devices, whatever the extension (`CON`, `nul.txt`, `COM1.log`…), in any case. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/iu;

/** Why `name` cannot be a file of a set, or null when it can. */
export function fileNameProblem(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return 'not a file name';
  if (name.includes('\0')) return 'it contains a NUL character';
  if (/[\\/]/u.test(name)) return 'it names a folder';
  // Windows drops trailing dots and spaces: "a.txt." would be "a.txt" there.
  if (/[. ]$/u.test(name)) return 'it ends with a dot or a space, which Windows drops';
  if (WINDOWS_DEVICE.test(name)) return 'it is the name of a device on Windows (CON, NUL, COM1…); rename the file';
  return null;
}
