/**
 * Git's merge-conflict markers in a file: a sidecar a `git merge` or
 * `git pull` left half-merged holds both versions between `<<<<<<<`,
 * `=======` and `>>>>>>>` lines. It is not JSON, and must never be read as
 * if it were one side or the other: the analyst resolves it in git (or takes
 * one side with `git checkout --ours/--theirs`), and the message says where.
 */

const MARKER = /^(<{7}|={7}|>{7}|\|{7})(?: |$)/u;

/** The first marker line (1-based) and its text, or null when there is none. */
export function firstConflictMarker(text: string): { line: number; text: string } | null {
  const lines = text.split(/\r?\n/u);
  for (const [i, line] of lines.entries()) {
    if (MARKER.test(line)) return { line: i + 1, text: line.length > 60 ? `${line.slice(0, 60)}…` : line };
  }
  return null;
}

/** The problem in words, or null. */
export function conflictMarkerProblem(text: string): string | null {
  const marker = firstConflictMarker(text);
  if (marker === null) return null;
  return (
    `it holds an unresolved git merge conflict (line ${marker.line}: "${marker.text}"). ` +
    'Resolve the conflict in git (or keep one side with "git checkout --ours" or "--theirs"), then reopen the set'
  );
}
