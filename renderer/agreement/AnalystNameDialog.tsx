/**
 * File ▸ Your Name…: the analyst's name, kept in the app's settings and
 * written as the creator of each annotation they create or change (so that a
 * team can tell who coded what, and compare coders).
 */
import { useId, useState } from 'react';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import { useCommand } from '../commands/CommandsProvider';
import { Modal } from '../codebook/Modal';

interface Props {
  name: string | undefined;
  /** Never asked yet: the dialog opens by itself, once, and "Not now" is an answer too. */
  ask?: boolean;
  onChanged: (name: string | undefined) => void;
}

export function AnalystNameDialog({ name, ask = false, onChanged }: Props): React.JSX.Element | null {
  const [open, setOpen] = useState<'asked' | 'chosen' | null>(ask ? 'asked' : null);
  useCommand('setAnalystName', () => setOpen('chosen'));
  if (open === null) return null;
  return <NameForm name={name} first={open === 'asked'} onClose={() => setOpen(null)} onChanged={onChanged} />;
}

function NameForm({ name, first, onClose, onChanged }: Omit<Props, 'ask'> & { first: boolean; onClose: () => void }): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const [value, setValue] = useState(name ?? '');
  const inputId = useId();
  const hintId = useId();
  const answer = (given: string | null, quietly: boolean) => {
    call(api.setAnalystName({ name: given }))
      .then(({ analystName }) => {
        onChanged(analystName ?? undefined);
        if (!quietly) notices.info(analystName ? `Your annotations now say they were coded by ${analystName}.` : 'Your name is no longer written into annotations.');
        onClose();
      })
      .catch((error: Error) => notices.error(error.message));
  };
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    answer(value.trim() === '' ? null : value, false);
  };
  // Asked once: closing it (Escape) is "not now", and it is not asked again.
  const decline = () => answer(null, true);
  return (
    <Modal title="Your name" onClose={first ? decline : onClose} className="analyst-name">
      <form className="analyst-name__form" onSubmit={save}>
        {first && <p className="analyst-name__lead">Who is coding? Give your name once, so that a team can tell who coded what.</p>}
        <label htmlFor={inputId}>Name</label>
        <input id={inputId} type="text" value={value} maxLength={200} data-autofocus aria-describedby={hintId} onChange={(e) => setValue(e.target.value)} />
        <p id={hintId} className="analyst-name__hint">
          Written into each annotation you create or change, as its creator. Leave it empty to write no name. You can change it at any time (File ▸ Your Name…).
        </p>
        <div className="analyst-name__actions">
          <button type="submit" className="button button--primary">
            Save
          </button>
          {first && (
            <button type="button" className="button" onClick={decline}>
              Not now
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
