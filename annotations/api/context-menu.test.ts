import { describe, expect, it } from 'vitest';
import { articleMenu, fieldMenu, textMenu, type ContextMenuItem } from './context-menu';

const NO_SPELLING = { misspelledWord: '', suggestions: [] };
const ALL_EDITS = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const labels = (items: ContextMenuItem[]) => items.map((i) => (i.type === 'separator' ? '—' : i.type === 'replace' ? `replace:${i.word}` : i.label));

describe('fieldMenu (a note, a claim field)', () => {
  it('offers Cut, Copy, Paste and Select All, each enabled as the field allows', () => {
    const items = fieldMenu({ ...NO_SPELLING, canCut: false, canCopy: false, canPaste: true, canSelectAll: true });
    expect(labels(items)).toEqual(['Cut', 'Copy', 'Paste', '—', 'Select All']);
    expect(items.flatMap((i) => (i.type === 'edit' ? [[i.role, i.enabled]] : []))).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', true],
    ]);
  });

  it('puts the dictionary’s suggestions for a misspelled word first, then Add to Dictionary', () => {
    const items = fieldMenu({ ...ALL_EDITS, misspelledWord: 'agrement', suggestions: ['agreement', 'agreements'] });
    expect(labels(items)).toEqual(['replace:agreement', 'replace:agreements', 'Add to Dictionary', '—', 'Cut', 'Copy', 'Paste', '—', 'Select All']);
    expect(items.find((i) => i.type === 'learn')).toEqual({ type: 'learn', word: 'agrement', label: 'Add to Dictionary' });
  });

  it('says so when the dictionary has no suggestion, and still offers to add the word', () => {
    expect(labels(fieldMenu({ ...ALL_EDITS, misspelledWord: 'Pashinyan', suggestions: [] })).slice(0, 3)).toEqual(['No Spelling Suggestions', 'Add to Dictionary', '—']);
  });
});

describe('articleMenu', () => {
  it('offers Copy and Tag Selection… with text selected (Tag Selection… opens the tag picker: newTag)', () => {
    const items = articleMenu({ hasSelection: true });
    expect(items).toEqual([
      { type: 'edit', role: 'copy', label: 'Copy', enabled: true },
      { type: 'command', command: 'newTag', label: 'Tag Selection…' },
    ]);
  });

  it('offers Copy Quote with Citation on a highlight, with the citation the window gave', () => {
    const citation = '“Quote.” — Title, Outlet, 2025-08-06, ¶ 3';
    expect(articleMenu({ hasSelection: false, citation })).toEqual([{ type: 'copyText', label: 'Copy Quote with Citation', text: citation }]);
    expect(labels(articleMenu({ hasSelection: true, citation }))).toEqual(['Copy', 'Tag Selection…', '—', 'Copy Quote with Citation']);
  });

  it('offers nothing with no selection and no highlight', () => {
    expect(articleMenu({ hasSelection: false })).toEqual([]);
  });
});

describe('textMenu (panels, dialogs)', () => {
  it('offers Copy with text selected, else nothing', () => {
    expect(labels(textMenu(true))).toEqual(['Copy']);
    expect(textMenu(false)).toEqual([]);
  });
});
