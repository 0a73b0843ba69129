/** The state of long work in words, as a progress bar's value text and beside it. */
import type { BriefProgressEvent, MatchProgressEvent } from '../../annotations/api/contract';

const count = (done: number, total: number) => `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;

/** Whether the event counts steps (a bar with a value) rather than one step of unknown length. */
export function isCounted(progress: BriefProgressEvent | MatchProgressEvent | null): progress is BriefProgressEvent | MatchProgressEvent {
  return progress !== null && progress.phase !== 'done' && progress.phase !== 'writing' && progress.total > 0;
}

export function briefProgressWords(progress: BriefProgressEvent | null): string {
  if (progress?.phase === 'writing') return 'writing…';
  if (!isCounted(progress)) return 'starting…';
  return progress.phase === 'matching' ? `finding possible corroboration, claim ${count(progress.done, progress.total)}` : `reading article ${count(progress.done, progress.total)}`;
}

export function matchProgressWords(progress: MatchProgressEvent | null): string {
  if (!isCounted(progress)) return 'starting…';
  return progress.phase === 'reading' ? `reading article ${count(progress.done, progress.total)}` : `scoring claim ${count(progress.done, progress.total)}`;
}
