/**
 * Whether the article list and the side panel (annotations, search results)
 * are shown: View ▸ Article List / Side Panel, or their keys. Kept between
 * sessions, like the columns' widths.
 */
import { useCallback, useState } from 'react';
import { readPreference, writePreference } from './stored-preference';

export interface PanelVisibility {
  nav: boolean;
  panel: boolean;
}

const KEY = 'research-annotator.panels.v1';
const SHOWN: PanelVisibility = { nav: true, panel: true };

function parse(value: unknown): PanelVisibility | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return { nav: v['nav'] !== false, panel: v['panel'] !== false };
}

export function usePanelVisibility(): [PanelVisibility, (change: Partial<PanelVisibility>) => void] {
  const [shown, setShown] = useState<PanelVisibility>(() => readPreference(KEY, parse, SHOWN));
  const update = useCallback((change: Partial<PanelVisibility>) => {
    setShown((current) => {
      const next = { ...current, ...change };
      writePreference(KEY, next);
      return next;
    });
  }, []);
  return [shown, update];
}
