/**
 * The native application menu. Items that act on the window's state (Open
 * Set…, Export Brief…, the panels, a theme, About) do not call the service:
 * they send a command of the command table (annotations/api/commands.ts) to
 * the UI, which runs it exactly as its keys and buttons do, so state and error
 * display stay in one place. Standard items (Copy, Zoom, Quit, Close Window)
 * are Electron roles with each platform's usual keys.
 *
 * File ▸ Open Recent is built from the core's recent sets; choosing one goes
 * to the same path as a set the system hands the app (main.ts `openFolder`).
 */
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type AppCommand, type Theme } from '../annotations/api/contract';
import type { RecentSet } from '../annotations/api/view-types';
import { accelerator, ANNOTATE_MENU_COMMANDS, commandById, ELSEWHERE_MENU_COMMANDS, keysFor, THEME_COMMANDS } from '../annotations/api/commands';

export interface MenuState {
  platform: NodeJS.Platform;
  /** Developer tools and Reload: only in development (`!app.isPackaged`). */
  dev: boolean;
  recentSets: readonly RecentSet[];
  theme: Theme;
  /** File ▸ Open Recent ▸ a set. */
  openRecent: (folder: string) => void;
}

function sendCommand(command: AppCommand): void {
  // The focused window, or the only one (a menu click on macOS may leave none focused).
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(COMMAND_CHANNEL, command);
}

/**
 * A menu item for a command of the command table, with its label and keys.
 * Keys the window handles itself are shown, not registered
 * (`registerAccelerator: false`): single letters like J must keep typing into
 * text fields, and the window's dispatcher knows about fields. Commands
 * flagged `byMenu` (Open Set…, Import, Export) are registered: the menu is
 * what runs them from the keyboard.
 */
export function commandItem(id: AppCommand, isMac: boolean, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions {
  const command = commandById(id);
  const keys = keysFor(command, isMac ? 'mac' : 'other')[0];
  return {
    id: `command:${id}`,
    label: command.menuLabel ?? command.label,
    ...(keys ? { accelerator: accelerator(keys), registerAccelerator: command.byMenu === true } : {}),
    click: () => sendCommand(id),
    ...extra,
  };
}

function openRecentMenu(state: MenuState, isMac: boolean): MenuItemConstructorOptions {
  const sets: MenuItemConstructorOptions[] = state.recentSets.map((set) => ({
    // The folder too: two sets may share a name. `&` would mark a mnemonic on Windows and Linux.
    label: `${set.name} — ${set.folder}`.replaceAll('&', '&&'),
    click: () => state.openRecent(set.folder),
  }));
  return {
    label: 'Open Recent',
    submenu: [
      ...(sets.length > 0 ? sets : [{ label: 'No recent sets', enabled: false }]),
      { type: 'separator' },
      commandItem('clearRecentSets', isMac, { enabled: sets.length > 0 }),
    ],
  };
}

export function buildMenuTemplate(state: MenuState): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const themeItem = (id: keyof typeof THEME_COMMANDS): MenuItemConstructorOptions =>
    commandItem(id, isMac, { type: 'radio', checked: state.theme === THEME_COMMANDS[id] });
  return [
    // macOS: the app menu comes first. Its About is ours (versions and licences), not the stock panel.
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              commandItem('showAbout', isMac),
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit', accelerator: 'Cmd+Q' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: [
        commandItem('openSet', isMac),
        openRecentMenu(state, isMac),
        { type: 'separator' },
        commandItem('importArticles', isMac),
        commandItem('importWholePages', isMac),
        commandItem('exportBrief', isMac),
        commandItem('exportProject', isMac),
        commandItem('exportProjectForNvivo', isMac),
        { type: 'separator' },
        commandItem('compareWithCopy', isMac),
        commandItem('mergeFromCopy', isMac),
        commandItem('setAnalystName', isMac),
        { type: 'separator' },
        commandItem('closeSet', isMac),
        { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
        // macOS quits from the app menu; Windows closes with Alt+F4, its own key, so Quit has none there.
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, ...(state.platform === 'win32' ? { label: 'Exit' } : { accelerator: 'Ctrl+Q' }) }]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo/Redo act on annotations and the codebook (the window's history);
        // in a text field the window leaves them to the field (commandItem).
        commandItem('undo', isMac),
        commandItem('redo', isMac),
        { type: 'separator' },
        { role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
        { type: 'separator' },
        commandItem('searchSet', isMac),
      ],
    },
    {
      label: 'View',
      submenu: [
        commandItem('toggleArticleList', isMac),
        commandItem('toggleSidePanel', isMac),
        commandItem('showBrief', isMac),
        commandItem('showCompare', isMac),
        commandItem('showReview', isMac),
        { type: 'separator' },
        { label: 'Theme', submenu: [themeItem('themeSystem'), themeItem('themeLight'), themeItem('themeDark')] },
        { type: 'separator' },
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
        { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { type: 'separator' },
        { role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
        // Developer tools only in development builds: a packaged app ships without them.
        ...(state.dev
          ? [{ type: 'separator' as const }, { role: 'reload' as const, accelerator: 'CmdOrCtrl+R' }, { role: 'toggleDevTools' as const, accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' }]
          : []),
      ],
    },
    {
      // REFI-QDA codebooks (the Codebook button's dialog edits the set's own).
      label: 'Codebook',
      submenu: [commandItem('importCodebook', isMac), commandItem('exportCodebook', isMac)],
    },
    {
      label: 'Annotate',
      // Then the decisions on a passage suggested under Elsewhere, and the claims to review.
      submenu: [...ANNOTATE_MENU_COMMANDS.map((id) => commandItem(id, isMac)), { type: 'separator' }, ...ELSEWHERE_MENU_COMMANDS.map((id) => commandItem(id, isMac))],
    },
    // macOS: Minimize, Zoom, Bring All to Front and the list of windows, where Mac users look for them.
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      role: 'help',
      // About is in the app menu on macOS too, where people look for it first.
      submenu: [commandItem('showShortcuts', isMac), { type: 'separator' }, commandItem('showAbout', isMac)],
    },
  ];
}

export function installMenu(state: MenuState): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state)));
}
