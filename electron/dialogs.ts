/**
 * The service's `Dialogs`, backed by native dialogs. The service exists
 * before the window does (it opens the initial set first), so the parent is
 * looked up when a dialog opens, not when this object is made.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../annotations/node/ports';

export function electronDialogs(parent: () => BrowserWindow | null): Dialogs {
  return {
    async chooseFolder(title) {
      const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
      const window = parent();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile({ title, defaultPath, filters }) {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImportFiles({ title, filters }) {
      const options: Electron.OpenDialogOptions = { title, filters, properties: ['openFile', 'multiSelections'] };
      const window = parent();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? [] : result.filePaths;
    },
  };
}

/** Asked on quit when changes still cannot be saved: true to quit without them. */
export async function confirmQuitUnsaved(parent: BrowserWindow | null, unsaved: string[]): Promise<boolean> {
  const options: Electron.MessageBoxOptions = {
    type: 'warning',
    buttons: ['Keep the app open', 'Quit without saving them'],
    defaultId: 0,
    cancelId: 0,
    message: 'Some changes could not be saved',
    detail: `The disk refused the changes to ${unsaved.join(', ')}. If you quit now they are lost. Keep the app open to free some space or fix the folder; saving is tried again.`,
  };
  const result = await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  return result.response === 1;
}
