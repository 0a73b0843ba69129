import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accelerator,
  ANNOTATE_MENU_COMMANDS,
  ariaKeys,
  commandById,
  commandFor,
  COMMANDS,
  CONTEXT_MENU_COMMANDS,
  formatKeys,
  keysFor,
  MENU_COMMANDS,
  shortcutCommands,
  shortcutTableMarkdown,
  signature,
  type CommandDef,
  type KeyPress,
  type Platform,
} from './commands';
import { appCommands } from './contract';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});
const idFor = (p: KeyPress, platform: Platform) => commandFor(p, platform)?.command.id ?? null;

describe('the command table', () => {
  it.each(['mac', 'other'] as const)('gives no two commands the same keys on %s (Label Studio #671)', (platform) => {
    const owner = new Map<string, string>();
    for (const command of COMMANDS as readonly CommandDef[]) {
      for (const keys of keysFor(command, platform)) {
        const sig = signature(keys, platform);
        expect(owner.get(sig), `${sig} is claimed by ${owner.get(sig)} and ${command.id}`).toBeUndefined();
        owner.set(sig, command.id);
      }
    }
  });

  it('gives every command a label, and keys on both platforms or on neither (then the native menu offers it)', () => {
    for (const command of COMMANDS as readonly CommandDef[]) {
      expect(command.label.length).toBeGreaterThan(3);
      expect(keysFor(command, 'mac').length > 0, command.id).toBe(keysFor(command, 'other').length > 0);
      if (keysFor(command, 'mac').length === 0) expect(MENU_COMMANDS as readonly string[], `${command.id} has no keys and no menu item`).toContain(command.id);
    }
    expect(shortcutCommands().map((c) => c.id)).not.toContain('closeSet');
  });

  it('sends every menu command to the window as an app command, the right-click menu’s too', () => {
    expect([...appCommands].sort()).toEqual([...new Set([...MENU_COMMANDS, ...CONTEXT_MENU_COMMANDS])].sort());
  });

  it('uses ⌘ on macOS and Ctrl elsewhere for the command key', () => {
    expect(idFor(press('o', { metaKey: true }), 'mac')).toBe('openSet');
    expect(idFor(press('o', { ctrlKey: true }), 'mac')).toBeNull();
    expect(idFor(press('o', { ctrlKey: true }), 'other')).toBe('openSet');
    expect(idFor(press('o', { metaKey: true }), 'other')).toBeNull();
    expect(formatKeys(keysFor(commandById('openSet'), 'mac')[0]!, 'mac')).toBe('⌘O');
    expect(formatKeys(keysFor(commandById('openSet'), 'other')[0]!, 'other')).toBe('Ctrl+O');
    expect(ariaKeys(keysFor(commandById('openSet'), 'mac')[0]!, 'mac')).toBe('Meta+o');
    expect(ariaKeys(keysFor(commandById('openSet'), 'other')[0]!, 'other')).toBe('Control+o');
  });

  it('adjusts highlight edges with keys that do not move a caret by word', () => {
    expect(idFor(press('ArrowRight', { altKey: true, shiftKey: true }), 'other')).toBe('extendEnd');
    expect(idFor(press('ArrowLeft', { ctrlKey: true, altKey: true }), 'other')).toBe('extendStart');
    expect(idFor(press('ArrowRight', { ctrlKey: true, shiftKey: true }), 'mac')).toBe('extendEnd');
    expect(idFor(press('ArrowLeft', { ctrlKey: true, metaKey: true }), 'mac')).toBe('extendStart');
    // Selecting by word stays the platform's own gesture.
    expect(idFor(press('ArrowRight', { altKey: true, shiftKey: true }), 'mac')).toBe('selectWord');
    expect(idFor(press('ArrowRight', { ctrlKey: true, shiftKey: true }), 'other')).toBe('selectWord');
  });

  it('takes symbols as typed, whatever Shift the layout needs, and letters only without Shift', () => {
    expect(idFor(press('?', { shiftKey: true }), 'other')).toBe('showShortcuts');
    expect(idFor(press('3'), 'other')).toBe('applyTag');
    expect(commandFor(press('3'), 'other')?.keys.key).toBe('3');
    expect(idFor(press('j'), 'other')).toBe('nextAnnotation');
    // With Shift a letter is another key: J jumps further, to the next claim to review.
    expect(idFor(press('J', { shiftKey: true }), 'other')).toBe('nextReviewClaim');
    expect(idFor(press('N', { shiftKey: true }), 'other')).toBeNull();
    expect(idFor(press('j', { ctrlKey: true }), 'other')).toBeNull();
    expect(idFor(press('ArrowLeft', { shiftKey: true }), 'other')).toBe('selectText');
    expect(idFor(press('ArrowLeft'), 'other')).toBe('moveCaret');
  });

  it('sends every Annotate menu item as an app command, with the accelerator of its first keys', () => {
    for (const id of ANNOTATE_MENU_COMMANDS) expect(appCommands).toContain(id);
    expect(appCommands).toContain('showShortcuts');
    expect(accelerator(keysFor(commandById('extendEnd'), 'other')[0]!)).toBe('Alt+Shift+Right');
    expect(accelerator(keysFor(commandById('extendStart'), 'mac')[0]!)).toBe('Ctrl+CmdOrCtrl+Left');
    expect(accelerator(keysFor(commandById('nextAnnotation'), 'other')[0]!)).toBe('J');
  });

  it('is the table the README shows', async () => {
    const readme = await readFile(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(shortcutTableMarkdown());
  });
});
