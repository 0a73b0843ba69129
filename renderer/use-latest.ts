/**
 * The latest value a component was rendered with, for an effect that must
 * call the caller's current function without running again each time the
 * caller passes a new one (a query's `read`, a command's `run`).
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  return latest;
}
