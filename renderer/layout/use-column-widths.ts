/**
 * Widths of the workspace's side columns (article list, annotations panel),
 * kept between sessions. Applied as CSS variables on the workspace grid.
 * A width shown while dragging is not stored; the one settled on is
 * (storage is written once a drag, not at every pointer move).
 */
import { useCallback, useRef, useState } from 'react';
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
  /** Shows a width (while dragging). */
  setWidth: (column: Column, width: number) => void;
  /** Shows and stores a width (the one settled on). */
  saveWidth: (column: Column, width: number) => void;
  style: React.CSSProperties;
} {
  const [widths, setWidths] = useState<Widths>(() =>
    readPreference(KEY, parseWidths, { nav: COLUMN_LIMITS.nav.initial, panel: COLUMN_LIMITS.panel.initial }),
  );
  // What was shown last, for the width stored beside the one saved.
  const latest = useRef(widths);
  latest.current = widths;
  const setWidth = useCallback((column: Column, width: number) => setWidths((current) => ({ ...current, [column]: width })), []);
  const saveWidth = useCallback((column: Column, width: number) => {
    const next = { ...latest.current, [column]: width };
    latest.current = next;
    setWidths(next);
    writePreference(KEY, next);
  }, []);
  // Custom properties set through React's style (CSSOM): allowed by the CSP.
  const style = { '--nav-width': `${widths.nav}px`, '--panel-width': `${widths.panel}px` } as React.CSSProperties;
  return { widths, setWidth, saveWidth, style };
}
