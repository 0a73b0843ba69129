/** What a codebook action, undo or redo did, in words for the notices. */
import type { SetEditResult } from '../../annotations/api/contract';

export function describeEdit(result: SetEditResult, verb: string): string {
  const where = result.updated.length === 0 ? '' : ` in ${result.updated.length === 1 ? '1 article' : `${result.updated.length} articles`}`;
  return `${verb}: ${result.label}${where}.`;
}

/** Null when every file was changed. */
export function describeFailures(result: SetEditResult): string | null {
  if (result.failed.length === 0) return null;
  const list = result.failed.map((f) => `${f.file} (${f.reason})`).join('; ');
  return `${result.label}: not done in ${list}.`;
}
