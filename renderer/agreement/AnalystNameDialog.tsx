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
  onChanged: (name: string | undefined) => void;
}

export function AnalystNameDialog({ name, onChanged }: Props): React.JSX.Element | null {
  const [open, setOpen] = useState(false);
  useCommand('setAnalystName', () => setOpen(true));
  if (!open) return null;
  return <NameForm name={name} onClose={() => setOpen(false)} onChanged={onChanged} />;
}

function NameForm({ name, onClose, onChanged }: Props & { onClose: () => void }): React.JSX.Element {
  const api = getApi();
  const notices = useNotices();
  const [value, setValue] = useState(name ?? '');
  const inputId = useId();
  const hintId = useId();
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    call(api.setAnalystName({ name: value.trim() === '' ? null : value }))
      .then(({ analystName }) => {
        onChanged(analystName ?? undefined);
        notices.info(analystName ? `Your annotations now say they were coded by ${analystName}.` : 'Your name is no longer written into annotations.');
        onClose();
      })
      .catch((error: Error) => notices.error(error.message));
  };
  return (
    <Modal title="Your name" onClose={onClose} className="analyst-name">
      <form className="analyst-name__form" onSubmit={save}>
        <label htmlFor={inputId}>Name</label>
        <input id={inputId} type="text" value={value} maxLength={200} autoFocus aria-describedby={hintId} onChange={(e) => setValue(e.target.value)} />
        <p id={hintId} className="analyst-name__hint">
          Written into each annotation you create or change, as its creator, so that a team can tell who coded what. Leave it empty to write no name.
        </p>
        <button type="submit" className="button button--primary">
          Save
        </button>
      </form>
    </Modal>
  );
}
