/**
 * The native application menu. Items that act on the open set (Open Set…,
 * Export Brief…) do not call the service directly: they send a command to the
 * UI, which runs the same API call as its own buttons, so state and error
 * display stay in one place.
 */
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type AppCommand } from '../annotations/api/contract';
import { accelerator, ANNOTATE_MENU_COMMANDS, commandById, keysFor } from '../annotations/api/commands';

function sendCommand(command: AppCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(COMMAND_CHANNEL, command);
}

async function showAbout(): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Research Annotator',
    message: 'Research Annotator',
    detail: [
      `Version ${app.getVersion()}`,
      `Electron ${process.versions.electron}`,
      `Chromium ${process.versions.chrome}`,
      `Node.js ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/**
 * A menu item for a command of the shortcut table. Its keys are shown, not
 * registered (`registerAccelerator: false`): single letters like J must keep
 * typing into text fields, so the UI's dispatcher, which knows about fields,
 * handles them.
 */
function commandItem(id: AppCommand & Parameters<typeof commandById>[0], isMac: boolean): MenuItemConstructorOptions {
  const command = commandById(id);
  const keys = keysFor(command, isMac ? 'mac' : 'other')[0];
  return {
    label: command.label,
    ...(keys ? { accelerator: accelerator(keys), registerAccelerator: false } : {}),
    click: () => sendCommand(id),
  };
}

export function buildMenuTemplate(isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  const dev = !app.isPackaged;
  return [
    // macOS: the first menu is always the app menu (About, Hide, Quit, …).
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Set…', accelerator: 'CmdOrCtrl+O', click: () => sendCommand('openSet') },
        { label: 'Import Articles…', accelerator: 'CmdOrCtrl+I', click: () => sendCommand('importArticles') },
        { label: 'Export Brief…', accelerator: 'CmdOrCtrl+E', click: () => sendCommand('exportBrief') },
        { label: 'Close Set', click: () => sendCommand('closeSet') },
        { type: 'separator' },
        { role: 'close', label: 'Close Window' },
        // On macOS Quit lives in the app menu; repeating it here would be un-Mac-like.
        ...(isMac ? [] : [{ role: 'quit' as const }]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo/Redo act on annotations and the codebook (the window's history).
        // Their keys are shown, not taken from the window (commandItem): it
        // handles them itself, so that in a text field they undo the typing.
        commandItem('undo', isMac),
        commandItem('redo', isMac),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        commandItem('searchSet', isMac),
      ],
    },
    {
      label: 'Annotate',
      submenu: ANNOTATE_MENU_COMMANDS.map((id) => commandItem(id, isMac)),
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Developer tools only in development builds: a packaged app ships without them.
        ...(dev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      role: 'help',
      submenu: [
        commandItem('showShortcuts', isMac),
        { type: 'separator' },
        {
          label: 'About Research Annotator',
          click: () => {
            showAbout().catch((error: unknown) => console.error('About dialog failed:', error));
          },
        },
      ],
    },
  ];
}

export function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate()));
}
