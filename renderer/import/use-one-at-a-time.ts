/**
 * Long work started from a menu or a button (an import, an export) runs one
 * at a time: a second start while one runs is told, not queued; a failure is
 * told in a notice; `ended` runs whatever happened.
 */
import { useCallback, useRef } from 'react';
import { useNotices } from '../app/notices';

export function useOneAtATime(words: { busy?: string; failed: string }, ended: () => void): (work: () => Promise<void>) => void {
  const notices = useNotices();
  const running = useRef(false);
  const { busy, failed } = words;
  return useCallback(
    (work: () => Promise<void>) => {
      if (running.current) {
        if (busy !== undefined) notices.info(busy);
        return;
      }
      running.current = true;
      work()
        .catch((error: Error) => notices.error(`${failed}: ${error.message}`))
        .finally(() => {
          running.current = false;
          ended();
        });
    },
    [notices, busy, failed, ended],
  );
}
