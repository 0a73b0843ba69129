/**
 * The workspace's set-wide tools in the top bar: Undo/Redo, the Codebook and
 * the Trash (with how many annotations it holds).
 */
import { useCallback, useEffect, useState } from 'react';
import type { SetEditResult } from '../../annotations/api/view-types';
import { call, getApi } from '../api';
import { HistoryControls } from '../history/HistoryControls';
import { CodebookDialog } from './CodebookDialog';
import { TrashDialog } from './TrashDialog';

export function SetTools({ onEdited }: { onEdited: (result: SetEditResult) => void }): React.JSX.Element {
  const api = getApi();
  const [open, setOpen] = useState<'codebook' | 'trash' | null>(null);
  const [trashCount, setTrashCount] = useState(0);
  /** Counts changes to the set, so an open dialog reads it again (also after Ctrl+Z pressed while it is open). */
  const [edits, setEdits] = useState(0);
  const edited = useCallback(
    (result: SetEditResult) => {
      onEdited(result);
      setEdits((n) => n + 1);
    },
    [onEdited],
  );

  useEffect(() => {
    call(api.listTrash({})).then((items) => setTrashCount(items.length), () => undefined);
    return api.onEvent((event) => {
      if (event.type === 'trashChanged') setTrashCount(event.count);
    });
  }, [api]);

  return (
    <>
      <HistoryControls onEdited={edited} />
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen('codebook')}>
        Codebook
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen('trash')} aria-label={`Trash (${trashCount})`}>
        Trash{trashCount > 0 ? ` (${trashCount})` : ''}
      </button>
      {open === 'codebook' && <CodebookDialog onClose={() => setOpen(null)} onEdited={edited} edits={edits} />}
      {open === 'trash' && <TrashDialog onClose={() => setOpen(null)} onEdited={edited} edits={edits} />}
    </>
  );
}
