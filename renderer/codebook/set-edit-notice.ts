/** What a codebook action, undo or redo did, in words for the notices. */
import type { SetEditResult } from '../../annotations/api/view-types';
import type { Notices } from '../app/notices';

/** "Merge “A” into “B”: 3 articles updated." or, for an undo, "Undone: Merge “A” into “B”: 3 articles updated." */
export function describeEdit(result: SetEditResult, prefix?: 'Undone' | 'Redone'): string {
  const n = result.updated.length;
  const where = n === 0 ? '' : `: ${n === 1 ? '1 article' : `${n} articles`} updated`;
  const taken = result.hotkeyTakenFrom ? ` “${result.hotkeyTakenFrom}” has no hotkey now.` : '';
  return `${prefix ? `${prefix}: ` : ''}${result.label}${where}.${taken}`;
}

/** Null when every file was changed. */
export function describeFailures(result: SetEditResult): string | null {
  if (result.failed.length === 0) return null;
  const list = result.failed.map((f) => `${f.file} (${f.reason})`).join('; ');
  return `${result.label}: not done in ${list}.`;
}

/** Tells the analyst what an edit did: what changed as a notice, the files it could not change as an error. */
export function announceEdit(notices: Pick<Notices, 'info' | 'error'>, result: SetEditResult, prefix?: 'Undone' | 'Redone'): void {
  notices.info(describeEdit(result, prefix));
  const failures = describeFailures(result);
  if (failures) notices.error(failures);
}
