/**
 * The set's trash: deleted annotations with their quote, article and time of
 * deletion, each restorable into its article; emptying it (for good) asks
 * first.
 */
import { useState } from 'react';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { Modal } from './Modal';
import type { SetDialogProps } from './set-dialog';
import { useSetEdit } from './use-set-edit';

export function TrashDialog({ onClose, onEdited, edits }: SetDialogProps): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const { list: items, reload, apply } = useSetEdit(() => api.listTrash({}), { onEdited, edits });
  const [confirming, setConfirming] = useState(false);

  const restore = (ids: string[]) => void apply(() => call(api.restoreFromTrash({ ids })));

  const empty = () => {
    setConfirming(false);
    call(api.emptyTrash({}))
      .then(({ removed }) => notices.info(`Trash emptied: ${removed === 1 ? '1 annotation' : `${removed} annotations`} deleted for good.`))
      .catch((error: Error) => notices.error(error.message))
      .finally(reload);
  };

  return (
    <Modal title="Trash" onClose={onClose} className="trash">
      {items === null ? (
        <p className="codebook__loading" role="status">
          Reading the trash…
        </p>
      ) : items.length === 0 ? (
        <p className="codebook__loading">The trash is empty. Deleted annotations wait here until you empty it.</p>
      ) : (
        <>
          <div className="trash__bar">
            <button type="button" className="button" onClick={() => restore(items.map((i) => i.id))}>
              Restore all
            </button>
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)} aria-expanded={confirming}>
              Empty trash…
            </button>
          </div>
          {confirming && (
            <div className="codebook__confirm trash__bar" role="alert">
              <span>
                Delete {items.length === 1 ? 'this annotation' : `these ${items.length} annotations`} for good? This cannot be undone.
              </span>
              <button type="button" className="button button--danger" onClick={empty}>
                Empty trash
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
                Cancel
              </button>
            </div>
          )}
          <ul className="trash__list" aria-label="Deleted annotations">
            {items.map((item) => (
              <li key={item.id} className="trash__item" aria-label={item.exact}>
                <blockquote className="trash__quote">{item.exact}</blockquote>
                <span className="trash__meta">
                  {shorten(item.title, 90)} ({item.file}) · {item.tags.length > 0 ? `${item.tags.join(', ')} · ` : ''}deleted {formatWhen(item.deleted)}
                  {item.note ? ` · note: ${item.note}` : ''}
                </span>
                <button type="button" className="button" onClick={() => restore([item.id])}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
