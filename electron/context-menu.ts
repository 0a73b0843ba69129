/**
 * The right-click menu, made from what annotations/api/context-menu.ts says
 * it offers. Two ways in:
 *
 * - text fields and selected text outside the article: Electron's
 *   `context-menu` event, whose parameters say what the field can do and
 *   which word the spellchecker flagged, with its suggestions;
 * - the article: the window asks (the `showContextMenu` call), since only it
 *   knows which highlight is under the pointer; it cancels the page's own
 *   event, so the first way does not open a second menu.
 *
 * Cut, Copy, Paste and Select All are Electron roles (they act on the focused
 * field or selection); a command goes back to the window as the menu bar's do.
 */
import { clipboard, Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { COMMAND_CHANNEL } from '../annotations/api/contract';
import { articleMenu, fieldMenu, textMenu, type ArticleContext, type ContextMenuCommand, type ContextMenuItem, type FieldContext } from '../annotations/api/context-menu';

/** What the menu's items do outside the roles. */
export interface MenuEffects {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  writeClipboard(text: string): void;
  send(command: ContextMenuCommand): void;
}

export function contextMenuTemplate(items: readonly ContextMenuItem[], effects: MenuEffects): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'edit':
        return { role: item.role, label: item.label, enabled: item.enabled };
      case 'replace':
        return { label: item.word, click: () => effects.replaceMisspelling(item.word) };
      case 'noSuggestions':
        return { label: item.label, enabled: false };
      case 'learn':
        return { label: item.label, click: () => effects.addToDictionary(item.word) };
      case 'copyText':
        return { label: item.label, click: () => effects.writeClipboard(item.text) };
      case 'command':
        return { label: item.label, click: () => effects.send(item.command) };
    }
  });
}

/** A text field's right-click as the menu needs it, from Electron's parameters. */
export function fieldContext(params: Pick<ContextMenuParams, 'editFlags' | 'misspelledWord' | 'dictionarySuggestions'>): FieldContext {
  return {
    canCut: params.editFlags.canCut,
    canCopy: params.editFlags.canCopy,
    canPaste: params.editFlags.canPaste,
    canSelectAll: params.editFlags.canSelectAll,
    misspelledWord: params.misspelledWord,
    suggestions: params.dictionarySuggestions,
  };
}

/** The items for Electron's own right-click event: a text field's, or Copy for selected text. */
export function itemsForParams(params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags' | 'misspelledWord' | 'dictionarySuggestions'>): ContextMenuItem[] {
  return params.isEditable ? fieldMenu(fieldContext(params)) : textMenu(params.selectionText.trim() !== '');
}

function effectsFor(contents: WebContents): MenuEffects {
  return {
    replaceMisspelling: (word) => contents.replaceMisspelling(word),
    addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    writeClipboard: (text) => clipboard.writeText(text),
    send: (command) => contents.send(COMMAND_CHANNEL, command),
  };
}

function popup(window: BrowserWindow, items: readonly ContextMenuItem[]): void {
  if (items.length === 0) return;
  Menu.buildFromTemplate(contextMenuTemplate(items, effectsFor(window.webContents))).popup({ window });
}

/** Text fields and selected text: Electron's event. */
export function installContextMenu(window: BrowserWindow): void {
  window.webContents.on('context-menu', (_event, params) => popup(window, itemsForParams(params)));
}

/** The article: the window's request. */
export function showArticleMenu(window: BrowserWindow, context: ArticleContext): void {
  popup(window, articleMenu(context));
}
