/** What "Merge from another copy…" did, in words for the notice. */
import type { CopyMergeResult } from '../../annotations/api/view-types';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function mergeSummary(result: CopyMergeResult): { text: string; problem: boolean } {
  const parts = [
    `${count(result.added, 'annotation', 'annotations')} brought in`,
    `${count(result.taken, 'change', 'changes')} taken`,
    ...(result.deletedHere > 0 ? [`${count(result.deletedHere, 'annotation', 'annotations')} you deleted left deleted`] : []),
    ...(result.tagsAdded.length > 0 ? [`${count(result.tagsAdded.length, 'tag', 'tags')} added to the codebook`] : []),
  ];
  const lines = [`Merged from ${result.from}: ${parts.join(', ')}.`];
  if (result.conflicts.length > 0) {
    lines.push(
      `${count(result.conflicts.length, 'annotation was', 'annotations were')} changed in both copies; yours ${result.conflicts.length === 1 ? 'is' : 'are'} kept, the other version beside it: ` +
        result.conflicts.map((c) => `${c.id} in ${c.file} (${c.keptAside})`).join('; ') +
        '.',
    );
  }
  const refused = [...result.refused, ...result.failed];
  if (refused.length > 0) lines.push(`Not merged: ${refused.map((r) => `${r.file} (${r.reason})`).join('; ')}.`);
  return { text: lines.join(' '), problem: result.conflicts.length > 0 || refused.length > 0 };
}
