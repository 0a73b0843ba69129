/**
 * Messages for the analyst: confirmations in a polite live region, problems
 * in an alert that stays until dismissed (an unsaved change must not vanish
 * unnoticed).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** A notice with a key replaces the one with the same key (a save retried, then failing again). */
  key?: string;
}

export interface Notices {
  /** `key`: a newer notice of the same key replaces it (one decision's notice after another). */
  info(text: string, key?: string): void;
  error(text: string, key?: string): void;
  /** Removes the notice with this key, if it is shown (the save succeeded at last). */
  clear(key: string): void;
}

const NoticesContext = createContext<Notices>({ info: () => undefined, error: () => undefined, clear: () => undefined });

export function useNotices(): Notices {
  return useContext(NoticesContext);
}

let nextId = 1;

export function NoticesProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const push = useCallback(
    (kind: Notice['kind'], text: string, key?: string) => {
      const id = nextId++;
      const notice: Notice = key === undefined ? { id, kind, text } : { id, kind, text, key };
      setNotices((all) => [...all.filter((n) => key === undefined || n.key !== key).slice(-3), notice]);
      if (kind === 'info') window.setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const clear = useCallback((key: string) => setNotices((all) => all.filter((n) => n.key !== key)), []);
  const api = useMemo(
    () => ({ info: (t: string, key?: string) => push('info', t, key), error: (t: string, key?: string) => push('error', t, key), clear }),
    [push, clear],
  );
  const infos = notices.filter((n) => n.kind === 'info');
  const errors = notices.filter((n) => n.kind === 'error');

  return (
    <NoticesContext.Provider value={api}>
      {children}
      <div className="notices">
        <div role="status" aria-live="polite">
          {infos.map((n) => (
            <p key={n.id} className="notice notice--info">
              {n.text}
            </p>
          ))}
        </div>
        <div role="alert">
          {errors.map((n) => (
            <p key={n.id} className="notice notice--error">
              {n.text}
              <button type="button" className="notice__close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
                ×
              </button>
            </p>
          ))}
        </div>
      </div>
    </NoticesContext.Provider>
  );
}
