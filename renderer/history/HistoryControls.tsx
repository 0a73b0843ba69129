/**
 * Undo and Redo buttons, named after what they would undo or redo ("Undo
 * Merge “A” into “B”"), disabled when there is nothing; also run by the
 * keyboard and by Edit ▸ Undo/Redo in the native menu, through the command
 * registry (annotations/api/commands.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryView, SetEditResult } from '../../annotations/api/view-types';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { useCommand, useShortcut } from '../commands/CommandsProvider';
import { announceEdit } from '../codebook/set-edit-notice';
import { editsInFlight, editsSettled } from '../state/edits-in-flight';

export function HistoryControls({ onEdited }: { onEdited: (result: SetEditResult) => void }): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const [history, setHistory] = useState<HistoryView>({});
  /** One step at a time: a held Ctrl+Z must not race its own results. */
  const running = useRef(false);

  useEffect(() => {
    call(api.getHistory({})).then(setHistory, () => undefined);
    return api.onEvent((event) => {
      if (event.type === 'historyChanged') setHistory({ ...(event.undo ? { undo: event.undo } : {}), ...(event.redo ? { redo: event.redo } : {}) });
    });
  }, [api]);

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (running.current) return;
      running.current = true;
      // A highlight painted before its save is undone as the last action, so its save goes first.
      editsSettled()
        .then(() => call(direction === 'undo' ? api.undo({}) : api.redo({})))
        .then((result) => {
          if (!result) return;
          onEdited(result);
          announceEdit(notices, result, direction === 'undo' ? 'Undone' : 'Redone');
        })
        .catch((error: Error) => notices.error(error.message))
        .finally(() => {
          running.current = false;
        });
    },
    [api, notices, onEdited],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  useCommand('undo', undo, () => history.undo !== undefined || editsInFlight());
  useCommand('redo', redo, () => history.redo !== undefined);
  const undoKeys = useShortcut('undo');
  const redoKeys = useShortcut('redo');

  return (
    <span className="history">
      <button
        type="button"
        className="button"
        onClick={undo}
        disabled={!history.undo}
        aria-label={history.undo ? `Undo ${history.undo}` : 'Undo'}
        title={history.undo ? `Undo ${history.undo} (${undoKeys.text})` : 'Nothing to undo'}
        aria-keyshortcuts={undoKeys.aria}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="button"
        onClick={redo}
        disabled={!history.redo}
        aria-label={history.redo ? `Redo ${history.redo}` : 'Redo'}
        title={history.redo ? `Redo ${history.redo} (${redoKeys.text})` : 'Nothing to redo'}
        aria-keyshortcuts={redoKeys.aria}
      >
        ↷ Redo
      </button>
    </span>
  );
}
