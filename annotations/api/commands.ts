/**
 * Every command the analyst can give from the keyboard, declared once: its
 * label, its group and its keys on each platform. The renderer's dispatcher,
 * the buttons' shortcut hints, the help overlay, the README table and the
 * native menu (electron/menu.ts) all read this table, so a key shown anywhere
 * is the key that works, and a test checks that no two commands share one.
 *
 * What a command *does* is not here: it depends on UI state (the selection,
 * the current annotation), so the component that owns that state registers
 * the runner (renderer/commands/registry.ts). This file is pure data and pure
 * functions, testable without a DOM.
 */

export type Platform = 'mac' | 'other';

/**
 * One key combination. `mod` is the platform's command key (⌘ on macOS, Ctrl
 * elsewhere); `ctrl` is the Control key itself (⌃ on macOS, used where ⌘
 * would clash with the system).
 */
export interface Keys {
  key: string;
  mod?: true;
  ctrl?: true;
  alt?: true;
  shift?: true;
}

export type CommandGroup = 'App' | 'View' | 'Tagging' | 'Current annotation' | 'Elsewhere' | 'Reading caret';

export interface CommandDef {
  id: CommandId;
  label: string;
  group: CommandGroup;
  /**
   * The keys, first one shown as the hint. Per platform where they differ.
   * None (`[]`) for a command only the menu and a button give (Close set, a
   * theme): it is left out of the shortcut lists.
   */
  keys: readonly Keys[] | { readonly mac: readonly Keys[]; readonly other: readonly Keys[] };
  /** The native menu's wording, where it differs from the label ("Find…" for searching the set). */
  menuLabel?: string;
  /** How the overlay and README write the keys when listing each would be noise (e.g. "1–9"). */
  summary?: string;
  /** Keys the native menu's accelerator handles (the UI must not run them twice); in a browser, the buttons' hints. */
  byMenu?: true;
  /** Runs from text fields too (its keys type nothing there, e.g. Ctrl+Shift+F). */
  inTextFields?: true;
  /** Runs while a modal dialog is open too (undo in the Codebook); other commands wait until it closes. */
  inDialogs?: true;
}

const k = (key: string, mods: Omit<Keys, 'key'> = {}): Keys => ({ key, ...mods });
const arrows = (mods: Omit<Keys, 'key'> = {}) => ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].map((key) => k(key, mods));
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((key) => k(key));

/**
 * Why these keys:
 * - single letters and digits (no modifier) work only outside text fields, as
 *   in Gmail or Hypothesis; the dispatcher lets typing through;
 * - adjusting a highlight's edges avoids the keys that move a caret by word
 *   (Ctrl+arrows, ⌥+arrows on macOS) and VoiceOver's ⌃⌥, which an analyst
 *   using a screen reader needs: Alt+Shift / Ctrl+Alt with arrows elsewhere,
 *   ⌃⇧ / ⌃⌘ with arrows on macOS.
 */
export const COMMANDS = [
  { id: 'openSet', label: 'Open set…', menuLabel: 'Open Set…', group: 'App', keys: [k('o', { mod: true })], byMenu: true },
  { id: 'exportBrief', label: 'Export brief…', menuLabel: 'Export Brief…', group: 'App', keys: [k('e', { mod: true })], byMenu: true },
  { id: 'importArticles', label: 'Import articles…', menuLabel: 'Import Articles…', group: 'App', keys: [k('i', { mod: true })], byMenu: true },
  // Web pages are taken whole, navigation and all, instead of as their article.
  { id: 'importWholePages', label: 'Import whole web pages…', menuLabel: 'Import Whole Web Pages…', group: 'App', keys: [], byMenu: true },
  // Ctrl/⌘+F is Edit ▸ Find…; the older Ctrl/⌘+Shift+F still works.
  { id: 'searchSet', label: 'Search the set', menuLabel: 'Find in Set…', group: 'App', keys: [k('f', { mod: true }), k('f', { mod: true, shift: true })], inTextFields: true },
  // In a text field these undo the typing, as everywhere: the dispatcher leaves them to the field.
  { id: 'undo', label: 'Undo', group: 'App', keys: [k('z', { mod: true })], inDialogs: true },
  {
    id: 'redo',
    label: 'Redo',
    group: 'App',
    keys: { mac: [k('z', { mod: true, shift: true })], other: [k('z', { mod: true, shift: true }), k('y', { mod: true })] },
    inDialogs: true,
  },
  { id: 'showShortcuts', label: 'Show keyboard shortcuts', menuLabel: 'Keyboard Shortcuts', group: 'App', keys: [k('?')] },
  // Menu and button commands without keys: a shortcut would be more to learn than it saves.
  { id: 'closeSet', label: 'Close set', menuLabel: 'Close Set', group: 'App', keys: [] },
  { id: 'clearRecentSets', label: 'Clear recent sets', menuLabel: 'Clear Recently Opened', group: 'App', keys: [] },
  { id: 'showAbout', label: 'About Research Annotator', group: 'App', keys: [] },
  // REFI-QDA (README, "REFI-QDA"): a project for other analysis tools, and codebooks both ways.
  { id: 'exportProject', label: 'Export project (REFI-QDA)…', menuLabel: 'Export Project…', group: 'App', keys: [] },
  // NVivo counts characters outside the Basic Multilingual Plane (emoji) as two: its selections need UTF-16 positions.
  { id: 'exportProjectForNvivo', label: 'Export project for NVivo (REFI-QDA, UTF-16 positions)…', menuLabel: 'Export Project for NVivo…', group: 'App', keys: [] },
  { id: 'exportCodebook', label: 'Export codebook (REFI-QDA)…', menuLabel: 'Export Codebook…', group: 'App', keys: [] },
  { id: 'importCodebook', label: 'Import codebook (REFI-QDA)…', menuLabel: 'Import Codebook…', group: 'App', keys: [] },
  // Several analysts on one set (issue 19): comparing and merging copies, and the name written into annotations.
  { id: 'compareWithCopy', label: 'Compare with another copy…', group: 'App', keys: [] },
  { id: 'mergeFromCopy', label: 'Merge from another copy…', group: 'App', keys: [] },
  { id: 'setAnalystName', label: 'Your name…', menuLabel: 'Your Name…', group: 'App', keys: [] },

  // Shift with a letter: Lexical takes Ctrl/⌘+B, I and U (bold, italic, underline)
  // in the article text before the window sees them.
  { id: 'toggleArticleList', label: 'Show or hide the article list', menuLabel: 'Article List', group: 'View', keys: [k('l', { mod: true, shift: true })] },
  { id: 'toggleSidePanel', label: 'Show or hide the side panel (annotations, search results)', menuLabel: 'Side Panel', group: 'View', keys: [k('p', { mod: true, shift: true })] },
  { id: 'showBrief', label: 'Show or hide the brief', menuLabel: 'Brief', group: 'View', keys: [k('b', { mod: true, shift: true })] },
  { id: 'showCompare', label: 'Show or hide the compare view', menuLabel: 'Compare', group: 'View', keys: [k('c', { mod: true, shift: true })] },
  { id: 'showReview', label: 'Show or hide the matches to review', menuLabel: 'Matches to Review', group: 'View', keys: [k('m', { mod: true, shift: true })] },
  { id: 'themeSystem', label: 'Theme: follow the system', menuLabel: 'System', group: 'View', keys: [] },
  { id: 'themeLight', label: 'Theme: light', menuLabel: 'Light', group: 'View', keys: [] },
  { id: 'themeDark', label: 'Theme: dark', menuLabel: 'Dark', group: 'View', keys: [] },

  { id: 'applyTag', label: 'Tag the selection (or the current annotation) with the tag of that number', group: 'Tagging', keys: DIGITS, summary: '1–9' },
  { id: 'newTag', label: 'Tag the selection with a new tag', group: 'Tagging', keys: [k('n')] },
  { id: 'cancel', label: 'Cancel the selection, or go back to the text', group: 'Tagging', keys: [k('Escape')] },

  { id: 'nextAnnotation', label: 'Next annotation', group: 'Current annotation', keys: [k('j'), k(']')] },
  { id: 'previousAnnotation', label: 'Previous annotation', group: 'Current annotation', keys: [k('k'), k('[')] },
  { id: 'editNote', label: 'Edit the note', group: 'Current annotation', keys: [k('Enter')] },
  {
    id: 'deleteAnnotation',
    label: 'Delete the annotation',
    group: 'Current annotation',
    // The Mac keyboard's "delete" key is Backspace.
    keys: { mac: [k('Backspace'), k('Delete')], other: [k('Delete')] },
  },
  {
    id: 'extendEnd',
    label: 'Extend the end by a word',
    group: 'Current annotation',
    keys: { mac: [k('ArrowRight', { ctrl: true, shift: true })], other: [k('ArrowRight', { alt: true, shift: true })] },
  },
  {
    id: 'shrinkEnd',
    label: 'Pull the end back by a word',
    group: 'Current annotation',
    keys: { mac: [k('ArrowLeft', { ctrl: true, shift: true })], other: [k('ArrowLeft', { alt: true, shift: true })] },
  },
  {
    id: 'extendStart',
    label: 'Extend the start by a word',
    group: 'Current annotation',
    keys: { mac: [k('ArrowLeft', { ctrl: true, mod: true })], other: [k('ArrowLeft', { ctrl: true, alt: true })] },
  },
  {
    id: 'shrinkStart',
    label: 'Move the start on by a word',
    group: 'Current annotation',
    keys: { mac: [k('ArrowRight', { ctrl: true, mod: true })], other: [k('ArrowRight', { ctrl: true, alt: true })] },
  },

  // One letter per decision on the suggested passage in focus (else the current
  // claim's first one left to decide): s, d and x are free of the other
  // commands and sit under the left hand beside j/k's right.
  { id: 'decideSame', label: 'Same claim: link the suggested passage', menuLabel: 'Same Claim', group: 'Elsewhere', keys: [k('s')] },
  { id: 'decideDisputes', label: 'Disputes: it contradicts the claim', menuLabel: 'Disputes', group: 'Elsewhere', keys: [k('d')] },
  { id: 'decideNotSame', label: 'Not the same: never suggest it again', menuLabel: 'Not the Same', group: 'Elsewhere', keys: [k('x')] },
  { id: 'nextReviewClaim', label: 'Next claim to review', group: 'Elsewhere', keys: [k('j', { shift: true })] },
  { id: 'previousReviewClaim', label: 'Previous claim to review', group: 'Elsewhere', keys: [k('k', { shift: true })] },

  { id: 'moveCaret', label: 'Move the reading caret', group: 'Reading caret', keys: [...arrows(), k('Home'), k('End')], summary: 'Arrows, Home, End' },
  {
    id: 'moveCaretByWord',
    label: 'Move the caret by a word',
    group: 'Reading caret',
    keys: { mac: [k('ArrowLeft', { alt: true }), k('ArrowRight', { alt: true })], other: [k('ArrowLeft', { ctrl: true }), k('ArrowRight', { ctrl: true })] },
  },
  { id: 'selectText', label: 'Select text', group: 'Reading caret', keys: [...arrows({ shift: true }), k('Home', { shift: true }), k('End', { shift: true })], summary: 'Shift + caret keys' },
  {
    id: 'selectWord',
    label: 'Select by a word',
    group: 'Reading caret',
    keys: {
      mac: [k('ArrowLeft', { alt: true, shift: true }), k('ArrowRight', { alt: true, shift: true })],
      other: [k('ArrowLeft', { ctrl: true, shift: true }), k('ArrowRight', { ctrl: true, shift: true })],
    },
  },
] as const satisfies readonly (Omit<CommandDef, 'id'> & { id: string })[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** Commands the native Annotate menu offers (it sends them to the UI as app commands). */
export const ANNOTATE_MENU_COMMANDS = [
  'nextAnnotation',
  'previousAnnotation',
  'editNote',
  'extendStart',
  'shrinkStart',
  'shrinkEnd',
  'extendEnd',
  'deleteAnnotation',
] as const satisfies readonly CommandId[];

/** The Annotate menu's decisions on a suggested passage, after the commands above (electron/menu.ts). */
export const ELSEWHERE_MENU_COMMANDS = ['decideSame', 'decideDisputes', 'decideNotSame', 'nextReviewClaim', 'previousReviewClaim'] as const satisfies readonly CommandId[];

/**
 * Every command the native menu sends to the window (electron/menu.ts makes
 * each item with `commandItem`); the window runs it as if its keys were pressed.
 */
export const MENU_COMMANDS = [
  'openSet',
  'importArticles',
  'importWholePages',
  'exportBrief',
  'exportProject',
  'exportProjectForNvivo',
  'importCodebook',
  'exportCodebook',
  'compareWithCopy',
  'mergeFromCopy',
  'setAnalystName',
  'closeSet',
  'clearRecentSets',
  'undo',
  'redo',
  'searchSet',
  'toggleArticleList',
  'toggleSidePanel',
  'showBrief',
  'showCompare',
  'showReview',
  'themeSystem',
  'themeLight',
  'themeDark',
  'showShortcuts',
  'showAbout',
  ...ANNOTATE_MENU_COMMANDS,
  ...ELSEWHERE_MENU_COMMANDS,
] as const satisfies readonly CommandId[];

/** Commands the right-click menu sends to the window (context-menu.ts): Tag Selection… opens the tag picker. */
export const CONTEXT_MENU_COMMANDS = ['newTag'] as const satisfies readonly CommandId[];
export type ContextMenuCommand = (typeof CONTEXT_MENU_COMMANDS)[number];

/** The theme each View ▸ Theme item chooses. */
export const THEME_COMMANDS = { themeSystem: 'system', themeLight: 'light', themeDark: 'dark' } as const satisfies Partial<Record<CommandId, string>>;

export function commandById(id: CommandId): CommandDef {
  return COMMANDS.find((c) => c.id === id) as CommandDef;
}

export function keysFor(command: CommandDef, platform: Platform): readonly Keys[] {
  return 'mac' in command.keys ? command.keys[platform] : command.keys;
}

/** What a key event looks like to the matcher: the fields of a DOM KeyboardEvent it reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const isLetter = (key: string) => /^\p{L}$/u.test(key);
/** A printable symbol other than a letter ("?", "]", "1"): the layout decides whether it needs Shift, so Shift is not compared. */
const isSymbol = (key: string) => [...key].length === 1 && !isLetter(key);

/** The modifier keys a combination presses, as physical keys of the platform. */
function physical(keys: Keys, platform: Platform): { ctrl: boolean; meta: boolean; alt: boolean } {
  return platform === 'mac'
    ? { ctrl: keys.ctrl === true, meta: keys.mod === true, alt: keys.alt === true }
    : { ctrl: keys.ctrl === true || keys.mod === true, meta: false, alt: keys.alt === true };
}

export function matches(press: KeyPress, keys: Keys, platform: Platform): boolean {
  const want = physical(keys, platform);
  if (press.ctrlKey !== want.ctrl || press.metaKey !== want.meta || press.altKey !== want.alt) return false;
  if (isSymbol(keys.key)) return press.key === keys.key;
  if (isLetter(keys.key)) return press.key.toLowerCase() === keys.key && press.shiftKey === (keys.shift === true);
  return press.key === keys.key && press.shiftKey === (keys.shift === true);
}

/** The command a key press gives, with the combination that matched; null when none. */
export function commandFor(press: KeyPress, platform: Platform): { command: CommandDef; keys: Keys } | null {
  for (const command of COMMANDS as readonly CommandDef[]) {
    const keys = keysFor(command, platform).find((candidate) => matches(press, candidate, platform));
    if (keys) return { command, keys };
  }
  return null;
}

/** A combination as one string per platform, for finding collisions: two equal strings are the same keys. */
export function signature(keys: Keys, platform: Platform): string {
  const m = physical(keys, platform);
  const key = isLetter(keys.key) ? keys.key.toLowerCase() : keys.key;
  const shift = !isSymbol(keys.key) && keys.shift === true;
  return [m.ctrl && 'ctrl', m.meta && 'meta', m.alt && 'alt', shift && 'shift', key].filter(Boolean).join('+');
}

const KEY_NAMES: Record<string, { mac: string; other: string }> = {
  ArrowLeft: { mac: '←', other: '←' },
  ArrowRight: { mac: '→', other: '→' },
  ArrowUp: { mac: '↑', other: '↑' },
  ArrowDown: { mac: '↓', other: '↓' },
  Escape: { mac: 'Esc', other: 'Esc' },
  Enter: { mac: '↩', other: 'Enter' },
  Backspace: { mac: '⌫', other: 'Backspace' },
  Delete: { mac: '⌦', other: 'Delete' },
};

/** The keys as people read them: "Ctrl+Alt+→" or "⌃⌘→". */
export function formatKeys(keys: Keys, platform: Platform): string {
  const m = physical(keys, platform);
  const plain = !m.ctrl && !m.meta && !m.alt && !keys.shift;
  // A bare letter is shown as typed ("j"), so it does not read as Shift+J; with a modifier, as on menus ("Ctrl+O").
  const name = KEY_NAMES[keys.key]?.[platform] ?? (keys.key.length === 1 && !plain ? keys.key.toUpperCase() : keys.key);
  if (platform === 'mac') return `${m.ctrl ? '⌃' : ''}${m.alt ? '⌥' : ''}${keys.shift ? '⇧' : ''}${m.meta ? '⌘' : ''}${name}`;
  return [m.ctrl && 'Ctrl', m.alt && 'Alt', keys.shift && 'Shift', name].filter(Boolean).join('+');
}

/** The value of `aria-keyshortcuts` (WAI-ARIA: modifiers and key values joined by "+"). */
export function ariaKeys(keys: Keys, platform: Platform): string {
  const m = physical(keys, platform);
  const key = keys.key === ' ' ? 'Space' : keys.key;
  return [m.ctrl && 'Control', m.meta && 'Meta', m.alt && 'Alt', keys.shift && 'Shift', key].filter(Boolean).join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Escape: 'Esc',
  Enter: 'Return',
};

/** An Electron menu accelerator ("CmdOrCtrl+Alt+Right") for the hint beside a native menu item. */
export function accelerator(keys: Keys): string {
  const key = ACCELERATOR_KEYS[keys.key] ?? (keys.key.length === 1 ? keys.key.toUpperCase() : keys.key);
  return [keys.ctrl && 'Ctrl', keys.mod && 'CmdOrCtrl', keys.alt && 'Alt', keys.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The shortcut shown for a command: its summary, or its first keys. */
export function hintFor(command: CommandDef, platform: Platform): string {
  const first = keysFor(command, platform)[0];
  return command.summary ?? (first ? formatKeys(first, platform) : '');
}

/** The commands that have keys, in table order: what the shortcut overlay and the README list. */
export function shortcutCommands(): CommandDef[] {
  return (COMMANDS as readonly CommandDef[]).filter((c) => keysFor(c, 'mac').length > 0 || keysFor(c, 'other').length > 0);
}

/** Markdown table of every command with keys, on both platforms (README "Working from the keyboard"). */
export function shortcutTableMarkdown(): string {
  const all = (command: CommandDef, platform: Platform) =>
    command.summary ?? keysFor(command, platform).map((keys) => formatKeys(keys, platform)).join(', ');
  const rows = shortcutCommands().map((c) => `| ${c.group} | ${c.label} | ${all(c, 'other')} | ${all(c, 'mac')} |`);
  return ['| Group | Command | Windows / Linux | macOS |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
