/**
 * File ▸ Export Project… (and for NVivo) and Codebook ▸ Export Codebook…:
 * the set for other qualitative analysis tools (REFI-QDA). One export at a
 * time; while it runs a status says so, and the outcome is told in a notice.
 */
import { useCallback, useState } from 'react';
import type { PositionUnit } from '../../annotations/refi-qda/positions';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { useOneAtATime } from './use-one-at-a-time';

export interface RefiExport {
  /** What is being exported, in words; null when nothing is. */
  running: string | null;
  exportProject(positions: PositionUnit): void;
  exportCodebook(): void;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function useRefiExport(): RefiExport {
  const api = getApi();
  const notices = useNotices();
  const [running, setRunning] = useState<string | null>(null);
  const ended = useCallback(() => setRunning(null), []);
  const oneAtATime = useOneAtATime({ failed: 'Not exported' }, ended);
  const exclusive = useCallback(
    (what: string, work: () => Promise<void>) =>
      oneAtATime(async () => {
        setRunning(what);
        await work();
      }),
    [oneAtATime],
  );

  const exportProject = useCallback(
    (positions: PositionUnit) =>
      exclusive('Exporting the project', async () => {
        const result = await call(api.exportProject({ positions }));
        if (!result) return;
        notices.info(`Project saved: ${result.path} (${count(result.articles, 'article')}, ${count(result.annotations, 'annotation')}).`);
        if (result.notExported.length > 0) {
          notices.error(`${count(result.notExported.length, 'annotation')} not exported: the quote is no longer in the article.\n${result.notExported.map((o) => `${o.file}: “${o.quote}”`).join('\n')}`);
        }
      }),
    [api, exclusive, notices],
  );

  const exportCodebook = useCallback(
    () =>
      exclusive('Exporting the codebook', async () => {
        const result = await call(api.exportCodebook({}));
        if (result) notices.info(`Codebook saved: ${result.path} (${count(result.tags, 'code')}).`);
      }),
    [api, exclusive, notices],
  );

  return { running, exportProject, exportCodebook };
}
