/**
 * How far the review queue being worked out has got, from the core's
 * `matchProgress` events: the set's articles read into the match index, then
 * its claims scored. On a large set the first queue takes seconds; a bar
 * with an accessible name, and the count in words, say it is moving.
 *
 * The component listens to the events itself, so that only it re-renders as
 * they arrive.
 */
import { useEffect, useState } from 'react';
import type { MatchProgressEvent } from '../../annotations/api/contract';
import { getApi } from '../api';
import { isCounted, matchProgressWords } from '../app/progress-words';
import { ProgressLine } from '../app/ProgressLine';

const LABEL = 'Finding the claims with suggestions';

export function MatchProgress(): React.JSX.Element {
  const api = getApi();
  const [progress, setProgress] = useState<MatchProgressEvent | null>(null);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'matchProgress') setProgress(event.phase === 'done' ? null : event);
      }),
    [api],
  );
  return <ProgressLine label={LABEL} words={matchProgressWords(progress)} count={isCounted(progress) ? progress : null} />;
}
