/**
 * The service's `Dialogs`, backed by native dialogs. The service exists
 * before the window does (it opens the initial set first), so the parent is
 * looked up when a dialog opens, not when this object is made.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../annotations/node/service';

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
  };
}
