/**
 * What the app was asked to open, from its command line (a launch, or a
 * second launch handed over to the first) or from the system (macOS's
 * `open-file`: a file dropped on the Dock icon, or opened with the app). A
 * folder is a set; an annotations file (`<article>.annotations.json`) stands
 * for the set it belongs to: its folder. A link back to an annotation
 * (`research-annotator://open?…`) comes on the command line on Windows and
 * Linux, which hand it to the app as an argument; it is never a path. Pure: what is on disk comes in as a
 * `PathKind`, so every rule is tested without a disk or Electron.
 */
import path from 'node:path';
import { isAnnotationLink } from '../annotations/links/annotation-link';

/** The sidecar's ending (sidecar/schema.ts `sidecarNameFor`): `<article>.txt.annotations.json`. */
export const ANNOTATIONS_SUFFIX = '.annotations.json';

export type PathKind = 'directory' | 'file' | 'missing' | 'other';

export class LaunchTargetError extends Error {
  constructor(
    readonly target: string,
    problem: string,
  ) {
    super(`${target}: ${problem}`);
    this.name = 'LaunchTargetError';
  }
}

/**
 * The path the command line names, or null. `argv` is the process's:
 * packaged `[app, ...args]`, in development `[electron, appPath, ...args]`.
 * Flags are skipped: Chromium's switches (which Electron may add to a second
 * launch's argv), macOS's `-psn_…`, and everything after none of them. A
 * relative path is taken from `workingDirectory` (the second launch's own).
 */
export function pathFromArgv(argv: readonly string[], options: { packaged: boolean; workingDirectory: string }): string | null {
  const target = argsOf(argv, options.packaged).find((arg) => arg.length > 0 && !arg.startsWith('-') && !isAnnotationLink(arg));
  return target === undefined ? null : path.resolve(options.workingDirectory, target);
}

/** The link to an annotation the command line carries (the desktop's way of handing one over), or null. */
export function linkFromArgv(argv: readonly string[], options: { packaged: boolean }): string | null {
  return argsOf(argv, options.packaged).find(isAnnotationLink) ?? null;
}

function argsOf(argv: readonly string[], packaged: boolean): readonly string[] {
  return argv.slice(packaged ? 1 : 2);
}

/** The set folder a path stands for, given what it is on disk; throws a `LaunchTargetError` naming it and why not. */
export function setFolderFor(target: string, kind: PathKind): string {
  if (kind === 'missing') throw new LaunchTargetError(target, 'there is no such file or folder.');
  if (kind === 'directory') return target;
  if (kind === 'file' && path.basename(target).toLowerCase().endsWith(ANNOTATIONS_SUFFIX)) return path.dirname(target);
  throw new LaunchTargetError(
    target,
    `not a set: open a folder of articles, or an annotations file (…${ANNOTATIONS_SUFFIX}) to open the set it belongs to.`,
  );
}
