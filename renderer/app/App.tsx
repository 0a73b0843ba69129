/**
 * The app: the start screen or the open set, and the two commands that also
 * come from the native menu (Open set…, Export brief).
 */
import { useCallback, useEffect, useState } from 'react';
import type { SessionView, SetView } from '../../annotations/api/contract';
import { call, getApi } from '../api';
import { NoticesProvider, useNotices } from './notices';
import { StartScreen } from './StartScreen';
import { Workspace } from './Workspace';

export function App(): React.JSX.Element {
  return (
    <NoticesProvider>
      <Shell />
    </NoticesProvider>
  );
}

function Shell(): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const [session, setSession] = useState<SessionView | null>(null);

  useEffect(() => {
    call(api.getSession({})).then(
      (view) => {
        setSession(view);
        if (view.startupProblem) notices.error(view.startupProblem);
      },
      (error: Error) => notices.error(error.message),
    );
  }, [api, notices]);

  const showSet = useCallback((set: SetView) => {
    setSession((s) => ({ recentSets: s?.recentSets ?? [], set }));
    window.location.hash = '';
  }, []);

  const openSet = useCallback(() => {
    call(api.chooseSet({}))
      .then((set) => set && showSet(set))
      .catch((error: Error) => notices.error(error.message));
  }, [api, notices, showSet]);

  const openRecent = useCallback(
    (folder: string) => {
      call(api.openRecentSet({ folder })).then(showSet, (error: Error) => notices.error(error.message));
    },
    [api, notices, showSet],
  );

  const closeSet = useCallback(() => {
    call(api.closeSet({})).then(
      (view) => {
        setSession(view);
        window.location.hash = '';
      },
      (error: Error) => notices.error(error.message),
    );
  }, [api, notices]);

  const exportBrief = useCallback(() => {
    call(api.exportBrief({}))
      .then((result) => {
        if (result) notices.info(`Brief saved: ${result.path} (${result.articles} articles, ${result.annotations} annotations).`);
      })
      .catch((error: Error) => notices.error(`Brief not exported: ${error.message}`));
  }, [api, notices]);

  useEffect(
    () =>
      api.onCommand((command) => {
        if (command === 'openSet') openSet();
        if (command === 'closeSet') closeSet();
        if (command === 'exportBrief') exportBrief();
      }),
    [api, openSet, closeSet, exportBrief],
  );

  if (!session) return <p className="loading">Opening…</p>;
  if (!session.set) return <StartScreen recentSets={session.recentSets} onOpenSet={openSet} onOpenRecent={openRecent} />;
  return <Workspace key={session.set.folder} set={session.set} onOpenSet={openSet} onCloseSet={closeSet} onExportBrief={exportBrief} />;
}
