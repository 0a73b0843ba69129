/**
 * What the Codebook and the Trash dialogs share: their list, read from the
 * core when the dialog opens and again whenever the set is edited (also by
 * undo or redo while it is open), and the set-wide edits they make: each
 * goes to the core, then the workspace is told and the analyst is told what
 * changed; a failure is reported and the list read again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../annotations/api/contract';
import type { SetEditResult } from '../../annotations/api/view-types';
import { call } from '../api';
import { useNotices } from '../app/notices';
import { announceEdit } from './set-edit-notice';
import type { SetDialogProps } from './set-dialog';

export interface SetEdit<T> {
  /** The list, null until it is read. */
  list: T | null;
  reload: () => void;
  /** Makes one set-wide edit; settles once it is done or reported. */
  apply: (request: () => Promise<SetEditResult>) => Promise<void>;
}

export function useSetEdit<T>(read: () => Promise<ApiResult<T>>, { onEdited, edits }: Pick<SetDialogProps, 'onEdited' | 'edits'>): SetEdit<T> {
  const notices = useNotices();
  const [list, setList] = useState<T | null>(null);
  // The latest `read`: callers need not memoize it.
  const latest = useRef(read);
  useEffect(() => {
    latest.current = read;
  });

  const reload = useCallback(() => {
    call(latest.current()).then(setList, (error: Error) => notices.error(error.message));
  }, [notices]);
  useEffect(reload, [reload, edits]);

  const apply = useCallback(
    (request: () => Promise<SetEditResult>) =>
      request().then(
        (result) => {
          onEdited(result);
          announceEdit(notices, result);
        },
        (error: Error) => {
          notices.error(error.message);
          reload();
        },
      ),
    [notices, onEdited, reload],
  );

  return { list, reload, apply };
}
