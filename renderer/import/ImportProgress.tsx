/**
 * The progress of a running import, from the core's `importProgress`
 * events: a bar with an accessible name, and the file being converted in
 * words. It listens to the events itself, so only it re-renders as they come.
 */
import { useEffect, useState } from 'react';
import type { ImportProgressEvent } from '../../annotations/api/contract';
import { getApi } from '../api';
import type { ImportRun } from './use-article-import';
import './import.css';

export function ImportProgress({ run }: { run: ImportRun }): React.JSX.Element {
  const api = getApi();
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  useEffect(() => api.onEvent((event) => event.type === 'importProgress' && setProgress(event)), [api]);

  // A dialog import knows its total only from the events; a drop knows it beforehand (several calls make one import).
  const total = run.total > 0 ? run.total : (progress?.total ?? 0);
  const done = Math.min(total, run.offset + (progress && !progress.finished ? progress.done : (progress?.total ?? 0)));
  const words = total === 0 ? 'starting…' : `${done} of ${total} files${progress?.current && !progress.finished ? ` (${progress.current})` : ''}`;
  return (
    <div className="import-progress" role="status">
      <span className="import-progress__text">Importing articles: {words}</span>
      {total > 0 ? (
        <progress aria-label="Importing articles" aria-valuetext={words} max={total} value={done} />
      ) : (
        <progress aria-label="Importing articles" aria-valuetext={words} />
      )}
    </div>
  );
}
