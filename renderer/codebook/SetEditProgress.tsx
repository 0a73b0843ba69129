/** "Updating articles: 250 of 1,000" while a set-wide codebook action runs (setEditProgress events). */
import { useEffect, useState } from 'react';
import { getApi } from '../api';

export function SetEditProgress(): React.JSX.Element {
  const api = getApi();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'setEditProgress') setProgress({ done: event.done, total: event.total });
      }),
    [api],
  );
  return (
    <p className="codebook__progress" role="status">
      {progress && progress.total > 0 ? (
        <>
          Updating articles: {progress.done.toLocaleString()} of {progress.total.toLocaleString()}{' '}
          <progress value={progress.done} max={progress.total} aria-label="Articles updated" />
        </>
      ) : (
        'Reading the articles of the set…'
      )}
    </p>
  );
}
