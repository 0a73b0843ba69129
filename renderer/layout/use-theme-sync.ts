/**
 * Keeps the theme in step with the core, which keeps it in its settings so
 * that the desktop shell can follow it (native menus and dialogs, the window's
 * background before the page paints). The core's choice wins when the window
 * opens; a theme chosen before the core kept one (it had none) is handed to it.
 */
import { useEffect } from 'react';
import type { AnnotatorApi, Theme } from '../../annotations/api/contract';
import { call } from '../api';
import { getDisplay, onDisplayChange, setDisplay } from './display-preferences';

export function useThemeSync(api: AnnotatorApi, stored: Theme | undefined, loaded: boolean, report: (error: Error) => void): void {
  useEffect(() => {
    if (!loaded) return;
    if (stored === undefined) call(api.setTheme({ theme: getDisplay().theme })).catch(report);
    else setDisplay({ theme: stored });
  }, [api, loaded, report, stored]);

  useEffect(
    () =>
      onDisplayChange((next, before) => {
        if (next.theme !== before.theme) call(api.setTheme({ theme: next.theme })).catch(report);
      }),
    [api, report],
  );
}
