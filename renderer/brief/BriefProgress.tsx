/**
 * How far a brief being built has got, from the core's `briefProgress`
 * events: articles read of the set's, claims matched for possible
 * corroboration, then writing, as a ProgressLine.
 *
 * The component listens to the events itself, so that only it re-renders as
 * they arrive, not the brief or the workspace around it.
 */
import { useEffect, useState } from 'react';
import type { BriefProgressEvent } from '../../annotations/api/contract';
import { getApi } from '../api';
import { briefProgressWords, isCounted } from '../app/progress-words';
import { ProgressLine } from '../app/ProgressLine';

interface Props {
  label: string;
  task: BriefProgressEvent['task'];
  /** Show the bar before the first event arrives (the caller knows the task has started). */
  started?: boolean;
}

export function BriefProgress({ label, task, started = false }: Props): React.JSX.Element | null {
  const api = getApi();
  const [progress, setProgress] = useState<BriefProgressEvent | null>(null);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'briefProgress' && event.task === task) setProgress(event.phase === 'done' ? null : event);
      }),
    [api, task],
  );
  if (!progress && !started) return null;

  // Writing is one step: its bar has no count.
  return <ProgressLine label={label} words={briefProgressWords(progress)} count={isCounted(progress) ? progress : null} />;
}
