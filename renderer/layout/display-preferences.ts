/**
 * Theme (System / Light / Dark) and the reading size of articles, kept
 * between sessions and applied to the document root: `data-theme` (absent:
 * follow the system) and `--reader-size`.
 */
import { useCallback, useEffect, useState } from 'react';
import { clampedNumber, readPreference, writePreference } from './stored-preference';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
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

/** Applies the stored preferences at once (before the first render), so the window does not flash the other theme. */
export function applyStoredDisplay(): void {
  applyDisplay(readPreference(KEY, parse, DEFAULTS));
}

export function useDisplayPreferences(): [DisplayPreferences, (change: Partial<DisplayPreferences>) => void] {
  const [prefs, setPrefs] = useState<DisplayPreferences>(() => readPreference(KEY, parse, DEFAULTS));
  useEffect(() => applyDisplay(prefs), [prefs]);
  const update = useCallback((change: Partial<DisplayPreferences>) => {
    setPrefs((current) => {
      const next = { ...current, ...change };
      writePreference(KEY, next);
      return next;
    });
  }, []);
  return [prefs, update];
}
