/**
 * The native menu's template, for each platform, with Electron replaced by a
 * fake (configuration, not behaviour: what the menu asks Electron for).
 */
import { describe, expect, it, vi } from 'vitest';
import { accelerator, COMMANDS, keysFor, MENU_COMMANDS, type CommandDef, type Platform } from '../annotations/api/commands';
import { COMMAND_CHANNEL } from '../annotations/api/contract';

const sent = vi.hoisted(() => [] as [string, unknown][]);

vi.mock('electron', () => ({
  app: { name: 'Research Annotator' },
  BrowserWindow: {
    getFocusedWindow: () => ({ webContents: { send: (channel: string, payload: unknown) => sent.push([channel, payload]) } }),
    getAllWindows: () => [],
  },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
}));

const { buildMenuTemplate } = await import('./menu');

type Item = Electron.MenuItemConstructorOptions;
const recentSets = [
  { folder: '/sets/Gaza', name: 'Gaza', openedAt: '2026-01-02T00:00:00.000Z' },
  { folder: '/sets/R&D', name: 'R&D', openedAt: '2026-01-01T00:00:00.000Z' },
];
const openRecent = vi.fn();
const template = (platform: NodeJS.Platform, dev = false) => buildMenuTemplate({ platform, dev, recentSets, theme: 'light', openRecent });
const submenu = (items: Item[], label: string) => (items.find((i) => i.label === label || i.role === label)?.submenu ?? []) as Item[];
const labels = (items: Item[]) => items.map((i) => i.label ?? i.role ?? i.type);
const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all((i.submenu as Item[] | undefined) ?? [])]);

/** An accelerator as one canonical string per platform: "CmdOrCtrl+Shift+F" is "ctrl+shift+f" elsewhere, "cmd+shift+f" on macOS. */
function canonical(acc: string, platform: Platform): string {
  const parts = acc.split('+').map((p) => p.toLowerCase());
  const key = parts.pop() === '' ? '+' : acc.split('+').pop()!.toLowerCase();
  const mods = parts
    .filter((p) => p !== '')
    .map((p) => (p === 'cmdorctrl' || p === 'commandorcontrol' ? (platform === 'mac' ? 'cmd' : 'ctrl') : p === 'command' ? 'cmd' : p === 'control' ? 'ctrl' : p === 'option' ? 'alt' : p))
    .sort();
  return [...mods, key === 'plus' ? '=' : key].join('+');
}

describe('the native menu (Electron replaced by a fake: configuration, not behaviour)', () => {
  it.each([
    ['linux', ['File', 'Edit', 'View', 'Codebook', 'Annotate', 'help']],
    ['win32', ['File', 'Edit', 'View', 'Codebook', 'Annotate', 'help']],
    ['darwin', ['Research Annotator', 'File', 'Edit', 'View', 'Codebook', 'Annotate', 'windowMenu', 'help']],
  ] as const)('has the usual menus on %s', (platform, menus) => {
    expect(labels(template(platform))).toEqual(menus);
  });

  it('File: Open Set…, Open Recent (the recent sets, then Clear), Import, Export, the other copies and your name, Close Set, Close Window, Quit; Codebook: REFI-QDA codebooks in and out', () => {
    const file = submenu(template('linux'), 'File');
    expect(labels(submenu(template('linux'), 'Codebook'))).toEqual(['Import Codebook…', 'Export Codebook…']);
    expect(labels(file)).toEqual([
      'Open Set…',
      'Open Recent',
      'separator',
      'Import Articles…',
      'Import Whole Web Pages…',
      'Export Brief…',
      'Export Project…',
      'Export Project for NVivo…',
      'separator',
      'Compare with another copy…',
      'Merge from another copy…',
      'Your Name…',
      'separator',
      'Close Set',
      'Close Window',
      'separator',
      'quit',
    ]);
    expect(file.find((i) => i.role === 'quit')?.accelerator).toBe('Ctrl+Q');
    expect(submenu(template('win32'), 'File').find((i) => i.role === 'quit')).toMatchObject({ label: 'Exit' });
    expect(submenu(template('win32'), 'File').find((i) => i.role === 'quit')?.accelerator).toBeUndefined();
    // macOS quits from the app menu, with ⌘Q.
    expect(submenu(template('darwin'), 'File').some((i) => i.role === 'quit')).toBe(false);
    expect(submenu(template('darwin'), 'Research Annotator').find((i) => i.role === 'quit')?.accelerator).toBe('Cmd+Q');

    const recent = submenu(file, 'Open Recent');
    expect(labels(recent)).toEqual(['Gaza — /sets/Gaza', 'R&&D — /sets/R&&D', 'separator', 'Clear Recently Opened']);
    (recent[1]?.click as () => void)();
    expect(openRecent).toHaveBeenCalledWith('/sets/R&D');
    const empty = submenu(submenu(buildMenuTemplate({ platform: 'linux', dev: false, recentSets: [], theme: 'system', openRecent }), 'File'), 'Open Recent');
    expect(empty.map((i) => [i.label ?? i.type, i.enabled])).toEqual([['No recent sets', false], ['separator', undefined], ['Clear Recently Opened', false]]);
  });

  it('Edit: Undo, Redo, Cut, Copy, Paste, Select All and Find; View: the panels, the Brief, Theme, zoom; Help: shortcuts and About', () => {
    const menu = template('linux');
    expect(labels(submenu(menu, 'Edit'))).toEqual(['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll', 'separator', 'Find in Set…']);
    expect(labels(submenu(menu, 'View'))).toEqual(['Article List', 'Side Panel', 'Brief', 'Compare', 'Matches to Review', 'separator', 'Theme', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    expect(submenu(submenu(menu, 'View'), 'Theme').map((i) => [i.label, i.type, i.checked])).toEqual([
      ['System', 'radio', false],
      ['Light', 'radio', true],
      ['Dark', 'radio', false],
    ]);
    expect(labels(submenu(menu, 'help'))).toEqual(['Keyboard Shortcuts', 'separator', 'About Research Annotator']);
    // Annotate: the current annotation's commands, then the decisions on a passage suggested under Elsewhere.
    expect(labels(submenu(menu, 'Annotate')).slice(-6)).toEqual(['separator', 'Same Claim', 'Disputes', 'Not the Same', 'Next claim to review', 'Previous claim to review']);
    // Developer tools only in development.
    expect(labels(submenu(template('linux', true), 'View'))).toContain('toggleDevTools');
  });

  it('sends each command item to the window as its command, with the keys of the command table', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const items = all(template(platform)).filter((i) => typeof i.id === 'string' && i.id.startsWith('command:'));
      expect(new Set(items.map((i) => i.id))).toEqual(new Set(MENU_COMMANDS.map((id) => `command:${id}`)));
      for (const item of items) {
        const id = (item.id as string).slice('command:'.length);
        const keys = keysFor(COMMANDS.find((c) => c.id === id) as CommandDef, platform === 'darwin' ? 'mac' : 'other')[0];
        expect(item.accelerator, id).toBe(keys ? accelerator(keys) : undefined);
        sent.length = 0;
        (item.click as () => void)();
        expect(sent).toEqual([[COMMAND_CHANNEL, id]]);
      }
    }
    // Only the menu's own commands take their keys from the window; the rest are shown, and the window handles them.
    const file = submenu(template('linux'), 'File');
    expect(file[0]).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: true });
    expect(submenu(template('linux'), 'Edit')[0]).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
  });

  it.each([
    ['linux', 'other'],
    ['win32', 'other'],
    ['darwin', 'mac'],
  ] as const)('gives no two menu items the same keys, and no standard item keys of the command table, on %s', (os, platform) => {
    const owner = new Map<string, string>();
    for (const item of all(template(os, true))) {
      if (typeof item.accelerator !== 'string') continue;
      const key = canonical(item.accelerator, platform);
      expect(owner.get(key), `${item.accelerator} of ${item.label ?? item.role} is also ${owner.get(key)}'s`).toBeUndefined();
      owner.set(key, item.label ?? item.role ?? '?');
    }
    const tableKeys = new Map((COMMANDS as readonly CommandDef[]).flatMap((c) => keysFor(c, platform).map((k) => [canonical(accelerator(k), platform), c.id] as const)));
    for (const item of all(template(os, true)).filter((i) => i.role && typeof i.accelerator === 'string')) {
      expect(tableKeys.get(canonical(item.accelerator as string, platform)), `${item.role}'s ${item.accelerator as string}`).toBeUndefined();
    }
  });
});
