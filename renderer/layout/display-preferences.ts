/**
 * Theme (System / Light / Dark) and the reading size of articles, applied to
 * the document root: `data-theme` (absent: follow the system) and
 * `--reader-size`. One store for the window, so the top bar's controls and
 * View ▸ Theme in the native menu change the same thing.
 *
 * The theme's home is the core's settings (the desktop shell follows it, see
 * use-theme-sync.ts); this window's localStorage keeps a copy of both, read
 * before the first paint so the window does not flash the other theme.
 */
import { useSyncExternalStore } from 'react';
import { THEMES, type Theme } from '../../annotations/api/themes';
import { clampedNumber, readPreference, writePreference } from './stored-preference';

export { THEMES, type Theme };
export const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Reading sizes in px: the article text's font size; 18 px is the default. */
export const READER_SIZES = { min: 14, max: 26, step: 1, initial: 18 } as const;

export interface DisplayPreferences {
  theme: Theme;
  readerSize: number;
}

const KEY = 'research-annotator.display.v1';
const DEFAULTS: DisplayPreferences = { theme: 'system', readerSize: READER_SIZES.initial };

function parse(value: unknown): DisplayPreferences | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return {
    theme: (THEMES as readonly unknown[]).includes(v['theme']) ? (v['theme'] as Theme) : DEFAULTS.theme,
    readerSize: clampedNumber(v['readerSize'], READER_SIZES.min, READER_SIZES.max) ?? DEFAULTS.readerSize,
  };
}

export function applyDisplay({ theme, readerSize }: DisplayPreferences, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  root.style.setProperty('--reader-size', `${readerSize}px`);
}

let current: DisplayPreferences | null = null;
const listeners = new Set<(next: DisplayPreferences, before: DisplayPreferences) => void>();

export function getDisplay(): DisplayPreferences {
  current ??= readPreference(KEY, parse, DEFAULTS);
  return current;
}

/** Changes, applies and keeps the preferences; subscribers hear of it. */
export function setDisplay(change: Partial<DisplayPreferences>): void {
  const before = getDisplay();
  const next = { ...before, ...change };
  if (next.theme === before.theme && next.readerSize === before.readerSize) return;
  current = next;
  writePreference(KEY, next);
  applyDisplay(next);
  for (const listener of listeners) listener(next, before);
}

export function onDisplayChange(listener: (next: DisplayPreferences, before: DisplayPreferences) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Applies the stored preferences at once (before the first render), so the window does not flash the other theme. */
export function applyStoredDisplay(): void {
  applyDisplay(getDisplay());
}

export function useDisplayPreferences(): [DisplayPreferences, (change: Partial<DisplayPreferences>) => void] {
  const prefs = useSyncExternalStore(onDisplayChange, getDisplay);
  return [prefs, setDisplay];
}
