/**
 * What the right-click menu offers, as data: electron/context-menu.ts turns
 * it into Electron's menu, the e2e harness reads it as the window's request.
 *
 * - In a text field (a note, a claim field): Cut, Copy, Paste, Select All,
 *   and for a misspelled word the dictionary's suggestions and Add to
 *   Dictionary (Electron's spellchecker gives both).
 * - In the article: Copy and Tag Selection… with text selected; on a
 *   highlight, Copy Quote with Citation (model/citation.ts).
 * - Elsewhere: Copy, with text selected.
 *
 * An item the window runs itself is a command of the command table, sent to
 * the window as the menu bar's items are (Tag Selection… is `newTag`).
 */
import type { ContextMenuCommand } from './commands';

export type { ContextMenuCommand };

export type EditRole = 'cut' | 'copy' | 'paste' | 'selectAll';

export type ContextMenuItem =
  | { type: 'separator' }
  /** Done by the desktop on the focused field or selection. */
  | { type: 'edit'; role: EditRole; label: string; enabled: boolean }
  /** A spelling suggestion: replaces the misspelled word. */
  | { type: 'replace'; word: string }
  | { type: 'noSuggestions'; label: string }
  /** Adds the misspelled word to the user's dictionary. */
  | { type: 'learn'; word: string; label: string }
  /** Puts `text` on the clipboard. */
  | { type: 'copyText'; label: string; text: string }
  /** Sent to the window to run. */
  | { type: 'command'; command: ContextMenuCommand; label: string };

/** A right-click in a text field, as Electron's `context-menu` event describes it. */
export interface FieldContext {
  canCut: boolean;
  canCopy: boolean;
  canPaste: boolean;
  canSelectAll: boolean;
  /** The word under the pointer when the spellchecker flags it ('' when none). */
  misspelledWord: string;
  suggestions: readonly string[];
}

/** A right-click in the article, as the window describes it. */
export interface ArticleContext {
  hasSelection: boolean;
  /** On a highlight: its quote with the citation (model/citation.ts). */
  citation?: string | undefined;
}

const LABELS: Record<EditRole, string> = { cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All' };
const SEPARATOR = { type: 'separator' } as const;
const edit = (role: EditRole, enabled: boolean): ContextMenuItem => ({ type: 'edit', role, label: LABELS[role], enabled });

export function fieldMenu(field: FieldContext): ContextMenuItem[] {
  const spelling: ContextMenuItem[] =
    field.misspelledWord === ''
      ? []
      : [
          ...(field.suggestions.length > 0
            ? field.suggestions.map((word): ContextMenuItem => ({ type: 'replace', word }))
            : [{ type: 'noSuggestions', label: 'No Spelling Suggestions' } as const]),
          { type: 'learn', word: field.misspelledWord, label: 'Add to Dictionary' },
          SEPARATOR,
        ];
  return [...spelling, edit('cut', field.canCut), edit('copy', field.canCopy), edit('paste', field.canPaste), SEPARATOR, edit('selectAll', field.canSelectAll)];
}

export function articleMenu(article: ArticleContext): ContextMenuItem[] {
  const selection: ContextMenuItem[] = article.hasSelection ? [edit('copy', true), { type: 'command', command: 'newTag', label: 'Tag Selection…' }] : [];
  const highlight: ContextMenuItem[] = article.citation === undefined ? [] : [{ type: 'copyText', label: 'Copy Quote with Citation', text: article.citation }];
  return [...selection, ...(selection.length > 0 && highlight.length > 0 ? [SEPARATOR] : []), ...highlight];
}

/** A right-click on text that is neither a field nor the article (a panel, a dialog). */
export function textMenu(hasSelection: boolean): ContextMenuItem[] {
  return hasSelection ? [edit('copy', true)] : [];
}
