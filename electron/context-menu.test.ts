/**
 * The right-click menu's template, with Electron replaced by a fake
 * (configuration, not behaviour): what each item asks Electron to do.
 */
import { describe, expect, it, vi } from 'vitest';
import { articleMenu, fieldMenu } from '../annotations/api/context-menu';

vi.mock('electron', () => ({ clipboard: { writeText: vi.fn() }, Menu: { buildFromTemplate: (t: unknown) => t } }));

const { contextMenuTemplate, itemsForParams } = await import('./context-menu');

type Item = Electron.MenuItemConstructorOptions;

function recordingEffects() {
  const done: string[] = [];
  return {
    done,
    effects: {
      replaceMisspelling: (word: string) => done.push(`replace ${word}`),
      addToDictionary: (word: string) => done.push(`learn ${word}`),
      writeClipboard: (text: string) => done.push(`clipboard ${text}`),
      send: (command: string) => done.push(`send ${command}`),
    },
  };
}

const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();
const PARAMS = {
  isEditable: true,
  selectionText: '',
  editFlags: { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false },
  misspelledWord: '',
  dictionarySuggestions: [] as string[],
};

describe('the right-click menu (Electron replaced by a fake)', () => {
  it('in a text field: Electron’s roles for Cut, Copy, Paste and Select All, enabled as the field says', () => {
    const { effects } = recordingEffects();
    const template = contextMenuTemplate(itemsForParams({ ...PARAMS, editFlags: { ...PARAMS.editFlags, canCut: false } }), effects);
    expect(template.map((i) => i.role ?? i.type)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(template.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(template.find((i) => i.role === 'paste')).toMatchObject({ label: 'Paste', enabled: true });
  });

  it('on a misspelled word: its suggestions replace it, Add to Dictionary learns it', () => {
    const { effects, done } = recordingEffects();
    const template = contextMenuTemplate(itemsForParams({ ...PARAMS, misspelledWord: 'negociations', dictionarySuggestions: ['negotiations', 'negotiation'] }), effects);
    expect(template.slice(0, 3).map((i) => i.label)).toEqual(['negotiations', 'negotiation', 'Add to Dictionary']);
    click(template[0]);
    click(template[2]);
    expect(done).toEqual(['replace negotiations', 'learn negociations']);
  });

  it('on selected text outside fields and the article: Copy only; with nothing selected, no menu', () => {
    const { effects } = recordingEffects();
    expect(contextMenuTemplate(itemsForParams({ ...PARAMS, isEditable: false, selectionText: ' Some text ' }), effects).map((i) => i.role)).toEqual(['copy']);
    expect(itemsForParams({ ...PARAMS, isEditable: false, selectionText: '' })).toEqual([]);
  });

  it('in the article: Tag Selection… sends newTag to the window, Copy Quote with Citation writes the clipboard', () => {
    const { effects, done } = recordingEffects();
    const template = contextMenuTemplate(articleMenu({ hasSelection: true, citation: '“Quote.” — Title, ¶ 2' }), effects);
    expect(template.map((i) => i.role ?? i.label ?? i.type)).toEqual(['copy', 'Tag Selection…', 'separator', 'Copy Quote with Citation']);
    click(template[1]);
    click(template[3]);
    expect(done).toEqual(['send newTag', 'clipboard “Quote.” — Title, ¶ 2']);
  });

  it('gives No Spelling Suggestions as a disabled item', () => {
    const { effects } = recordingEffects();
    expect(contextMenuTemplate(fieldMenu({ canCut: true, canCopy: true, canPaste: true, canSelectAll: true, misspelledWord: 'Aliyev', suggestions: [] }), effects)[0]).toEqual({ label: 'No Spelling Suggestions', enabled: false });
  });
});
