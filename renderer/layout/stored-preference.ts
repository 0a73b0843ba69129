/**
 * Display preferences (panel widths, theme, reading size) belong to this
 * computer, not to a set: kept in the window's localStorage, validated on
 * read, since a stored value can be anything.
 */
export function readPreference<T>(key: string, parse: (value: unknown) => T | null, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return fallback;
    return parse(JSON.parse(raw)) ?? fallback;
  } catch {
    return fallback; // unreadable or blocked storage: the defaults
  }
}

export function writePreference(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the preference lasts for this session only.
  }
}

/** A number within [min, max], or null when `value` is not a finite number. */
export function clampedNumber(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : null;
}
