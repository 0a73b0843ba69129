/**
 * The service's ports: what the desktop around the core provides (native
 * dialogs) and is told (recent sets, theme). Electron's main implements them;
 * the CLI and the test bridge give stand-ins.
 */
import type { ArticleContext } from '../api/context-menu';
import type { Theme } from '../api/themes';
import type { RecentSet } from '../api/view-types';

export interface Dialogs {
  chooseFolder(title: string): Promise<string | null>;
  chooseSaveFile(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /** Files to import (multi-select); empty when cancelled. Absent where no file dialog can be shown. */
  chooseImportFiles?(options: { title: string; filters: { name: string; extensions: string[] }[] }): Promise<string[]>;
}

/**
 * The desktop around the core (Electron's main), told what it mirrors: the
 * recent sets (the system's recent documents, File ▸ Open Recent) and the
 * theme (native menus and dialogs). Called once at start, then on each change.
 */
export interface DesktopHooks {
  /** `opened`: the set just opened, for the system's recent documents. */
  recentSetsChanged?(recentSets: readonly RecentSet[], opened?: string): void;
  themeChanged?(theme: Theme): void;
  /** Shows the right-click menu of the article (api/context-menu.ts); absent where there is no desktop menu. */
  showContextMenu?(context: ArticleContext): void;
  /** Puts text on the system clipboard (an annotation's link). */
  writeClipboard?(text: string): void;
}
