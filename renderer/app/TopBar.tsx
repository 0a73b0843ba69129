/**
 * The workspace's top bar: the set's name and folder, the search box, Open
 * set… and Close set; below, the views (Brief, Compare, Tags), the set-wide tools
 * (undo and redo, codebook, trash), import and export, the display controls
 * and the keyboard shortcuts. Buttons that have a command run it, so their
 * keys, the native menu and the button do one thing.
 */
import type { SetEditResult, SetView } from '../../annotations/api/view-types';
import { SetTools } from '../codebook/SetTools';
import { useCommands, useShortcut } from '../commands/CommandsProvider';
import { DisplayControls } from '../layout/DisplayControls';
import { SearchBox } from '../search/SearchBox';
import './view-switcher.css';

/** What the workspace shows beside the article list. */
export type WorkspaceView = 'article' | 'brief' | 'compare' | 'tag' | 'agreement';

interface Props {
  set: SetView;
  view: WorkspaceView;
  onToggleTagView: () => void;
  onSearch: (query: string) => void;
  onCloseSearch: () => void;
  onOpenSet: () => void;
  onSetEdited: (result: SetEditResult) => void;
  onImport: () => void;
  importing: boolean;
  onExportBrief: () => void;
  exporting: boolean;
}

export function TopBar({ set, view, onToggleTagView, onSearch, onCloseSearch, onOpenSet, onSetEdited, onImport, importing, onExportBrief, exporting }: Props): React.JSX.Element {
  const commands = useCommands();
  const openSetKeys = useShortcut('openSet');
  const briefKeys = useShortcut('showBrief');
  const compareKeys = useShortcut('showCompare');
  const exportKeys = useShortcut('exportBrief');
  const importKeys = useShortcut('importArticles');
  const helpKeys = useShortcut('showShortcuts');

  return (
    <header className="topbar">
      <div className="topbar__row">
        <div className="topbar__title">
          <h1 title={set.name}>{set.name}</h1>
          <span className="topbar__folder" title={set.folder}>
            {set.folder}
          </span>
        </div>
        <SearchBox onSearch={onSearch} onClose={onCloseSearch} />
        <div className="topbar__group">
          <button type="button" className="button" onClick={onOpenSet} aria-keyshortcuts={openSetKeys.aria} title={openSetKeys.text}>
            Open set…
          </button>
          <button type="button" className="button" onClick={() => commands.run('closeSet')}>
            Close set
          </button>
        </div>
      </div>
      <div className="topbar__row topbar__row--tools" role="toolbar" aria-label="Set tools">
        <div className="topbar__group view-switcher" role="group" aria-label="Views">
          <button type="button" className="button" aria-pressed={view === 'brief'} onClick={() => commands.run('showBrief')} aria-keyshortcuts={briefKeys.aria} title={briefKeys.text}>
            Brief
          </button>
          <button type="button" className="button" aria-pressed={view === 'compare'} onClick={() => commands.run('showCompare')} aria-keyshortcuts={compareKeys.aria} title={compareKeys.text}>
            Compare
          </button>
          <button type="button" className="button" aria-pressed={view === 'tag'} onClick={onToggleTagView}>
            Tags
          </button>
        </div>
        <div className="topbar__group">
          <SetTools onEdited={onSetEdited} />
        </div>
        <div className="topbar__group">
          <button type="button" className="button" onClick={onImport} disabled={importing} aria-keyshortcuts={importKeys.aria} title={importKeys.text}>
            Import articles…
          </button>
          <button type="button" className="button button--primary" onClick={onExportBrief} disabled={exporting} aria-keyshortcuts={exportKeys.aria} title={exportKeys.text}>
            Export brief
          </button>
        </div>
        <span className="topbar__spacer" />
        <DisplayControls />
        <button type="button" className="button" onClick={() => commands.run('showShortcuts')} aria-keyshortcuts={helpKeys.aria} title={`Keyboard shortcuts (${helpKeys.text})`}>
          Keyboard shortcuts <kbd className="shortcut-hint" aria-hidden="true">{helpKeys.text}</kbd>
        </button>
      </div>
    </header>
  );
}
