/**
 * The app: the start screen or the open set, and the commands that also come
 * from the native menu (Open set…, Close set, Export brief). The brief's scope
 * lives here, so that Export brief from the menu writes what the Brief view
 * shows; it starts over with each set.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionView, SetView } from '../../annotations/api/view-types';
import type { BriefOptions } from '../../annotations/brief/types';
import { call, getApi } from '../api';
import { BriefProgress } from '../brief/BriefProgress';
import { ShortcutsDialog } from '../help/ShortcutsDialog';
import { AboutDialog } from '../help/AboutDialog';
import { AnalystNameDialog } from '../agreement/AnalystNameDialog';
import { CommandsProvider, useCommand, useCommands } from '../commands/CommandsProvider';
import { THEME_COMMANDS } from '../../annotations/api/commands';
import { setDisplay } from '../layout/display-preferences';
import { useThemeSync } from '../layout/use-theme-sync';
import { NoticesProvider, useNotices } from './notices';
import type { AppCommand } from '../../annotations/api/contract';
import { StartScreen } from './StartScreen';
import { Workspace } from './Workspace';

/** Menu commands the workspace runs (REFI-QDA in and out): with no set open, the window says why nothing happens. */
const SET_COMMANDS: ReadonlySet<AppCommand> = new Set(['importCodebook', 'exportProject', 'exportProjectForNvivo', 'exportCodebook']);

export function App(): React.JSX.Element {
  return (
    <NoticesProvider>
      <CommandsProvider>
        <Shell />
      </CommandsProvider>
    </NoticesProvider>
  );
}

function Shell(): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const [session, setSession] = useState<SessionView | null>(null);
  const [briefOptions, setBriefOptions] = useState<BriefOptions>({});
  const [exporting, setExporting] = useState(false);
  const exportingNow = useRef(false);

  useEffect(() => {
    call(api.getSession({})).then(
      (view) => {
        setSession(view);
        if (view.startupProblem) notices.error(view.startupProblem);
      },
      (error: Error) => notices.error(error.message),
    );
  }, [api, notices]);

  const reportError = useCallback((error: Error) => notices.error(error.message), [notices]);
  useThemeSync(api, session?.theme, session !== null, reportError);
  // View ▸ Theme (and the top bar's Theme list, through the same commands).
  useCommand('themeSystem', () => setDisplay({ theme: THEME_COMMANDS.themeSystem }));
  useCommand('themeLight', () => setDisplay({ theme: THEME_COMMANDS.themeLight }));
  useCommand('themeDark', () => setDisplay({ theme: THEME_COMMANDS.themeDark }));

  const showSet = useCallback((set: SetView) => {
    setSession((s) => ({ ...s, recentSets: s?.recentSets ?? [], set }));
    setBriefOptions({});
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

  /** The session as the core has it now: after Close set, or a set the desktop opened (a second launch, Open Recent). */
  const showSession = useCallback((view: SessionView) => {
    setSession(view);
    setBriefOptions({});
    window.location.hash = '';
  }, []);

  const closeSet = useCallback(() => {
    call(api.closeSet({})).then(showSession, (error: Error) => notices.error(error.message));
  }, [api, notices, showSession]);
  useCommand('closeSet', closeSet, () => session?.set !== null && session?.set !== undefined);

  const clearRecentSets = useCallback(() => {
    call(api.clearRecentSets({})).then(
      (view) => setSession((s) => ({ ...view, set: s?.set ?? view.set })),
      (error: Error) => notices.error(error.message),
    );
  }, [api, notices]);
  useCommand('clearRecentSets', clearRecentSets);

  const exportBrief = useCallback(() => {
    // One export at a time: the menu's shortcut can fire while one runs.
    if (exportingNow.current) return;
    exportingNow.current = true;
    setExporting(true);
    call(api.exportBrief({ options: briefOptions }))
      .then((result) => {
        if (result) notices.info(`Brief saved: ${result.path} (${result.articles} articles, ${result.annotations} annotations).`);
      })
      .catch((error: Error) => notices.error(`Brief not exported: ${error.message}`))
      .finally(() => {
        exportingNow.current = false;
        setExporting(false);
      });
  }, [api, notices, briefOptions]);

  // Saves happen in the background; their trouble (and its end) is told here, whatever view is open.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'sessionChanged') {
          call(api.getSession({})).then(showSession, (error: Error) => notices.error(error.message));
        } else if (event.type === 'openFailed') {
          notices.error(`Could not open ${event.folder}: ${event.reason}`);
        } else if (event.type === 'saveFailed') {
          notices.error(`Not saved: ${event.reason}. Your changes are kept and saving is tried again in ${event.retryInSeconds} s.`, `save:${event.sidecar}`);
        } else if (event.type === 'saved') {
          notices.clear(`save:${event.sidecar}`);
          notices.info(`Saved ${event.sidecar}.`);
        } else if (event.type === 'watchProblem') {
          // Changes made outside the app (a sync client, git) would otherwise go unseen without a word.
          if (event.stopped) notices.error(event.message, 'watch');
          else notices.info(event.message);
        } else if (event.type === 'merged') {
          if (event.conflicts === 0) notices.info(`${event.sidecar} had also been changed on disk; both sets of changes are merged.`);
          else {
            notices.error(
              `${event.sidecar} had also been changed on disk, and ${event.conflicts === 1 ? 'one annotation was' : `${event.conflicts} annotations were`} changed on both sides. Yours are kept; the other version is saved beside it as ${event.keptAside ?? 'a copy'}.`,
            );
          }
        }
      }),
    [api, notices, showSession],
  );

  const setAnalystName = useCallback((analystName: string | undefined) => {
    setSession((s) => {
      if (!s) return s;
      const { analystName: _old, askAnalystName: _answered, ...rest } = s;
      return analystName === undefined ? rest : { ...rest, analystName };
    });
  }, []);

  const commands = useCommands();
  useEffect(
    () =>
      api.onCommand((command) => {
        if (command === 'openSet') openSet();
        else if (command === 'exportBrief') exportBrief();
        // With a set open, the workspace registers the import runner (Workspace.tsx).
        else if ((command === 'importArticles' || command === 'importWholePages') && !session?.set) notices.info('Open a set first: articles are imported into the open set.');
        else if (SET_COMMANDS.has(command) && !session?.set) notices.info('Open a set first: projects and codebooks go in and out of the open set.');
        // The Annotate and Edit menus and Help → Keyboard Shortcuts: the same runners as the keys.
        else commands.run(command);
      }),
    [api, commands, openSet, exportBrief, notices, session?.set],
  );

  if (!session) return <p className="loading">Opening…</p>;
  // The dialogs keep their place in the tree whether a set is open or not:
  // remounted on Close set, they would miss a menu command sent meanwhile.
  if (!session.set)
    return (
      <>
        <ShortcutsDialog />
        <AboutDialog />
        <AnalystNameDialog name={session.analystName} onChanged={setAnalystName} />
        <StartScreen recentSets={session.recentSets} onOpenSet={openSet} onOpenRecent={openRecent} onClearRecent={() => commands.run('clearRecentSets')} />
      </>
    );
  return (
    <>
      <ShortcutsDialog />
      <AboutDialog />
      <AnalystNameDialog name={session.analystName} ask={session.askAnalystName === true} onChanged={setAnalystName} />
      <Workspace
        key={session.set.folder}
        set={session.set}
        onOpenSet={openSet}
        onExportBrief={exportBrief}
        briefOptions={briefOptions}
        onBriefOptionsChange={setBriefOptions}
        exporting={exporting}
        reveal={session.reveal}
      />
      {/* Shown from the first progress event: until then the save dialog is up. */}
      <div className="export-progress">
        <BriefProgress label="Exporting the brief" task="export" />
      </div>
    </>
  );
}
