/**
 * Widths of the workspace's side columns (article list, annotations panel),
 * kept between sessions. Applied as CSS variables on the workspace grid.
 */
import { useCallback, useState } from 'react';
import { clampedNumber, readPreference, writePreference } from './stored-preference';

export const COLUMN_LIMITS = {
  nav: { min: 160, max: 480, initial: 240 },
  panel: { min: 240, max: 600, initial: 320 },
} as const;

export type Column = keyof typeof COLUMN_LIMITS;
type Widths = Record<Column, number>;

const KEY = 'research-annotator.columns.v1';

function parseWidths(value: unknown): Widths | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return {
    nav: clampedNumber(v['nav'], COLUMN_LIMITS.nav.min, COLUMN_LIMITS.nav.max) ?? COLUMN_LIMITS.nav.initial,
    panel: clampedNumber(v['panel'], COLUMN_LIMITS.panel.min, COLUMN_LIMITS.panel.max) ?? COLUMN_LIMITS.panel.initial,
  };
}

export function useColumnWidths(): {
  widths: Widths;
  setWidth: (column: Column, width: number) => void;
  style: React.CSSProperties;
} {
  const [widths, setWidths] = useState<Widths>(() =>
    readPreference(KEY, parseWidths, { nav: COLUMN_LIMITS.nav.initial, panel: COLUMN_LIMITS.panel.initial }),
  );
  const setWidth = useCallback((column: Column, width: number) => {
    setWidths((current) => {
      const next = { ...current, [column]: width };
      writePreference(KEY, next);
      return next;
    });
  }, []);
  // Custom properties set through React's style (CSSOM): allowed by the CSP.
  const style = { '--nav-width': `${widths.nav}px`, '--panel-width': `${widths.panel}px` } as React.CSSProperties;
  return { widths, setWidth, style };
}
