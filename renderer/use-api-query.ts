/**
 * A read from the core that follows a key (a search's query, a tag): asked
 * again when the key changes, and the answer to an older key, arriving
 * late, is dropped rather than shown over the newer one's.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../annotations/api/contract';
import { call } from './api';
import { useLatest } from './use-latest';

export type Query<T> = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; value: T } | { kind: 'failed'; message: string };

/** `read` for the current `key` (none while the key is null: idle). */
export function useApiQuery<K, T>(key: K | null, read: (key: K) => Promise<ApiResult<T>>): Query<T> {
  const [query, setQuery] = useState<Query<T>>({ kind: key === null ? 'idle' : 'loading' });
  // The latest `read`: callers need not memoize it; the key decides when to read.
  const latest = useLatest(read);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setQuery({ kind: 'loading' });
    call(latest.current(key)).then(
      (value) => current && setQuery({ kind: 'done', value }),
      (error: Error) => current && setQuery({ kind: 'failed', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [key, latest]);

  return query;
}
