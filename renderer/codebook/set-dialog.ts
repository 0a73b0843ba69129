import type { SetEditResult } from '../../annotations/api/view-types';

/** What the Codebook and Trash dialogs get from the top bar (SetTools). */
export interface SetDialogProps {
  onClose: () => void;
  /** A change was made: the workspace shows the new tags and reloads changed articles. */
  onEdited: (result: SetEditResult) => void;
  /** Changes when the set was changed (e.g. by undo or redo while the dialog is open): its list is read again. */
  edits: number;
}
