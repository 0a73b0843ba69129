/**
 * A read from the core that is asked again whenever what it reads may have
 * changed (`revision`), as well as when its key changes. Unlike useApiQuery,
 * the last answer for the same key stays on screen while the next one
 * comes: a list that blinked to "Loading…" after each decision would lose
 * the analyst's place and the keyboard focus in it.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../../annotations/api/contract';
import { call } from '../api';
import { useLatest } from '../use-latest';

export interface RevisedQuery<T> {
  /** The latest answer for this key (null until the first one). */
  value: T | null;
  /** A newer answer is on its way. */
  loading: boolean;
  /** Why the latest read failed. */
  error: string | null;
}

export function useRevisedQuery<T>(key: string | null, revision: number, read: () => Promise<ApiResult<T>>): RevisedQuery<T> {
  const [answer, setAnswer] = useState<{ key: string; value: T | null; error: string | null; revision: number } | null>(null);
  const latest = useLatest(read);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    call(latest.current()).then(
      (value) => current && setAnswer({ key, value, error: null, revision }),
      (error: Error) => current && setAnswer((a) => ({ key, value: a?.key === key ? a.value : null, error: error.message, revision })),
    );
    return () => {
      current = false;
    };
  }, [key, revision, latest]);

  const mine = answer !== null && answer.key === key ? answer : null;
  return { value: mine?.value ?? null, loading: key !== null && (mine === null || mine.revision !== revision), error: mine?.error ?? null };
}
