import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keys } from '../../annotations/api/commands';
import { openTestPage, type TestPage } from '../test-support/chromium-page';
import type { KeysPage } from '../test-support/keys-page';
import { CommandRegistry } from './registry';

/** A runner that records what it was run with. */
function recorder(name: string, log: string[], isEnabled?: () => boolean, priority?: number) {
  return {
    run: (keys?: Keys) => void log.push(keys ? `${name}:${keys.key}` : name),
    ...(isEnabled ? { isEnabled } : {}),
    ...(priority !== undefined ? { priority } : {}),
  };
}

describe('CommandRegistry', () => {
  it('runs the registered runner with the keys pressed, and says whether anything ran', () => {
    const registry = new CommandRegistry('other');
    const log: string[] = [];
    expect(registry.isEnabled('nextAnnotation')).toBe(false);
    expect(registry.run('nextAnnotation')).toBe(false);
    registry.register('nextAnnotation', recorder('next', log));
    registry.register('applyTag', recorder('tag', log));
    expect(registry.run('nextAnnotation')).toBe(true);
    expect(registry.run('applyTag', { key: '3' })).toBe(true);
    expect(log).toEqual(['next', 'tag:3']);
  });

  it('skips a disabled runner; nothing runs when every runner is disabled', () => {
    const registry = new CommandRegistry('other');
    const log: string[] = [];
    let selection = false;
    registry.register('applyTag', recorder('annotation', log, () => false));
    registry.register('applyTag', recorder('selection', log, () => selection, 1));
    expect(registry.isEnabled('applyTag')).toBe(false);
    expect(registry.run('applyTag', { key: '1' })).toBe(false);
    selection = true;
    expect(registry.run('applyTag', { key: '1' })).toBe(true);
    expect(log).toEqual(['selection:1']);
  });

  it('runs the enabled runner of highest priority, the last registered among equals', () => {
    const registry = new CommandRegistry('other');
    const log: string[] = [];
    registry.register('cancel', recorder('panel', log));
    const dropToolbar = registry.register('cancel', recorder('toolbar', log, undefined, 1));
    registry.register('cancel', recorder('caret', log));
    registry.run('cancel');
    dropToolbar();
    registry.run('cancel');
    expect(log).toEqual(['toolbar', 'caret']);
  });

  it('forgets a runner once unregistered, leaving the others', () => {
    const registry = new CommandRegistry('mac');
    const log: string[] = [];
    const drop = registry.register('undo', recorder('first', log));
    registry.register('undo', recorder('second', log));
    drop();
    drop();
    registry.run('undo');
    expect(log).toEqual(['second']);
    expect(registry.platform).toBe('mac');
  });
});

describe('CommandRegistry keys, in Chromium', { timeout: 60_000 }, () => {
  let test: TestPage;
  type PageWindow = { keysPage: KeysPage };

  beforeAll(async () => {
    test = await openTestPage(path.join(import.meta.dirname, '../test-support/keys-page.ts'));
    for (const id of ['nextAnnotation', 'cancel', 'searchSet', 'editNote', 'undo', 'openSet', 'moveCaret'] as const) {
      await test.page.evaluate(([command, on]) => (window as unknown as PageWindow).keysPage.enable(command, on), [id, id !== 'moveCaret'] as const);
    }
  });
  afterAll(async () => {
    expect(test.errors).toEqual([]);
    await test.close();
  });

  /** Presses `key` with the focus on `target` (a CSS selector); says what ran and whether the browser's own action was withheld. */
  async function press(target: string, key: string): Promise<{ ran: string[]; prevented: boolean }> {
    await test.page.evaluate(() => (window as unknown as PageWindow).keysPage.ran.splice(0));
    await test.page.focus(target);
    await test.page.keyboard.press(key);
    return test.page.evaluate(() => ({ ran: [...(window as unknown as PageWindow).keysPage.ran], prevented: (window as unknown as PageWindow).keysPage.lastPrevented() }));
  }

  it('runs a command from its key, and withholds the key from the browser', async () => {
    expect(await press('#text', 'j')).toEqual({ ran: ['nextAnnotation:j'], prevented: true });
    expect(await press('#check', ']')).toEqual({ ran: ['nextAnnotation:]'], prevented: true });
  });

  it('leaves typing to text fields, but for Escape and the commands meant for them', async () => {
    expect(await press('#note', 'j')).toEqual({ ran: [], prevented: false });
    expect(await press('#field', 'Enter')).toEqual({ ran: [], prevented: false });
    expect(await press('#note', 'Escape')).toEqual({ ran: ['cancel:Escape'], prevented: true });
    expect(await press('#field', 'Control+f')).toEqual({ ran: ['searchSet:f'], prevented: true });
  });

  it('leaves Enter to the control it activates', async () => {
    expect(await press('#button', 'Enter')).toEqual({ ran: [], prevented: false });
    expect(await press('#text', 'Enter')).toEqual({ ran: ['editNote:Enter'], prevented: true });
  });

  it('leaves a disabled command’s key to the browser (arrows scroll), and the native menu its own accelerators', async () => {
    expect(await press('#text', 'ArrowDown')).toEqual({ ran: [], prevented: false });
    expect(await press('#text', 'Control+o')).toEqual({ ran: [], prevented: false });
  });

  it('gives a modal dialog the keyboard but for undo and redo', async () => {
    await test.page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal());
    expect(await press('#inside', 'j')).toEqual({ ran: [], prevented: false });
    expect(await press('#inside', 'Control+z')).toEqual({ ran: ['undo:z'], prevented: true });
    await test.page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).close());
  });
});
